package dev.praxis.content.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** {@code $tex$} in running text, drawn by KaTeX in the browser; also the formula of a {@link MathBlock}. */
public final class MathInline extends Node {

    private final String tex;

    MathInline(BasedSequence chars, String tex) {
        super(chars);
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
