package dev.praxis.inventory.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkloadFamilyTests {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "I will build API-backed tools with hosted models | API_FIRST",
            "run quantized local LLMs every day with Ollama | LOCAL_INFERENCE",
            "local coding assistant models | LOCAL_INFERENCE",
            "a small RAG system over my notes | EMBEDDINGS_RETRIEVAL",
            "Notebook-heavy data exploration in Jupyter | NOTEBOOKS_DATA",
            "one lightweight LoRA fine-tuning workflow | LIGHT_FINE_TUNING",
            "self-hosted always-on services | ALWAYS_ON_SERVICES",
            "api-first | API_FIRST",
            "deep learning experiments in PyTorch | LIGHT_FINE_TUNING",
            "small neural networks for a course | LIGHT_FINE_TUNING",
            "Stable Diffusion image generation at home | LOCAL_INFERENCE",
            "embeddings-retrieval | EMBEDDINGS_RETRIEVAL"})
    void recognisesTheLearnersOwnWords(String text, WorkloadFamily family) {
        assertThat(WorkloadFamily.fromText(text)).contains(family);
    }

    @Test
    void listsEveryFamilyInTheOrderTheTextNamesThem() {
        String plan = "For the next 6 months, I will run local coding models, build a small RAG system, "
                + "and test one lightweight fine-tuning workflow.";

        assertThat(WorkloadFamily.allFromText(plan)).containsExactly(WorkloadFamily.LOCAL_INFERENCE,
                WorkloadFamily.EMBEDDINGS_RETRIEVAL, WorkloadFamily.LIGHT_FINE_TUNING);
    }

    @Test
    void vagueAiWorkNamesNoFamily() {
        assertThat(WorkloadFamily.fromText("AI work")).isEmpty();
        assertThat(WorkloadFamily.fromText(null)).isEmpty();
    }

    @Test
    void storageOrAverageDoNotReadAsRag() {
        assertThat(WorkloadFamily.allFromText("average storage use")).isEmpty();
    }
}
