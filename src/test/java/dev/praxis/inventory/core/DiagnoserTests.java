package dev.praxis.inventory.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.inventory.core.Diagnosis.Bottleneck;
import dev.praxis.inventory.core.Diagnosis.Evidence;
import dev.praxis.inventory.core.Diagnosis.Fit;
import dev.praxis.inventory.core.Diagnosis.VramFit;
import dev.praxis.inventory.core.Inventory.CpuInfo;
import dev.praxis.inventory.core.Inventory.Filesystem;
import dev.praxis.inventory.core.Inventory.Gpu;
import dev.praxis.inventory.core.Inventory.GpuTooling;
import dev.praxis.inventory.core.Inventory.MemoryInfo;
import dev.praxis.inventory.core.Inventory.OsInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DiagnoserTests {

    private static final long GIB = 1024L * 1024 * 1024;

    private static Inventory machine(long ramGib, List<Gpu> gpus, int usePercent, long freeGib, Boolean battery) {
        Filesystem root = new Filesystem("/dev/nvme0n1p2", "/", "ext4", 500 * GIB, 0L, 0L, 0L, freeGib * GIB, 0L,
                usePercent, true);
        return new Inventory(1, Source.AGENT, InventoryReader.PARSER_VERSION, new OsInfo("Linux", null, "6.8", "x86_64"),
                new CpuInfo("Ryzen", "AMD", 8, 16, null),
                new MemoryInfo(ramGib * GIB, 0L, ramGib * GIB / 2, 0L, 2 * GIB, 0L),
                List.of(new Inventory.Disk("nvme0n1", null, 500 * GIB, 0L, DiskType.NVME)), List.of(root), gpus,
                new GpuTooling(ToolStatus.AVAILABLE, ToolStatus.NOT_RUN, ToolStatus.NOT_RUN, ToolStatus.NOT_RUN),
                battery, null, List.of(), List.of(), Map.of());
    }

    private static Gpu nvidia(long vramGib) {
        return new Gpu("NVIDIA", "RTX", vramGib * GIB, 0L, "550", false);
    }

    private static List<String> texts(Bottleneck bottleneck) {
        return bottleneck.evidence().stream().map(Evidence::text).toList();
    }

    @Nested
    @DisplayName("first bottleneck")
    class First {

        @Test
        void aSwapNearlyFullIsRamUnderPressureNow() {
            Inventory base = machine(8, List.of(), 74, 15, false);
            Inventory swapping = new Inventory(base.schemaVersion(), base.source(), base.parserVersion(), base.os(),
                    base.cpu(), new MemoryInfo(8 * GIB, 0L, 2 * GIB, 0L, GIB / 2, 0L, GIB / 2 - 13 * 1024 * 1024, 0L),
                    base.disks(), base.filesystems(), base.gpus(), base.gpuTooling(), base.battery(), base.sensors(),
                    base.unknowns(), base.warnings(), base.provenance(), base.blocks());

            Diagnosis diagnosis = Diagnoser.diagnose(swapping, List.of(WorkloadFamily.EMBEDDINGS_RETRIEVAL));

            assertThat(diagnosis.first().constraint()).isEqualTo(Constraint.RAM);
            assertThat(texts(diagnosis.first())).anyMatch(text -> text.contains("swap in use"));
            assertThat(texts(Diagnoser.diagnose(base, List.of(WorkloadFamily.EMBEDDINGS_RETRIEVAL)).first()))
                    .noneMatch(text -> text.contains("swap in use"));
        }

        @Test
        void localInferenceWithoutDiscreteGpuIsVramBound() {
            Diagnosis diagnosis = Diagnoser.diagnose(machine(32, List.of(), 40, 200, false),
                    List.of(WorkloadFamily.LOCAL_INFERENCE));

            assertThat(diagnosis.first().constraint()).isEqualTo(Constraint.VRAM);
            assertThat(texts(diagnosis.first())).contains("no discrete GPU: local LLM inference is VRAM-bound");
            assertThat(diagnosis.second().constraint()).isEqualTo(Constraint.RAM);
        }

        @Test
        void fullProjectDiskBeatsTheGpuForApiFirstWork() {
            Diagnosis diagnosis = Diagnoser.diagnose(machine(32, List.of(nvidia(12)), 91, 40, false),
                    "I will build API-first apps");

            assertThat(diagnosis.first().constraint()).isEqualTo(Constraint.STORAGE);
            assertThat(texts(diagnosis.first())).contains("/ is 91% used: storage");
        }

        @Test
        void smallRamWithNotebooksIsRamBound() {
            Diagnosis diagnosis = Diagnoser.diagnose(machine(8, List.of(), 40, 200, false),
                    List.of(WorkloadFamily.NOTEBOOKS_DATA));

            assertThat(diagnosis.first().constraint()).isEqualTo(Constraint.RAM);
            assertThat(texts(diagnosis.first())).anyMatch(t -> t.startsWith("8.0 GiB RAM with notebook-heavy data exploration work"));
        }

        @Test
        void bigGpuMovesLocalInferenceToItsSecondaryConstraints() {
            Diagnosis diagnosis = Diagnoser.diagnose(machine(64, List.of(nvidia(24)), 95, 20, false),
                    List.of(WorkloadFamily.LOCAL_INFERENCE));

            assertThat(diagnosis.first().constraint()).isEqualTo(Constraint.STORAGE);
            assertThat(diagnosis.second().constraint()).isEqualTo(Constraint.VRAM);
        }
    }

    @Nested
    @DisplayName("evidence")
    class EvidenceRules {

        @Test
        void batteryMeansWatchSustainedLoadThermals() {
            Diagnosis diagnosis = Diagnoser.diagnose(machine(16, List.of(nvidia(8)), 40, 200, true),
                    List.of(WorkloadFamily.LIGHT_FINE_TUNING));

            Bottleneck thermals = List.of(diagnosis.first(), diagnosis.second()).stream()
                    .filter(b -> b.constraint() == Constraint.THERMALS).findFirst().orElseThrow();
            assertThat(texts(thermals)).contains("battery present: laptop, watch sustained-load thermals");
        }

        @Test
        void everyEvidenceNamesAModuleSection() {
            Diagnosis diagnosis = Diagnoser.diagnose(machine(8, List.of(), 95, 10, true),
                    List.of(WorkloadFamily.values()));

            assertThat(List.of(diagnosis.first(), diagnosis.second()))
                    .flatExtracting(Bottleneck::evidence)
                    .allSatisfy(e -> assertThat(e.section()).startsWith("§"));
        }

        @Test
        void noWorkloadAndNoPressureGivesNoBottleneck() {
            Diagnosis diagnosis = Diagnoser.diagnose(machine(32, List.of(nvidia(12)), 40, 200, false), "AI work");

            assertThat(diagnosis.first()).isNull();
            assertThat(diagnosis.notes()).anyMatch(note -> note.startsWith("No workload family named"));
        }

        @Test
        void workloadFromFixtureTranscriptIsDiagnosed() throws IOException {
            Inventory laptop = InventoryReader.read(Files.readAllBytes(
                    Path.of("src/test/resources/inventory/fixtures/crlf-ansi-prompts.transcript.txt")));

            Diagnosis diagnosis = Diagnoser.diagnose(laptop, "notebooks and a small RAG system");

            assertThat(diagnosis.first().constraint()).isIn(Constraint.RAM, Constraint.STORAGE);
            assertThat(diagnosis.second().constraint()).isIn(Constraint.RAM, Constraint.STORAGE);
        }
    }

    @Nested
    @DisplayName("VRAM fit table")
    class FitTable {

        @Test
        void sevenBillionAtFourBitFitsTwelveGibButSeventyDoesNot() {
            Diagnosis diagnosis = Diagnoser.diagnose(machine(32, List.of(nvidia(12)), 40, 200, false), List.of());

            assertThat(fit(diagnosis, 7, 4)).isEqualTo(Fit.FITS);
            assertThat(fit(diagnosis, 70, 4)).isEqualTo(Fit.DOES_NOT_FIT);
            assertThat(diagnosis.fitTable()).hasSize(12);
        }

        @Test
        void sevenBillionAtFourBitNeedsWeightsPlusKvCachePlusOverhead() {
            VramFit row = VramFitTable.row(7, 4, null, 4096);

            assertThat(row.weightsBytes()).isEqualTo(3_500_000_000L);
            assertThat(row.kvCacheBytes()).isEqualTo(2L * 32 * 32 * 128 * 4096 * 2);
            assertThat(row.overheadBytes()).isEqualTo(350_000_000L + 512L * 1024 * 1024);
            assertThat(row.totalBytes()).isEqualTo(row.weightsBytes() + row.kvCacheBytes() + row.overheadBytes());
            assertThat(row.fit()).isEqualTo(Fit.UNKNOWN);
        }

        @Test
        void longerContextNeedsMoreMemory() {
            assertThat(VramFitTable.row(13, 4, null, 32768).totalBytes())
                    .isGreaterThan(VramFitTable.row(13, 4, null, 4096).totalBytes());
        }

        @Test
        void appleSiliconBudgetIsAShareOfUnifiedMemory() {
            Gpu apple = new Gpu("Apple", "Apple M2 Pro", null, null, null, true);

            Diagnosis diagnosis = Diagnoser.diagnose(machine(32, List.of(apple), 40, 200, true),
                    List.of(WorkloadFamily.LOCAL_INFERENCE));

            assertThat(diagnosis.vramBudgetBytes()).isEqualTo(32 * GIB / 100 * 67);
            assertThat(fit(diagnosis, 13, 4)).isEqualTo(Fit.FITS);
        }

        private Fit fit(Diagnosis diagnosis, int billions, int bits) {
            return diagnosis.fitTable().stream()
                    .filter(row -> row.billionParameters() == billions && row.bits() == bits)
                    .findFirst().orElseThrow().fit();
        }
    }
}
