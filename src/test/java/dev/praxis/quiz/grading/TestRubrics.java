package dev.praxis.quiz.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small grading files for tests. */
final class TestRubrics {

    private TestRubrics() {
    }

    static Path write(Path dir, String name, String yaml) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A VRAM question: required VRAM concept, required mitigation, a CPU misconception, options for stuffing. */
    static final String VRAM_RUBRIC = """
            module: test/vram
            options:
              - {id: gpu, phrases: [vram, gpu memory, video memory, gpu]}
              - {id: ram, phrases: [ram, system memory]}
              - {id: storage, phrases: [storage, disk]}
              - {id: cpu, phrases: [cpu, processor]}
              - {id: thermals, phrases: [thermals, heat]}
            questions:
              Q1:
                maxOptions: 2
                concepts:
                  - id: vram
                    label: VRAM is the constraint
                    required: true
                    weight: 2
                    phrases: [vram, gpu memory, video memory]
                  - id: mitigate
                    label: Shrink context or batch
                    weight: 2
                    phrases: [smaller batch, shorter context, reduce * batch]
                misconceptions:
                  - id: blames-cpu
                    feedback: The CPU is not busy.
                    cap: 0.2
                    phrases: [faster cpu, cpu is the bottleneck]
            """;

    static QuestionRubric vramQuestion(Path dir) throws RubricException {
        return RubricLoader.load(write(dir, "vram.grading.yaml", VRAM_RUBRIC)).question("Q1").orElseThrow();
    }
}
