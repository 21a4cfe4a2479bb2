package dev.praxis.system.web;

import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Serves the platform's own assets and the webjars under their folders only. Boot's default maps {@code /**} to
 * static resources, which makes every link a page renders ({@code /quiz/…}, {@code /modules/…}) a class-path
 * look-up in the jar: measured as more than half the CPU of a lesson request.
 *
 * <p>Every handler has a cached resource chain: the webjars locator turns on Boot's {@code ResourceUrlEncodingFilter},
 * which resolves each asset link a page renders ({@code @{/css/praxis.css}}) against its handler. Without the cache
 * each of those resolutions opened the nested jar under its lock, and 64 concurrent lesson requests queued there.
 *
 * <p>Asset links carry a hash of the file's content ({@code /css/praxis-<md5>.css}), so browsers may keep every
 * asset for a year: a changed file gets a new link. The plain link keeps working, with a short cache.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourcesConfig implements WebMvcConfigurer {

    private static final CacheControl FINGERPRINTED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : List.of("css", "js", "images")) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(FINGERPRINTED).resourceChain(true).addResolver(fingerprints());
        }
        // browsers ask for /favicon.ico on their own, whatever the page links: a fixed address, so a short cache
        registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/images/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic()).resourceChain(true);
        registry.addResourceHandler("/errors/**").addResourceLocations("classpath:/static/errors/").resourceChain(true);
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(FINGERPRINTED)
                .resourceChain(true).addResolver(fingerprints()).addResolver(new LiteWebJarsResourceResolver());
    }

    private static VersionResourceResolver fingerprints() {
        return new VersionResourceResolver().addContentVersionStrategy("/**");
    }
}
