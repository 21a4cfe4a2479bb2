package dev.praxis.content.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A display formula between {@code $$} lines. */
public final class MathBlock extends Block {

    private String tex = "";

    MathBlock(BasedSequence chars) {
        super(chars);
    }

    void tex(String tex) {
        this.tex = tex;
    }

    public String tex() {
        return tex;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
