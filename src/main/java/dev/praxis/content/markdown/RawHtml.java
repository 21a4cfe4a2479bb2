package dev.praxis.content.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A piece of raw HTML left over after {@code <details>} tags were taken out of an HTML block; rendered as written. */
public final class RawHtml extends Block {

    private final String html;

    RawHtml(BasedSequence chars) {
        this(chars, chars.toString());
    }

    RawHtml(BasedSequence chars, String html) {
        super(chars);
        this.html = html;
    }

    public String html() {
        return html;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
