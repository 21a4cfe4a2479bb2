package dev.praxis.inventory.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code system_profiler -json} read like its outline. The real outputs are in the corpus
 * ({@code corpus/other/sp-json-*}); these cases put them in the situations a paste creates: among other outputs,
 * cut short, or an Intel Mac's two GPUs written with the keys macOS uses for them.
 */
class ProfilerJsonTests {

    private static Inventory read(String text) {
        return InventoryReader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static final String HARDWARE = """
            {
              "SPHardwareDataType" : [
                {
                  "_name" : "hardware_overview",
                  "chip_type" : "Apple M2",
                  "machine_model" : "Mac14,7",
                  "number_processors" : "proc 8:4:4",
                  "physical_memory" : "16 GB"
                }
              ]
            }""";

    @Test
    void jsonAmongOtherOutputsIsOneBlockWithItsLines() {
        Inventory inventory = read("% uname -m\narm64\n% system_profiler -json SPHardwareDataType\n" + HARDWARE
                + "%\n% df -h /\nFilesystem      Size   Used  Avail Capacity iused ifree %iused  Mounted on\n"
                + "/dev/disk3s1s1 460Gi  9.6Gi  301Gi     4%  404k  3.2G    0%   /\n");

        assertThat(inventory.blocks()).extracting(Inventory.Block::command, Inventory.Block::firstLine,
                Inventory.Block::lastLine, Inventory.Block::status).containsExactly(
                        tuple("uname", 2, 2, BlockStatus.READ), tuple("system_profiler", 4, 14, BlockStatus.READ),
                        tuple("df", 16, 17, BlockStatus.READ));
        assertThat(inventory.cpu().model()).isEqualTo("Apple M2");
        assertThat(inventory.cpu().physicalCores()).isEqualTo(8);
        assertThat(inventory.memory().totalBytes()).isEqualTo(16L << 30);
        assertThat(inventory.provenance()).containsEntry("cpu.model", 6);
        assertThat(inventory.warnings()).noneMatch(w -> w.contains("not the output"));
    }

    @Test
    void hardwareAndDisplaysAskedTogetherAreOneBlockGivingBoth() {
        Inventory inventory = read("""
                % system_profiler -json SPHardwareDataType SPDisplaysDataType
                {
                  "SPDisplaysDataType" : [
                    {
                      "_name" : "Apple M2 Pro",
                      "spdisplays_vendor" : "sppci_vendor_Apple",
                      "sppci_bus" : "spdisplays_builtin",
                      "sppci_cores" : "19",
                      "sppci_model" : "Apple M2 Pro"
                    }
                  ],
                  "SPHardwareDataType" : [
                    {
                      "_name" : "hardware_overview",
                      "chip_type" : "Apple M2 Pro",
                      "machine_model" : "Mac14,10",
                      "number_processors" : "proc 12:8:4",
                      "physical_memory" : "32 GB"
                    }
                  ]
                }
                """);

        assertThat(inventory.blocks()).singleElement().extracting(Inventory.Block::firstLine, Inventory.Block::lastLine)
                .containsExactly(2, 21);
        assertThat(inventory.cpu().physicalCores()).isEqualTo(12);
        assertThat(inventory.memory().totalBytes()).isEqualTo(32L << 30);
        assertThat(inventory.gpus()).extracting(Inventory.Gpu::name, Inventory.Gpu::integrated)
                .containsExactly(tuple("Apple M2 Pro", true));
        assertThat(inventory.provenance()).containsEntry("gpus[0]", 4).containsEntry("cpu.model", 13);
    }

    @Test
    void aWholeUploadOfProfilerJsonIsAMacTranscriptNotForeignJson() {
        Inventory inventory = read(HARDWARE);

        assertThat(inventory.source()).isEqualTo(Source.MACOS_COMMANDS);
        assertThat(inventory.os().name()).isEqualTo("macOS");
        assertThat(inventory.os().architecture()).isEqualTo("arm64");
    }

    @Test
    void intelMacWithDiscreteAmdGpuGivesItsVramAndTheIntegratedOneNone() {
        Inventory inventory = read("""
                {
                  "SPDisplaysDataType" : [
                    {
                      "_name" : "kHW_IntelUHDGraphics630Item",
                      "spdisplays_vendor" : "sppci_vendor_intel",
                      "spdisplays_vram_shared" : "1536 MB",
                      "sppci_bus" : "spdisplays_builtin",
                      "sppci_model" : "Intel UHD Graphics 630"
                    },
                    {
                      "_name" : "AMD Radeon Pro 5500M",
                      "spdisplays_vendor" : "sppci_vendor_amd",
                      "spdisplays_vram" : "8 GB",
                      "sppci_bus" : "spdisplays_pcie_device",
                      "sppci_model" : "AMD Radeon Pro 5500M"
                    },
                    {
                      "_name" : "Radeon Pro 560X",
                      "_spdisplays_vram" : "4096 MB",
                      "spdisplays_vendor" : "AMD (0x1002)",
                      "sppci_model" : "Radeon Pro 560X"
                    }
                  ]
                }
                """);

        assertThat(inventory.gpus()).extracting(Inventory.Gpu::vendor, Inventory.Gpu::name, Inventory.Gpu::vramBytes,
                Inventory.Gpu::integrated).containsExactly(
                        tuple("Intel", "Intel UHD Graphics 630", null, true),
                        tuple("AMD", "AMD Radeon Pro 5500M", 8L << 30, false),
                        tuple("AMD", "Radeon Pro 560X", 4L << 30, false));
        assertThat(inventory.unknowns()).extracting(Inventory.Unknown::field).contains("gpus[0].vramBytes")
                .doesNotContain("gpus[1].vramBytes");
    }

    @Test
    void intelSlotsAddUpToTheMemoryTotalAndEmptySlotsCountNothing() {
        Inventory inventory = read("""
                {
                  "SPMemoryDataType" : [
                    {
                      "_items" : [
                        { "_name" : "BANK 0/DIMM0", "dimm_size" : "8 GB", "dimm_type" : "DDR3" },
                        { "_name" : "BANK 1/DIMM0", "dimm_size" : "8 GB", "dimm_type" : "DDR3" },
                        { "_name" : "BANK 1/DIMM1", "dimm_size" : "empty", "dimm_type" : "empty" }
                      ],
                      "_name" : "memory"
                    }
                  ]
                }
                """);

        assertThat(inventory.memory().totalBytes()).isEqualTo(16L << 30);
        assertThat(inventory.memory().totalPrecisionBytes()).isZero();
    }

    @Test
    void jsonCutBeforeItsClosingBracesGivesWhatItHoldsAndSaysWhereItStops() {
        Inventory inventory = read("""
                $ system_profiler -json SPHardwareDataType
                {
                  "SPHardwareDataType" : [
                    {
                      "_name" : "hardware_overview",
                      "chip_type" : "Apple M1 Pro",
                      "number_processors" : "proc 10:8:2",
                      "physical_memory" : "32 GB",
                """);

        Inventory.Block block = inventory.blocks().get(0);
        assertThat(block.status()).isEqualTo(BlockStatus.PARTLY_READ);
        assertThat(block.firstLine()).isEqualTo(2);
        assertThat(block.problem()).startsWith("line 8: expected the rest of the JSON");
        assertThat(inventory.cpu().model()).isEqualTo("Apple M1 Pro");
        assertThat(inventory.cpu().physicalCores()).isEqualTo(10);
        assertThat(inventory.memory().totalBytes()).isEqualTo(32L << 30);
    }

    @Test
    void aJqExcerptOfOneGpuIsReadByItsKeys() {
        Inventory inventory = read("""
                $ system_profiler -json SPDisplaysDataType | jq '.SPDisplaysDataType[0]'
                {
                  "_name": "Apple M3 Max",
                  "spdisplays_vendor": "sppci_vendor_Apple",
                  "sppci_bus": "spdisplays_builtin",
                  "sppci_cores": "40",
                  "sppci_model": "Apple M3 Max"
                }
                """);

        assertThat(inventory.gpus()).extracting(Inventory.Gpu::name, Inventory.Gpu::vramBytes)
                .containsExactly(tuple("Apple M3 Max", null));
        assertThat(inventory.unknowns()).filteredOn(u -> u.field().equals("gpus[0].vramBytes"))
                .extracting(Inventory.Unknown::reason).singleElement().asString().contains("unified memory");
    }

    @Test
    void anotherToolsJsonWithLookalikeKeysIsNotSystemProfiler() {
        Inventory inventory = read("""
                $ osqueryi --json "select cpu_brand, cpu_type, physical_memory from system_info"
                [
                  {"cpu_brand":"Intel(R) Core(TM) i7-8850H CPU @ 2.60GHz","cpu_type":"x86_64h","physical_memory":"17179869184"}
                ]
                $ sysctl -n machdep.cpu.brand_string
                Intel(R) Core(TM) i7-8850H CPU @ 2.60GHz
                """);

        assertThat(inventory.cpu().model()).isEqualTo("Intel(R) Core(TM) i7-8850H CPU @ 2.60GHz");
        assertThat(inventory.blocks()).extracting(Inventory.Block::command).doesNotContain("system_profiler");
    }

    @Test
    void agentJsonIsStillReadAsTheAgents() {
        Inventory inventory = read("""
                {"schemaVersion": 1, "source": "agent", "memory": {"totalBytes": 17179869184}}
                """);

        assertThat(inventory.source()).isEqualTo(Source.AGENT);
    }
}
