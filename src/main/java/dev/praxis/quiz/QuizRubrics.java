package dev.praxis.quiz;

import dev.praxis.content.AuthoredFiles;
import dev.praxis.content.Catalog;
import dev.praxis.content.CatalogListener;
import dev.praxis.content.ContentSettings;
import dev.praxis.content.CourseModule;
import dev.praxis.content.QuizQuestion;
import dev.praxis.quiz.drafting.ModuleDraft;
import dev.praxis.quiz.drafting.ModuleGrading;
import dev.praxis.quiz.drafting.RubricDrafter;
import dev.praxis.quiz.grading.ModuleRubric;
import dev.praxis.quiz.grading.RubricException;
import dev.praxis.quiz.grading.RubricFiles;
import dev.praxis.quiz.grading.RubricLoader;
import dev.praxis.system.changes.ChangeClock;
import dev.praxis.system.changes.ChangeFeed;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The rubrics of each module: the grading file next to it, loaded with each catalog imported and read again on the
 * next use after any instance's rubric editor saved it ({@link ChangeFeed#RUBRICS}: the save announces the module's
 * slug, and a copy is used only while the clock heard nothing newer for it); and the rubric drafted from its model
 * answers, made in the background after each import (or on first use, whichever comes first) and kept while the module's content is unchanged (keyed by a hash of its quiz and prose,
 * so an edited page gets a new draft); a module whose grading file has every question with a model answer is not drafted,
 * since its file grades every answer. While the feed cannot hear changes, each use reads the file's text again and
 * parses it only when the text differs from the kept one. A broken grading file is logged and the module's drafts
 * grade instead of failing the learner's submission.
 */
@Component
class QuizRubrics implements CatalogListener {

    private static final Logger log = LoggerFactory.getLogger(QuizRubrics.class);

    private final Path root;
    private final ChangeClock saves;
    private final AuthoredFiles<KeptRubric> authored = new AuthoredFiles<>(module -> Optional.of(read(module)));
    private final ConcurrentMap<String, KeptDraft> drafts = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Object> draftLocks = new ConcurrentHashMap<>();
    private volatile Future<?> draftingAhead = CompletableFuture.completedFuture(null);
    /** One low-priority thread that drafts each imported module's rubrics before anyone submits its quiz. */
    private final ExecutorService drafting = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "rubric-drafting");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    private record KeptDraft(int contentHash, Optional<ModuleDraft> draft) {
    }

    /** A grading file as read: its text (empty when there is none), the rubric loaded from it, the clock's stamp. */
    private record KeptRubric(Optional<String> text, Optional<ModuleRubric> rubric, long stamp) {
    }

    @Autowired
    QuizRubrics(ContentSettings settings, ChangeFeed changes) {
        this(settings, changes.clock(ChangeFeed.RUBRICS));
    }

    /** @param saves the clock that hears of grading files saved from the web, by module slug */
    QuizRubrics(ContentSettings settings, ChangeClock saves) {
        this.root = settings.root();
        this.saves = saves;
    }

    @Override
    public void catalogImported(Catalog catalog) {
        authored.load(catalog);
        // drafted now, in the background, so the first learners to submit a quiz do not wait for its draft; a module
        // whose grading file covers every question with a model answer never grades with a draft, so is skipped
        draftingAhead = drafting.submit(() -> catalog.modules().stream()
                .filter(module -> !module.quiz().isEmpty() && !fullyAuthored(module, forModule(module)))
                .forEach(this::draftAhead));
    }

    /**
     * Whether the grading file has a rubric for every question a draft could cover (each one with a model answer):
     * then the file grades every answer and a draft would never be used.
     */
    static boolean fullyAuthored(CourseModule module, Optional<ModuleRubric> authored) {
        return authored.isPresent() && module.quiz().questions().stream().filter(QuizQuestion::hasAnswer)
                .allMatch(question -> authored.get().question(question.number()).isPresent());
    }

    /** Waits until the drafting started by the last import has finished (tests). */
    void awaitDraftingAhead(Duration timeout) throws Exception {
        draftingAhead.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether a draft of the module's rubrics is kept (tests). */
    boolean keepsDraft(String slug) {
        return drafts.containsKey(slug);
    }

    private void draftAhead(CourseModule module) {
        if (Thread.currentThread().isInterrupted()) {
            return;
        }
        try {
            draft(module);
        } catch (RuntimeException e) {
            // a learner's submission drafts it again and meets the same failure where it is handled
            log.warn("Drafting the rubrics of {} ahead of use failed: {}", module.slug(), e.toString());
        }
    }

    @PreDestroy
    void stopDrafting() {
        drafting.shutdownNow();
    }

    Optional<ModuleRubric> forModule(CourseModule module) {
        KeptRubric kept = authored.get(module).orElseThrow();
        if (!saves.unchangedSince(module.slug(), kept.stamp())) {
            kept = read(module, kept);
            authored.put(module, Optional.of(kept));
        }
        return kept.rubric();
    }

    /** Each open quiz question's text as learners read it, by number (multiple-choice ones left out). */
    static Map<String, String> questionTexts(CourseModule module) {
        return module.quiz().openQuestionTexts();
    }

    /** The grading file where it has a question, the draft elsewhere (none when the file covers every question). */
    ModuleGrading grading(CourseModule module) {
        Optional<ModuleRubric> file = forModule(module);
        return new ModuleGrading(file, fullyAuthored(module, file) ? Optional.empty() : draft(module));
    }

    Optional<ModuleDraft> draft(CourseModule module) {
        int hash = 31 * module.quiz().hashCode() + module.parts().hashCode();
        KeptDraft kept = drafts.get(module.slug());
        if (kept != null && kept.contentHash() == hash) {
            return kept.draft();
        }
        // one thread drafts a module; learners submitting its quiz at the same moment wait for that draft instead
        // of each drafting it again (a cohort's first quiz wave once held every request thread drafting one module)
        synchronized (draftLocks.computeIfAbsent(module.slug(), slug -> new Object())) {
            kept = drafts.get(module.slug());
            if (kept == null || kept.contentHash() != hash) {
                long start = System.nanoTime();
                kept = new KeptDraft(hash, RubricDrafter.draft(module));
                drafts.put(module.slug(), kept);
                log.debug("Drafted rubrics for {} in {} ms", module.slug(), (System.nanoTime() - start) / 1_000_000);
            }
            return kept.draft();
        }
    }

    Path gradingFile(CourseModule module) {
        return RubricFiles.gradingFileFor(root.resolve(module.path()));
    }

    private KeptRubric read(CourseModule module) {
        return read(module, new KeptRubric(Optional.empty(), Optional.empty(), ChangeClock.NONE));
    }

    /** The file as it is now; {@code kept}'s rubric again when its text did not change. */
    private KeptRubric read(CourseModule module, KeptRubric kept) {
        long stamp = saves.stamp();
        Path file = gradingFile(module);
        Optional<String> text = text(file);
        if (text.equals(kept.text())) {
            return new KeptRubric(text, kept.rubric(), stamp);
        }
        return new KeptRubric(text, text.flatMap(yaml -> load(module, file, yaml)), stamp);
    }

    private Optional<ModuleRubric> load(CourseModule module, Path file, String yaml) {
        try {
            // the question texts let the grader tell an answer that only repeats the question's facts
            return Optional.of(RubricLoader.parse(yaml, file).withPrompts(questionTexts(module)));
        } catch (RubricException e) {
            log.error("Grading file {} cannot be read, falling back to drafted rubrics: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** A grading file's text, or empty when there is none. */
    static Optional<String> text(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
