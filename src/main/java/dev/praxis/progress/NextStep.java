package dev.praxis.progress;

import dev.praxis.content.CourseModule;
import dev.praxis.content.LessonSection;
import dev.praxis.content.Prediction;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * What a learner should do next in a module, and where: the first thing not done in the order the module is meant
 * to be worked (read, predict, answer the quiz, do the lab), then the next module in the course.
 *
 * @param kind   what to do
 * @param module the module it is in (for {@link Kind#NEXT_MODULE}, the next module; for {@link Kind#COURSE_DONE},
 *               the module just finished)
 * @param url    where to do it
 * @param label  the section title to read on, the next module's title, or null
 * @param done   how many of {@code total} are done (prompts committed, lab items passing), where that helps
 */
public record NextStep(Kind kind, CourseModule module, String url, String label, int done, int total) {

    public enum Kind { READ, PREDICT, QUIZ, RETRY_QUIZ, LAB, NEXT_MODULE, COURSE_DONE }

    /** Lowercase name for templates and CSS ({@code read}, {@code retry-quiz}, …). */
    public String name() {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * The next step in this module version, given its progress (across translations), what was read and committed
     * in this version, and the module that follows in the course.
     */
    public static NextStep in(CourseModule module, ModuleProgress progress, Collection<String> readSectionIds,
                              Set<String> committedPromptIds, Optional<CourseModule> next) {
        if (progress.complete()) {
            return following(module, next);
        }
        if (progress.sectionsRead() < progress.sectionsTotal()) {
            LessonSection unread = module.sections().stream()
                    .filter(section -> !readSectionIds.contains(section.id())).findFirst()
                    .orElse(module.sections().get(0));
            return new NextStep(Kind.READ, module, module.url() + "#" + unread.id(), unread.title(),
                    progress.sectionsRead(), progress.sectionsTotal());
        }
        if (progress.predictionsCommitted() < progress.predictionsTotal()) {
            Prediction open = module.predictions().stream()
                    .filter(prediction -> !committedPromptIds.contains(prediction.id())).findFirst()
                    .orElse(module.predictions().get(0));
            return new NextStep(Kind.PREDICT, module, module.url() + "#prompt-" + open.ordinal(), open.label(),
                    progress.predictionsCommitted(), progress.predictionsTotal());
        }
        return toComplete(module, progress, next);
    }

    /**
     * The next thing the module needs to be complete (its quiz passed, then every lab item), then the next module:
     * what a quiz result or the lab page points to, where reading on would lead away from the work at hand.
     */
    public static NextStep toComplete(CourseModule module, ModuleProgress progress, Optional<CourseModule> next) {
        if (progress.quizTotal() > 0 && !progress.quizPassed()) {
            return new NextStep(progress.quizBest() == null ? Kind.QUIZ : Kind.RETRY_QUIZ, module,
                    "/quiz/" + module.slug() + "/", null,
                    progress.quizBest() == null ? 0 : (int) Math.round(progress.quizBest() * 100), 100);
        }
        if (progress.labTotal() > 0 && progress.labPassed() < progress.labTotal()) {
            return new NextStep(Kind.LAB, module, "/lab/" + module.slug() + "/", null, progress.labPassed(),
                    progress.labTotal());
        }
        return following(module, next);
    }

    private static NextStep following(CourseModule module, Optional<CourseModule> next) {
        return next.map(following -> new NextStep(Kind.NEXT_MODULE, following, following.url(), following.title(), 0, 0))
                .orElseGet(() -> new NextStep(Kind.COURSE_DONE, module, "/catalog", null, 0, 0));
    }
}
