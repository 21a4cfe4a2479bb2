package dev.praxis.inventory.core;

import java.util.List;
import java.util.function.Predicate;

/**
 * A section whose name, typed commands, facts and expected shape are given once, as a {@link Descriptor}, instead of
 * four one-line methods in every reader.
 */
abstract class DescribedSection implements Section {

    /** What a section is called in the reading report, which typed commands print it, what it gives and looks like. */
    record Descriptor(String command, Predicate<String> answers, List<String> gives, String expected) {
    }

    private final Descriptor descriptor;

    DescribedSection(Descriptor descriptor) {
        this.descriptor = descriptor;
    }

    @Override
    public final String command() {
        return descriptor.command();
    }

    @Override
    public final boolean answers(String typed) {
        return descriptor.answers().test(typed);
    }

    @Override
    public final List<String> gives() {
        return descriptor.gives();
    }

    @Override
    public final String expected() {
        return descriptor.expected();
    }
}
