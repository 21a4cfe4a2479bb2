package dev.praxis.content.markdown;

/** Everything under a quiz heading: questions ({@link Question}) and the prose around them ({@link Prose}). */
public final class QuizBlock extends RegionBlock {

    /** One question: a body and, when the author gave one, an answer. */
    public static final class Question extends RegionBlock {

        private final String explicitId;

        Question(String explicitId) {
            this.explicitId = explicitId;
        }

        public String explicitId() {
            return explicitId;
        }

        public Body body() {
            return (Body) getFirstChild();
        }

        /** The answer, or null when the question has none. */
        public Answer answer() {
            return getLastChild() instanceof Answer answer ? answer : null;
        }
    }

    /** The question's text (and options, if multiple choice). */
    public static final class Body extends RegionBlock {
    }

    /** The model answer. */
    public static final class Answer extends RegionBlock {
    }

    /** Text in a quiz or lab section that belongs to no question, step or checklist (an intro, a note). */
    public static final class Prose extends RegionBlock {
    }
}
