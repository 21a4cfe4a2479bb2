package dev.praxis.inventory.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code nvidia-smi --query-gpu=… --format=csv,noheader[,nounits]}: rows whose columns are named by the command. */
class NvidiaSmiCsvTests {

    private static final long MIB = 1024L * 1024;

    private static Inventory read(String text) {
        return InventoryReader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Nested
    class WithTheTypedCommand {

        @Test
        void noheaderRowsOfTwoGpusTakeTheirColumnsFromTheQuery() {
            Inventory inventory = read("""
                    $ nvidia-smi --query-gpu=name,memory.total,memory.used,driver_version,utilization.gpu --format=csv,noheader
                    NVIDIA GeForce RTX 3090, 24576 MiB, 1 MiB, 535.183.01, 0 %
                    NVIDIA GeForce RTX 3090, 24576 MiB, 18342 MiB, 535.183.01, 97 %
                    """);

            assertThat(inventory.gpus()).extracting(Inventory.Gpu::name, Inventory.Gpu::vramBytes,
                    Inventory.Gpu::driverVersion).containsExactly(
                            tuple("NVIDIA GeForce RTX 3090", 24576 * MIB, "535.183.01"),
                            tuple("NVIDIA GeForce RTX 3090", 24576 * MIB, "535.183.01"));
            assertThat(inventory.gpuTooling().nvidiaSmi()).isEqualTo(ToolStatus.AVAILABLE);
            assertThat(inventory.blocks()).singleElement().extracting(Inventory.Block::status)
                    .isEqualTo(BlockStatus.READ);
        }

        @Test
        void nounitsNumbersAreMebibytesWhereTheQuerySaysMemoryTotal() {
            Inventory inventory = read("""
                    $ nvidia-smi --query-gpu=memory.used,memory.total,name,driver_version --format=csv,noheader,nounits
                    1024, 24564, NVIDIA GeForce RTX 4090, 550.54.14
                    """);

            assertThat(inventory.gpus()).extracting(Inventory.Gpu::name, Inventory.Gpu::vramBytes)
                    .containsExactly(tuple("NVIDIA GeForce RTX 4090", 24564 * MIB));
            assertThat(inventory.warnings()).noneMatch(w -> w.contains("nvidia-smi CSV"));
        }

        @Test
        void aQuotedListWithSpacesNamesTheColumnsToo() {
            Inventory inventory = read("""
                    PS C:\\Users\\ana> nvidia-smi --query-gpu="name, memory.total, driver_version" --format=csv,noheader
                    NVIDIA GeForce RTX 4070 Laptop GPU, 8188 MiB, 552.22
                    """);

            assertThat(inventory.gpus()).extracting(Inventory.Gpu::vramBytes, Inventory.Gpu::driverVersion)
                    .containsExactly(tuple(8188 * MIB, "552.22"));
        }

        @Test
        void notAvailableAndNotSupportedAreUnknownNeverZero() {
            Inventory inventory = read("""
                    $ nvidia-smi --query-gpu=name,memory.total,power.draw --format=csv,noheader,nounits
                    NVIDIA A100-SXM4-40GB MIG 3g.20gb, [N/A], [Not Supported]
                    """);

            assertThat(inventory.gpus()).extracting(Inventory.Gpu::vramBytes).containsOnlyNulls();
            assertThat(inventory.unknowns()).extracting(Inventory.Unknown::field).contains("gpus[0].vramBytes");
        }

        @Test
        void aOneColumnQueryListsTheNames() {
            Inventory inventory = read("""
                    $ nvidia-smi --query-gpu=name --format=csv,noheader
                    Tesla T4
                    Tesla T4
                    $ uname -m
                    x86_64
                    """);

            assertThat(inventory.gpus()).extracting(Inventory.Gpu::name).containsExactly("Tesla T4", "Tesla T4");
            assertThat(inventory.os().architecture()).isEqualTo("x86_64");
        }
    }

    @Nested
    class WithoutCommandOrHeader {

        @Test
        void aSingleValueInMebibytesNextToAGpuNameIsItsMemory() {
            Inventory inventory = read("""
                    NVIDIA GeForce RTX 3060, 12288 MiB, 550.120
                    """);

            assertThat(inventory.gpus()).extracting(Inventory.Gpu::name, Inventory.Gpu::vramBytes,
                    Inventory.Gpu::driverVersion).containsExactly(tuple("NVIDIA GeForce RTX 3060", 12288 * MIB,
                            "550.120"));
        }

        @Test
        void theFirstOfSeveralMemoryValuesIsTheTotalWhenItIsTheLargest() {
            Inventory inventory = read("""
                    0, NVIDIA A100-SXM4-80GB, 81920 MiB, 4 MiB, 81554 MiB, 535.104.05, 0 %
                    1, NVIDIA A100-SXM4-80GB, 81920 MiB, 40211 MiB, 41347 MiB, 535.104.05, 87 %
                    """);

            assertThat(inventory.gpus()).extracting(Inventory.Gpu::name, Inventory.Gpu::vramBytes).containsExactly(
                    tuple("NVIDIA A100-SXM4-80GB", 81920 * MIB), tuple("NVIDIA A100-SXM4-80GB", 81920 * MIB));
            assertThat(inventory.warnings()).noneMatch(w -> w.contains("nvidia-smi CSV"));
        }

        @Test
        void memoryValuesInAnOrderThatCannotBeToldAreAWarningNotAGuess() {
            Inventory inventory = read("""
                    NVIDIA GeForce RTX 4090, 1024 MiB, 24564 MiB, 550.54.14
                    """);

            assertThat(inventory.gpus()).extracting(Inventory.Gpu::name, Inventory.Gpu::vramBytes,
                    Inventory.Gpu::driverVersion).containsExactly(tuple("NVIDIA GeForce RTX 4090", null, "550.54.14"));
            assertThat(inventory.warnings()).anyMatch(w -> w.startsWith("nvidia-smi CSV at line 1 has no header")
                    && w.contains("which of its MiB values is the total"));
            assertThat(inventory.unknowns()).filteredOn(u -> u.field().equals("gpus[0].vramBytes"))
                    .extracting(Inventory.Unknown::reason).singleElement().asString()
                    .startsWith("the nvidia-smi CSV row at line 1 has no header and no command naming its columns");
        }

        @Test
        void bareNumbersOfNounitsLeaveTheVramUnknownWithAWarning() {
            Inventory inventory = read("""
                    NVIDIA GeForce RTX 3090, 24576, 1024, 535.54.03, 12
                    """);

            assertThat(inventory.gpus()).extracting(Inventory.Gpu::name, Inventory.Gpu::vramBytes,
                    Inventory.Gpu::driverVersion).containsExactly(tuple("NVIDIA GeForce RTX 3090", null, "535.54.03"));
            assertThat(inventory.warnings()).anyMatch(w -> w.contains("bare numbers (nounits)"));
        }

        @Test
        void proseWithCommasIsNotAGpuRow() {
            Inventory inventory = read("""
                    My GPU is fast, I think, 12 GB
                    $ uname -m
                    x86_64
                    """);

            assertThat(inventory.gpus()).isEmpty();
            assertThat(inventory.blocks()).extracting(Inventory.Block::status)
                    .containsExactly(BlockStatus.NOT_RECOGNISED, BlockStatus.READ);
        }
    }
}
