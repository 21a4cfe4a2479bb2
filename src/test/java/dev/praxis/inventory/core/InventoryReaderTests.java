package dev.praxis.inventory.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InventoryReaderTests {

    private static Inventory read(String text) {
        return InventoryReader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static InventoryParseException failure(byte[] raw) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> InventoryReader.read(raw));
        assertThat(thrown).isInstanceOf(InventoryParseException.class);
        return (InventoryParseException) thrown;
    }

    private static InventoryParseException failure(String text) {
        return failure(text.getBytes(StandardCharsets.UTF_8));
    }

    @Nested
    @DisplayName("input that is not a transcript")
    class NotText {

        @Test
        void rejectsEmptyUpload() {
            InventoryParseException e = failure(new byte[0]);

            assertThat(e.section()).isEqualTo("input");
            assertThat(e.line()).isEqualTo(1);
        }

        @Test
        void rejectsNulBytesWithTheirLine() {
            InventoryParseException e = failure("uname -a\nLinux\u0000box".getBytes(StandardCharsets.UTF_8));

            assertThat(e.line()).isEqualTo(2);
            assertThat(e.expected()).contains("NUL");
        }

        @Test
        void rejectsInvalidUtf8WithItsLine() {
            byte[] raw = {'a', '\n', 'b', '\n', (byte) 0xC3, (byte) 0x28};

            InventoryParseException e = failure(raw);

            assertThat(e.line()).isEqualTo(3);
            assertThat(e.expected()).contains("UTF-8");
        }

        @Test
        void rejectsBlankText() {
            assertThat(failure("  \n\n  ").section()).isEqualTo("transcript");
        }

        @Test
        void rejectsProseNamingTheFirstLine() {
            InventoryParseException e = failure("\n\nmy laptop is fast\nit has a GPU\n");

            assertThat(e.section()).isEqualTo("transcript");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.expected()).contains("uname -a", "df -h");
        }
    }

    @Nested
    @DisplayName("JSON")
    class Json {

        @Test
        void rejectsJsonFromAnotherTool() {
            InventoryParseException e = failure("{\"name\": \"laptop\"}");

            assertThat(e.section()).isEqualTo("agent-json");
            assertThat(e.expected()).contains("\"source\": \"agent\"");
        }

        @Test
        void rejectsJsonArray() {
            assertThat(failure("[1, 2, 3]").section()).isEqualTo("agent-json");
        }

        @Test
        void rejectsBrokenJsonWithItsLine() {
            InventoryParseException e = failure("{\n\"source\": \"agent\",\n\"schemaVersion\": ,\n}");

            assertThat(e.line()).isEqualTo(3);
        }

        @Test
        void rejectsAFutureSchemaVersion() {
            assertThat(failure("{\"source\": \"agent\", \"schemaVersion\": 99}").expected()).contains("schemaVersion");
        }

        @Test
        void rejectsAnAgentInventoryWithUnknownKeys() {
            String json = InventoryJson.write(read("Linux box 6.8.0 #1 SMP x86_64 GNU/Linux"))
                    .replace("\"linux-commands\"", "\"agent\"")
                    .replace("\"battery\"", "\"batteryLevel\"");

            assertThat(failure(json).section()).isEqualTo("agent-json");
        }

        @Test
        void storedJsonThatIsNotAnInventoryIsAParseError() {
            assertThatThrownBy(() -> InventoryJson.read("{\"cpu\": 3}"))
                    .asInstanceOf(type(InventoryParseException.class))
                    .extracting(InventoryParseException::section).isEqualTo("inventory-json");
        }
    }

    @Nested
    @DisplayName("malformed command output")
    class Malformed {

        @Test
        void dfRowWithoutSizesNamesSectionAndLine() {
            InventoryParseException e = failure("""
                    Filesystem      Size  Used Avail Use% Mounted on
                    /dev/sda1       50G   20G  28G   42% /
                    /dev/sda2       lots  20G  28G   42% /home
                    """);

            assertThat(e.section()).isEqualTo("df -h");
            assertThat(e.line()).isEqualTo(3);
        }

        @Test
        void freeWithoutMemRowIsAnError() {
            InventoryParseException e = failure("""
                                   total        used        free      shared  buff/cache   available
                    nothing here
                    """);

            assertThat(e.section()).isEqualTo("free -h");
            assertThat(e.expected()).contains("Mem:");
        }

        @Test
        void lscpuCountThatIsNotANumberIsAnError() {
            InventoryParseException e = failure("Architecture:  x86_64\nCPU(s):  many\n");

            assertThat(e.section()).isEqualTo("lscpu");
            assertThat(e.line()).isEqualTo(2);
        }

        @Test
        void nvidiaSmiRowWithoutMemoryIsAnError() {
            InventoryParseException e = failure("name, memory.total [MiB], driver_version\nRTX, lots, 550\n");

            assertThat(e.section()).isEqualTo("nvidia-smi");
            assertThat(e.line()).isEqualTo(2);
        }

        @Test
        void sizeTooLargeForALongIsAnErrorNotAnOverflow() {
            InventoryParseException e = failure("""
                    Filesystem      Size  Used Avail Use% Mounted on
                    /dev/sda1       999999999999999E  1G  1G   1% /
                    """);

            assertThat(e.line()).isEqualTo(2);
        }
    }

    @Nested
    @DisplayName("tolerated noise")
    class Noise {

        @Test
        void commandNotFoundRecordsTheToolAsMissing() {
            Inventory inventory = read("zsh: command not found: nvidia-smi\n");

            assertThat(inventory.gpuTooling().nvidiaSmi()).isEqualTo(ToolStatus.MISSING);
            assertThat(inventory.provenance()).containsEntry("gpuTooling.nvidiaSmi", 1);
        }

        @Test
        void nvidiaSmiThatCannotReachTheDriverIsMissingWithAWarning() {
            Inventory inventory = read("NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. "
                    + "Make sure that the latest NVIDIA driver is installed and running.\n");

            assertThat(inventory.gpuTooling().nvidiaSmi()).isEqualTo(ToolStatus.MISSING);
            assertThat(inventory.warnings()).anyMatch(w -> w.contains("could not talk to the NVIDIA driver"));
        }

        @Test
        void strayLineBecomesAWarningWithItsNumber() {
            Inventory inventory = read("Linux box 6.8.0 #1 SMP x86_64 GNU/Linux\nhello there\n");

            assertThat(inventory.warnings()).contains(
                    "line 2: not recognised as output of the module's commands; ignored");
        }

        @Test
        void secondCopyOfAnOutputIsReportedNotMerged() {
            Inventory inventory = read("""
                    Filesystem      Size  Used Avail Use% Mounted on
                    /dev/sda1       50G   20G  28G   42% /
                    Filesystem      Size  Used Avail Use% Mounted on
                    /dev/sdb1       50G   20G  28G   42% /data
                    """);

            assertThat(inventory.filesystems()).hasSize(1);
            assertThat(inventory.warnings()).anyMatch(w -> w.startsWith("line 3: a second df -h"));
        }

        @Test
        void lsblkMultipleMountpointsContinuationIsAccepted() {
            Inventory inventory = read("""
                    NAME        SIZE TYPE MOUNTPOINTS
                    nvme0n1   476.9G disk
                    └─nvme0n1p2 475G part /var/snap/firefox/common/host-hunspell
                                          /
                    """);

            assertThat(inventory.disks()).extracting(Inventory.Disk::name).containsExactly("nvme0n1");
        }
    }
}
