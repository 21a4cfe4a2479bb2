package dev.praxis.system.web;

import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Serves the platform's own assets and the webjars under their folders only. Boot's default maps {@code /**} to
 * static resources, which makes every link a page renders ({@code /quiz/…}, {@code /modules/…}) a class-path
 * look-up in the jar: measured as more than half the CPU of a lesson request.
 *
 * <p>Every handler has a cached resource chain: the webjars locator turns on Boot's {@code ResourceUrlEncodingFilter},
 * which resolves each asset link a page renders ({@code @{/css/praxis.css}}) against its handler. Without the cache
 * each of those resolutions opened the nested jar under its lock, and 64 concurrent lesson requests queued there.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourcesConfig implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl ownAssets = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();
        for (String folder : List.of("css", "js", "images")) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(ownAssets).resourceChain(true);
        }
        // browsers ask for /favicon.ico on their own, whatever the page links
        registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/images/")
                .setCacheControl(ownAssets).resourceChain(true);
        registry.addResourceHandler("/errors/**").addResourceLocations("classpath:/static/errors/").resourceChain(true);
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic())
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }
}
