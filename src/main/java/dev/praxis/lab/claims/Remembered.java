package dev.praxis.lab.claims;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Readings of the learner's text remembered while one lab validation runs: the same answer is folded, analysed,
 * read for claims and matched against the symptom table and the constraint names by several checklist items (a
 * Step 5 row by three, an answer again inside the joined text of another item), and a lab of 5,000-character answers
 * made those repeated readings cost seconds per save. Every reading remembered here is a pure function of its input,
 * so remembering changes no verdict; the memory ends with the validation ({@code LabValidator} opens it).
 */
public final class Remembered {

    private static final ThreadLocal<Map<Key, Object>> SCOPE = new ThreadLocal<>();

    private record Key(String reading, Object input) {
    }

    private Remembered() {
    }

    /** Runs a validation with its own memory of readings (a nested validation shares the outer one's). */
    public static <T> T during(Supplier<T> validation) {
        if (SCOPE.get() != null) {
            return validation.get();
        }
        SCOPE.set(new HashMap<>());
        try {
            return validation.get();
        } finally {
            SCOPE.remove();
        }
    }

    /** {@code read(input)}, computed once per validation for each reading and input (every time outside one). */
    @SuppressWarnings("unchecked")
    public static <I, O> O reading(String reading, I input, Function<I, O> read) {
        Map<Key, Object> memory = SCOPE.get();
        if (memory == null || input == null) {
            return read.apply(input);
        }
        Key key = new Key(reading, input);
        Object known = memory.get(key);
        if (known == null) {
            // not computeIfAbsent: a reading may itself use remembered readings
            known = read.apply(input);
            memory.put(key, known);
        }
        return (O) known;
    }
}
