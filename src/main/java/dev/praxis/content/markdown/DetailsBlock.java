package dev.praxis.content.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A {@code <details>} element regrouped from the HTML blocks CommonMark splits it into: its children are the
 * blocks between the opening and the closing tag, so an answer or a reveal can be found and moved as one unit.
 */
public final class DetailsBlock extends Block {

    private final boolean open;
    private String summaryHtml;

    DetailsBlock(BasedSequence chars, boolean open) {
        super(chars);
        this.open = open;
    }

    public boolean open() {
        return open;
    }

    /** The inner HTML of {@code <summary>}, or null when the element has none. */
    public String summaryHtml() {
        return summaryHtml;
    }

    void summaryHtml(String summaryHtml) {
        this.summaryHtml = summaryHtml;
    }

    /** The summary as plain text, tags removed, for recognising "Answer", "Solution" and questions. */
    public String summaryText() {
        return summaryHtml == null ? "" : Texts.stripTags(summaryHtml);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
