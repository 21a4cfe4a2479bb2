package dev.praxis.content.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A Starlight aside ({@code :::note[Title]} … {@code :::}); its children are ordinary Markdown blocks. */
public final class AsideBlock extends Block {

    private final String kind;
    private final String title;
    private boolean closed;

    AsideBlock(BasedSequence chars, String kind, String title) {
        super(chars);
        this.kind = kind;
        this.title = title;
    }

    /** note, tip, caution or danger ({@code :::warning} arrives as caution). */
    public String kind() {
        return kind;
    }

    /** The author's {@code [Title]}, or null. */
    public String title() {
        return title;
    }

    /** False when the source never closed it with {@code :::}, so it swallowed the rest of its container. */
    public boolean closed() {
        return closed;
    }

    void closed(boolean closed) {
        this.closed = closed;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
