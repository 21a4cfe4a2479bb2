package dev.praxis.lab.validation;

import java.util.Optional;
import java.util.regex.Pattern;

/** The archetypes of §3 and the decision table of §5, as Step 2 names them. */
enum Archetype {
    LAPTOP_FIRST("laptop-first", "laptop"),
    SINGLE_GPU_DESKTOP("single-gpu-desktop", "single[- ]gpu|desktop"),
    HOME_SERVER("home-server", "server|used workstation|workstation"),
    CLOUD_FIRST("cloud-first", "cloud[- ]first|cloud only|cloud"),
    HYBRID("hybrid", "hybrid");

    private final String id;
    private final Pattern words;

    Archetype(String id, String words) {
        this.id = id;
        this.words = Pattern.compile(words);
    }

    String id() {
        return id;
    }

    /** Reads the id or the archetype's usual words; hybrid wins over the parts it combines. */
    static Optional<Archetype> parse(String text) {
        String folded = LabText.fold(text);
        for (Archetype archetype : values()) {
            if (folded.equals(archetype.id)) {
                return Optional.of(archetype);
            }
        }
        if (HYBRID.words.matcher(folded).find()) {
            return Optional.of(HYBRID);
        }
        for (Archetype archetype : values()) {
            if (archetype.words.matcher(folded).find()) {
                return Optional.of(archetype);
            }
        }
        return Optional.empty();
    }

    static final String ALL = "laptop-first, single-gpu-desktop, home-server, cloud-first, hybrid";
}
