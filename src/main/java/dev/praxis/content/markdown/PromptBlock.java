package dev.praxis.content.markdown;

/** A prediction prompt: a {@link Part#BODY} with the question and, unless it is a reflection box, a {@link Part#REVEAL}. */
public final class PromptBlock extends RegionBlock {

    /** The two halves of a prompt. */
    public enum Part { BODY, REVEAL }

    private final String label;
    private final String explicitId;

    PromptBlock(String label, String explicitId) {
        this.label = label;
        this.explicitId = explicitId;
    }

    /** The label as written, e.g. "Pause and predict". */
    public String label() {
        return label;
    }

    /** The author's {@code praxis:id}, or null. */
    public String explicitId() {
        return explicitId;
    }

    public PromptPart body() {
        return (PromptPart) getFirstChild();
    }

    /** The reveal, or null for a reflection box. */
    public PromptPart reveal() {
        return getLastChild() instanceof PromptPart part && part.part() == Part.REVEAL ? part : null;
    }

    /** One half of a prompt. */
    public static final class PromptPart extends RegionBlock {

        private final Part part;

        PromptPart(Part part) {
            this.part = part;
        }

        public Part part() {
            return part;
        }
    }
}
