package dev.praxis.text;

/**
 * How the writer holds an idea a word belongs to. Only {@link #ASSERTED} ideas (and, for what they grant,
 * {@link #CONCEDED} and {@link #SUPPOSED} ones) are the writer's claims; the others mention an idea without
 * claiming it.
 */
public enum Stance {
    /** Said as the writer's own claim or advice, hedged or not ("I think it's VRAM", "keep the laptop"). */
    ASSERTED,
    /** Granted before the writer turns away from it ("sure, a GPU is faster, but …", "although X, Y"). */
    CONCEDED,
    /** Inside a condition ("if VRAM runs out, …"): entertained, not claimed. */
    SUPPOSED,
    /** Reported as someone else's view ("people say X", "the teammate wants X", "you might think X"). */
    ATTRIBUTED,
    /** Asked, not stated ("is it the GPU?"). */
    ASKED,
    /** Set aside by the writer ("that instinct is wrong", "X would be a mistake", "why buy X now?"). */
    REJECTED;

    /** Whether a word in this stance counts as something the writer holds true. */
    public boolean holds() {
        return this == ASSERTED || this == CONCEDED || this == SUPPOSED;
    }
}
