package dev.praxis.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The interface speaks the language of the content on the page: a page that shows a module (lesson, quiz, lab)
 * names its language in the model ({@code pageLang}) and its labels, buttons and messages come from
 * {@code messages_<lang>.properties}; every other page is in English, whatever the browser asks for, so that a page
 * never mixes an English body with translated labels.
 */
@Configuration(proxyBeanMethods = false)
public class PageLanguage implements WebMvcConfigurer {

    /** The request attribute a handler may set to the language of the content it shows. */
    public static final String ATTRIBUTE = PageLanguage.class.getName() + ".locale";
    private static final Set<String> INTERFACE_LANGUAGES = Set.of("en", "uk");

    /** Marks this request's page as showing content in this language (e.g. "uk"); others fall back to English. */
    public static void set(HttpServletRequest request, String language) {
        request.setAttribute(ATTRIBUTE, of(language));
    }

    /** The interface locale for content in this language: the language itself where Praxis speaks it, else English. */
    public static Locale of(String language) {
        return language != null && INTERFACE_LANGUAGES.contains(language) ? Locale.forLanguageTag(language) : Locale.ENGLISH;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return request.getAttribute(ATTRIBUTE) instanceof Locale locale ? locale : Locale.ENGLISH;
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                request.setAttribute(ATTRIBUTE, locale);
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                                   ModelAndView view) {
                if (view != null && view.getModel().get("pageLang") instanceof String language
                        && request.getAttribute(ATTRIBUTE) == null) {
                    set(request, language);
                }
            }
        });
    }
}
