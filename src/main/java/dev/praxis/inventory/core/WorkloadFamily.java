package dev.praxis.inventory.core;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The module's workload families (section 1, "Workload Family" table; always-on services from section 3's archetype
 * table), with the primary and secondary bottlenecks the table gives each. Local coding assistant models and
 * quantized LLM inference share one family: the table gives them the same bottlenecks.
 */
public enum WorkloadFamily {
    API_FIRST("api-first", Set.of(Constraint.RAM, Constraint.CPU), Set.of(Constraint.STORAGE),
            "\\bapis?\\b|api[- ]first|api[- ]backed|openai|anthropic|hosted models?|web apps?|backend"),
    LOCAL_INFERENCE("local-inference", Set.of(Constraint.VRAM),
            Set.of(Constraint.RAM, Constraint.STORAGE, Constraint.THERMALS),
            "local (?:llms?|models?|inference|coding)|\\bllms?\\b|ollama|llama|quanti[sz]ed|gguf|coding (?:models?|assistants?)"
                    + "|\\binference\\b|lm studio|vllm|stable diffusion|image generation|comfyui"),
    EMBEDDINGS_RETRIEVAL("embeddings-retrieval", Set.of(Constraint.RAM, Constraint.STORAGE), Set.of(Constraint.CPU),
            "\\brag\\b|retrieval|embeddings?|vector (?:db|database|store|search)|semantic search"),
    NOTEBOOKS_DATA("notebooks-data", Set.of(Constraint.RAM, Constraint.STORAGE), Set.of(Constraint.CPU),
            "notebooks?|jupyter|data (?:exploration|analysis|science)|pandas|preprocess\\w*|datasets?"),
    LIGHT_FINE_TUNING("light-fine-tuning", Set.of(Constraint.VRAM, Constraint.THERMALS),
            Set.of(Constraint.STORAGE, Constraint.RAM),
            "fine[- ]?tun\\w*|\\b(?:q?lora)\\b|adapters?|\\btrain(?:ing)?\\b|deep[- ]learning|pytorch|tensorflow"
                    + "|neural net\\w*"),
    ALWAYS_ON_SERVICES("always-on-services", Set.of(Constraint.RAM, Constraint.STORAGE),
            Set.of(Constraint.THERMALS, Constraint.POWER_EXPANSION),
            "always[- ]on|home ?server|self[- ]host\\w*|24/7|background jobs?|local services?");

    /** Where each family's bottlenecks come from in the module. */
    static final Map<WorkloadFamily, String> SOURCE = Map.of(
            API_FIRST, "§1 table: API-first AI applications",
            LOCAL_INFERENCE, "§1 table: Quantized LLM inference / Local coding assistant models",
            EMBEDDINGS_RETRIEVAL, "§1 table: Embeddings and RAG experiments",
            NOTEBOOKS_DATA, "§1 table: Notebook-heavy data exploration",
            LIGHT_FINE_TUNING, "§1 table: Small LoRA-style fine-tuning",
            ALWAYS_ON_SERVICES, "§3 archetype table: Small home server (always-on services; limits noise, power draw)");

    private final String id;
    private final Set<Constraint> primary;
    private final Set<Constraint> secondary;
    private final Pattern words;

    WorkloadFamily(String id, Set<Constraint> primary, Set<Constraint> secondary, String words) {
        this.id = id;
        this.primary = primary;
        this.secondary = secondary;
        this.words = Pattern.compile(words);
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** The family as a learner reads it in feedback, in the module's words (the id is for files and JSON). */
    public String label() {
        return switch (this) {
            case API_FIRST -> "API-first applications";
            case LOCAL_INFERENCE -> "local inference or coding models";
            case EMBEDDINGS_RETRIEVAL -> "embeddings and RAG";
            case NOTEBOOKS_DATA -> "notebook-heavy data exploration";
            case LIGHT_FINE_TUNING -> "LoRA-style fine-tuning";
            case ALWAYS_ON_SERVICES -> "always-on services";
        };
    }

    public Set<Constraint> primary() {
        return primary;
    }

    public Set<Constraint> secondary() {
        return secondary;
    }

    /** The first family the text names (by id or in the learner's own words), if any. */
    public static Optional<WorkloadFamily> fromText(String text) {
        List<WorkloadFamily> all = allFromText(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every family the text names, in the order the text first names them. */
    public static List<WorkloadFamily> allFromText(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(family -> family.position(lower) >= 0)
                .sorted(Comparator.comparingInt(family -> family.position(lower)))
                .toList();
    }

    private int position(String lower) {
        int byId = lower.indexOf(id);
        Matcher m = words.matcher(lower);
        int byWords = m.find() ? m.start() : -1;
        if (byId < 0) {
            return byWords;
        }
        return byWords < 0 ? byId : Math.min(byId, byWords);
    }
}
