package dev.praxis.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.IntegrationTest;
import dev.praxis.content.ContentLibrary;
import dev.praxis.content.CourseModule;
import dev.praxis.content.LessonPart;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The learner-independent HTML of a lesson is rendered once per module object, in reading order. */
@IntegrationTest
class LessonBodyCacheTests {

    private static final String SLUG = "ai-ml-engineering/prerequisites/module-1.2-home-ai-workstation-fundamentals";

    @Autowired
    LessonBodyCache cache;
    @Autowired
    ContentLibrary library;

    @Test
    void theSameModuleIsRenderedOnce() {
        CourseModule module = library.module(SLUG);
        assertThat(cache.of(module)).isSameAs(cache.of(module));
    }

    @Test
    void aReloadedModuleIsRenderedAfresh() {
        CourseModule module = library.module(SLUG);
        LessonBody before = cache.of(module);
        CourseModule reloaded = withProse(module, "<p>Edited after the first render.</p>");
        LessonBody after = cache.of(reloaded);
        assertThat(after).isNotSameAs(before);
        assertThat(after.segments().get(0).html()).contains("Edited after the first render.");
        assertThat(before.segments().get(0).html()).doesNotContain("Edited after the first render.");
    }

    @Test
    void segmentsKeepReadingOrderWithOneCardPerPredictionSlot() {
        CourseModule module = library.module(SLUG);
        LessonBody body = cache.of(module);
        List<String> slots = module.parts().stream()
                .filter(LessonPart.PredictionSlot.class::isInstance)
                .map(part -> ((LessonPart.PredictionSlot) part).predictionId())
                .toList();
        assertThat(body.segments()).hasSize(slots.size() + 1);
        assertThat(body.segments().subList(0, slots.size())).extracting(segment -> segment.prediction().id())
                .containsExactlyElementsOf(slots);
        assertThat(body.segments().get(slots.size()).prediction()).isNull();
        String all = String.join("", body.segments().stream().map(LessonBody.Segment::html).toList());
        int quiz = all.indexOf("class=\"card quiz-teaser\"");
        int lab = all.indexOf("class=\"card lab-teaser\"");
        assertThat(quiz).isPositive();
        assertThat(lab).isGreaterThan(quiz);
        assertThat(all).contains("href=\"/quiz/" + SLUG + "/\"", "href=\"/lab/" + SLUG + "/\"");
        assertThat(body.toc()).contains("class=\"lesson-toc fold fold--narrow\"", "href=\"#" + module.toc().get(0).id() + "\"");
    }

    private static CourseModule withProse(CourseModule m, String html) {
        List<LessonPart> parts = new java.util.ArrayList<>(m.parts());
        parts.set(0, new LessonPart.Prose(html));
        return new CourseModule(m.path(), m.slug(), m.url(), m.language(), m.translationKey(), m.title(), m.description(),
                m.order(), m.sidebarLabel(), m.hidden(), m.landing(), m.header(), m.frontMatter(), List.copyOf(parts),
                m.toc(), m.sections(), m.predictions(), m.quiz(), m.lab(), m.counts(), m.links(), m.problems());
    }
}
