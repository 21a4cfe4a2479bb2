package dev.praxis.lesson;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.praxis.content.CourseModule;
import dev.praxis.content.LessonPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.praxis.system.web.PageLanguage;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the learner-independent parts of a lesson (prose, quiz and lab teasers, table of contents) once per module
 * version instead of on every request: walking them through the template engine was most of a lesson request's CPU
 * (a 67 kB page with some 500 template expressions, measured with JFR). The cache holds module objects weakly and
 * compares them by identity, so a content reload, which builds new modules, renders afresh and lets old ones go.
 */
@Component
class LessonBodyCache {

    private static final String TEMPLATE = "lesson/static-parts";

    private final ITemplateEngine templates;
    private final Cache<CourseModule, LessonBody> bodies = Caffeine.newBuilder().weakKeys().build();

    LessonBodyCache(ITemplateEngine templates) {
        this.templates = templates;
    }

    LessonBody of(CourseModule module) {
        return bodies.get(module, this::render);
    }

    private LessonBody render(CourseModule module) {
        List<LessonBody.Segment> segments = new ArrayList<>();
        StringBuilder shared = new StringBuilder();
        for (LessonPart part : module.parts()) {
            if (part instanceof LessonPart.PredictionSlot slot) {
                segments.add(new LessonBody.Segment(shared.toString(), module.prediction(slot.predictionId()).orElseThrow()));
                shared.setLength(0);
            } else if (part instanceof LessonPart.Prose prose) {
                shared.append(fragment("prose", Map.of("html", prose.html(), "module", module))).append('\n');
            } else if (part instanceof LessonPart.QuizSlot) {
                shared.append(fragment("quiz", Map.of("module", module))).append('\n');
            } else {
                shared.append(fragment("lab", Map.of("module", module))).append('\n');
            }
        }
        segments.add(new LessonBody.Segment(shared.toString(), null));
        return new LessonBody(List.copyOf(segments), fragment("toc", Map.of("module", module)));
    }

    private String fragment(String name, Map<String, Object> variables) {
        // labels in the module's own language (dev.praxis.system.web.PageLanguage)
        CourseModule module = (CourseModule) variables.get("module");
        Context context = new Context(module == null ? java.util.Locale.ENGLISH : PageLanguage.of(module.language()));
        context.setVariables(variables);
        return templates.process(TEMPLATE, Set.of(name), context);
    }
}
