package dev.praxis.instructor;

import dev.praxis.account.AccountService;
import dev.praxis.account.UserAccount;
import dev.praxis.content.Catalog;
import dev.praxis.content.ChecklistItem;
import dev.praxis.content.ContentLibrary;
import dev.praxis.content.CourseModule;
import dev.praxis.instructor.CohortRepository.LearnerModule;
import dev.praxis.instructor.CohortRepository.QuizBest;
import dev.praxis.progress.ModuleTally;
import dev.praxis.progress.ProgressService;
import dev.praxis.system.web.NotFoundException;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What instructors see of the cohort. Each page costs a fixed number of grouped queries, however many learners and
 * modules: the roster, its count, four kinds of progress facts, and three kinds of statistics for one module.
 */
@Service
class CohortService {

    private final CohortRepository cohort;
    private final ContentLibrary library;
    private final AccountService accounts;
    private final ProgressService progress;
    private final Duration statsRefresh;
    private final LoadingCache<String, ModuleStats> recentStats;

    CohortService(CohortRepository cohort, ContentLibrary library, AccountService accounts, ProgressService progress,
            InstructorSettings settings) {
        this.cohort = cohort;
        this.library = library;
        this.accounts = accounts;
        this.progress = progress;
        this.statsRefresh = settings.statsRefresh();
        this.recentStats = Caffeine.newBuilder()
                .refreshAfterWrite(statsRefresh)
                .expireAfterWrite(statsRefresh.multipliedBy(20))
                .maximumSize(200)
                .build(slug -> stats(library.module(slug)));
    }

    /**
     * The dashboard's columns: the modules learners do something in (a quiz or a lab), in course order, one column per
     * module whatever the languages it is translated into.
     */
    List<CourseModule> modules() {
        return library.catalog().courseOrder().stream()
                .filter(module -> !module.quiz().isEmpty() || !module.lab().isEmpty())
                .toList();
    }

    /**
     * A page of learners with their progress, and the statistics of one module.
     *
     * @param page       1-based; past the last page shows the last
     * @param moduleSlug the module whose statistics to show; blank for the first
     */
    @Transactional(readOnly = true)
    CohortPage page(String query, int page, String moduleSlug) {
        List<CourseModule> modules = modules();
        CourseModule chosen = chosen(modules, moduleSlug);
        CohortFilter probe = CohortFilter.page(query, 1);
        long total = cohort.countLearners(probe);
        int last = (int) Math.max(1, (total + CohortFilter.PAGE_SIZE - 1) / CohortFilter.PAGE_SIZE);
        int shown = Math.min(Math.max(1, page), last);
        CohortFilter filter = CohortFilter.page(query, shown);
        return new CohortPage(modules, progress(filter, modules), filter.query(), shown, total,
                chosen == null ? null : recentStats.get(chosen.slug()));
    }

    /** The disagreements instructors should review, newest first, at most {@code limit}; with module titles. */
    @Transactional(readOnly = true)
    List<Disagreement> disagreements(int limit) {
        return cohort.disagreements(limit).stream().map(disagreement -> disagreement.titled(
                library.find(disagreement.moduleSlug()).map(CourseModule::title).orElse(disagreement.moduleSlug())))
                .toList();
    }

    @Transactional(readOnly = true)
    String csv(String query) {
        List<CourseModule> modules = modules();
        return CohortCsv.write(modules, progress(CohortFilter.everyone(query), modules));
    }

    @Transactional(readOnly = true)
    LearnerDetail learner(long userId) {
        UserAccount account = accounts.find(userId).orElseThrow(() -> new NotFoundException("No learner " + userId));
        List<CourseModule> modules = modules();
        Map<String, String> titles = new HashMap<>();
        Map<String, String> itemTexts = new HashMap<>();
        for (CourseModule module : library.catalog().modules()) {
            titles.put(module.slug(), module.title());
            module.lab().checklist().forEach(item -> itemTexts.put(item.id(), item.text()));
        }
        return new LearnerDetail(account, modules, progress.summaries(userId, modules), cohort.attempts(userId),
                cohort.labVerdicts(userId), titles, itemTexts, cohort.latestUpload(userId).orElse(null));
    }

    /** The module's statistics computed now (pages show recent ones, {@link InstructorSettings#statsRefresh}). */
    ModuleStats stats(CourseModule module) {
        List<ChecklistItem> checklist = module.lab().checklist();
        List<QuestionStats> questions = module.quiz().isEmpty() ? List.of() : CohortStatistics.questions(
                module.quiz().questions(), Stream.of(cohort.answerTallies(module.slug()),
                        cohort.missingConcepts(module.slug()), cohort.misconceptions(module.slug()))
                        .flatMap(List::stream).toList());
        long labLearners = checklist.isEmpty() ? 0 : cohort.labLearners(module.slug());
        List<ItemPassRate> items = checklist.isEmpty() ? List.of()
                : CohortStatistics.items(checklist, cohort.labPasses(module.slug()), labLearners);
        return new ModuleStats(module, questions, items, labLearners, Instant.now(), statsRefresh);
    }

    private static CourseModule chosen(List<CourseModule> modules, String moduleSlug) {
        if (moduleSlug == null || moduleSlug.isBlank()) {
            return modules.isEmpty() ? null : modules.get(0);
        }
        return modules.stream().filter(module -> module.slug().equals(moduleSlug)).findFirst()
                .orElseThrow(() -> new NotFoundException("No module with a quiz or a lab: " + moduleSlug));
    }

    private List<LearnerProgress> progress(CohortFilter filter, List<CourseModule> modules) {
        List<LearnerRow> learners = cohort.learners(filter);
        Map<LearnerModule, Integer> read = cohort.sectionsRead(filter);
        Map<LearnerModule, Integer> predicted = cohort.predictionsCommitted(filter);
        Map<LearnerModule, Integer> lab = cohort.labPassed(filter);
        Map<LearnerModule, QuizBest> quiz = cohort.quizBest(filter);
        Catalog catalog = library.catalog();
        return learners.stream().map(learner -> new LearnerProgress(learner, modules.stream().map(module -> {
            // a learner who works in a translation progresses in the same module (see ModuleTally#with)
            ModuleTally tally = ModuleTally.NONE;
            for (CourseModule version : versions(catalog, module)) {
                LearnerModule key = new LearnerModule(learner.id(), version.slug());
                QuizBest scores = quiz.get(key);
                tally = tally.with(new ModuleTally(read.getOrDefault(key, 0), predicted.getOrDefault(key, 0),
                        lab.getOrDefault(key, 0), scores == null ? null : scores.best(),
                        scores == null ? null : scores.latest(), scores == null ? null : scores.latestAt(),
                        scores != null && scores.passed()));
            }
            return tally.in(module);
        }).toList())).toList();
    }

    private static Collection<CourseModule> versions(Catalog catalog, CourseModule module) {
        Collection<CourseModule> versions = catalog.translations(module.slug()).values();
        return versions.isEmpty() ? List.of(module) : versions;
    }
}
