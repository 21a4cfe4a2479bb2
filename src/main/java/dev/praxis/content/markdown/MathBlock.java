package dev.praxis.content.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A display formula between {@code $$} lines. Its formula is its one child, a {@link MathInline} made when the block
 * closes, so a formula's text is kept in one place whether it stands in a line or on its own.
 */
public final class MathBlock extends Block {

    MathBlock(BasedSequence chars) {
        super(chars);
    }

    /** The formula's TeX; empty while the block is still being read. */
    public String tex() {
        return getFirstChild() instanceof MathInline formula ? formula.tex() : "";
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
