package dev.praxis.lesson;

import dev.praxis.content.ContentLibrary;
import dev.praxis.content.CourseModule;
import dev.praxis.content.Prediction;
import dev.praxis.progress.LearnerFacts;
import dev.praxis.progress.ProgressService;
import dev.praxis.system.web.NotFoundException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Predictions that cannot be peeked at: the reveal is released only to a learner who has committed a prediction
 * for that prompt. Committed words are kept as written; a revision adds to the history.
 */
@Service
public class PredictionService {

    public static final int MIN_LENGTH = 15;
    public static final int MAX_LENGTH = 5000;
    /** Versions kept per learner and prompt: the first words and 19 revisions are a history, not a store. */
    public static final int MAX_VERSIONS = 20;

    private final PredictionRepository predictions;
    private final ContentLibrary library;
    private final ProgressService progress;

    PredictionService(PredictionRepository predictions, ContentLibrary library, ProgressService progress) {
        this.predictions = predictions;
        this.library = library;
        this.progress = progress;
    }

    /** The prompt with this id and the module it belongs to; 404 for an id no module has. */
    public PromptInModule prompt(String promptId) {
        String slug = moduleSlugOf(promptId);
        CourseModule module = library.find(slug).orElseThrow(() -> new NotFoundException("No prompt " + promptId));
        Prediction prediction = module.prediction(promptId).orElseThrow(() -> new NotFoundException("No prompt " + promptId));
        return new PromptInModule(module, prediction);
    }

    /**
     * Commits (or revises) the learner's prediction; its length was checked by the form ({@code PredictionForms}).
     *
     * @throws InvalidPredictionException when the learner has revised it {@code MAX_VERSIONS - 1} times already
     */
    @Transactional
    public CommittedPrediction commit(long userId, String promptId, String text) {
        PromptInModule prompt = prompt(promptId);
        String body = text == null ? "" : text.strip();
        if (predictions.versions(userId, promptId) >= MAX_VERSIONS) {
            throw new InvalidPredictionException("You have revised this prediction " + (MAX_VERSIONS - 1)
                    + " times, the most Praxis keeps. Your latest version stands; write further thoughts in your notes.");
        }
        predictions.insert(userId, prompt.module().slug(), promptId, body);
        return predictions.current(userId, promptId).orElseThrow();
    }

    @Transactional
    public CommittedPrediction selfCheck(long userId, String promptId, String verdict) {
        prompt(promptId);
        if (predictions.current(userId, promptId).isEmpty()) {
            throw new InvalidPredictionException("Commit a prediction before judging it.");
        }
        predictions.saveSelfCheck(userId, promptId, verdict);
        return predictions.current(userId, promptId).orElseThrow();
    }

    public Optional<CommittedPrediction> current(long userId, String promptId) {
        return predictions.current(userId, promptId);
    }

    /**
     * Prompt id → the learner's current prediction, for every prompt of the module they committed; from the
     * learner's kept facts, so no SQL while they are current.
     */
    public Map<String, CommittedPrediction> forModule(long userId, String moduleSlug) {
        return forModule(progress.facts(userId), moduleSlug);
    }

    static Map<String, CommittedPrediction> forModule(LearnerFacts facts, String moduleSlug) {
        Map<String, CommittedPrediction> committed = new HashMap<>();
        for (LearnerFacts.Prediction prediction : facts.predictions().values()) {
            if (prediction.moduleSlug().equals(moduleSlug)) {
                committed.put(prediction.promptId(), new CommittedPrediction(prediction.promptId(), prediction.body(),
                        prediction.committedAt(), prediction.revisions(), prediction.selfCheck()));
            }
        }
        return committed;
    }

    public List<String> history(long userId, String promptId) {
        return predictions.history(userId, promptId);
    }

    /** Prompt ids are {@code <module slug>:prediction:<n or author id>}. */
    static String moduleSlugOf(String promptId) {
        int marker = promptId == null ? -1 : promptId.lastIndexOf(":prediction:");
        if (marker <= 0) {
            throw new NotFoundException("No prompt " + promptId);
        }
        return promptId.substring(0, marker);
    }

    /** A prompt together with its module. */
    public record PromptInModule(CourseModule module, Prediction prediction) {
    }

    /** The learner's input cannot be accepted; the message says why in plain words. */
    public static final class InvalidPredictionException extends RuntimeException {
        InvalidPredictionException(String message) {
            super(message);
        }
    }
}
