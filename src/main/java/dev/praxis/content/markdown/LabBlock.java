package dev.praxis.content.markdown;

import com.vladsch.flexmark.util.ast.Node;

/** Everything under a hands-on heading: {@link Step}s, {@link Criteria} and prose ({@link QuizBlock.Prose}). */
public final class LabBlock extends RegionBlock {

    /** One step: its heading (or bold label) and a {@link Body}. */
    public static final class Step extends RegionBlock {

        private final String title;
        private final String explicitId;

        Step(String title, String explicitId) {
            this.title = title;
            this.explicitId = explicitId;
        }

        /** The step's heading text, e.g. "Step 1: Define The Workload Before Reading Specs". */
        public String title() {
            return title;
        }

        public String explicitId() {
            return explicitId;
        }

        /** The heading that opened the step, or null for a bold-label step. */
        public Node heading() {
            return getFirstChild() instanceof Body ? null : getFirstChild();
        }

        public Body body() {
            return (Body) getLastChild();
        }
    }

    /** The success criteria: a heading or bold label and a {@link Body} holding the checklist. */
    public static final class Criteria extends RegionBlock {

        public Body body() {
            return (Body) getLastChild();
        }
    }

    /** The instructions of a step or the list of criteria. */
    public static final class Body extends RegionBlock {
    }

    /** A task list inside a step or the criteria: the checklist, kept out of the step's instructions. */
    public static final class Checklist extends RegionBlock {
    }
}
