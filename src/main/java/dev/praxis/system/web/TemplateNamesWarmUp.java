package dev.praxis.system.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.engine.AttributeDefinitions;
import org.thymeleaf.engine.ElementDefinitions;

/**
 * Teaches Thymeleaf every element and attribute name of the platform's templates before the first request. Thymeleaf
 * learns a name outside its standard set the first time a page uses it (an {@code aria-*} or {@code data-*}
 * attribute, one set through {@code th:attr}), under a write lock that every template render reads through: when a
 * freshly started instance met a wave of learners, each newly learned name stopped all page rendering while the
 * request threads queued behind it were woken one by one (JFR, 200 learners writing on two cores: 20 s in which no
 * write was answered). Learned here, at start-up, a render only ever takes the read lock uncontended.
 */
@Component
class TemplateNamesWarmUp implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(TemplateNamesWarmUp.class);
    private static final Pattern ATTRIBUTE_ASSIGNMENT = Pattern.compile("(?:^|,)\\s*([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*=");

    private final ObjectProvider<TemplateEngine> engines;

    TemplateNamesWarmUp(ObjectProvider<TemplateEngine> engines) {
        this.engines = engines;
    }

    @Override
    public void afterSingletonsInstantiated() {
        TemplateEngine engine = engines.getIfAvailable();
        if (engine == null) {
            return;
        }
        Names names = new Names();
        try {
            for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
                try (InputStream in = template.getInputStream()) {
                    names.scan(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            log.warn("Could not read the templates to warm up Thymeleaf's names; pages learn them as they render", e);
            return;
        }
        ElementDefinitions elements = engine.getConfiguration().getElementDefinitions();
        AttributeDefinitions attributes = engine.getConfiguration().getAttributeDefinitions();
        names.elements().forEach(elements::forHTMLName);
        names.attributes().forEach(attributes::forHTMLName);
        log.debug("Thymeleaf knows {} element and {} attribute names of the templates", names.elements().size(),
                names.attributes().size());
    }

    /**
     * The element and attribute names of HTML templates: every tag's name, every attribute's name (a {@code th:x}
     * attribute also as {@code x}, which its processor usually sets), and the names {@code th:attr},
     * {@code th:attrappend} and {@code th:attrprepend} assign.
     */
    static final class Names {

        private final Set<String> elements = new TreeSet<>();
        private final Set<String> attributes = new TreeSet<>();

        Set<String> elements() {
            return elements;
        }

        Set<String> attributes() {
            return attributes;
        }

        void scan(String html) {
            int at = 0;
            while ((at = html.indexOf('<', at)) >= 0) {
                if (html.startsWith("<!--", at)) {
                    int end = html.indexOf("-->", at + 4);
                    at = end < 0 ? html.length() : end + 3;
                    continue;
                }
                at = tag(html, at + 1);
            }
        }

        /** Reads the tag whose name starts at {@code from}; returns where scanning goes on. */
        private int tag(String html, int from) {
            int end = name(html, from);
            if (end == from) {
                return from;
            }
            elements.add(html.substring(from, end));
            int at = end;
            int length = html.length();
            while (at < length) {
                char c = html.charAt(at);
                if (c == '>') {
                    return at + 1;
                }
                if (Character.isWhitespace(c) || c == '/') {
                    at++;
                    continue;
                }
                int nameEnd = name(html, at);
                if (nameEnd == at) {
                    at++;
                    continue;
                }
                String attribute = html.substring(at, nameEnd);
                attribute(attribute);
                at = nameEnd;
                while (at < length && Character.isWhitespace(html.charAt(at))) {
                    at++;
                }
                if (at < length && html.charAt(at) == '=') {
                    at++;
                    while (at < length && Character.isWhitespace(html.charAt(at))) {
                        at++;
                    }
                    if (at < length && (html.charAt(at) == '"' || html.charAt(at) == '\'')) {
                        int close = html.indexOf(html.charAt(at), at + 1);
                        close = close < 0 ? length : close;
                        value(attribute, html.substring(at + 1, close));
                        at = close + 1;
                    } else {
                        int valueEnd = at;
                        while (valueEnd < length && !Character.isWhitespace(html.charAt(valueEnd)) && html.charAt(valueEnd) != '>') {
                            valueEnd++;
                        }
                        value(attribute, html.substring(at, valueEnd));
                        at = valueEnd;
                    }
                }
            }
            return at;
        }

        private void attribute(String name) {
            attributes.add(name);
            if (name.startsWith("th:") && name.length() > 3) {
                attributes.add(name.substring(3));
            }
        }

        private void value(String attribute, String value) {
            if (attribute.equals("th:attr") || attribute.equals("th:attrappend") || attribute.equals("th:attrprepend")) {
                Matcher assigned = ATTRIBUTE_ASSIGNMENT.matcher(value);
                while (assigned.find()) {
                    attributes.add(assigned.group(1));
                }
            }
        }

        private static int name(String html, int from) {
            int at = from;
            while (at < html.length()) {
                char c = html.charAt(at);
                boolean first = at == from;
                if (Character.isLetter(c) || c == '_' || (!first && (Character.isDigit(c) || c == '-' || c == ':' || c == '.'))
                        || (first && c == ':')) {
                    at++;
                } else {
                    break;
                }
            }
            return at;
        }
    }
}
