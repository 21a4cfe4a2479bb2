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
        void unknownKeyInAgentJsonIsAWarningWithItsLine() {
            String json = InventoryJson.write(read("Linux box 6.8.0 #1 SMP x86_64 GNU/Linux"))
                    .replace("\"linux-commands\"", "\"agent\"")
                    .replace("\"battery\"", "\"batteryLevel\"");
            int line = lineOf(json, "batteryLevel");

            Inventory inventory = read(json);

            assertThat(inventory.source()).isEqualTo(Source.AGENT);
            assertThat(inventory.os().kernel()).isEqualTo("6.8.0");
            assertThat(inventory.warnings()).contains("line " + line + ": unknown key \"batteryLevel\" ignored");
        }

        @Test
        void malformedAgentFieldIsAWarningAndAnUnknownNotARejection() {
            String json = """
                    {
                      "schemaVersion": 1,
                      "source": "agent",
                      "cpu": {"model": "AMD Ryzen 7 5800X", "logicalCores": "sixteen"},
                      "memory": {"totalBytes": 34359738368}
                    }
                    """;

            Inventory inventory = read(json);

            assertThat(inventory.cpu().model()).isEqualTo("AMD Ryzen 7 5800X");
            assertThat(inventory.cpu().logicalCores()).isNull();
            assertThat(inventory.memory().totalBytes()).isEqualTo(34359738368L);
            assertThat(inventory.warnings()).anyMatch(w -> w.startsWith("line 4: cpu.logicalCores: expected a whole "
                    + "number, found \"sixteen\""));
            assertThat(inventory.unknowns()).extracting(Inventory.Unknown::field).contains("cpu.logicalCores", "os");
        }

        @Test
        void futureSchemaVersionIsReadWithAWarning() {
            Inventory inventory = read("{\"source\": \"agent\", \"schemaVersion\": 99, \"os\": {\"name\": \"Linux\"}}");

            assertThat(inventory.os().name()).isEqualTo("Linux");
            assertThat(inventory.warnings()).anyMatch(w -> w.contains("\"schemaVersion\" 99"));
        }

        @Test
        void controlCharactersEscapedInAgentJsonAreDropped() {
            // PostgreSQL refuses a NUL in text and jsonb: kept, it made the stored inventory impossible to save
            Inventory inventory = read("{\"source\": \"agent\", \"schemaVersion\": 1, \"os\": {\"name\": \"Linux\","
                    + " \"version\": \"Debian\\u0000 12\\u0007\"}}");

            assertThat(inventory.os().version()).isEqualTo("Debian 12");
        }

        @Test
        void agentJsonWithNoFactAtAllIsRefused() {
            InventoryParseException e = failure("{\"source\": \"agent\", \"schemaVersion\": 1}");

            assertThat(e.section()).isEqualTo("agent-json");
            assertThat(e.expected()).contains("holds none of its facts");
        }

        @Test
        void storedJsonThatIsNotAnInventoryIsAParseError() {
            assertThatThrownBy(() -> InventoryJson.read("{\"cpu\": 3}"))
                    .asInstanceOf(type(InventoryParseException.class))
                    .extracting(InventoryParseException::section).isEqualTo("inventory-json");
        }

        private static int lineOf(String text, String word) {
            String[] lines = text.split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains(word)) {
                    return i + 1;
                }
            }
            throw new AssertionError(word + " not in the text");
        }
    }

    @Nested
    @DisplayName("partial reading")
    class Partial {

        @Test
        void defaultLsblkRightAfterDfReadsBoth() {
            Inventory inventory = read("""
                    Filesystem      Size  Used Avail Use% Mounted on
                    /dev/sda2       915G  786G   83G  91% /
                    NAME   MAJ:MIN RM   SIZE RO TYPE MOUNTPOINTS
                    sda      8:0    0 931.5G  0 disk
                    └─sda2   8:2    0   931G  0 part /
                    sr0     11:0    1  1024M  0 rom
                    """);

            assertThat(inventory.filesystems()).extracting(Inventory.Filesystem::mount).containsExactly("/");
            assertThat(inventory.disks()).extracting(Inventory.Disk::name).containsExactly("sda");
            assertThat(inventory.blocks()).extracting(Inventory.Block::command).containsExactly("df", "lsblk");
            assertThat(inventory.partlyRead()).isFalse();
        }

        @Test
        void unreadableOutputAfterItsCommandIsReportedWithItsLinesAndTheRestCounts() {
            Inventory inventory = read("""
                    $ uname -a
                    Linux box 6.8.0-49-generic #49 SMP x86_64 GNU/Linux
                    $ free -h
                    Mem: plenty
                    Swap: some
                    $ df -h
                    Filesystem      Size  Used Avail Use% Mounted on
                    /dev/sda1        50G   20G   28G  42% /
                    """);

            assertThat(inventory.os().kernel()).isEqualTo("6.8.0-49-generic");
            assertThat(inventory.filesystems()).hasSize(1);
            Inventory.Block free = inventory.blocks().get(1);
            assertThat(free.command()).isEqualTo("free");
            assertThat(free.status()).isEqualTo(BlockStatus.NOT_READ);
            assertThat(free.lines()).isEqualTo("lines 4\u20135");
            assertThat(free.problem()).startsWith("line 4: expected");
            assertThat(inventory.unknowns()).filteredOn(u -> u.field().equals("memory.totalBytes"))
                    .singleElement().extracting(Inventory.Unknown::reason).asString()
                    .startsWith("the free output at lines 4\u20135 could not be read");
            assertThat(inventory.warnings()).anyMatch(w -> w.startsWith("lines 4\u20135: the free output could not "
                    + "be read"));
        }

        @Test
        void dfRowWithoutSizesIsSkippedAndTheOtherRowsCount() {
            Inventory inventory = read("""
                    Filesystem      Size  Used Avail Use% Mounted on
                    /dev/sda1       50G   20G  28G   42% /
                    /dev/sda2       999999999999999E  1G  1G   1% /home
                    /dev/sdb1       1.8T  1.2T  568G  68% /data
                    """);

            assertThat(inventory.filesystems()).extracting(Inventory.Filesystem::mount).containsExactly("/", "/data");
            Inventory.Block df = inventory.blocks().get(0);
            assertThat(df.status()).isEqualTo(BlockStatus.PARTLY_READ);
            assertThat(df.problem()).startsWith("line 3: expected sizes");
        }

        @Test
        void nvidiaSmiRowWithoutMemoryIsSkipped() {
            Inventory inventory = read("""
                    name, memory.total [MiB], driver_version
                    NVIDIA GeForce RTX 3060, lots, 550.54.14
                    NVIDIA GeForce RTX 4090, 24564 MiB, 550.54.14
                    """);

            assertThat(inventory.gpus()).extracting(Inventory.Gpu::vramBytes).containsExactly(null, 25757220864L);
            assertThat(inventory.blocks().get(0).problem()).startsWith("line 2: expected memory.total in MiB");
        }

        @Test
        void lscpuCountThatIsNotANumberIsUnknownAndTheRestIsRead() {
            Inventory inventory = read("Architecture:  x86_64\nCPU(s):  many\nModel name:  AMD EPYC\n");

            assertThat(inventory.cpu().model()).isEqualTo("AMD EPYC");
            assertThat(inventory.cpu().logicalCores()).isNull();
        }

        @Test
        void freeHeaderWithoutRowsIsNoOutputSoTheTranscriptIsRefused() {
            InventoryParseException e = failure("""
                                   total        used        free      shared  buff/cache   available
                    nothing here
                    """);

            assertThat(e.section()).isEqualTo("transcript");
            assertThat(e.line()).isEqualTo(1);
        }

        @Test
        void onlyAnUnreadableOutputRefusesWithItsProblem() {
            InventoryParseException e = failure("$ lscpu\nsomething odd\n");

            assertThat(e.section()).isEqualTo("lscpu");
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.expected()).contains("Architecture:");
        }

        @Test
        void onlyPromptsAreRefused() {
            InventoryParseException e = failure("maya@forge:~$ \nmaya@forge:~$ uname -a\nmaya@forge:~$\n");

            assertThat(e.expected()).contains("only prompts and typed commands");
        }

        @Test
        void aMegabyteOnOneLineIsRefusedSayingHowLongItIs() {
            InventoryParseException e = failure("x".repeat(1024 * 1024));

            assertThat(e.line()).isEqualTo(1);
            assertThat(e.expected()).contains("1048576 characters long");
        }

        @Test
        void twoDfOutputsAddUp() {
            Inventory inventory = read("""
                    $ df -h /
                    Filesystem      Size  Used Avail Use% Mounted on
                    /dev/sdc       1007G   41G  915G   5% /
                    $ df -h /mnt/c
                    Filesystem      Size  Used Avail Use% Mounted on
                    C:\\             476G  301G  176G  64% /mnt/c
                    """);

            assertThat(inventory.filesystems()).extracting(Inventory.Filesystem::mount).containsExactly("/", "/mnt/c");
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
        void shellErrorsInSeveralShellsAndLanguagesAreMissingToolsNotBlocks() {
            Inventory inventory = read("""
                    PS C:\\Users\\me> lscpu
                    lscpu : The term 'lscpu' is not recognized as the name of a cmdlet, function, script file, or operable program.
                    Check the spelling of the name, or if a path was included, verify that the path is correct and try again.
                    At line:1 char:1
                    + lscpu
                    + ~~~~~
                        + CategoryInfo          : ObjectNotFound: (lscpu:String) [], CommandNotFoundException
                        + FullyQualifiedErrorId : CommandNotFoundException

                    PS C:\\Users\\me> nvidia-smi
                    nvidia-smi : The term 'nvidia-smi' is not recognized as the name of a cmdlet,
                    function, script file, or operable program.
                    user@pc:~$ lspci
                    bash: lspci: comando non trovato
                    user@pc:~$ lsblk
                    bash: lsblk: \u043a\u043e\u043c\u0430\u043d\u0434\u0430 \u043d\u0435 \u043d\u0430\u0439\u0434\u0435\u043d\u0430
                    ➜  ~ df -h
                    zsh: command not found: df
                    $ free
                    sh: 1: free: not found
                    > uname -a
                    fish: Unknown command: uname
                    $ cat /etc/os-release
                    NAME="Ubuntu"
                    VERSION_ID="24.04"
                    """);

            assertThat(inventory.blocks()).as("only os-release is an output").singleElement()
                    .extracting(Inventory.Block::status).isEqualTo(BlockStatus.READ);
            assertThat(inventory.gpuTooling().nvidiaSmi()).isEqualTo(ToolStatus.MISSING);
            assertThat(inventory.warnings()).contains(
                    "line 2: lscpu is not installed (recorded as missing, not as an error)",
                    "line 11: nvidia-smi is not installed (recorded as missing, not as an error)",
                    "line 14: lspci is not installed (recorded as missing, not as an error)",
                    "line 16: lsblk is not installed (recorded as missing, not as an error)",
                    "line 18: df is not installed (recorded as missing, not as an error)",
                    "line 20: free is not installed (recorded as missing, not as an error)",
                    "line 22: uname is not installed (recorded as missing, not as an error)");
        }

        @Test
        void nvidiaSmiTableNameCutWithDotsTakesLspcisWholeName() {
            Inventory inventory = read("""
                    +---------------------------------------------------------------------------------------+
                    | NVIDIA-SMI 545.29.06              Driver Version: 545.29.06    CUDA Version: 12.3     |
                    |-----------------------------------------+----------------------+----------------------+
                    | GPU  Name                 Persistence-M | Bus-Id        Disp.A | Volatile Uncorr. ECC |
                    | Fan  Temp   Perf          Pwr:Usage/Cap |         Memory-Usage | GPU-Util  Compute M. |
                    |=========================================+======================+======================|
                    |   0  NVIDIA GeForce RTX 4070 ...    Off | 00000000:01:00.0  On |                  N/A |
                    | N/A   45C    P8               4W /  80W |    512MiB /  8188MiB |      0%      Default |
                    +-----------------------------------------+----------------------+----------------------+
                    01:00.0 VGA compatible controller: NVIDIA Corporation AD106M [GeForce RTX 4070 Max-Q / Mobile] (rev a1)
                    """);

            assertThat(inventory.gpus()).singleElement().satisfies(gpu -> {
                assertThat(gpu.name()).isEqualTo("NVIDIA GeForce RTX 4070 Max-Q / Mobile");
                assertThat(gpu.vramBytes()).isEqualTo(8188L * 1024 * 1024);
            });
        }

        @Test
        void nvidiaSmiThatCannotReachTheDriverIsMissingWithAWarning() {
            Inventory inventory = read("NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. "
                    + "Make sure that the latest NVIDIA driver is installed and running.\n");

            assertThat(inventory.gpuTooling().nvidiaSmi()).isEqualTo(ToolStatus.MISSING);
            assertThat(inventory.warnings()).anyMatch(w -> w.contains("could not talk to the NVIDIA driver"));
        }

        @Test
        void strayLineBecomesAWarningAndABlockWithItsNumber() {
            Inventory inventory = read("Linux box 6.8.0 #1 SMP x86_64 GNU/Linux\nhello there\n");

            assertThat(inventory.warnings()).contains("line 2: not the output of a command Praxis reads; ignored");
            assertThat(inventory.blocks().get(1).status()).isEqualTo(BlockStatus.NOT_RECOGNISED);
        }

        @Test
        void secondCopyOfTheSameMountDisagreeingIsReportedNotMerged() {
            Inventory inventory = read("""
                    Filesystem      Size  Used Avail Use% Mounted on
                    /dev/sda1       50G   20G  28G   42% /
                    Filesystem      Size  Used Avail Use% Mounted on
                    /dev/sdb1       900G  20G  28G   42% /
                    """);

            assertThat(inventory.filesystems()).singleElement().extracting(Inventory.Filesystem::device)
                    .isEqualTo("/dev/sda1");
            assertThat(inventory.warnings()).anyMatch(w -> w.startsWith("line 4: df shows / with another size"));
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

    @Nested
    @DisplayName("shapes met in the held-out batch")
    class HeldOutShapes {

        @Test
        void unameLineQuotedAsInlineCodeIsRead() {
            Inventory inventory = read("""
                    The uname output identifies as 'aarch64':

                    `Linux pi 5.10.63-v8+ #1457 SMP PREEMPT Tue Sep 28 11:27:02 BST 2021 aarch64`
                    """);

            assertThat(inventory.os().kernel()).isEqualTo("5.10.63-v8+");
            assertThat(inventory.os().architecture()).isEqualTo("aarch64");
        }

        @Test
        void meminfoLinesWithNotesAfterTheirValueAreRead() {
            Inventory inventory = read("MemTotal:        1016516 kB\tthe memory the kernel manages\n\n"
                    + "> a note between the lines\n\nMemAvailable:     745412 kB\n");

            assertThat(inventory.memory().totalBytes()).isEqualTo(1016516L * 1024);
            assertThat(inventory.memory().availableBytes()).isEqualTo(745412L * 1024);
        }

        @Test
        void cpuinfoCutAfterTwoProcessorsCountsFromSiblingsAndCpuCores() {
            Inventory inventory = read("""
                    processor       : 0
                    vendor_id       : GenuineIntel
                    model name      : Intel(R) Xeon(R) CPU E3-1245 V2 @ 3.40GHz
                    physical id     : 0
                    siblings        : 8
                    core id         : 0
                    cpu cores       : 4

                    processor       : 1
                    vendor_id       : GenuineIntel
                    model name      : Intel(R) Xeon(R) CPU E3-1245 V2 @ 3.40GHz
                    """);

            assertThat(inventory.cpu().logicalCores()).isEqualTo(8);
            assertThat(inventory.cpu().physicalCores()).isEqualTo(4);
        }

        @Test
        void plainFreeOnATinyMachineIsInKibibytes() {
            Inventory inventory = read("""
                    root@camera:~# free
                                  total        used        free      shared  buff/cache   available
                    Mem:          33552       12392        2664           0       18496           0
                    Swap:             0           0           0
                    """);

            assertThat(inventory.memory().totalBytes()).isEqualTo(33552L * 1024);
        }

        @Test
        void lsblkTreeRowsIndentedUnderTheNameColumnStayInTheTable() {
            Inventory inventory = read("""
                    NAME                   HCTL       TYPE  MOUNTPOINT MODEL
                    sda                    0:0:0:0    disk             INTEL_SSD
                    └─md126                           raid1
                      ├─md126p1                       part  /boot/efi
                      └─md126p2                       part
                    sdb                    1:0:0:0    disk             INTEL_SSD
                    mtdblock0                         disk
                    """);

            assertThat(inventory.disks()).extracting(Inventory.Disk::name).containsExactly("sda", "sdb");
        }

        @Test
        void nvidiaSmiListLineWithoutItsClosingParenthesisKeepsTheName() {
            Inventory inventory = read("GPU 0: GeForce GTX 1660 Ti (UUID: GPU-e18afb8d-1627-f8ff-2ba3-c05c5a8e9e67\n");

            assertThat(inventory.gpus()).singleElement().extracting(Inventory.Gpu::name)
                    .isEqualTo("GeForce GTX 1660 Ti");
        }

        @Test
        void nvidiaSmiCsvWithoutNameColumnListsEachIndexOnce() {
            Inventory inventory = read("""
                    index, temperature.gpu, utilization.gpu [%], pstate, power.draw [W]
                    0, 56, 26 %, P3, 83.92 W
                    1, 40, 0 %, P8, 10.00 W
                    0, 55, 25 %, P3, 78.22 W
                    """);

            assertThat(inventory.gpus()).hasSize(2).allMatch(gpu -> gpu.vendor().equals("NVIDIA"));
            assertThat(inventory.gpuTooling().nvidiaSmi()).isEqualTo(ToolStatus.AVAILABLE);
        }

        @Test
        void nvidiaSmiCsvHeaderLongerThanTheLineLimitIsKeptWhole() {
            StringBuilder header = new StringBuilder("name, memory.total [MiB]");
            StringBuilder row = new StringBuilder("NVIDIA GeForce RTX 3060, 12288 MiB");
            for (int i = 0; header.length() <= TranscriptLines.LONGEST_LINE + 500; i++) {
                header.append(", clocks_event_reasons.sw_thermal_slowdown_number_").append(i);
                row.append(", Not Active");
            }
            header.append(", driver_version");
            row.append(", 550.54.14");

            Inventory inventory = read(header + "\n" + row + "\n");

            assertThat(inventory.gpus()).singleElement().satisfies(gpu -> {
                assertThat(gpu.vramBytes()).isEqualTo(12288L * 1024 * 1024);
                assertThat(gpu.driverVersion()).isEqualTo("550.54.14");
            });
        }

        @Test
        void appleSiliconHardwareOverviewNamesTheGpuOfTheChip() {
            Inventory inventory = read("""
                        Hardware Overview:

                          Model Name: MacBook Air
                          Chip: Apple M2
                          Total Number of Cores: 8 (4 performance and 4 efficiency)
                          Memory: 8 GB
                    """);

            assertThat(inventory.gpus()).singleElement().satisfies(gpu -> {
                assertThat(gpu.vendor()).isEqualTo("Apple");
                assertThat(gpu.name()).isEqualTo("Apple M2");
                assertThat(gpu.integrated()).isTrue();
                assertThat(gpu.vramBytes()).isNull();
            });
        }

        @Test
        void aLongLineOfProseIsStillCutAtTheLineLimit() {
            String prose = "word ".repeat(TranscriptLines.LONGEST_LINE);

            assertThat(TextInput.lines(prose).get(0)).hasSizeLessThanOrEqualTo(TranscriptLines.LONGEST_LINE);
        }
    }

    @Nested
    @DisplayName("Windows WMI properties")
    class Wmi {

        @Test
        void wmicTablesGiveCpuAndMemoryChipsWithoutTheRom() {
            Inventory inventory = read("""
                    C:\\Users\\me>wmic cpu get Name, NumberOfCores, NumberOfLogicalProcessors, MaxClockSpeed
                    MaxClockSpeed  Name                                      NumberOfCores  NumberOfLogicalProcessors
                    3696           AMD Ryzen 5 5600X 6-Core Processor        6              12

                    C:\\Users\\me>wmic MemoryChip get BankLabel, Capacity, DeviceLocator
                    BankLabel  Capacity     DeviceLocator
                               17179869184  DIMM A1

                               17179869184  DIMM B1

                               4194304      SYSTEM ROM
                    """);

            assertThat(inventory.os().name()).isEqualTo("Windows");
            assertThat(inventory.cpu().model()).isEqualTo("AMD Ryzen 5 5600X 6-Core Processor");
            assertThat(inventory.cpu().physicalCores()).isEqualTo(6);
            assertThat(inventory.cpu().logicalCores()).isEqualTo(12);
            assertThat(inventory.cpu().maxFrequencyHz()).isEqualTo(3_696_000_000L);
            assertThat(inventory.memory().totalBytes()).isEqualTo(2 * 17179869184L);
        }

        @Test
        void powershellTableWithRightAlignedNumbersAndTheAdapterRamCeiling() {
            Inventory inventory = read("""
                    PS C:\\> Get-CimInstance Win32_VideoController | Select-Object Name, AdapterRAM, DriverVersion

                    Name                          AdapterRAM DriverVersion
                    ----                          ---------- -------------
                    NVIDIA GeForce RTX 3060       4293918720 31.0.15.3623
                    Intel(R) UHD Graphics 630     1073741824 27.20.100.9316
                    """);

            assertThat(inventory.gpus()).hasSize(2);
            assertThat(inventory.gpus().get(0).name()).isEqualTo("NVIDIA GeForce RTX 3060");
            assertThat(inventory.gpus().get(0).vramBytes()).as("AdapterRAM stops at 4 GB").isNull();
            assertThat(inventory.gpus().get(0).driverVersion()).isEqualTo("31.0.15.3623");
            assertThat(inventory.gpus().get(1).integrated()).isTrue();
            assertThat(inventory.unknowns()).anyMatch(u -> u.field().equals("gpus[0].vramBytes")
                    && u.reason().contains("32-bit"));
        }

        @Test
        void valueLinesListsAndTheProcessorVariable() {
            Inventory inventory = read("""
                    C:\\>wmic computersystem get TotalPhysicalMemory /Value

                    TotalPhysicalMemory=17080623104

                    C:\\>echo %NUMBER_OF_PROCESSORS%
                    8
                    """);

            assertThat(inventory.memory().totalBytes()).isEqualTo(17080623104L);
            assertThat(inventory.cpu().logicalCores()).isEqualTo(8);
        }

        @Test
        void aListOfCommonNamesAloneIsNotTakenForWmi() {
            Inventory inventory = read("""
                    Name                         : Intel(R) UHD Graphics
                    Status                       : OK
                    AdapterRAM                   : 1073741824
                    """);
            assertThat(inventory.gpus()).singleElement().extracting(Inventory.Gpu::vendor).isEqualTo("Intel");

            assertThatThrownBy(() -> read("""
                    Name    : my notes
                    Status  : unfinished
                    """)).isInstanceOf(InventoryParseException.class);
        }
    }

    @Nested
    @DisplayName("lsblk -J")
    class LsblkJson {

        @Test
        void topLevelDevicesOfTheJsonAreTheDisks() {
            Inventory inventory = read("""
                    $ lsblk -J -o NAME,SIZE,TYPE,ROTA,MODEL
                    {
                       "blockdevices": [
                          {"name":"loop0", "size":"63.9M", "type":"loop", "rota":false, "model":null},
                          {"name":"nvme0n1", "size":"476.9G", "type":"disk", "rota":false, "model":"Samsung SSD 970",
                             "children": [
                                {"name":"nvme0n1p1", "size":"476.4G", "type":"part", "rota":false, "model":null}
                             ]
                          }
                       ]
                    }
                    """);

            assertThat(inventory.disks()).singleElement().satisfies(disk -> {
                assertThat(disk.name()).isEqualTo("nvme0n1");
                assertThat(disk.model()).isEqualTo("Samsung SSD 970");
                assertThat(disk.type()).isEqualTo(DiskType.NVME);
            });
            assertThat(inventory.provenance()).containsEntry("disks[0]", 5);
        }

        @Test
        void anUploadThatIsOnlyLsblkJsonWithByteSizesIsReadNotRefusedAsForeignJson() {
            Inventory inventory = read("""
                    {
                       "blockdevices": [
                          {"name": "sda", "size": 53687091200, "type": "disk", "rota": true}
                       ]
                    }
                    """);

            assertThat(inventory.disks()).singleElement().satisfies(disk -> {
                assertThat(disk.sizeBytes()).isEqualTo(53687091200L);
                assertThat(disk.type()).isEqualTo(DiskType.HDD);
            });
        }
    }

    @Nested
    @DisplayName("shapes met in the second held-out batch")
    class SecondHeldOutShapes {

        @Test
        void rocmSmiTableListsOneAmdGpuPerRow() {
            Inventory inventory = read("""
                    ====================== ROCm System Management Interface ======================
                    ==============================================================================
                    GPU  Temp   AvgPwr  SCLK     MCLK    Fan     Perf  PwrCap  VRAM%  GPU%
                    0    41.0c  12.0W   800Mhz   96Mhz   0%      auto  220.0W  3%     0%
                    1    39.0c  11.0W   800Mhz   96Mhz   0%      auto  220.0W  1%     0%
                    ==============================================================================
                    ============================ End of ROCm SMI Log =============================
                    """);

            assertThat(inventory.gpus()).hasSize(2).allMatch(gpu -> gpu.vendor().equals("AMD"));
            assertThat(inventory.gpuTooling().rocmSmi()).isEqualTo(ToolStatus.AVAILABLE);
        }

        @Test
        void rocmSmiProductNameAndVramLinesNameTheGpu() {
            Inventory inventory = read("""
                    $ rocm-smi --showproductname --showmeminfo vram --showdriverversion
                    ======================= ROCm System Management Interface =======================
                    Driver version: 6.8.0
                    GPU[0]\t\t: Card series:\t\tNavi 31 [Radeon RX 7900 XTX]
                    GPU[0]\t\t: Card model:\t\t0x744c
                    GPU[0]\t\t: VRAM Total Memory (B): 25753026560
                    GPU[0]\t\t: VRAM Total Used Memory (B): 1097728
                    ============================= End of ROCm SMI Log ==============================
                    """);

            assertThat(inventory.gpus()).singleElement().satisfies(gpu -> {
                assertThat(gpu.name()).isEqualTo("Radeon RX 7900 XTX");
                assertThat(gpu.vramBytes()).isEqualTo(25753026560L);
                assertThat(gpu.driverVersion()).isEqualTo("6.8.0");
            });
        }

        @Test
        void rocmSmiTableWithoutBannerIsKnownByItsHeader() {
            Inventory inventory = read("""
                    Device  Node  IDs              Temp    Power  Partitions          SCLK   MCLK    Fan  Perf  PwrCap  VRAM%  GPU%
                                  (DID,     GUID)  (Edge)  (Avg)  (Mem, Compute, ID)
                    ==========================================================================================================
                    0       1     0x73bf,   8112   35.0°C  9.0W   N/A, N/A, 0         0Mhz   96Mhz   0%   auto  203.0W  2%     0%
                    ==========================================================================================================
                    """);

            assertThat(inventory.gpus()).singleElement().extracting(Inventory.Gpu::vendor).isEqualTo("AMD");
            assertThat(inventory.gpuTooling().rocmSmi()).isEqualTo(ToolStatus.AVAILABLE);
        }

        @Test
        void rocmSmiSectionsWithoutBannerAreKnownByTheirGpuLines() {
            Inventory inventory = read("""
                    ============================ Serial Number =============================
                    GPU[0]          : Serial Number: 0000000000
                    GPU[1]          : Serial Number: 0000000001
                    ============================ KFD Processes =============================
                    No KFD PIDs currently running
                    ========================================================================
                    """);

            assertThat(inventory.gpus()).hasSize(2);
        }

        @Test
        void anLsblkJsonExcerptOfOneDeviceIsKnownByMajMin() {
            Inventory inventory = read("""
                    ```
                    {
                             "name": "vdb",
                             "maj:min": "252:16",
                             "model": null,
                             "size": 107374182400,
                             "type": "disk",
                    """);

            assertThat(inventory.disks()).singleElement().satisfies(disk -> {
                assertThat(disk.name()).isEqualTo("vdb");
                assertThat(disk.sizeBytes()).isEqualTo(107374182400L);
            });
        }

        @Test
        void lsblkJsonCutBeforeItsClosingBracesGivesTheDevicesItHolds() {
            Inventory inventory = read("""
                    {
                       "blockdevices": [
                          {"name":"nvme0n1", "size":"931.5G", "type":"disk"},
                          {"name":"sda", "size":"3.6T", "type":"disk", "rota": true
                    """);

            assertThat(inventory.disks()).extracting(Inventory.Disk::name).containsExactly("nvme0n1", "sda");
            assertThat(inventory.blocks()).singleElement().extracting(Inventory.Block::status)
                    .isEqualTo(BlockStatus.PARTLY_READ);
        }

        @Test
        void theHostDiskUnderAContainersOverlayIsTheSystemDisk() {
            Inventory inventory = read("""
                    Filesystem      Size  Used Avail Use% Mounted on
                    overlay         234G   80G  143G  36% /
                    tmpfs            64M     0   64M   0% /dev
                    shm              64M     0   64M   0% /dev/shm
                    /dev/nvme0n1p2  234G   80G  143G  36% /etc/hosts
                    """);

            assertThat(inventory.filesystems()).singleElement().satisfies(fs -> {
                assertThat(fs.device()).isEqualTo("/dev/nvme0n1p2");
                assertThat(fs.projectDisk()).isTrue();
            });
            assertThat(inventory.warnings()).anyMatch(w -> w.contains("container's overlay"));
        }

        @Test
        void anOverlayRootWithoutAHostDeviceIsKept() {
            Inventory inventory = read("""
                    Filesystem      Size  Used Avail Use% Mounted on
                    overlay          59G   21G   36G  37% /
                    tmpfs            64M     0   64M   0% /dev
                    """);

            assertThat(inventory.filesystems()).singleElement().extracting(Inventory.Filesystem::device)
                    .isEqualTo("overlay");
        }

        @Test
        void aNoteAfterADfMountPointIsNotPartOfIt() {
            Inventory inventory = read("""
                    Filesystem     1K-blocks     Used Available Use% Mounted on
                    /dev/sdb       263174212  2909868 246826188   2% /
                    D:\\            976758780  7608776 969150004   1% /mnt/d   <-- the games drive
                    /dev/sdc1      102400000  1024000 101376000   1% /data # backups
                    """);

            assertThat(inventory.filesystems()).extracting(Inventory.Filesystem::mount)
                    .containsExactly("/", "/mnt/d", "/data");
        }

        @Test
        void armCpuinfoWithoutCpuCoresCountsAProcessorPerCore() {
            String processor = """
                    processor\t: %d
                    BogoMIPS\t: 108.00
                    CPU implementer\t: 0x41
                    CPU architecture: 8
                    CPU part\t: 0xd0b

                    """;
            Inventory inventory = read(processor.formatted(0) + processor.formatted(1) + processor.formatted(2));

            assertThat(inventory.cpu().logicalCores()).isEqualTo(3);
            assertThat(inventory.cpu().physicalCores()).isEqualTo(3);
        }

        @Test
        void armCpuinfoOfACoreWithSmtLeavesTheCoresUnknown() {
            Inventory inventory = read("""
                    processor\t: 0
                    CPU implementer\t: 0x43
                    CPU part\t: 0x0af

                    processor\t: 1
                    CPU implementer\t: 0x43
                    CPU part\t: 0x0af
                    """);

            assertThat(inventory.cpu().physicalCores()).isNull();
        }

        @Test
        void lscpuCutInsideItsSecondCoreTypeCountsCoresFromCpusAndThreads() {
            Inventory inventory = read("""
                    Architecture:             aarch64
                    CPU(s):                   6
                    Vendor ID:                ARM
                      Model name:             Cortex-A55
                        Thread(s) per core:   1
                        Core(s) per socket:   4
                        Socket(s):            1
                      Model name:             Cortex-A76
                        Thread(s) per core:   1
                    """);

            assertThat(inventory.cpu().physicalCores()).isEqualTo(6);
        }

        @Test
        void oneThreadPerCoreMakesEveryCpuACoreWhateverTheTopologyLinesSay() {
            Inventory inventory = read("""
                    CPU(s): 7
                    Thread(s) per core: 1
                    Core(s) per socket: 2
                    Socket(s): 3
                    Model name: ARMv8 Processor rev 1 (v8l)
                    """);

            assertThat(inventory.cpu().physicalCores()).isEqualTo(7);
        }

        @Test
        void withSmtSwitchedOffTheCoresAreThoseLscpuCounts() {
            Inventory inventory = read("""
                    CPU(s):                  8
                    On-line CPU(s) list:     0-3
                    Off-line CPU(s) list:    4-7
                    Thread(s) per core:      1
                    Core(s) per socket:      4
                    Socket(s):               1
                    """);

            assertThat(inventory.cpu().physicalCores()).isEqualTo(4);
        }

        @Test
        void anOutputPastedOnTheLineOfItsMarkdownFenceIsRead() {
            Inventory inventory = read("""
                    ```Architecture:        x86_64
                    CPU(s):                  4
                    Model name:              Intel(R) Celeron(R) N5105 @ 2.00GHz
                    ```
                    """);

            assertThat(inventory.os().architecture()).isEqualTo("x86_64");
            assertThat(inventory.cpu().logicalCores()).isEqualTo(4);
        }

        @Test
        void nvidiaSmiQueryWithoutProductNameStillListsTheGpuWithItsDriver() {
            Inventory inventory = read("""
                    ==============NVSMI LOG==============

                    Driver Version                            : 570.86.15
                    vGPU Driver Capability
                            Heterogenous Multi-vGPU           : Supported

                    Attached GPUs                             : 1
                    GPU 00000000:3B:00.0
                        Performance State                     : P0
                    """);

            assertThat(inventory.gpus()).singleElement().satisfies(gpu -> {
                assertThat(gpu.vendor()).isEqualTo("NVIDIA");
                assertThat(gpu.driverVersion()).isEqualTo("570.86.15");
            });
        }

        @Test
        void aWmiListKnownByItsCaptionAndDescriptionIsAWindowsVideoController() {
            Inventory inventory = read("""
                    Caption                      : AMD Radeon RX 6600
                    Description                  : AMD Radeon RX 6600
                    """);

            assertThat(inventory.source()).isEqualTo(Source.WINDOWS_COMMANDS);
            assertThat(inventory.os().name()).isEqualTo("Windows");
            assertThat(inventory.gpus()).singleElement().extracting(Inventory.Gpu::name)
                    .isEqualTo("AMD Radeon RX 6600");
        }
    }

    @Nested
    @DisplayName("GPU core counts")
    class GpuCores {

        @Test
        void anAppleGpuStatesItsCoresInSystemProfiler() {
            Inventory inventory = read("""
                    Graphics/Displays:

                        Apple M3 Pro:

                          Chipset Model: Apple M3 Pro
                          Type: GPU
                          Bus: Built-In
                          Total Number of Cores: 18
                          Vendor: Apple (0x106b)
                          Metal Support: Metal 3
                    """);

            assertThat(inventory.gpus()).singleElement().extracting(Inventory.Gpu::cores).isEqualTo(18);
        }

        @Test
        void systemProfilerJsonGivesTheCoresOfSppciCores() {
            Inventory inventory = read("""
                    {
                      "SPDisplaysDataType" : [
                        {
                          "_name" : "Apple M1",
                          "sppci_bus" : "spdisplays_builtin",
                          "sppci_cores" : "8",
                          "sppci_model" : "Apple M1",
                          "spdisplays_vendor" : "sppci_vendor_Apple"
                        }
                      ]
                    }
                    """);

            assertThat(inventory.gpus()).singleElement().extracting(Inventory.Gpu::cores).isEqualTo(8);
        }

        @Test
        void aGpuWhoseCoresNoOutputStatesHasNoneAndTheKeyIsStillWritten() {
            Inventory inventory = read("""
                    00:02.0 VGA compatible controller: Intel Corporation Alder Lake-P GT2 [Iris Xe Graphics] (rev 0c)
                    """);

            assertThat(inventory.gpus()).singleElement().extracting(Inventory.Gpu::cores).isNull();
            tools.jackson.databind.node.ObjectNode json = (tools.jackson.databind.node.ObjectNode) ExpectedFacts.JSON
                    .readTree(InventoryJson.write(inventory));
            assertThat(json.path("gpus").path(0).has("cores")).isTrue();
            // a document stored by parser 2.2.0 has no "cores": it is still read
            ((tools.jackson.databind.node.ObjectNode) json.path("gpus").path(0)).remove("cores");
            assertThat(InventoryJson.read(json.toString()).gpus()).singleElement()
                    .extracting(Inventory.Gpu::name).isEqualTo("Iris Xe Graphics");
        }
    }

    @Nested
    @DisplayName("outputs a fourth held-out batch showed: diskutil, rocminfo, systeminfo, tegrastats, vm_stat and more")
    class FourthHeldOutShapes {

        @Test
        void diskutilListGivesThePhysicalDisksInDecimalUnitsAndSkipsSynthesizedContainers() {
            Inventory inventory = read("""
                    % diskutil list
                    /dev/disk0 (internal, physical):
                       #:                       TYPE NAME                    SIZE       IDENTIFIER
                       0:      GUID_partition_scheme                        *251.0 GB   disk0
                       1:                        EFI EFI                     314.6 MB   disk0s1
                       2:                 Apple_APFS Container disk1         250.7 GB   disk0s2

                    /dev/disk1 (synthesized):
                       #:                       TYPE NAME                    SIZE       IDENTIFIER
                       0:      APFS Container Scheme -                      +250.7 GB   disk1
                                                     Physical Store disk0s2
                       1:                APFS Volume Data                    120.2 GB   disk1s1

                    /dev/disk4 (external, physical):
                       #:                       TYPE NAME                    SIZE       IDENTIFIER
                       0:     FDisk_partition_scheme                        *2.0 TB     disk4
                       1:               Windows_NTFS Backup                  2.0 TB     disk4s1
                    """);

            assertThat(inventory.source()).isEqualTo(Source.MACOS_COMMANDS);
            assertThat(inventory.disks()).extracting(Inventory.Disk::name).containsExactly("disk0", "disk4");
            assertThat(inventory.disks().get(0).sizeBytes()).isEqualTo(251_000_000_000L);
            assertThat(inventory.disks().get(0).sizePrecisionBytes()).isEqualTo(100_000_000L);
            assertThat(inventory.disks().get(1).sizeBytes()).isEqualTo(2_000_000_000_000L);
        }

        @Test
        void rocminfoNamesTheCpuAndEachGpuAgentWithItsOwnPoolAsVram() {
            Inventory inventory = read("""
                    $ rocminfo
                    ==========
                    HSA Agents
                    ==========
                    *******
                    Agent 1
                    *******
                      Name:                    Some CPU 12-Core Processor
                      Marketing Name:          Some CPU 12-Core Processor
                      Vendor Name:             CPU
                      Device Type:             CPU
                      Pool Info:
                        Pool 1
                          Segment:                 GLOBAL; FLAGS: COARSE GRAINED
                          Size:                    65000000(0x3dfd240) KB
                          Accessible by all:       TRUE
                    *******
                    Agent 2
                    *******
                      Name:                    gfx1101
                      Marketing Name:          AMD Radeon RX 7800 XT
                      Vendor Name:             AMD
                      Device Type:             GPU
                      Pool Info:
                        Pool 1
                          Segment:                 GLOBAL; FLAGS: COARSE GRAINED
                          Size:                    16760832(0xffc000) KB
                          Accessible by all:       FALSE
                        Pool 2
                          Segment:                 GROUP
                          Size:                    64(0x40) KB
                    """);

            assertThat(inventory.cpu().model()).isEqualTo("Some CPU 12-Core Processor");
            assertThat(inventory.gpus()).singleElement().satisfies(gpu -> {
                assertThat(gpu.vendor()).isEqualTo("AMD");
                assertThat(gpu.name()).isEqualTo("AMD Radeon RX 7800 XT");
                assertThat(gpu.vramBytes()).isEqualTo(16760832L * 1024);
            });
        }

        @Test
        void rocminfoPoolsAboveAGpuHeaderAreTheAgentBeforeItsNotTheGpusVram() {
            Inventory inventory = read("""
                        Pool 3
                          Segment:                 GLOBAL; FLAGS: COARSE GRAINED
                          Size:                    30000000(0x1c9c380) KB
                          Allocatable:             TRUE
                          Accessible by all:       TRUE
                      ISA Info:
                    *******
                    Agent 2
                    *******
                      Name:                    gfx1030
                      Marketing Name:          AMD Radeon RX 6800
                      Vendor Name:             AMD
                    """);

            assertThat(inventory.gpus()).singleElement().satisfies(gpu -> {
                assertThat(gpu.name()).isEqualTo("AMD Radeon RX 6800");
                assertThat(gpu.vramBytes()).isNull();
            });
            assertThat(inventory.unknowns()).extracting(Inventory.Unknown::field).contains("gpus[0].vramBytes");
        }

        @Test
        void rocminfoCutAboveAGpuAgentListsItOnlyWhenItsOwnMemoryIsInView() {
            Inventory withMemory = read("""
                      Max fbarriers/Workgrp:   32
                      Pool Info:
                        Pool 1
                          Segment:                 GLOBAL; FLAGS: COARSE GRAINED
                          Size:                    4177920(0x3fc000) KB
                          Allocatable:             TRUE
                          Accessible by all:       FALSE
                      ISA Info:
                        ISA 1
                          Name:                    amdgcn-amd-amdhsa--gfx906:sramecc+:xnack-
                    """);
            Inventory withoutMemory = read("""
                      ISA Info:
                        ISA 1
                          Name:                    amdgcn-amd-amdhsa--gfx906:sramecc+:xnack-
                          Machine Models:          HSA_MACHINE_MODEL_LARGE
                    *******
                    Agent 3
                    *******
                      Name:                    gfx906
                      Marketing Name:          AMD Radeon VII
                      Vendor Name:             AMD
                    """);

            assertThat(withMemory.gpus()).singleElement().satisfies(gpu -> {
                assertThat(gpu.name()).isEqualTo("AMD GPU (gfx906)");
                assertThat(gpu.vramBytes()).isEqualTo(4177920L * 1024);
            });
            assertThat(withoutMemory.gpus()).extracting(Inventory.Gpu::name).containsExactly("AMD Radeon VII");
        }

        @Test
        void rocminfoCutInsideTheCpuAgentDoesNotSayTheMachineHasNoGpu() {
            Inventory inventory = read("""
                    *******
                    Agent 1
                    *******
                      Name:                    Some CPU 8-Core Processor
                      Marketing Name:          Some CPU 8-Core Processor
                      Vendor Name:             CPU
                      Feature:                 None specified
                    """);

            assertThat(inventory.cpu().model()).isEqualTo("Some CPU 8-Core Processor");
            assertThat(inventory.gpus()).isEmpty();
            assertThat(inventory.unknowns()).extracting(Inventory.Unknown::field).contains("gpus");
        }

        @Test
        void systeminfoGivesWindowsItsVersionAndTheMemoryInMebibytes() {
            Inventory inventory = read("""
                    C:\\Users\\me>systeminfo

                    Host Name:                 LAPTOP-1
                    OS Name:                   Microsoft Windows 11 Home
                    OS Version:                10.0.22631 N/A Build 22631
                    System Type:               x64-based PC
                    Processor(s):              1 Processor(s) Installed.
                                               [01]: Intel64 Family 6 Model 154 Stepping 3 GenuineIntel ~2300 Mhz
                    Total Physical Memory:     16.077 MB
                    Available Physical Memory: 9,312 MB
                    """);

            assertThat(inventory.source()).isEqualTo(Source.WINDOWS_COMMANDS);
            assertThat(inventory.os().name()).isEqualTo("Windows");
            assertThat(inventory.os().version()).isEqualTo("Microsoft Windows 11 Home");
            assertThat(inventory.os().kernel()).isEqualTo("10.0.22631");
            assertThat(inventory.cpu().vendor()).isEqualTo("GenuineIntel");
            assertThat(inventory.memory().totalBytes()).isEqualTo(16077L * 1024 * 1024);
            assertThat(inventory.memory().availableBytes()).isEqualTo(9312L * 1024 * 1024);
        }

        @Test
        void freeGivesTheSwapInUseAndTheAgentJsonKeepsIt() {
            Inventory inventory = read("""
                    $ free -h
                                   total        used        free      shared  buff/cache   available
                    Mem:           7.9Gi       5.6Gi       312Mi        41Mi       2.1Gi       2.3Gi
                    Swap:          511Mi       498Mi        13Mi
                    """);

            assertThat(inventory.memory().swapTotalBytes()).isEqualTo(511L * 1024 * 1024);
            assertThat(inventory.memory().swapUsedBytes()).isEqualTo(498L * 1024 * 1024);
            String agent = InventoryJson.write(inventory).replace("\"linux-commands\"", "\"agent\"");
            assertThat(agent).contains("\"swapUsedBytes\"");
            Inventory back = read(agent);
            assertThat(back.memory().swapUsedBytes()).isEqualTo(498L * 1024 * 1024);
            assertThat(back.warnings()).noneMatch(warning -> warning.contains("swapUsed"));
        }

        @Test
        void tegrastatsGivesMemorySwapAndOneCpuPerListEntry() {
            Inventory inventory = read("""
                    RAM 1500/3956MB (lfb 400x4MB) SWAP 0/1978MB (cached 0MB) CPU [3%@102,2%@102,off,off] EMC_FREQ 0% GR3D_FREQ 0%
                    RAM 1502/3956MB (lfb 400x4MB) SWAP 0/1978MB (cached 0MB) CPU [4%@102,1%@102,off,off] EMC_FREQ 0% GR3D_FREQ 0%
                    """);

            assertThat(inventory.os().name()).isEqualTo("Linux");
            assertThat(inventory.memory().totalBytes()).isEqualTo(3956L * 1024 * 1024);
            assertThat(inventory.memory().swapTotalBytes()).isEqualTo(1978L * 1024 * 1024);
            assertThat(inventory.cpu().logicalCores()).isEqualTo(4);
            assertThat(inventory.blocks()).singleElement().extracting(Inventory.Block::command).isEqualTo("tegrastats");
        }

        @Test
        void vmStatAloneIsAMacTranscriptNotARefusal() {
            Inventory inventory = read("""
                    Mach Virtual Memory Statistics: (page size of 16384 bytes)
                    Pages free:                               12345.
                    Pages active:                            234567.
                    "Translation faults":                  98765432.
                    """);

            assertThat(inventory.source()).isEqualTo(Source.MACOS_COMMANDS);
            assertThat(inventory.blocks()).singleElement().satisfies(block -> {
                assertThat(block.command()).isEqualTo("vm_stat");
                assertThat(block.status()).isEqualTo(BlockStatus.READ);
            });
        }

        @Test
        void cpuinfoModelNameWinsOverTheCpuModelPrintedBeforeIt() {
            Inventory inventory = read("""
                    processor               : 0
                    cpu model               : Some Core V1.0  FPU V1.0
                    model name              : Some Chip 4000 @ 2000MHz
                    BogoMIPS                : 3999.00
                    """);

            assertThat(inventory.cpu().model()).isEqualTo("Some Chip 4000 @ 2000MHz");
        }

        @Test
        void cpuinfoModelNameIsReadWhateverItsCase() {
            Inventory inventory = read("""
                    processor\t\t: 0
                    package\t\t\t: 0
                    CPU Family\t\t: Loongson-64bit
                    Model Name\t\t: Loongson-3A5000
                    """);

            assertThat(inventory.cpu().model()).isEqualTo("Loongson-3A5000");
        }

        @Test
        void cpuinfoPastedWithoutItsProcessorLineIsCountedFromSiblings() {
            Inventory inventory = read("""
                    vendor_id\t: GenuineIntel
                    model name\t: Intel(R) Pentium(R) Silver N5000 CPU @ 1.10GHz
                    physical id\t: 0
                    siblings\t: 4
                    core id\t\t: 0
                    cpu cores\t: 4
                    """);

            assertThat(inventory.cpu().logicalCores()).isEqualTo(4);
            assertThat(inventory.cpu().physicalCores()).isEqualTo(4);
        }

        @Test
        void nvidiaSmiWhoseHeaderSaysKmdVersionGivesTheDriver() {
            Inventory inventory = read("""
                    +-----------------------------------------------------------------------------------------+
                    | NVIDIA-SMI 610.10.01              KMD Version: 610.10.01     CUDA UMD Version: 13.3     |
                    +-----------------------------------------+------------------------+----------------------+
                    | GPU  Name                 Persistence-M | Bus-Id          Disp.A | Volatile Uncorr. ECC |
                    | Fan  Temp   Perf          Pwr:Usage/Cap |           Memory-Usage | GPU-Util  Compute M. |
                    |=========================================+========================+======================|
                    |   0  NVIDIA GeForce RTX 5080        Off |   00000000:01:00.0  On |                  N/A |
                    |  0%   35C    P8             10W /  360W |     800MiB /  16303MiB |      1%      Default |
                    +-----------------------------------------+------------------------+----------------------+
                    """);

            assertThat(inventory.gpus()).singleElement().satisfies(gpu -> {
                assertThat(gpu.driverVersion()).isEqualTo("610.10.01");
                assertThat(gpu.vramBytes()).isEqualTo(16303L * 1024 * 1024);
            });
        }
    }

    @Nested
    @DisplayName("shapes a fifth held-out batch showed")
    class FifthHeldOutShapes {

        @Test
        void aixDfReadsFreeAsAvailableAndSkipsProc() {
            Inventory inventory = read("""
                    $ df -k
                    Filesystem    1024-blocks      Free %Used    Iused %Iused Mounted on
                    /dev/hd4          2097152    524288   75%    12000    10% /
                    /proc                   -         -    -         -     -  /proc
                    /dev/hd1         10485760   9437184   10%      300     1% /home
                    """);

            assertThat(inventory.filesystems()).extracting(Inventory.Filesystem::mount).containsExactly("/", "/home");
            Inventory.Filesystem home = inventory.filesystems().get(1);
            assertThat(home.device()).isEqualTo("/dev/hd1");
            assertThat(home.sizeBytes()).isEqualTo(10_485_760L * 1024);
            assertThat(home.availableBytes()).isEqualTo(9_437_184L * 1024);
            assertThat(home.usePercent()).isEqualTo(10);
            assertThat(home.projectDisk()).isTrue();
        }

        @Test
        void aixDfInGibibyteBlocksReadsDecimalCommas() {
            Inventory inventory = read("""
                    # df -g
                    Filesystem GB blocks Free %Used Iused %Iused Mounted on
                    /dev/hd4 4,00 1,50 63% 9000 3% /
                    /dev/datalv 250,25 100,00 61% 40 1% /data
                    """);

            assertThat(inventory.filesystems()).hasSize(2);
            assertThat(inventory.filesystems().get(0).sizeBytes()).isEqualTo(4L << 30);
            assertThat(inventory.filesystems().get(1).sizeBytes()).isEqualTo(250L * (1L << 30) + (1L << 28));
            assertThat(inventory.filesystems().get(1).availableBytes()).isEqualTo(100L << 30);
        }

        @Test
        void dfHeaderPastedOnThePromptLineIsStillItsHeader() {
            Inventory inventory = read("""
                    root# df -P /srv          Filesystem    512-blocks      Used Available Capacity Mounted on
                    /dev/sdb1            2000000     500000   1500000      25% /srv
                    """);

            assertThat(inventory.filesystems()).singleElement().satisfies(fs -> {
                assertThat(fs.mount()).isEqualTo("/srv");
                assertThat(fs.sizeBytes()).isEqualTo(2_000_000L * 512);
                assertThat(fs.usePercent()).isEqualTo(25);
            });
        }

        @Test
        void directoriesShownAsDevicesAndUnionViewsAreNotFileSystems() {
            Inventory inventory = read("""
                    $ df -k
                    Filesystem       1K-blocks    Used   Avail Capacity  Mounted on
                    /dev/ada0p2       20000000 5000000 13400000    27%    /
                    /dev/ada1p1       80000000 1000000 72600000     1%    /storage
                    /dev/md3.uzip      3000000 2900000  100000    97%    /images/base
                    unionfs           83000000 3900000 72700000     5%    /usr/local
                    /storage/jail     80000000 1000000 72600000     1%    /jail/data
                    """);

            assertThat(inventory.filesystems()).extracting(Inventory.Filesystem::device)
                    .containsExactly("/dev/ada0p2", "/dev/ada1p1");
        }

        @Test
        void theSameFileSystemShownAgainWithOtherUsageTakesTheLaterUsage() {
            Inventory inventory = read("""
                    $ df -k /var
                    Filesystem     1K-blocks     Used Available Use% Mounted on
                    /dev/sda3       10000000  9000000   1000000  90% /var
                    $ sudo journalctl --vacuum-size=100M
                    $ df -k /var
                    Filesystem     1K-blocks     Used Available Use% Mounted on
                    /dev/sda3       10000000  4000000   6000000  40% /var
                    """);

            assertThat(inventory.filesystems()).singleElement().satisfies(fs -> {
                assertThat(fs.availableBytes()).isEqualTo(6_000_000L * 1024);
                assertThat(fs.usePercent()).isEqualTo(40);
            });
            assertThat(inventory.warnings()).anyMatch(w -> w.contains("/var again with other usage"));
        }

        @Test
        void aixUnameNamesTheSystemAndItsVersion() {
            Inventory inventory = read("""
                    $ uname -a
                    AIX buildhost 3 7 00C4A1B24C00
                    """);

            assertThat(inventory.os().name()).isEqualTo("AIX");
            assertThat(inventory.os().kernel()).isEqualTo("7.3");
        }

        /** One x86 processor paragraph whose flags list an editor wrapped over three lines, no blank line after. */
        private static String wrappedX86Processor(int number) {
            return """
                    processor\t: %d
                    vendor_id\t: AuthenticAMD
                    model name\t: Example EPYC 16-Core Processor
                    physical id\t: %d
                    core id\t\t: 0
                    cpu cores\t: 1
                    siblings\t: 1
                    flags\t\t: fpu vme de pse tsc msr pae mce cx8 apic sep
                    mtrr pge mca cmov pat pse36 clflush mmx fxsr
                    sse sse2 ht syscall nx
                    bogomips\t: 4000.00
                    """.formatted(number, number);
        }

        @Test
        void cpuinfoWithoutBlankLinesAndAFlagsListWrappedOverLinesCountsEveryProcessor() {
            Inventory inventory = read(wrappedX86Processor(0) + wrappedX86Processor(1));

            assertThat(inventory.cpu().logicalCores()).isEqualTo(2);
            assertThat(inventory.cpu().physicalCores()).isEqualTo(2);
        }

        @Test
        void armCpuinfoOfOtherImplementersIsNamedFromItsPart() {
            String processor = """
                    processor\t: %d
                    BogoMIPS\t: 200.00
                    CPU implementer\t: 0x48
                    CPU architecture: 8
                    CPU variant\t: 0x1
                    CPU part\t: 0xd01
                    CPU revision\t: 0
                    """;
            Inventory inventory = read(processor.formatted(0) + "\n" + processor.formatted(1));

            assertThat(inventory.cpu().vendor()).isEqualTo("HiSilicon");
            assertThat(inventory.cpu().model()).isEqualTo("Kunpeng-920");
            assertThat(inventory.cpu().logicalCores()).isEqualTo(2);
        }

        @Test
        void amdApuCodenamesWithANumberAreIntegrated() {
            Inventory inventory = read("""
                    $ lspci | grep -i vga
                    c4:00.0 VGA compatible controller: Advanced Micro Devices, Inc. [AMD/ATI] Rembrandt2 (rev d1)
                    """);

            assertThat(inventory.gpus()).singleElement().satisfies(gpu -> {
                assertThat(gpu.vendor()).isEqualTo("AMD");
                assertThat(gpu.integrated()).isTrue();
            });
        }

        @Test
        void aPcieGpuLabelledDynamicHasItsOwnMemory() {
            Inventory inventory = read("""
                    Graphics/Displays:

                        Intel Iris Pro:

                          Chipset Model: Intel Iris Pro
                          Type: GPU
                          Bus: Built-In
                          VRAM (Dynamic, Max): 1536 MB
                          Vendor: Intel

                        NVIDIA GeForce GT 750M:

                          Chipset Model: NVIDIA GeForce GT 750M
                          Type: GPU
                          Bus: PCIe
                          PCIe Lane Width: x8
                          VRAM (Dynamic, Max): 2048 MB
                          Vendor: NVIDIA (0x10de)
                    """);

            assertThat(inventory.gpus()).hasSize(2);
            assertThat(inventory.gpus().get(0).integrated()).isTrue();
            assertThat(inventory.gpus().get(0).vramBytes()).isNull();
            assertThat(inventory.gpus().get(1).integrated()).isFalse();
            assertThat(inventory.gpus().get(1).vramBytes()).isEqualTo(2048L << 20);
        }

        @Test
        void linesAfterTheValuesOfSysctlNAreReadAsTheirOwnOutput() {
            Inventory inventory = read("""
                    sysctl -n machdep.cpu.brand_string
                    Intel(R) Core(TM) i7-8700B CPU @ 3.20GHz

                      Model Name:\tMac mini
                      Model Identifier:\tMacmini8,1
                      Processor Name:\t6-Core Intel Core i7
                      Total Number of Cores:\t6
                      Hyper-Threading Technology:\tEnabled
                      Memory:\t32 GB
                    """);

            assertThat(inventory.cpu().model()).isEqualTo("Intel(R) Core(TM) i7-8700B CPU @ 3.20GHz");
            assertThat(inventory.cpu().physicalCores()).isEqualTo(6);
            assertThat(inventory.cpu().logicalCores()).isEqualTo(12);
            assertThat(inventory.memory().totalBytes()).isEqualTo(32L << 30);
        }
    }

    /** Shapes a sixth held-out batch showed unread; each input is made up, none is a batch file. */
    @Nested
    class SixthHeldOutShapes {

        @Test
        void openWrtDfListsTheWritableOverlayLayerNotTheRomImageOrTheOverlayView() {
            Inventory inventory = read("""
                    root@OpenWrt:~# df -h
                    Filesystem                Size      Used Available Use% Mounted on
                    /dev/root                 6.0M      6.0M         0 100% /rom
                    tmpfs                   200.0M    100.0K    199.9M   0% /tmp
                    /dev/loop0                3.5G     10.0M      3.4G   1% /overlay
                    overlayfs:/overlay        3.5G     10.0M      3.4G   1% /
                    """);

            assertThat(inventory.filesystems()).singleElement().satisfies(fs -> {
                assertThat(fs.device()).isEqualTo("/dev/loop0");
                assertThat(fs.mount()).isEqualTo("/overlay");
                assertThat(fs.usePercent()).isEqualTo(1);
            });
        }

        @Test
        void wmicDiskDrivesInItsOwnShellAndCimListsAreDisks() {
            Inventory shell = read("""
                    C:\\>wmic
                    wmic:root\\cli>diskdrive get /value

                    Availability=
                    BytesPerSector=512
                    Caption=SAMSUNG SSD 860
                    Model=SAMSUNG SSD 860
                    Size=500105249280
                    """);
            Inventory list = read("""
                    ConfigManagerErrorCode      : 0
                    BytesPerSector              : 512
                    InterfaceType               : SCSI
                    Size                        : 21474836480
                    Caption                     : Virtual HD
                    """);

            assertThat(shell.disks()).singleElement().satisfies(disk -> {
                assertThat(disk.model()).isEqualTo("SAMSUNG SSD 860");
                assertThat(disk.sizeBytes()).isEqualTo(500_105_249_280L);
            });
            assertThat(list.disks()).singleElement().satisfies(disk -> {
                assertThat(disk.model()).isEqualTo("Virtual HD");
                assertThat(disk.sizeBytes()).isEqualTo(21_474_836_480L);
            });
        }

        @Test
        void wmicTableWithAPropertyNameNoReaderListsIsStillWmi() {
            Inventory inventory = read("""
                    wmic:root\\cli>path win32_VideoController get name, adapterram, videoarchitecture
                    AdapterRAM  Name                      VideoArchitecture
                    2147483648  NVIDIA GeForce GTX 1060   5
                    """);

            assertThat(inventory.gpus()).singleElement().satisfies(gpu -> {
                assertThat(gpu.name()).isEqualTo("NVIDIA GeForce GTX 1060");
                assertThat(gpu.vramBytes()).isEqualTo(2L << 30);
            });
        }

        @Test
        void topSummariesOfEachProcpsGenerationGiveMemoryAndSwap() {
            Inventory old = read("""
                    $ top
                    top - 10:00:00 up 3 days,  1 user,  load average: 0.00, 0.00, 0.00
                    Mem:   2048000k total,  1000000k used,  1048000k free,    10000k buffers
                    Swap:   512000k total,        0k used,   512000k free,   200000k cached
                    """);
            Inventory mib = read("""
                    top - 10:00:00 up 1 day,  2 users,  load average: 0.10, 0.20, 0.30
                    Tasks: 100 total,   1 running,  99 sleeping,   0 stopped,   0 zombie
                    MiB Mem :   7800.5 total,   1000.0 free,   3000.0 used,   3800.5 buff/cache
                    MiB Swap:   2048.0 total,   2048.0 free,      0.0 used.   4500.2 avail Mem
                    """);

            assertThat(old.memory().totalBytes()).isEqualTo(2_048_000L * 1024);
            assertThat(old.memory().swapTotalBytes()).isEqualTo(512_000L * 1024);
            assertThat(mib.memory().totalBytes()).isEqualTo(78005L * (1L << 20) / 10);
            assertThat(mib.memory().availableBytes()).isEqualTo(45002L * (1L << 20) / 10);
            assertThat(mib.memory().swapTotalBytes()).isEqualTo(2048L << 20);
        }

        @Test
        void dmidecodeSumsTheMemoryDevicesUnlessTheOutputStopsBeforeTheLast() {
            String array = """
                    Handle 0x0010, DMI type 16, 23 bytes
                    Physical Memory Array
                    \tUse: System Memory
                    \tNumber Of Devices: 2

                    Handle 0x0011, DMI type 17, 40 bytes
                    Memory Device
                    \tSize: 16 GB
                    """;
            Inventory whole = read(array + """

                    Handle 0x0012, DMI type 17, 40 bytes
                    Memory Device
                    \tSize: 8192 MB
                    """);
            Inventory cut = read(array);

            assertThat(whole.memory().totalBytes()).isEqualTo(24L << 30);
            assertThat(cut.memory().totalBytes()).isNull();
        }

        @Test
        void psrinfoCountsCoresAndVirtualProcessorsOverPhysicalProcessors() {
            Inventory inventory = read("""
                    $ psrinfo -pv
                    The physical processor has 4 cores and 8 virtual processors (0-7)
                      The core has 2 virtual processors (0 4)
                      x86 (GenuineIntel 306A9 family 6 model 58 step 9 clock 3400 MHz)
                            Intel(r) Xeon(r) CPU E3-1240 V2 @ 3.40GHz
                    The physical processor has 4 cores and 8 virtual processors (8-15)
                      x86 (GenuineIntel 306A9 family 6 model 58 step 9 clock 3400 MHz)
                            Intel(r) Xeon(r) CPU E3-1240 V2 @ 3.40GHz
                    """);

            assertThat(inventory.cpu().physicalCores()).isEqualTo(8);
            assertThat(inventory.cpu().logicalCores()).isEqualTo(16);
            assertThat(inventory.cpu().model()).isEqualTo("Intel(r) Xeon(r) CPU E3-1240 V2 @ 3.40GHz");
        }

        @Test
        void hpuxDfKReadsTheFourLinesOfEachFileSystem() {
            Inventory inventory = read("""
                    # df -k
                    /home             (/dev/vg00/lvol4  ) :  2000000 total allocated Kb
                                                             1500000 free allocated Kb
                                                              500000 used allocated Kb
                                                                  25 % allocation used
                    """);

            assertThat(inventory.filesystems()).singleElement().satisfies(fs -> {
                assertThat(fs.device()).isEqualTo("/dev/vg00/lvol4");
                assertThat(fs.mount()).isEqualTo("/home");
                assertThat(fs.sizeBytes()).isEqualTo(2_000_000L * 1024);
                assertThat(fs.availableBytes()).isEqualTo(1_500_000L * 1024);
                assertThat(fs.usedBytes()).isEqualTo(500_000L * 1024);
            });
        }

        @Test
        void fetchSummariesGiveCpuMemoryGpuAndDisks() {
            Inventory inventory = read("""
                    OS: Debian GNU/Linux 12 x86_64
                    Kernel: Linux 6.1.0-18-amd64
                    CPU: AMD Ryzen 5 5600X (12) @ 4.65 GHz
                    GPU: NVIDIA GeForce RTX 3060 [Discrete]
                    Memory: 3.50 GiB / 31.27 GiB (11%)
                    Disk (/): 40.00 GiB / 100.00 GiB (40%) - ext4
                    """);

            assertThat(inventory.cpu().model()).isEqualTo("AMD Ryzen 5 5600X");
            assertThat(inventory.cpu().logicalCores()).isEqualTo(12);
            assertThat(inventory.memory().totalBytes()).isEqualTo(3127L * (1L << 30) / 100);
            assertThat(inventory.gpus()).singleElement().satisfies(gpu -> assertThat(gpu.integrated()).isFalse());
            assertThat(inventory.filesystems()).singleElement().satisfies(fs -> {
                assertThat(fs.mount()).isEqualTo("/");
                assertThat(fs.sizeBytes()).isEqualTo(100L << 30);
                assertThat(fs.usePercent()).isEqualTo(40);
            });
        }

        @Test
        void inxiOfBothGenerationsGivesCpuMemoryDrivesAndPartitions() {
            Inventory old = read("""
                    System:    Host: box Kernel: 5.4.0 x86_64 bits: 64 Desktop: Xfce
                    CPU:       Dual core Intel Core i3-2100 (-HT-MCP-) cache: 3072 KB
                    Drives:    HDD Total Size: 500.1GB (10.0% used)
                               ID-1: /dev/sda model: WDC_WD5000 size: 500.1GB
                    Partition: ID-1: / size: 458G used: 40G (10%) fs: ext4 dev: /dev/sda1
                    Info:      Processes: 150 Uptime: 1:00 Memory: 1000.0/3900.5MB
                    """);
            Inventory current = read("""
                    System:
                      Kernel: 6.5.0-14-generic arch: x86_64 bits: 64
                    CPU:
                      Info: 8-core model: AMD Ryzen 7 5800X bits: 64 type: MT MCP cache: L2: 4 MiB
                    Drives:
                      Local Storage: total: 931.51 GiB used: 100 GiB (10.7%)
                      ID-1: /dev/nvme0n1 vendor: Samsung model: SSD 980 1TB size: 931.51 GiB
                    Info:
                      Memory: total: 32 GiB available: 31.27 GiB used: 5 GiB (16.0%)
                    """);

            assertThat(old.cpu().physicalCores()).isEqualTo(2);
            assertThat(old.cpu().model()).isEqualTo("Intel Core i3-2100");
            assertThat(old.memory().totalBytes()).isEqualTo(39005L * (1L << 20) / 10);
            assertThat(old.disks()).singleElement().satisfies(disk ->
                    assertThat(disk.sizeBytes()).isEqualTo(500_100_000_000L));
            assertThat(old.filesystems()).singleElement().satisfies(fs -> assertThat(fs.usePercent()).isEqualTo(10));
            assertThat(current.cpu().physicalCores()).isEqualTo(8);
            assertThat(current.os().kernel()).isEqualTo("6.5.0-14-generic");
            assertThat(current.memory().totalBytes()).isEqualTo(3127L * (1L << 30) / 100);
            assertThat(current.disks()).singleElement().satisfies(disk -> {
                assertThat(disk.name()).isEqualTo("nvme0n1");
                assertThat(disk.model()).isEqualTo("SSD 980 1TB");
            });
        }

        @Test
        void getPsDriveFileSystemDrivesAreFileSystems() {
            Inventory inventory = read("""
                    Name           Used (GB)     Free (GB) Provider      Root
                    ----           ---------     --------- --------      ----
                    Alias                                  Alias
                    C                 120.50        379.25 FileSystem    C:\\
                    Env                                    Environment
                    """);

            assertThat(inventory.filesystems()).singleElement().satisfies(fs -> {
                assertThat(fs.mount()).isEqualTo("C:\\");
                assertThat(fs.usedBytes()).isEqualTo(12050L * (1L << 30) / 100);
                assertThat(fs.availableBytes()).isEqualTo(37925L * (1L << 30) / 100);
            });
        }
            @Test
        void nvidiaSmiProcessQueriesAreRecognisedButListNoGpu() {
            Inventory inventory = read("""
                    $ nvidia-smi --query-compute-apps=pid,process_name,used_memory --format=csv,noheader
                    4242, python3, 1200 MiB
                    """);

            assertThat(inventory.gpus()).isEmpty();
            assertThat(inventory.warnings()).anyMatch(warning -> warning.contains("lists processes, not GPUs"));
        }

        @Test
        void aWmicTableEndsWhereWordsStandInACountColumn() {
            Inventory inventory = read("""
                    > wmic path win32_VideoController get AdapterRAM, Name
                    AdapterRAM  Name
                    1073741824  Intel(R) HD Graphics 620

                    That is only what Windows reports, the card has more.
                    """);

            assertThat(inventory.gpus()).singleElement()
                    .satisfies(gpu -> assertThat(gpu.name()).isEqualTo("Intel(R) HD Graphics 620"));
        }

        @Test
        void aSummaryToolsShortCpuNameGivesWayToLscpus() {
            Inventory inventory = read("""
                    CPU: Intel Xeon E5-2680 v4 (28) @ 3.30GHz
                    Memory: 2000MiB / 64000MiB
                    $ lscpu | grep 'Model name'
                    Model name:          Intel(R) Xeon(R) CPU E5-2680 v4 @ 2.40GHz
                    """);

            assertThat(inventory.cpu().model()).isEqualTo("Intel(R) Xeon(R) CPU E5-2680 v4 @ 2.40GHz");
        }
    }

    /** Shapes a seventh held-out batch showed unread; each input is made up, none is a batch file. */
    @Nested
    class SeventhHeldOutShapes {

        @Test
        void topInGraphModeAndBusyBoxTopGiveTheMemoryTotal() {
            Inventory graph = read("""
                    top - 08:00:01 up 2 days,  1 user,  load average: 0.10, 0.20, 0.30
                    Tasks: 120 total,   1 running, 119 sleeping,   0 stopped,   0 zombie
                    %Cpu0  :   1.0/0.5     2[|                    ]
                    GiB Mem : 40.0/15.5     [||||||||            ]
                    GiB Swap:  0.0/2.0      [                    ]
                    """);
            Inventory busybox = read("""
                    Mem: 300000K used, 700000K free, 0K shrd, 1000K buff, 50000K cached
                    CPU:   1% usr   1% sys   0% nic  98% idle   0% io   0% irq   0% sirq
                    Load average: 0.01 0.02 0.03 1/80 400
                      PID  PPID USER     STAT   VSZ %VSZ %CPU COMMAND
                        1     0 root     S     1200   0%   0% init
                    """);

            assertThat(graph.memory().totalBytes()).isEqualTo(155L * (1L << 30) / 10);
            assertThat(graph.memory().swapTotalBytes()).isEqualTo(2L << 30);
            assertThat(busybox.memory().totalBytes()).isEqualTo(1_000_000L * 1024);
        }

        @Test
        void solarisSwapListAndSummaryGiveTheSwapTotal() {
            Inventory list = read("""
                    $ swap -l
                    swapfile             dev  swaplo blocks   free
                    /dev/zvol/dsk/rpool/swap 256,1      16 4194304 4194304
                    """);
            Inventory summary = read("""
                    $ swap -s
                    total: 1000k bytes allocated + 24k reserved = 1024k used,
                    1047552k available
                    """);

            assertThat(list.memory().swapTotalBytes()).isEqualTo(4_194_304L * 512);
            assertThat(summary.memory().swapTotalBytes()).isEqualTo(1L << 30);
        }
    }

    /** Shapes an eighth held-out batch showed unread; each input is made up, none is a batch file. */
    @Nested
    class EighthHeldOutShapes {

        @Test
        void oldUnixSystemReportsGiveMemoryInMebibytes() {
            Inventory prtconf = read("""
                    System Model: IBM,9009-42A
                    Processor Type: PowerPC_POWER9
                    Number Of Processors: 4
                    Memory Size: 8192 MB
                    Good Memory Size: 8192 MB

                    Paging Space Information
                    \tTotal Paging Space: 2048MB
                    """);
            Inventory lsattr = read("""
                    # lsattr -El mem0
                    size     2048 Total amount of physical memory in Mbytes  False
                    goodsize 2048 Amount of usable physical memory in Mbytes False
                    """);
            Inventory tru64 = read("""
                    $ vmstat -P

                    Total Physical Memory =  1024.00 M
                                          =   131072 pages
                    """);

            assertThat(prtconf.cpu().model()).isEqualTo("PowerPC_POWER9");
            assertThat(prtconf.memory().totalBytes()).isEqualTo(8L << 30);
            assertThat(prtconf.memory().swapTotalBytes()).isEqualTo(2L << 30);
            assertThat(lsattr.memory().totalBytes()).isEqualTo(2L << 30);
            assertThat(tru64.memory().totalBytes()).isEqualTo(1L << 30);
        }

        @Test
        void neofetchValuesBesideItsLogoAreRead() {
            Inventory inventory = read("""
                        .--.       user@host
                       |o_o |      ---------
                       |:_/ |      OS: Example Linux x86_64
                      //   \\ \\     CPU: Example Cpu 9000 ( 4) @ 2.0GHz
                     (|     | )    Memory: 500MiB / 3900MiB
                    """);

            assertThat(inventory.cpu().model()).isEqualTo("Example Cpu 9000");
            assertThat(inventory.cpu().logicalCores()).isEqualTo(4);
            assertThat(inventory.memory().totalBytes()).isEqualTo(3900L << 20);
        }
    }

    @Nested
    class NinthHeldOutShapes {

        @Test
        void dmidecodeProcessorRecordsGiveTheModelAndTheSocketsCores() {
            String socket = """
                    Handle 0x0041, DMI type 4, 48 bytes
                    Processor Information
                    \tVersion: Example Xeon 1234 @ 3.00GHz
                    \tStatus: Populated, Enabled
                    """;
            String counts = """
                    \tCore Count: 6
                    \tThread Count: 12

                    """;
            Inventory inventory = read("# dmidecode -t processor\n" + socket + counts + socket + counts);
            Inventory cut = read(socket + counts + socket);

            assertThat(inventory.cpu().model()).isEqualTo("Example Xeon 1234 @ 3.00GHz");
            assertThat(inventory.cpu().physicalCores()).isEqualTo(12);
            assertThat(inventory.cpu().logicalCores()).isEqualTo(24);
            assertThat(cut.cpu().model()).isEqualTo("Example Xeon 1234 @ 3.00GHz");
            assertThat(cut.cpu().physicalCores()).isNull();
        }

        @Test
        void dmidecodeSizeLinesLeftByGrepAreSummed() {
            Inventory inventory = read("""
                    $ sudo dmidecode -t 17 | grep Size
                    \tSize: 4096 MB
                    \tSize: No Module Installed
                    \tSize: 2 GB
                    """);

            assertThat(inventory.memory().totalBytes()).isEqualTo(6L << 30);
        }

        @Test
        void getComputerInfoGivesMemoryProcessorAndSystem() {
            Inventory inventory = read("""
                    PS C:\\> Get-ComputerInfo | Select-Object OsName, OsVersion, CsProcessors, CsTotalPhysicalMemory

                    OsName                : Microsoft Windows 11 Pro
                    OsVersion             : 10.0.22631
                    CsProcessors          : {Example Core 7 150U}
                    CsTotalPhysicalMemory : 17179869184
                    """);

            assertThat(inventory.os().name()).isEqualTo("Windows");
            assertThat(inventory.os().kernel()).isEqualTo("10.0.22631");
            assertThat(inventory.cpu().model()).isEqualTo("Example Core 7 150U");
            assertThat(inventory.memory().totalBytes()).isEqualTo(16L << 30);
        }

        @Test
        void pmcyclesCountsOneLogicalCpuPerLine() {
            Inventory inventory = read("""
                    $ pmcycles -m
                    CPU 0 runs at 3000 MHz
                    CPU 1 runs at 3000 MHz
                    CPU 2 runs at 3000 MHz
                    """);

            assertThat(inventory.cpu().logicalCores()).isEqualTo(3);
        }
    }

    /** Lines no reader knows are read by their labels when a label names a fact beyond doubt, never refused. */
    @Nested
    class LabelledFactFallback {

        @Test
        void anUnknownReportWithLabelledFiguresIsReadNotRefused() {
            Inventory inventory = read("""
                    ==== machine summary (home-made script) ====
                    Host kind: workstation
                    Total Memory: 32 GB
                    Processor Name: Example Ryzen 9 9950X
                    Number Of Processors: 4
                    """);

            assertThat(inventory.memory().totalBytes()).isEqualTo(32L << 30);
            assertThat(inventory.cpu().model()).isEqualTo("Example Ryzen 9 9950X");
            assertThat(inventory.cpu().logicalCores()).isNull();
            assertThat(inventory.cpu().physicalCores()).isNull();
            assertThat(inventory.warnings()).anyMatch(w -> w.startsWith("lines 1–5") && w.contains("'Total Memory' (line 3)"));
        }

        @Test
        void memTotalAmongUnknownLinesIsRead() {
            Inventory inventory = read("""
                    some tool v1.2 report
                    ram.used=1200
                    MemTotal:        8046020 kB
                    """);

            assertThat(inventory.memory().totalBytes()).isEqualTo(8046020L * 1024);
        }

        @Test
        void deviceSizesCountOnlyUnderAMemoryDeviceHeading() {
            Inventory devices = read("""
                    Memory Device
                      Locator: DIMM 0
                      Size: 8192 MB
                    Memory Device
                      Locator: DIMM 1
                      Size: 8192 MB
                    """);

            assertThat(devices.memory().totalBytes()).isEqualTo(16L << 30);
            assertThatThrownBy(() -> read("""
                    Volume summary of the backup job
                    Size: 500 GB
                    Files: 120000
                    """)).isInstanceOf(InventoryParseException.class);
        }

        @Test
        void aSizeThatIsNotAMemoryTotalIsNotTakenForOne() {
            assertThatThrownBy(() -> read("""
                    Job report
                    Memory usage: 45 MB
                    Peak memory: 60 MB
                    """)).isInstanceOf(InventoryParseException.class);
        }
    }

    /** General shapes the tenth held-out batch lacked readers for; each input here is made up, none is a batch file. */
    @Nested
    class TenthHeldOutShapes {

        @Test
        void freebsdBootMessagesGiveMemoryCoresAndTheProcessor() {
            Inventory inventory = read("""
                    $ cat /var/run/dmesg.boot
                    FreeBSD 14.1-RELEASE releng/14.1-n267679 GENERIC amd64
                    CPU: Example Processor 5000  @ 3.10GHz (3100.00-MHz K8-class CPU)
                      Origin="AuthenticAMD"  Id=0xa20f12  Family=0x19  Model=0x21  Stepping=2
                    real memory  = 34359738368 (32768 MB)
                    avail memory = 33205301248 (31667 MB)
                    FreeBSD/SMP: Multiprocessor System Detected: 12 CPUs
                    FreeBSD/SMP: 1 package(s) x 6 core(s) x 2 hardware threads
                    """);

            assertThat(inventory.memory().totalBytes()).isEqualTo(32L << 30);
            assertThat(inventory.cpu().model()).isEqualTo("Example Processor 5000 @ 3.10GHz");
            assertThat(inventory.cpu().vendor()).isEqualTo("AuthenticAMD");
            assertThat(inventory.cpu().physicalCores()).isEqualTo(6);
            assertThat(inventory.cpu().logicalCores()).isEqualTo(12);
        }

        @Test
        void sysctlKernSmpGivesCoresAndLogicalCpus() {
            Inventory inventory = read("""
                    $ sysctl kern.smp
                    kern.smp.cores: 4
                    kern.smp.threads_per_core: 2
                    kern.smp.cpus: 8
                    """);

            assertThat(inventory.cpu().physicalCores()).isEqualTo(4);
            assertThat(inventory.cpu().logicalCores()).isEqualTo(8);
        }

        @Test
        void lshwShortGivesMemoryProcessorDisplaysAndDisks() {
            Inventory inventory = read("""
                    $ sudo lshw -short
                    H/W path         Device     Class          Description
                    ==========================================================
                                                system         Example Tower
                    /0/0                        memory         64KiB BIOS
                    /0/4                        processor      Example CPU 3600 8-Core Processor
                    /0/4/5                      memory        512KiB L1 cache
                    /0/28                       memory         16GiB System Memory
                    /0/28/0                     memory         8GiB DIMM DDR4 Synchronous 3200 MHz (0,3 ns)
                    /0/100/1/0                  display        TU116 [GeForce GTX 1660 SUPER]
                    /0/100/8/0       /dev/sda   disk           500GB Example SSD 500
                    /0/100/8/0/1     /dev/sda1  volume         499GiB EXT4 volume
                    """);

            assertThat(inventory.memory().totalBytes()).isEqualTo(16L << 30);
            assertThat(inventory.cpu().model()).isEqualTo("Example CPU 3600 8-Core Processor");
            assertThat(inventory.gpus()).singleElement().satisfies(gpu -> {
                assertThat(gpu.vendor()).isEqualTo("NVIDIA");
                assertThat(gpu.integrated()).isFalse();
            });
            assertThat(inventory.disks()).singleElement().satisfies(disk -> {
                assertThat(disk.name()).isEqualTo("sda");
                assertThat(disk.sizeBytes()).isEqualTo(500_000_000_000L);
            });
        }

        @Test
        void getPhysicalDiskTableGivesEachDiskInBinaryUnits() {
            Inventory inventory = read("""
                    PS C:\\> Get-PhysicalDisk

                    Number FriendlyName          SerialNumber MediaType CanPool OperationalStatus HealthStatus Usage            Size
                    ------ ------------          ------------ --------- ------- ----------------- ------------ -----            ----
                    0      Example NVMe 1TB      0000_0001.   SSD       False   OK                Healthy      Auto-Select 931.51 GB
                    1      Example Disk 2TB      WD-0001      HDD       False   OK                Healthy      Auto-Select   1.82 TB
                    """);

            assertThat(inventory.os().name()).isEqualTo("Windows");
            assertThat(inventory.disks()).extracting(Inventory.Disk::name)
                    .containsExactly("Example NVMe 1TB", "Example Disk 2TB");
            assertThat(inventory.disks()).extracting(Inventory.Disk::type).containsExactly(DiskType.SSD, DiskType.HDD);
            assertThat(inventory.disks().get(0).sizeBytes()).isEqualTo((long) (931.51 * (1L << 30)));
        }

        @Test
        void lsblkPairsSkipAnEmptySlotWithoutASize() {
            Inventory inventory = read("""
                    $ lsblk -b -P -o NAME,SIZE,TYPE
                    NAME="sda" SIZE="256060514304" TYPE="disk"
                    NAME="sdb" SIZE="" TYPE="disk"
                    NAME="sdc" SIZE="15931539456" TYPE="disk"
                    """);

            assertThat(inventory.disks()).extracting(Inventory.Disk::name).containsExactly("sda", "sdc");
        }

        @Test
        void inlineCodeOverSeveralLinesLosesItsBackticks() {
            Inventory inventory = read("""
                    The kernel:
                    `$ uname -r
                    6.1.0-21-amd64`
                    """);
            Inventory prose = read("""
                    It printed
                    `17179869184
                    17179869184`
                    $ uname -r
                    6.1.0-21-amd64
                    """);

            assertThat(inventory.os().kernel()).isEqualTo("6.1.0-21-amd64");
            assertThat(prose.os().name()).isEqualTo("Linux");
            assertThat(prose.memory().totalBytes()).as("figures quoted in prose are no output").isNull();
        }

        @Test
        void busyboxFreeIgnoringMinusMIsReadAsKibibytesWhenATmpfsShowsTheMemorySize() {
            String df = """
                    root@router:~# df -h
                    Filesystem                Size      Used Available Use% Mounted on
                    /dev/root                 4.0M      4.0M         0 100% /rom
                    tmpfs                    60.0M    120.0K     59.9M   0% /tmp
                    /dev/mtdblock5            9.0M    800.0K      8.2M   9% /overlay
                    """;
            Inventory router = read("""
                    root@router:~# free -m
                                  total        used        free      shared  buff/cache   available
                    Mem:         122880       40960       61440         120       20480       81920
                    Swap:             0           0           0
                    """ + df);
            Inventory server = read("""
                    root@big:~# free -m
                                  total        used        free      shared  buff/cache   available
                    Mem:         257600       40960      161440         120       55200      210000
                    Swap:          8191           0        8191
                    root@big:~# df -h
                    Filesystem      Size  Used Avail Use% Mounted on
                    tmpfs           126G     0  126G   0% /dev/shm
                    /dev/sda2       1.8T  400G  1.3T  24% /
                    """);

            assertThat(router.memory().totalBytes()).isEqualTo(122880L * 1024);
            assertThat(router.memory().availableBytes()).isEqualTo(81920L * 1024);
            assertThat(router.warnings()).anyMatch(w -> w.contains("printed kibibytes"));
            assertThat(server.memory().totalBytes()).isEqualTo(257600L << 20);
            assertThat(server.warnings()).noneMatch(w -> w.contains("printed kibibytes"));
        }

        @Test
        void headerlessRowsOfFreeAndDfAreReadWhenTheirUnitsSaySo() {
            Inventory inventory = read("""
                    ## RAM (free -h)
                    Mem:           15Gi       3.1Gi       9.0Gi       210Mi       3.4Gi        12Gi

                    ## Root disk (df -h /)
                    /dev/nvme0n1p2   468G   91G  354G  21% /
                    """);
            Inventory plain = read("""
                    $ free
                    Mem:        16318412     3214136     9421004      215040     3683272    11830000
                    """);

            assertThat(inventory.memory().totalBytes()).isEqualTo(15L << 30);
            assertThat(inventory.memory().availableBytes()).isEqualTo(12L << 30);
            assertThat(inventory.filesystems()).singleElement().satisfies(fs -> {
                assertThat(fs.mount()).isEqualTo("/");
                assertThat(fs.sizeBytes()).isEqualTo(468L << 30);
            });
            assertThat(plain.memory().totalBytes()).isEqualTo(16318412L * 1024);
            assertThat(plain.memory().availableBytes()).as("six plain numbers may be old procps' buffers and cached")
                    .isNull();
        }
    }

    /** Whole transcripts pasted in the shapes people paste them in: every variant must give the same facts. */
    @Nested
    class PastedShapes {

        private static final String TRANSCRIPT = """
                user@box:~$ uname -a
                Linux box 6.8.0-49-generic #49-Ubuntu SMP PREEMPT_DYNAMIC Mon Nov  4 02:06:24 UTC 2024 x86_64 x86_64 x86_64 GNU/Linux
                user@box:~$ free -h
                               total        used        free      shared  buff/cache   available
                Mem:            31Gi       6.2Gi        18Gi       412Mi       7.1Gi        24Gi
                Swap:          2.0Gi          0B       2.0Gi
                user@box:~$ lspci | grep -i vga
                0a:00.0 VGA compatible controller: NVIDIA Corporation GA104 [GeForce RTX 3070] (rev a1)
                """;

        private void assertSameFacts(String pasted) {
            Inventory inventory = read(pasted);
            assertThat(inventory.os().kernel()).isEqualTo("6.8.0-49-generic");
            assertThat(inventory.os().architecture()).isEqualTo("x86_64");
            assertThat(inventory.memory().totalBytes()).isEqualTo(31L << 30);
            assertThat(inventory.memory().availableBytes()).isEqualTo(24L << 30);
            assertThat(inventory.gpus()).extracting(Inventory.Gpu::vendor).containsExactly("NVIDIA");
        }

        private static String eachLine(java.util.function.IntFunction<String> prefix) {
            String[] lines = TRANSCRIPT.split("\n");
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < lines.length; i++) {
                out.append(prefix.apply(i + 1)).append(lines[i]).append('\n');
            }
            return out.toString();
        }

        @Test
        void withLineNumbersOfCatNAnEditorOrAPastebin() {
            assertSameFacts(eachLine(n -> String.format("%6d\t", n)));
            assertSameFacts(eachLine(n -> n + ": "));
            assertSameFacts(eachLine(n -> String.format("%3d | ", n + 40)));
        }

        @Test
        void quotedLineByLineAsMailAndMarkdownDo() {
            assertSameFacts(eachLine(n -> "> "));
        }

        @Test
        void indentedAsAWholeUnderAListItem() {
            assertSameFacts(eachLine(n -> "    "));
        }

        @Test
        void withUnameWrappedByTheTerminalAtEightyColumns() {
            String wrapped = TRANSCRIPT.replace("02:06:24 UTC 2024 x86_64", "02:06:24 U\nTC 2024 x86_64");
            assertSameFacts(wrapped);
        }

        @Test
        void withCrlfTabsAnsiColoursAndNoBreakSpaces() {
            assertSameFacts(TRANSCRIPT.replace("\n", "\r\n")
                    .replace("user@box:~$", "\u001B[01;32muser@box\u001B[00m:\u001B[01;34m~\u001B[00m$")
                    .replace("Mem:  ", "Mem:\u00A0 ").replace("               total", "\t\ttotal"));
        }

        @Test
        void withTheClosingFenceGluedToTheLastLine() {
            assertSameFacts(TRANSCRIPT.stripTrailing() + "```\n");
            assertThat(read("```\n" + TRANSCRIPT.stripTrailing() + "```\n").warnings()).isEmpty();
        }

        @Test
        void wslAndItsWindowsHostAreOneMachine() {
            Inventory inventory = read("""
                    me@DESKTOP-1:~$ uname -a
                    Linux DESKTOP-1 5.15.153.1-microsoft-standard-WSL2 #1 SMP Fri Mar 29 23:14:13 UTC 2024 x86_64 x86_64 x86_64 GNU/Linux
                    me@DESKTOP-1:~$ exit
                    PS C:\\Users\\me> Get-CimInstance Win32_VideoController | Select-Object Name, DriverVersion

                    Name                    DriverVersion
                    ----                    -------------
                    Example GeForce 3060    31.0.15.5222
                    """);

            assertThat(inventory.os().name()).isEqualTo("Linux");
            assertThat(inventory.warnings()).noneMatch(w -> w.contains("two machines"))
                    .anyMatch(w -> w.contains("WSL and the Windows that runs it"));
        }

        @Test
        void aTableWhoseFirstColumnCountsUpKeepsIt() {
            Inventory inventory = read("""
                    $ lscpu -e
                    CPU NODE SOCKET CORE L1d:L1i:L2:L3 ONLINE
                      0    0      0    0 0:0:0:0          yes
                      1    0      0    1 1:1:1:0          yes
                      2    0      0    2 2:2:2:0          yes
                      3    0      0    3 3:3:3:0          yes
                      4    0      0    0 0:0:0:0          yes
                      5    0      0    1 1:1:1:0          yes
                      6    0      0    2 2:2:2:0          yes
                      7    0      0    3 3:3:3:0          yes
                    """);

            assertThat(inventory.cpu().logicalCores()).isEqualTo(8);
            assertThat(inventory.cpu().physicalCores()).isEqualTo(4);
        }
    }

    /** General shapes the eleventh held-out batch lacked readers for; each input here is made up, none is a batch file. */
    @Nested
    class EleventhHeldOutShapes {

        @Test
        void ggmlDeviceLinesNameTheGpusEvenBehindAJournalPrefix() {
            Inventory inventory = read("""
                    May 02 10:00:01 box ollama[812]: llm_load_print_meta: model size = 4.58 GiB
                    May 02 10:00:01 box ollama[812]: ggml_cuda_init: found 2 CUDA devices:
                    May 02 10:00:01 box ollama[812]:   Device 0: NVIDIA GeForce RTX 4070, compute capability 8.9, VMM: yes
                    May 02 10:00:01 box ollama[812]:   Device 1: NVIDIA GeForce RTX 3060, compute capability 8.6, VMM: yes
                    May 02 10:00:02 box ollama[812]: llm_load_tensors: offloaded 33/33 layers to GPU
                    """);

            assertThat(inventory.gpus()).extracting(Inventory.Gpu::name)
                    .containsExactly("NVIDIA GeForce RTX 4070", "NVIDIA GeForce RTX 3060");
            assertThat(inventory.gpus()).allSatisfy(gpu -> {
                assertThat(gpu.vendor()).isEqualTo("NVIDIA");
                assertThat(gpu.vramBytes()).isNull();
            });
            assertThat(inventory.unknowns()).anySatisfy(unknown -> {
                assertThat(unknown.field()).isEqualTo("gpus[0].vramBytes");
                assertThat(unknown.reason()).contains("--list-devices");
            });
        }

        @Test
        void llamaServerListDevicesGivesTheMemoryAndRocmDevicesAreAmd() {
            Inventory listed = read("""
                    $ llama-server --list-devices
                    ggml_cuda_init: found 1 CUDA devices:
                      Device 0: NVIDIA GeForce RTX 4090, compute capability 8.9, VMM: yes
                    Available devices:
                      CUDA0: NVIDIA GeForce RTX 4090 (24080 MiB, 23500 MiB free)
                    """);
            Inventory rocm = read("""
                    ggml_cuda_init: found 1 ROCm devices:
                      Device 0: AMD Radeon RX 7800 XT, gfx1101 (0x1101), VMM: no, Wave Size: 32
                    """);

            assertThat(listed.gpus()).singleElement().satisfies(gpu -> {
                assertThat(gpu.name()).isEqualTo("NVIDIA GeForce RTX 4090");
                assertThat(gpu.vramBytes()).isEqualTo(24080L << 20);
            });
            assertThat(rocm.gpus()).singleElement().satisfies(gpu -> {
                assertThat(gpu.vendor()).isEqualTo("AMD");
                assertThat(gpu.name()).isEqualTo("AMD Radeon RX 7800 XT");
            });
        }

        @Test
        void ggmlDevicesGiveWayToNvidiaSmiWhenBothArePasted() {
            Inventory inventory = read("""
                    $ nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv
                    name, memory.total [MiB], driver_version
                    NVIDIA GeForce RTX 4070, 12282 MiB, 550.54.14
                    ggml_cuda_init: found 1 CUDA devices:
                      Device 0: NVIDIA GeForce RTX 4070, compute capability 8.9, VMM: yes
                    """);

            assertThat(inventory.gpus()).singleElement().satisfies(gpu -> {
                assertThat(gpu.vramBytes()).isEqualTo(12282L << 20);
                assertThat(gpu.driverVersion()).isEqualTo("550.54.14");
            });
        }

        @Test
        void intelGpuTopListNamesEachCardByItsPciVendor() {
            Inventory inventory = read("""
                    $ intel_gpu_top -L
                    card0                    Intel Alderlake_p (Gen12)         pci:vendor=8086,device=46A6,card=0
                    └─renderD128
                    card1                    1002:73ff                         pci:vendor=1002,device=73FF,card=1
                    └─renderD129
                    """);

            assertThat(inventory.gpus()).extracting(Inventory.Gpu::vendor).containsExactly("Intel", "AMD");
            assertThat(inventory.gpus()).extracting(Inventory.Gpu::name)
                    .containsExactly("Intel Alderlake_p (Gen12)", "AMD GPU");
        }

        @Test
        void rocmSmiCsvAndJsonGiveNameAndVramOfOneCard() {
            Inventory inventory = read("""
                    $ rocm-smi --showproductname --showmeminfo vram --csv
                    device,VRAM Total Memory (B),VRAM Total Used Memory (B),Card Series,Card Vendor
                    card0,17163091968,40960000,Radeon RX 6800,Advanced Micro Devices Inc. [AMD/ATI]
                    $ rocm-smi --showmeminfo vram --json
                    {"card0": {"VRAM Total Memory (B)": "17163091968", "VRAM Total Used Memory (B)": "40960000"}}
                    """);

            assertThat(inventory.gpus()).singleElement().satisfies(gpu -> {
                assertThat(gpu.vendor()).isEqualTo("AMD");
                assertThat(gpu.name()).isEqualTo("Radeon RX 6800");
                assertThat(gpu.vramBytes()).isEqualTo(17_163_091_968L);
            });
            assertThat(inventory.gpuTooling().rocmSmi()).isEqualTo(ToolStatus.AVAILABLE);
        }

        @Test
        void systemProfilerXmlIsReadLikeItsJson() {
            Inventory inventory = read("""
                    $ system_profiler -xml SPHardwareDataType
                    <?xml version="1.0" encoding="UTF-8"?>
                    <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                    <plist version="1.0">
                    <array>
                    	<dict>
                    		<key>_dataType</key>
                    		<string>SPHardwareDataType</string>
                    		<key>_items</key>
                    		<array>
                    			<dict>
                    				<key>chip_type</key>
                    				<string>Apple M2</string>
                    				<key>number_processors</key>
                    				<string>proc 8:4:4</string>
                    				<key>physical_memory</key>
                    				<string>16 GB</string>
                    			</dict>
                    		</array>
                    	</dict>
                    </array>
                    </plist>
                    """);

            assertThat(inventory.os().name()).isEqualTo("macOS");
            assertThat(inventory.cpu().model()).isEqualTo("Apple M2");
            assertThat(inventory.cpu().physicalCores()).isEqualTo(8);
            assertThat(inventory.memory().totalBytes()).isEqualTo(16L << 30);
        }

        @Test
        void memorySlotsCutShortGiveNoTotal() {
            Inventory inventory = read("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <plist version="1.0">
                    <array>
                    	<dict>
                    		<key>_SPCommandLineArguments</key>
                    		<array><string>/usr/sbin/system_profiler</string></array>
                    		<key>_dataType</key>
                    		<string>SPMemoryDataType</string>
                    		<key>_items</key>
                    		<array>
                    			<dict>
                    				<key>_items</key>
                    				<array>
                    					<dict>
                    						<key>dimm_size</key>
                    						<string>8 GB</string>
                    					</dict>
                    					<dict>
                    						<key>dimm_si
                    """);

            assertThat(inventory.os().name()).isEqualTo("macOS");
            assertThat(inventory.memory().totalBytes()).isNull();
            assertThat(inventory.blocks()).anySatisfy(block -> assertThat(block.problem()).contains("memory slot"));
        }

        @Test
        void displaysJsonCutBeforeTheModelKeyStillNamesTheGpu() {
            Inventory inventory = read("""
                    $ system_profiler SPDisplaysDataType -json
                    {
                      "SPDisplaysDataType" : [
                        {
                          "_name" : "Apple M4 Pro",
                          "spdisplays_ndrvs" : [
                            {
                              "_name" : "Color LCD",
                    """);

            assertThat(inventory.gpus()).singleElement().satisfies(gpu -> {
                assertThat(gpu.name()).isEqualTo("Apple M4 Pro");
                assertThat(gpu.vendor()).isEqualTo("Apple");
                assertThat(gpu.vramBytes()).isNull();
            });
        }

        @Test
        void systeminfoInAnotherLanguageIsReadByItsSkeleton() {
            Inventory inventory = read("""
                    Hostname:                                  BEISPIEL-PC
                    Betriebssystemname:                        Microsoft Windows 11 Pro
                    Betriebssystemversion:                     10.0.22631 Nicht zutreffend Build 22631
                    Ursprüngliches Installationsdatum:         01.02.2024, 10:11:12
                    Systemtyp:                                 x64-based PC
                    Prozessor(en):                             1 Prozessor(en) installiert.
                                                               [01]: AMD64 Family 25 Model 33 Stepping 2 AuthenticAMD ~3701 MHz
                    Gesamter physischer Speicher:              32.691 MB
                    Verfügbarer physischer Speicher:           20.015 MB
                    Virtueller Arbeitsspeicher: Maximale Größe: 37.555 MB
                    """);

            assertThat(inventory.os().name()).isEqualTo("Windows");
            assertThat(inventory.os().version()).isEqualTo("Microsoft Windows 11 Pro");
            assertThat(inventory.os().kernel()).isEqualTo("10.0.22631");
            assertThat(inventory.cpu().vendor()).isEqualTo("AuthenticAMD");
            assertThat(inventory.memory().totalBytes()).isEqualTo(32_691L << 20);
            assertThat(inventory.memory().availableBytes()).isEqualTo(20_015L << 20);
        }

        @Test
        void msinfo32SummaryGivesProcessorCoresAndMemory() {
            Inventory inventory = read("OS Name\tMicrosoft Windows 11 Home\n"
                    + "Version\t10.0.22631 Build 22631\n"
                    + "System Type\tx64-based PC\n"
                    + "Processor\tExample CPU 7 1700, 3000 Mhz, 8 Core(s), 16 Logical Processor(s)\n"
                    + "Installed Physical Memory (RAM)\t32.0 GB\n"
                    + "Total Physical Memory\t31.8 GB\n"
                    + "Available Physical Memory\t20.4 GB\n"
                    + "Page File Space\t4.75 GB\n");

            assertThat(inventory.os().name()).isEqualTo("Windows");
            assertThat(inventory.cpu().model()).isEqualTo("Example CPU 7 1700");
            assertThat(inventory.cpu().physicalCores()).isEqualTo(8);
            assertThat(inventory.cpu().logicalCores()).isEqualTo(16);
            assertThat(inventory.memory().totalBytes()).isEqualTo((long) (31.8 * (1L << 30)));
            assertThat(inventory.memory().totalPrecisionBytes()).isEqualTo((1L << 30) / 10);
        }

        @Test
        void inxiShortSummaryGivesKernelCpuAndMemory() {
            Inventory inventory = read("""
                    $ inxi
                    CPU: 6-core Example CPU 5 7600 (-MT MCP-) speed/min/max: 3800/400/5100 MHz
                    Kernel: 6.8.0-45-generic x86_64 Up: 2h 10m Mem: 5.21/31.05 GiB (16.8%)
                    Storage: 1.82 TiB (20.1% used) Procs: 312 Shell: Bash inxi: 3.3.34
                    """);

            assertThat(inventory.cpu().model()).isEqualTo("Example CPU 5 7600");
            assertThat(inventory.cpu().physicalCores()).isEqualTo(6);
            assertThat(inventory.os().kernel()).isEqualTo("6.8.0-45-generic");
            assertThat(inventory.os().architecture()).isEqualTo("x86_64");
            assertThat(inventory.memory().totalBytes()).isEqualTo((long) (31.05 * (1L << 30)));
        }

        @Test
        void fastfetchTimingsAndGpuMemoryAreNotPartOfTheValues() {
            Inventory inventory = read("""
                    CPU: Example CPU 9 9900 (24) @ 5.0 GHz                              2ms
                    GPU: AMD Radeon RX 7900 XTX (1.50 GiB) [Discrete]                 14ms
                    Memory: 9.80 GiB / 62.00 GiB (16%)                                0ms
                    """);

            assertThat(inventory.cpu().model()).isEqualTo("Example CPU 9 9900");
            assertThat(inventory.cpu().logicalCores()).isEqualTo(24);
            assertThat(inventory.gpus()).singleElement()
                    .satisfies(gpu -> assertThat(gpu.name()).isEqualTo("AMD Radeon RX 7900 XTX"));
            assertThat(inventory.memory().totalBytes()).isEqualTo(62L << 30);
        }

        @Test
        void nvidiaSmiRowWithAShortenedBusIdStillListsItsGpu() {
            Inventory inventory = read("""
                    +---------------------------------------------------------------------------------------+
                    | NVIDIA-SMI 535.129.03             Driver Version: 535.129.03   CUDA Version: 12.2     |
                    |-----------------------------------------+----------------------+----------------------+
                    | GPU  Name                 Persistence-M | Bus-Id        Disp.A | Volatile Uncorr. ECC |
                    |=========================================+======================+======================|
                    |   0  NVIDIA H100 80GB HBM3          On  | 00000000: Off |                    0 |
                    | N/A   30C    P0              70W / 700W |                  N/A |     N/A      Default |
                    +-----------------------------------------+----------------------+----------------------+
                    """);

            assertThat(inventory.gpus()).singleElement().satisfies(gpu -> {
                assertThat(gpu.name()).isEqualTo("NVIDIA H100 80GB HBM3");
                assertThat(gpu.vramBytes()).isNull();
                assertThat(gpu.driverVersion()).isEqualTo("535.129.03");
            });
        }

        @Test
        void aProgramsOutputPrintedAsAListOfStringsIsReadAsItsLines() {
            Inventory r = read("""
                    [1] "Capacity     \\r" "8589934592   \\r" "8589934592   \\r" "\\r"
                    """);
            Inventory python = read("""
                    ['Capacity     \\r', '4294967296   \\r', '4294967296   \\r', '\\r']
                    """);

            assertThat(r.memory().totalBytes()).isEqualTo(16L << 30);
            assertThat(python.memory().totalBytes()).isEqualTo(8L << 30);
            assertThat(r.warnings()).anySatisfy(warning -> assertThat(warning).contains("list of strings"));
        }

        @Test
        void quotedStringsBesideOrdinaryLinesAreLeftAsTheyAre() {
            Inventory inventory = read("""
                    $ free -h
                                   total        used        free      shared  buff/cache   available
                    Mem:            15Gi       3.0Gi       9.0Gi       0.5Gi       3.0Gi        11Gi
                    "a note" "in quotes"
                    """);

            assertThat(inventory.memory().totalBytes()).isEqualTo(15L << 30);
            assertThat(inventory.warnings()).noneSatisfy(warning -> assertThat(warning).contains("list of strings"));
        }

        @Test
        void aLoneCapacityColumnIsMemoryOnlyWhenEveryRowIsAModuleSize() {
            Inventory modules = read("""
                    Capacity
                    4294967296
                    4294967296
                    """);

            assertThat(modules.memory().totalBytes()).isEqualTo(8L << 30);
            assertThat(modules.os().name()).isEqualTo("Windows");
            Inventory volumes = read("""
                    Capacity
                    511101923328
                    104853504
                    """);
            assertThat(volumes.blocks()).noneSatisfy(block -> assertThat(block.command()).isEqualTo("wmic"));
            assertThat(volumes.memory().totalBytes()).isNotEqualTo(511_101_923_328L + 104_853_504L);
        }
    }

    /** Shapes the twelfth held-out batch showed, each with a made-up input of its own. */
    @Nested
    class TwelfthHeldOutShapes {

        @Test
        void newerGgmlLinesGiveATotalAndEachDevicesVram() {
            Inventory inventory = read("""
                    $ ./llama-cli -m model.gguf
                    ggml_cuda_init: found 2 CUDA devices (Total VRAM: 20470 MiB):
                      Device 0: NVIDIA GeForce RTX 4060 Ti, compute capability 8.9, VMM: yes, VRAM: 16380 MiB
                      Device 1: NVIDIA GeForce GTX 1650, compute capability 7.5, VMM: yes, VRAM: 4090 MiB
                    load_backend: loaded CUDA backend from /opt/llama/libggml-cuda.so
                    """);

            assertThat(inventory.gpus()).extracting(Inventory.Gpu::name)
                    .containsExactly("NVIDIA GeForce RTX 4060 Ti", "NVIDIA GeForce GTX 1650");
            assertThat(inventory.gpus()).extracting(Inventory.Gpu::vramBytes)
                    .containsExactly(16380L << 20, 4090L << 20);
            assertThat(inventory.gpus()).allSatisfy(gpu -> assertThat(gpu.vendor()).isEqualTo("NVIDIA"));
        }

        @Test
        void nvidiaSmiQueryDriverVersionLosesItsDeprecationNote() {
            Inventory deprecated = read("""
                    $ nvidia-smi -q -d MEMORY
                    Driver Version                            : 612.10.02 [Deprecated; will be removed in CUDA 14.0. Use KMD Version instead]
                    KMD Version                               : 612.10.02

                    Attached GPUs                             : 1
                    GPU 00000000:0A:00.0
                        FB Memory Usage
                            Total                             : 12288 MiB
                    """);
            Inventory kmdOnly = read("""
                    $ nvidia-smi -q -d MEMORY
                    KMD Version                               : 615.01.01

                    Attached GPUs                             : 1
                    GPU 00000000:0A:00.0
                        FB Memory Usage
                            Total                             : 8192 MiB
                    """);

            assertThat(deprecated.gpus()).singleElement().satisfies(gpu -> {
                assertThat(gpu.driverVersion()).isEqualTo("612.10.02");
                assertThat(gpu.vramBytes()).isEqualTo(12288L << 20);
            });
            assertThat(kmdOnly.gpus()).singleElement()
                    .satisfies(gpu -> assertThat(gpu.driverVersion()).isEqualTo("615.01.01"));
        }

        @Test
        void fastfetchNumberedGpusHybridCoreCountsAndNamedDisplays() {
            Inventory inventory = read("""
                    $ fastfetch
                    OS: Fedora Linux 41 (Workstation Edition) x86_64
                    Kernel: Linux 6.12.5-200.fc41.x86_64
                    Display (DELL U2720Q): 3840x2160 @ 60 Hz in 27" [External]
                    CPU: Intel(R) Core(TM) i7-14700K (8+12) @ 5.60 GHz
                    GPU 1: NVIDIA GeForce RTX 4070 SUPER [Discrete]
                    GPU 2: Intel UHD Graphics 770 @ 1.60 GHz [Integrated]
                    Memory: 10.50 GiB / 31.25 GiB (34%)
                    """);

            assertThat(inventory.os().name()).isEqualTo("Linux");
            assertThat(inventory.os().architecture()).isEqualTo("x86_64");
            assertThat(inventory.os().kernel()).isEqualTo("6.12.5-200.fc41.x86_64");
            assertThat(inventory.cpu().model()).isEqualTo("Intel(R) Core(TM) i7-14700K");
            assertThat(inventory.cpu().logicalCores()).isNull();
            assertThat(inventory.gpus()).extracting(Inventory.Gpu::name)
                    .containsExactly("NVIDIA GeForce RTX 4070 SUPER", "Intel UHD Graphics 770");
            assertThat(inventory.gpus()).extracting(Inventory.Gpu::integrated).containsExactly(false, true);
        }
    }

    /** What the thirteenth held-out batch showed, each with its own made-up input (none is a file of the batch). */
    @Nested
    @DisplayName("shapes held-out batch 13 showed")
    class ThirteenthHeldOutShapes {

        @Test
        void systeminfoFromItsSystemModelLineIsNotSolarisPrtconf() {
            // real pastes start anywhere: from 'System Model:' on, Solaris prtconf's reader claims the block first
            Inventory inventory = read("""
                    System Model:              ThinkPad X1 Carbon Gen 9
                    System Type:               x64-based PC
                    Processor(s):              1 Processor(s) Installed.
                                               [01]: Intel64 Family 6 Model 140 Stepping 1 GenuineIntel ~2803 Mhz
                    BIOS Version:              LENOVO N32ET91W (1.67 ), 10/3/2024
                    Total Physical Memory:     16,088 MB
                    Available Physical Memory: 7,412 MB
                    """);

            assertThat(inventory.os().name()).isEqualTo("Windows");
            assertThat(inventory.cpu().vendor()).isEqualTo("GenuineIntel");
            assertThat(inventory.memory().totalBytes()).isEqualTo(16088L << 20);
            assertThat(inventory.warnings()).noneMatch(w -> w.contains("prtconf"));
        }

        @Test
        void systeminfoIndentedAlikeAndWithLinesLeftOutIsRead() {
            // quoted from a log or a list item, every line indented by the same amount; '...' for what was cut
            Inventory inventory = read("""
                    Here is what systeminfo says:
                        OS Name:                   Microsoft Windows 10 Pro
                        OS Version:                10.0.19045 N/A Build 19045
                        ...
                        System Type:               x64-based PC
                        Processor(s):              1 Processor(s) Installed.
                                                   [01]: AMD64 Family 25 Model 33 Stepping 0 AuthenticAMD ~3701 Mhz
                        Total Physical Memory:     32,691 MB
                    """);

            assertThat(inventory.os().version()).isEqualTo("Microsoft Windows 10 Pro");
            assertThat(inventory.os().kernel()).isEqualTo("10.0.19045");
            assertThat(inventory.cpu().vendor()).isEqualTo("AuthenticAMD");
            assertThat(inventory.memory().totalBytes()).isEqualTo(32691L << 20);
        }

        @Test
        void fetchToolOsLineNamesTheSystemAndABusAddressIsNoVendor() {
            // neofetch under WSL: the distribution 'on Windows', a GPU lspci has no name for, shown by bus address
            Inventory wsl = read("""
                    OS: Ubuntu 22.04.4 LTS on Windows 10 x86_64
                    Kernel: 5.15.153.1-microsoft-standard-WSL2
                    CPU: AMD Ryzen 7 5800X (16) @ 3.800GHz
                    GPU: 6b53:00:00.0 Microsoft Corporation Basic Render Driver
                    Memory: 1210MiB / 15951MiB
                    """);
            Inventory mac = read("""
                    OS: macOS Sonoma 14.5 arm64
                    Host: MacBook Air (M2, 2022)
                    Memory: 5.12 GiB / 16.00 GiB (32%)
                    """);

            assertThat(wsl.os().name()).isEqualTo("Linux");
            assertThat(wsl.memory().totalBytes()).isEqualTo(15951L << 20);
            assertThat(wsl.gpus()).singleElement().satisfies(gpu -> {
                assertThat(gpu.name()).doesNotStartWith("6b53");
                assertThat(gpu.integrated()).isNull();
            });
            assertThat(mac.os().name()).isEqualTo("macOS");
        }

        @Test
        void ollamaServerLogNamesItsGpusAndTheirMemory() {
            // ollama 0.12's line (description next to a backend name, type=iGPU) and an older one behind journald
            Inventory newer = read("""
                    time=2026-03-02T10:11:12.000Z level=INFO source=types.go:42 msg="inference compute" id=GPU-1f2e3d4c-0000-1111-2222-333344445555 library=CUDA compute=8.9 name=CUDA0 description="NVIDIA GeForce RTX 4070" libdirs=ollama,cuda_v12 driver=12.8 pci_id=0000:01:00.0 type=discrete total="12.0 GiB" available="11.2 GiB"
                    time=2026-03-02T10:11:12.000Z level=INFO source=types.go:42 msg="inference compute" id=0 library=cpu total="62.7 GiB" available="55.0 GiB"
                    """);
            Inventory journal = read("""
                    Mar 02 10:11:12 box ollama[812]: [GPU-aa11bb22-cc33-dd44-ee55-ff6677889900] CUDA totalMem 24564 mb
                    Mar 02 10:11:12 box ollama[812]: time=2026-03-02T10:11:12.000+01:00 level=INFO source=types.go:105 msg="inference compute" id=GPU-aa11bb22-cc33-dd44-ee55-ff6677889900 library=cuda compute=8.6 driver=12.4 name="NVIDIA GeForce RTX 3090" total="24.0 GiB" available="23.6 GiB"
                    """);

            assertThat(newer.gpus()).singleElement().satisfies(gpu -> {
                assertThat(gpu.name()).isEqualTo("NVIDIA GeForce RTX 4070");
                assertThat(gpu.vendor()).isEqualTo("NVIDIA");
                assertThat(gpu.vramBytes()).isEqualTo(12L << 30);
                assertThat(gpu.integrated()).isFalse();
            });
            assertThat(journal.os().name()).isEqualTo("Linux");
            assertThat(journal.gpus()).singleElement()
                    .satisfies(gpu -> assertThat(gpu.vramBytes()).isEqualTo(24564L << 20));
        }

        @Test
        void procpsVmstatSummaryGivesMemoryAndSwap() {
            Inventory inventory = read("""
                    $ vmstat -s
                         32768000 K total memory
                          4096000 K used memory
                          2048000 K free memory
                          8388604 K total swap
                                0 K used swap
                           123456 non-nice user cpu ticks
                    """);

            assertThat(inventory.memory().totalBytes()).isEqualTo(32768000L * 1024);
            assertThat(inventory.memory().swapTotalBytes()).isEqualTo(8388604L * 1024);
            assertThat(inventory.memory().availableBytes()).isNull();
            assertThat(inventory.os().name()).isEqualTo("Linux");
        }

        @Test
        void lsblkFilesystemColumnsGiveTheMountedFilesystems() {
            // lsblk -f (or -o with FSAVAIL, FSUSE%): what df would show; a snap's image and the closing fence are not
            Inventory inventory = read("""
                    ```
                    $ lsblk -o NAME,FSTYPE,FSAVAIL,FSUSE%,MOUNTPOINTS
                    NAME        FSTYPE   FSAVAIL FSUSE% MOUNTPOINTS
                    loop0       squashfs       0   100% /snap/core22/1380
                    nvme0n1
                    ├─nvme0n1p1 vfat      504.9M     1% /boot/efi
                    └─nvme0n1p2 ext4      311.2G    29% /
                    ```
                    """);

            assertThat(inventory.filesystems()).extracting(Inventory.Filesystem::mount)
                    .containsExactly("/boot/efi", "/");
            assertThat(inventory.filesystems().get(1).availableBytes())
                    .isEqualTo(new java.math.BigDecimal("311.2").multiply(java.math.BigDecimal.valueOf(1L << 30))
                            .longValue());
            assertThat(inventory.filesystems().get(1).usePercent()).isEqualTo(29);
            assertThat(inventory.warnings()).noneMatch(w -> w.contains("device row"));
        }

        @Test
        void nvidiaSmiCsvRowsQuotedWithAnAngleBracket() {
            Inventory inventory = read("""
                    nvidia-smi --query-gpu=name,memory.total --format=csv,noheader
                    > NVIDIA RTX A4000, 16376 MiB
                    > NVIDIA RTX A4000, 16376 MiB
                    """);

            assertThat(inventory.gpus()).extracting(Inventory.Gpu::name)
                    .containsExactly("NVIDIA RTX A4000", "NVIDIA RTX A4000");
        }

        @Test
        void nvidiaSmiTableInWindowsDriverModelIsWindows() {
            Inventory windows = read("""
                    +-----------------------------------------------------------------------------------------+
                    | NVIDIA-SMI 576.02                 Driver Version: 576.02         CUDA Version: 12.9     |
                    |-----------------------------------------+------------------------+----------------------+
                    | GPU  Name                  Driver-Model | Bus-Id          Disp.A | Volatile Uncorr. ECC |
                    | Fan  Temp   Perf          Pwr:Usage/Cap |           Memory-Usage | GPU-Util  Compute M. |
                    |=========================================+========================+======================|
                    |   0  NVIDIA GeForce RTX 3060      WDDM  |   00000000:2B:00.0  On |                  N/A |
                    |  0%   45C    P8             15W /  170W |    1021MiB /  12288MiB |      2%      Default |
                    +-----------------------------------------+------------------------+----------------------+
                    """);
            Inventory linux = read("""
                    +-----------------------------------------------------------------------------------------+
                    | NVIDIA-SMI 570.133.07             Driver Version: 570.133.07     CUDA Version: 12.8     |
                    |-----------------------------------------+------------------------+----------------------+
                    | GPU  Name                 Persistence-M | Bus-Id          Disp.A | Volatile Uncorr. ECC |
                    | Fan  Temp   Perf          Pwr:Usage/Cap |           Memory-Usage | GPU-Util  Compute M. |
                    |=========================================+========================+======================|
                    |   0  NVIDIA GeForce RTX 3060        Off |   00000000:2B:00.0  On |                  N/A |
                    |  0%   45C    P8             15W /  170W |    1021MiB /  12288MiB |      2%      Default |
                    +-----------------------------------------+------------------------+----------------------+
                    """);

            assertThat(windows.os().name()).isEqualTo("Windows");
            assertThat(linux.os().name()).isEqualTo("Linux");
        }

        @Test
        void wmiFreePhysicalMemoryIsTheAvailableMemory() {
            Inventory inventory = read("""
                    PS C:\\> Get-CimInstance Win32_OperatingSystem | Select-Object TotalVisibleMemorySize, FreePhysicalMemory

                    TotalVisibleMemorySize FreePhysicalMemory
                    ---------------------- ------------------
                                  33476568           20971520
                    """);

            assertThat(inventory.memory().totalBytes()).isEqualTo(33476568L * 1024);
            assertThat(inventory.memory().availableBytes()).isEqualTo(20971520L * 1024);
        }

        @Test
        void inxiUnmountedSectionDoesNotEndTheReport() {
            Inventory inventory = read("""
                    Drives:
                      Local Storage: total: 931.51 GiB used: 402.3 GiB (43.2%)
                      ID-1: /dev/sda model: Samsung SSD 870 size: 931.51 GiB
                    Unmounted:
                      Message: No unmounted partitions found.
                    Info:
                      Processes: 301 Uptime: 3h 12m Memory: 15.5 GiB used: 6.2 GiB (40.0%)
                    """);

            assertThat(inventory.memory().totalBytes())
                    .isEqualTo(new java.math.BigDecimal("15.5").multiply(java.math.BigDecimal.valueOf(1L << 30))
                            .longValue());
        }

        @Test
        void rocmSmiApuGraphicsAreIntegrated() {
            // by codename (Rembrandt) or by a GFX target only APUs have (gfx1103); a discrete card stays unsaid
            Inventory inventory = read("""
                    $ rocm-smi --showproductname --csv
                    device,Card Series,Card Model,Card Vendor,Card SKU,GFX Version
                    card0,Navi 31 [Radeon RX 7900 XTX],0x744c,Advanced Micro Devices Inc. [AMD/ATI],D70201,gfx1100
                    card1,Rembrandt [Radeon 680M],0x1681,Advanced Micro Devices Inc. [AMD/ATI],REMBRANDT,gfx1035
                    card2,0x15bf,0x15bf,Advanced Micro Devices Inc. [AMD/ATI],PHOENIX,gfx1103
                    """);

            assertThat(inventory.gpus()).extracting(Inventory.Gpu::integrated).containsExactly(null, true, true);
        }
    }

    /** What the fourteenth held-out batch showed, each with its own made-up input (none is a file of the batch). */
    @Nested
    @DisplayName("shapes held-out batch 14 showed")
    class FourteenthHeldOutShapes {

        @Test
        void comfyUiStartLogAndErrorReportNameTheGpuAndMemory() {
            // the start log, also behind Python logging's prefix, and the error report's Markdown sections
            Inventory log = read("""
                    2025-02-01 10:00:00,001 - root - INFO - Total VRAM 16376 MB, total RAM 65436 MB
                    2025-02-01 10:00:00,001 - root - INFO - pytorch version: 2.5.1+cu124
                    2025-02-01 10:00:00,002 - root - INFO - Set vram state to: NORMAL_VRAM
                    2025-02-01 10:00:00,002 - root - INFO - Device: cuda:0 NVIDIA GeForce RTX 4080 SUPER : cudaMallocAsync
                    """);
            Inventory report = read("""
                    ## System Information
                    - **ComfyUI Version:** 0.3.40
                    - **OS:** nt
                    - **PyTorch Version:** 2.7.0+cu128
                    ## Devices

                    - **Name:** cuda:0 NVIDIA GeForce RTX 3060 : cudaMallocAsync
                      - **Type:** cuda
                      - **VRAM Total:** 12884246528
                      - **VRAM Free:** 11811160064
                    """);

            assertThat(log.memory().totalBytes()).isEqualTo(65436L << 20);
            assertThat(log.gpus()).singleElement().satisfies(gpu -> {
                assertThat(gpu.name()).isEqualTo("NVIDIA GeForce RTX 4080 SUPER");
                assertThat(gpu.vendor()).isEqualTo("NVIDIA");
                assertThat(gpu.vramBytes()).isEqualTo(16376L << 20);
            });
            assertThat(report.os().name()).isEqualTo("Windows");
            assertThat(report.gpus()).singleElement()
                    .satisfies(gpu -> assertThat(gpu.vramBytes()).isEqualTo(12884246528L));
        }

        @Test
        void markdownSummaryBulletsAreReadByTheirLabels() {
            // a hand-made or tool-made system summary in Markdown: bold labels, free -h units, '|'-separated GPU fields
            Inventory inventory = read("""
                    ## System
                    - **OS:** Debian GNU/Linux 12 (bookworm)
                    - **Kernel:** 6.1.0-28-amd64
                    - **CPU:** AMD Ryzen 9 7950X 16-Core Processor (32 threads)
                    - **RAM:** 124Gi total, 110Gi available
                    - **Swap:** 2.0Gi
                    - **GPU 0:** NVIDIA RTX A6000 | 49140 MiB | driver 570.86.15 | persistence=Enabled
                    """);

            assertThat(inventory.os().name()).isEqualTo("Linux");
            assertThat(inventory.os().kernel()).isEqualTo("6.1.0-28-amd64");
            assertThat(inventory.cpu().model()).isEqualTo("AMD Ryzen 9 7950X 16-Core Processor");
            assertThat(inventory.cpu().logicalCores()).isEqualTo(32);
            assertThat(inventory.memory().totalBytes()).isEqualTo(124L << 30);
            assertThat(inventory.memory().availableBytes()).isEqualTo(110L << 30);
            assertThat(inventory.memory().swapTotalBytes()).isEqualTo(2L << 30);
            assertThat(inventory.gpus()).singleElement().satisfies(gpu -> {
                assertThat(gpu.name()).isEqualTo("NVIDIA RTX A6000");
                assertThat(gpu.vramBytes()).isEqualTo(49140L << 20);
                assertThat(gpu.driverVersion()).isEqualTo("570.86.15");
            });
        }

        @Test
        void pytorchCollectEnvGivesTheSystemAndItsGpus() {
            Inventory linux = read("""
                    Collecting environment information...
                    PyTorch version: 2.4.0+cu121
                    OS: Ubuntu 22.04.4 LTS (x86_64)
                    Is CUDA available: True
                    GPU models and configuration:
                    GPU 0: NVIDIA GeForce RTX 4090
                    GPU 1: NVIDIA GeForce RTX 4090

                    Nvidia driver version: 550.90.07
                    """);
            Inventory windows = read("""
                    Collecting environment information...
                    PyTorch version: 2.6.0+cpu
                    OS: Microsoft Windows 10 Pro (10.0.19045 64-bit)
                    GPU models and configuration: No CUDA

                    CPU:
                    Name: AMD Ryzen 5 5600X 6-Core Processor
                    Manufacturer: AuthenticAMD
                    """);

            assertThat(linux.os().name()).isEqualTo("Linux");
            assertThat(linux.os().architecture()).isEqualTo("x86_64");
            assertThat(linux.gpus()).hasSize(2).allSatisfy(gpu -> {
                assertThat(gpu.name()).isEqualTo("NVIDIA GeForce RTX 4090");
                assertThat(gpu.driverVersion()).isEqualTo("550.90.07");
            });
            assertThat(windows.os().name()).isEqualTo("Windows");
            assertThat(windows.os().kernel()).isEqualTo("10.0.19045");
            assertThat(windows.cpu().model()).isEqualTo("AMD Ryzen 5 5600X 6-Core Processor");
            assertThat(windows.cpu().vendor()).isEqualTo("AuthenticAMD");
        }

        @Test
        void ollamaJournalWithoutDeviceLinesStillSaysLinux() {
            Inventory inventory = read("""
                    Jan 05 09:12:01 box ollama[1203]: time=2026-01-05T09:12:01.100+01:00 level=INFO source=routes.go:1288 msg="Listening on 127.0.0.1:11434 (version 0.9.6)"
                    Jan 05 09:12:01 box ollama[1203]: time=2026-01-05T09:12:01.101+01:00 level=INFO source=gpu.go:217 msg="looking for compatible GPUs"
                    """);

            assertThat(inventory.os().name()).isEqualTo("Linux");
            assertThat(inventory.gpus()).isEmpty();
        }

        @Test
        void ggmlOlderVulkanLinesDozenNamesAndListedMemory() {
            // older builds' 'Vulkan0: NAME (driver) | uma: N'; Dozen's 'Microsoft Direct3D12 (NAME)'; --list-devices'
            // MiB after ggml's loader lines belong to the device ggml_vulkan named first
            Inventory older = read("""
                    ggml_vulkan: Found 1 Vulkan devices:
                    Vulkan0: AMD Radeon(TM) 780M (AMD proprietary driver) | uma: 1 | fp16: 1 | warp size: 64
                    """);
            Inventory dozen = read("""
                    ggml_vulkan: Found 1 Vulkan devices:
                    ggml_vulkan: 0 = Microsoft Direct3D12 (NVIDIA GeForce RTX 3060) (Dozen) | uma: 0 | fp16: 1 | warp size: 32
                    """);
            Inventory listed = read("""
                    ggml_vulkan: Found 1 Vulkan devices:
                    ggml_vulkan: 0 = AMD Radeon RX 7600 (RADV NAVI33) | uma: 0 | fp16: 1 | warp size: 64
                    load_backend: loaded Vulkan backend from ./libggml-vulkan.so
                    load_backend: loaded CPU backend from ./libggml-cpu-haswell.so
                    Available devices:
                      Vulkan0: AMD Radeon RX 7600 (RADV NAVI33) (8176 MiB, 7900 MiB free)
                    """);

            assertThat(older.gpus()).singleElement().satisfies(gpu -> {
                assertThat(gpu.vendor()).isEqualTo("AMD");
                assertThat(gpu.integrated()).isTrue();
            });
            assertThat(dozen.gpus()).singleElement().satisfies(gpu -> {
                assertThat(gpu.name()).isEqualTo("NVIDIA GeForce RTX 3060");
                assertThat(gpu.vendor()).isEqualTo("NVIDIA");
            });
            assertThat(listed.gpus()).singleElement()
                    .satisfies(gpu -> assertThat(gpu.vramBytes()).isEqualTo(8176L << 20));
        }

        @Test
        void handWrittenSpecLinesGiveTheGpuMemoryAndTheSystem() {
            Inventory inventory = read("""
                    CPU: Intel Core i7-12700K
                    GPU: GeForce RTX 3060 12GB
                    OS: Win 11 Pro
                    """);

            assertThat(inventory.os().name()).isEqualTo("Windows");
            assertThat(inventory.gpus()).singleElement().satisfies(gpu -> {
                assertThat(gpu.name()).isEqualTo("GeForce RTX 3060");
                assertThat(gpu.vendor()).isEqualTo("NVIDIA");
                assertThat(gpu.vramBytes()).isEqualTo(12L << 30);
            });
        }
    }

    /** What held-out batch 14 still refused or missed after parser 2.15.0, each as a class of real input. */
    @Nested
    class FourteenthHeldOutLeftovers {

        @Test
        void amdSmiStaticNamesTheGpuAndTheLinuxKernel() {
            // AMD's amd-smi static: per-GPU sections, upper-case keys; the ASIC's market name and the driver's kernel
            Inventory inventory = read("""
                    $ amd-smi static --asic --driver -g 0
                    GPU: 0
                        ASIC:
                            MARKET_NAME: AMD Instinct MI300X
                            VENDOR_ID: 0x1002
                            DEVICE_ID: 0x74a1
                        DRIVER:
                            NAME: amdgpu
                            VERSION: 6.8.5
                            OS_KERNEL_VERSION: 6.8.0-45-generic
                    """);

            assertThat(inventory.os().name()).isEqualTo("Linux");
            assertThat(inventory.os().kernel()).isEqualTo("6.8.0-45-generic");
            assertThat(inventory.gpus()).singleElement().satisfies(gpu -> {
                assertThat(gpu.name()).isEqualTo("AMD Instinct MI300X");
                assertThat(gpu.vendor()).isEqualTo("AMD");
            });
        }

        @Test
        void fastfetchJsonGpuModulePastedAloneListsItsGpus() {
            // fastfetch --format json, only the GPU module, cut inside the second entry: shared memory is not VRAM
            Inventory inventory = read("""
                    {
                        "type": "GPU",
                        "result": [
                          {
                            "index": 0,
                            "memory": {
                              "dedicated": { "total": null, "used": null },
                              "shared": {
                                "total": 2147483648,
                                "used": 10000
                              }
                            },
                            "name": "Intel Iris Xe Graphics",
                            "type": "Integrated",
                            "vendor": "Intel"
                          },
                          {
                            "index": 1,
                            "memory": {
                              "dedicated": {
                                "total": 8589934592,
                                "used": 0
                              },
                    """ + "            \"name\": \"GeForce RTX 3070 Laptop GPU\",\n");

            assertThat(inventory.gpus()).hasSize(2);
            assertThat(inventory.gpus().get(0).integrated()).isTrue();
            assertThat(inventory.gpus().get(0).vramBytes()).isNull();
            assertThat(inventory.gpus().get(1).name()).isEqualTo("GeForce RTX 3070 Laptop GPU");
            assertThat(inventory.gpus().get(1).vramBytes()).isEqualTo(8L << 30);
        }

        @Test
        void oneDfRowWithoutItsHeaderIsAFilesystem() {
            // a df -h row quoted alone, as inline code between sentences
            Inventory inventory = read("""
                    When I run `df -h` it shows

                    `/dev/nvme0n1p2   468G  445G   0 100% /home`

                    and nothing is left.
                    """);

            assertThat(inventory.filesystems()).singleElement().satisfies(fs -> {
                assertThat(fs.device()).isEqualTo("/dev/nvme0n1p2");
                assertThat(fs.mount()).isEqualTo("/home");
                assertThat(fs.sizeBytes()).isEqualTo(468L << 30);
                assertThat(fs.availableBytes()).isZero();
                assertThat(fs.usePercent()).isEqualTo(100);
            });
        }

        @Test
        void aPasteWhoseOnlyReadableLineIsTheKernelBannerIsNotRefused() {
            // lsb_release -r's lone Release: line cannot be read (no distribution named), but /proc/version can
            Inventory inventory = read("""
                    $ lsb_release -r
                    Release:        22.04
                    $ cat /proc/version
                    Linux version 5.15.153.1-microsoft-standard-WSL2 (root@1ff4b7e8a3c1) (gcc (GCC) 11.2.0) #1 SMP
                    """);

            assertThat(inventory.os().kernel()).isEqualTo("5.15.153.1-microsoft-standard-WSL2");
            assertThat(inventory.os().name()).isEqualTo("Linux");
            assertThat(inventory.warnings()).anyMatch(w -> w.contains("line 2"));
        }

        @Test
        void windowsPathsAndProgramsNameTheSystemWhenNoOutputDoes() {
            // a tool's log from a Windows machine: drive-letter paths, a .exe run, .dll backends; no system command
            Inventory windows = read("""
                    PS D:\\llama> .\\llama-server.exe --list-devices
                    load_backend: loaded CUDA backend from D:\\llama\\ggml-cuda.dll
                    Available devices:
                      CUDA0: NVIDIA GeForce RTX 4070 (12281 MiB, 11090 MiB free)
                    """);
            // the same tool run inside WSL, where a Windows path is seen from Linux: the system stays unknown
            Inventory wsl = read("""
                    $ /mnt/c/llama/llama-server.exe --list-devices
                    Available devices:
                      CUDA0: NVIDIA GeForce RTX 4070 (12281 MiB, 11090 MiB free)
                    """);

            assertThat(windows.os().name()).isEqualTo("Windows");
            assertThat(windows.warnings()).anyMatch(w -> w.contains("os.name is Windows"));
            assertThat(wsl.os().name()).isNull();
        }

        @Test
        void twoRunsInSeparateBlocksListingAnotherMakersGpuAsDeviceZeroGiveTwoGpus() {
            // llama.cpp run twice on a hybrid laptop, the discrete GPU hidden the second time: each run's device 0
            Inventory inventory = read("""
                    ```
                    ggml_vulkan: Found 1 Vulkan devices:
                    Vulkan0: NVIDIA GeForce RTX 4060 Laptop GPU (NVIDIA) | uma: 0 | fp16: 1 | warp size: 32
                    ```

                    With the NVIDIA GPU disabled:

                    ```
                    ggml_vulkan: Found 1 Vulkan devices:
                    Vulkan0: AMD Radeon(TM) 780M (AMD proprietary driver) | uma: 1 | fp16: 1 | warp size: 64
                    ```
                    """);

            assertThat(inventory.gpus()).hasSize(2);
            assertThat(inventory.gpus().get(0).vendor()).isEqualTo("NVIDIA");
            assertThat(inventory.gpus().get(1).vendor()).isEqualTo("AMD");
            assertThat(inventory.gpus().get(1).integrated()).isTrue();
        }

        @Test
        void handWrittenRamLineWithItsMemoryTypeGivesTheTotal() {
            Inventory inventory = read("""
                    CPU: Ryzen 9 7950X
                    GPU: Radeon RX 7900 XTX 24GB
                    RAM: 64GB DDR5
                    OS: Windows 11 Pro
                    """);

            assertThat(inventory.memory().totalBytes()).isEqualTo(64L << 30);
        }
    }
}
