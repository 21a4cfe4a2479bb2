package dev.praxis.content.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.concurrent.atomic.AtomicInteger;

/** A block whose rendered HTML is cut out of the lesson by {@link Regions} markers (prompt, quiz, lab and their parts). */
public abstract class RegionBlock extends Block {

    private static final DataKey<AtomicInteger> COUNTER = new DataKey<>("PRAXIS_REGION_COUNTER", AtomicInteger::new);

    private int region = -1;

    /** A number unique within the document, assigned on first use once the block is attached. */
    public int region() {
        if (region < 0) {
            region = COUNTER.get(getDocument()).incrementAndGet();
        }
        return region;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
