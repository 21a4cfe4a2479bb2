package dev.praxis.benchmark.jmh;

import dev.praxis.inventory.core.Inventory;
import dev.praxis.inventory.core.InventoryReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parsing one full transcript, as the upload endpoint does (goal: median at most 2 ms). Run from the repository
 * root so the fixtures resolve; see the report for the command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class InventoryParseBenchmark {

    @Param({"ubuntu-desktop-one-nvidia.transcript.txt", "apple-silicon.transcript.txt",
            "crlf-ansi-prompts.transcript.txt", "../corpus/this-machine/session-de.txt"})
    public String fixture;

    private byte[] transcript;

    @Setup
    public void load() throws IOException {
        transcript = Files.readAllBytes(Path.of("src/test/resources/inventory/fixtures", fixture));
    }

    @Benchmark
    public Inventory parseFullTranscript() {
        return InventoryReader.read(transcript);
    }
}
