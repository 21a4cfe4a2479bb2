package dev.praxis.lab.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.lab.claims.Claim.Aspect;
import dev.praxis.lab.claims.Claim.Resource;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimReaderTests {

    private static final double GIB = 1024.0 * 1024 * 1024;

    private static <T extends Claim> List<T> read(String text, Class<T> kind) {
        return ClaimReader.read(text).stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    private static Claim.Size size(String text) {
        List<Claim.Size> sizes = read(text, Claim.Size.class);
        assertThat(sizes).as(text).hasSize(1);
        return sizes.get(0);
    }

    @Nested
    @DisplayName("sizes with their units")
    class Sizes {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "I have 16 GB of RAM|RAM|16",
                "16GiB RAM|RAM|16",
                "the box has 16 gigs of memory|RAM|16",
                "RAM: 15,5 GB|RAM|15.5",
                "hw.memsize says 32 gigs|RAM|32",
                "free -h shows 7.7G total|RAM|7.7",
                "nvidia-smi shows 12288 MiB|VRAM|12",
                "an RTX 3060 with 12 GB|VRAM|12",
                "12 gigs of graphics memory|VRAM|12",
                "the 2 TB NVMe|DISK|2000",
        })
        void readsTheFigureTheUnitAndTheResource(String text, Resource resource, double gigabytes) {
            Claim.Size size = size(text);
            assertThat(size.resource()).isEqualTo(resource);
            assertThat(size.lowBytes()).isLessThanOrEqualTo(gigabytes * GIB * 1.001);
            assertThat(size.highBytes()).isGreaterThanOrEqualTo(gigabytes * 1e9 * 0.999);
        }

        @Test
        void gbMayBeDecimalOrBinaryAndAHedgeWidensTheRange() {
            Claim.Size exact = size("16 GB of RAM");
            Claim.Size about = size("about 16 GB of RAM");
            assertThat(exact.lowBytes()).isEqualTo(16e9);
            assertThat(exact.highBytes()).isEqualTo(16 * GIB);
            assertThat(about.lowBytes()).isLessThan(exact.lowBytes());
            assertThat(about.highBytes()).isGreaterThan(exact.highBytes());
        }

        @Test
        void aFigureFarIntoOneEndlessSentenceIsStillRead() {
            // read in pieces past a thousand characters, so a run-on answer costs time in proportion to its length
            String runOn = "my machine is the one under the desk that I use every day for work and play ".repeat(40);
            assertThat(runOn.length()).isGreaterThan(3000);
            Claim.Size size = size(runOn + "and it has 16 GB of RAM");
            assertThat(size.resource()).isEqualTo(Resource.RAM);
            assertThat(size.lowBytes()).isEqualTo(16e9);
        }

        @Test
        void aRangeKeepsBothEnds() {
            Claim.Size range = size("somewhere between 16-32 GB of RAM");
            assertThat(range.lowBytes()).isEqualTo(16e9);
            assertThat(range.highBytes()).isEqualTo(32 * GIB);
        }

        @Test
        void freeAndTotalAreToldApart() {
            List<Claim.Size> sizes = read("free -h: 7.5Gi total with only 0.7Gi available", Claim.Size.class);
            assertThat(sizes).extracting(Claim.Size::aspect).containsExactly(Aspect.TOTAL, Aspect.FREE);
            List<Claim.Size> ofTotal = read("RAM is the first bottleneck (0.7Gi of 7.5Gi available)", Claim.Size.class);
            assertThat(ofTotal).extracting(Claim.Size::aspect).containsExactly(Aspect.FREE, Aspect.TOTAL);
        }

        @Test
        void germanColumnsAndDecimalCommas() {
            List<Claim.Size> sizes = read("RAM: 15Gi gesamt, 10Gi verfügbar", Claim.Size.class);
            assertThat(sizes).extracting(Claim.Size::aspect).containsExactly(Aspect.TOTAL, Aspect.FREE);
            assertThat(read("df -h: / Verw% 93%, only 33G verfügbar", Claim.DiskUse.class)).hasSize(1);
        }

        @Test
        void aFigureOfAnotherFigureBelongsToTheWordAfterBoth() {
            List<Claim.Size> sizes = read("free -h: 7.5Gi total and already 1.6Gi of the 2Gi swap used",
                    Claim.Size.class);
            assertThat(sizes).extracting(Claim.Size::resource).containsExactly(Resource.RAM, Resource.SWAP,
                    Resource.SWAP);
            assertThat(sizes.get(1).aspect()).isEqualTo(Aspect.USED);
            assertThat(size("an 8 GB laptop GPU").resource()).isEqualTo(Resource.VRAM);
        }

        @Test
        void aPastedDfRowIsReadByItsColumns() {
            List<Claim.Size> sizes = read("storage for checkpoints: /dev/nvme0n1p2  916G  391G  479G  45% /",
                    Claim.Size.class);
            assertThat(sizes).extracting(Claim.Size::aspect).containsExactly(Aspect.TOTAL, Aspect.USED, Aspect.FREE);
            assertThat(read("/dev/nvme0n1p2 916G 391G 479G 45% /", Claim.DiskUse.class)).hasSize(1);
        }

        @Test
        void aPastedFreeRowIsReadForItsTotalOnly() {
            List<Claim.Size> sizes = read("RAM is fine: Mem: 62Gi 20Gi 12Gi 310Mi 30Gi 41Gi", Claim.Size.class);
            assertThat(sizes).hasSize(1);
            assertThat(sizes.get(0).resource()).isEqualTo(Resource.RAM);
            assertThat(sizes.get(0).aspect()).isEqualTo(Aspect.TOTAL);
        }

        @Test
        void aMemorySizedFigureRightBeforeTheMachineIsItsRam() {
            assertThat(size("My 32 GB ThinkPad is the only computer I have").resource()).isEqualTo(Resource.RAM);
            assertThat(size("this 16GB MacBook Air").resource()).isEqualTo(Resource.RAM);
            assertThat(read("my 512 GB MacBook", Claim.Size.class)).isEmpty();
            assertThat(read("A 128GB Mac can wait.", Claim.Size.class)).isEmpty();
        }

        @Test
        void swapInUseIsASwapFigure() {
            Claim.Size swap = read("free -h: 1.5Gi available and 1.4Gi of swap in use", Claim.Size.class).get(1);
            assertThat(swap.resource()).isEqualTo(Resource.SWAP);
            assertThat(swap.aspect()).isEqualTo(Aspect.USED);
        }
    }

    @Nested
    @DisplayName("what is not a claim about the machine now")
    class NotClaims {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "add 32 GB of RAM next month",
                "buy a 24 GB card",
                "I will buy a new Ryzen 9 workstation with 64 GB RAM and an RTX 4080",
                "a 13B model at 4-bit needs 10 GB of VRAM",
                "keep / below 80% used",
                "if swap is used every day, add RAM",
                "VRAM can wait until 12 GiB repeatedly blocks me",
                "I do not have 64 GB of RAM",
                "rent an 80 GB cloud GPU for those runs",
                "the occasional long-context run is cheaper on a rented 80 GB cloud GPU",
                "/home is nearly there and the raw GTFS dumps are 40 GB each",
                "the model file is 4.7 GB on disk",
                "a desktop waits until weekly 13B use is proven",
                "I will make one targeted upgrade, an eGPU with an RTX 4060 Ti 16 GB",
                "one targeted upgrade, a 2 TB NVMe for the datasets",
        })
        void purchasesPlansConditionsRequirementsAndDenialsAreNotClaims(String text) {
            assertThat(ClaimReader.read(text)).as(text)
                    .noneMatch(c -> c instanceof Claim.Size || c instanceof Claim.GpuModel || c instanceof Claim.Machine
                            || c instanceof Claim.DiskUse || c instanceof Claim.Swapping);
        }

        @Test
        void aFigureAfterACommaIsStillTheMachinesUnlessItNamesWhatIsBought() {
            assertThat(size("I will keep it, my laptop has 16 GB of RAM").lowBytes()).isEqualTo(16e9);
        }

        @Test
        void aProblemDeniedIsNotAFigureDenied() {
            assertThat(size("RAM is no issue with 32 GB").lowBytes()).isEqualTo(32e9);
        }

        @Test
        void cpuLoadIsNotDiskUse() {
            assertThat(read("both cores sit at 100% in top", Claim.DiskUse.class)).isEmpty();
        }

        @Test
        void aLaptopUsedAsADesktopIsALaptop() {
            assertThat(read("It is a laptop but it stays docked as a desktop.", Claim.Machine.class))
                    .extracting(Claim.Machine::kind).containsExactly(Claim.Machine.Kind.LAPTOP);
        }
    }

    @Nested
    @DisplayName("disks, GPUs, CPUs and machines")
    class Others {

        @Test
        void diskUseInWordsAndFigures() {
            assertThat(read("df -h shows / at 91% used", Claim.DiskUse.class).get(0).mount()).isEqualTo("/");
            assertThat(read("about half my disk is used", Claim.DiskUse.class).get(0).lowPercent()).isEqualTo(35);
            assertThat(read("the SSD is nearly full", Claim.DiskUse.class).get(0).lowPercent()).isEqualTo(80);
            assertThat(read("C: (/mnt/c) is 90% full", Claim.DiskUse.class).get(0).mount()).isEqualTo("/mnt/c");
        }

        @Test
        void gpuAndCpuModels() {
            assertThat(read("two RTX 3090s and a Ryzen 9 7950X", Claim.GpuModel.class))
                    .extracting(Claim.GpuModel::key).containsExactly("3090");
            assertThat(read("the AMD Radeon Pro 5500M", Claim.GpuModel.class))
                    .extracting(Claim.GpuModel::key).containsExactly("5500m");
            assertThat(read("an Intel i5-12400 and an RTX 3060", Claim.CpuModel.class))
                    .extracting(Claim.CpuModel::key).containsExactly("12400");
            assertThat(read("it has no discrete GPU", Claim.NoGpu.class)).hasSize(1);
        }

        @Test
        void coresThreadsAndVcpus() {
            assertThat(read("the agent reports 2 cores / 2 threads", Claim.Cores.class))
                    .extracting(Claim.Cores::threads).containsExactly(false, true);
            assertThat(read("lscpu shows CPU(s): 2", Claim.Cores.class).get(0).count()).isEqualTo(2);
            assertThat(read("a 2-vCPU cloud VM", Claim.Cores.class).get(0).threads()).isTrue();
        }

        @Test
        void kindsOfMachine() {
            assertThat(read("A desktop tower running native Ubuntu inside nothing, on bare metal", Claim.Machine.class))
                    .extracting(Claim.Machine::kind)
                    .contains(Claim.Machine.Kind.DESKTOP, Claim.Machine.Kind.NATIVE_LINUX);
            assertThat(read("I work inside WSL2 on my MacBook", Claim.Machine.class)).extracting(Claim.Machine::kind)
                    .contains(Claim.Machine.Kind.WSL, Claim.Machine.Kind.LAPTOP, Claim.Machine.Kind.MAC);
        }

        @Test
        void swappingAndNoSwap() {
            assertThat(read("notebooks push it into swap", Claim.Swapping.class).get(0).swapping()).isTrue();
            assertThat(read("there is no swap on this box", Claim.Swapping.class).get(0).swapping()).isFalse();
        }

        @Test
        void aFigureFreeOnADiskIsThatDisksFreeSpace() {
            Claim.Size free = size("memory pressure turns yellow, and the rest has headroom: 402 GB free on the SSD");
            assertThat(free.resource()).isEqualTo(Resource.DISK);
            assertThat(free.aspect()).isEqualTo(Aspect.FREE);
        }

        @Test
        void aFigureSaidOfOneCardIsNeverTheCardsSum() {
            assertThat(size("VRAM is tight on the 16 GB card").aspect()).isEqualTo(Aspect.EACH);
            assertThat(size("48 GB of VRAM across both cards").aspect()).isEqualTo(Aspect.EACH_OR_SUM);
        }

        @Test
        void aResizeIsAPlanAndAnotherMachineOfARenterIsNotThisOne() {
            assertThat(read("resize the root volume to 150 GB", Claim.Size.class)).isEmpty();
            assertThat(ClaimReader.read("I rent node1 over SSH; my own laptop has no GPU.")).isEmpty();
            assertThat(read("my laptop has no GPU", Claim.NoGpu.class)).hasSize(1);
            assertThat(read("an Odroid board with 6 ARM cores", Claim.Cores.class)).hasSize(1);
            assertThat(read("Docker Desktop alone reserves 4 GB", Claim.Machine.class)).isEmpty();
        }

        @Test
        void aLineBreakEndsASentence() {
            assertThat(read("- keep the box\n- 64 GB of RAM", Claim.Size.class)).hasSize(1);
            assertThat(read("if it swaps, add RAM\n- 32 GB of RAM today", Claim.Size.class)).hasSize(1);
        }

        @Test
        void aFigureThatWentIntoSwapIsSwapInUse() {
            List<Claim.Size> sizes = read("RAM: 9G of the 12G in use, and 700Mi already sitting in swap",
                    Claim.Size.class);
            assertThat(sizes).extracting(Claim.Size::resource, Claim.Size::aspect).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(Resource.RAM, Aspect.USED),
                    org.assertj.core.groups.Tuple.tuple(Resource.RAM, Aspect.TOTAL),
                    org.assertj.core.groups.Tuple.tuple(Resource.SWAP, Aspect.USED));
            assertThat(size("the jobs pushed 3 GB into swap").aspect()).isEqualTo(Aspect.USED);
            assertThat(size("a 4 GB swap file").aspect()).isEqualTo(Aspect.TOTAL);
        }

        @Test
        void aFractionOfTheDiskInWordsIsItsUse() {
            Claim.DiskUse use = read("my SSD is roughly three-quarters full", Claim.DiskUse.class).get(0);
            assertThat(use.lowPercent()).isLessThan(75);
            assertThat(use.highPercent()).isGreaterThan(75).isLessThan(95);
            assertThat(read("the data drive is a third used", Claim.DiskUse.class)).hasSize(1);
        }

        @Test
        void aMemoryCardOrWhatArtifactsTakeIsNoGraphicsCard() {
            assertThat(size("boots off the microSD card, a 128 GB card").resource()).isEqualTo(Resource.DISK);
            assertThat(read("each epoch leaves 12 GB of checkpoints on the disk", Claim.Size.class)).isEmpty();
            assertThat(ClaimReader.read("I rent a box on Vast; my own MacBook has no GPU")).isEmpty();
        }

        @Test
        void aPartTheRestOfItsClausePutsOffOrRentsIsNoClaim() {
            assertThat(read("a 24 GB card can wait, because quantization is enough for now", Claim.Size.class))
                    .isEmpty();
            assertThat(ClaimReader.read("an H100 can be rented for the runs that do not fit")).isEmpty();
            assertThat(read("I have 32 GB of RAM, which is plenty until winter", Claim.Size.class)).hasSize(1);
        }

        /** A later clause's "when" puts off only its own statement, not the figure a verb before it states. */
        @Test
        void aWhenInTheNextClauseDoesNotPutOffAFigureItsOwnVerbStates() {
            assertThat(read("free -h shows 16 GB total and the kernel dies when I load two CSVs", Claim.Size.class))
                    .extracting(Claim.Size::resource).containsExactly(Resource.RAM);
            assertThat(read("my laptop has 16 GB of RAM and a desktop can wait until spring", Claim.Size.class))
                    .hasSize(1);
            assertThat(ClaimReader.read("an RTX 4090 and a PSU can wait")).isEmpty();
            assertThat(read("a 48 GB card and a bigger PSU can wait until OOMs repeat", Claim.Size.class)).isEmpty();
            assertThat(read("the next step is a 48 GB card when OOMs repeat weekly", Claim.Size.class)).isEmpty();
        }

        @Test
        void aMachineSavedForOrAFigureInParenthesesIsNotThisMachinesGpu() {
            assertThat(ClaimReader.read("Save up for a gaming laptop with an RTX 4070.")).isEmpty();
            assertThat(read("a Ryzen 7, 32 GB (31 GiB usable), one RTX 3060", Claim.Size.class))
                    .allSatisfy(size -> assertThat(size.resource()).isNotEqualTo(Resource.VRAM));
        }

        @Test
        void aFigureAfterACardNamedByItsModelIsItsVram() {
            assertThat(read("an i7-1065G7 with 16 GB RAM and an MX250 with 2 GB", Claim.Size.class))
                    .extracting(Claim.Size::resource).containsExactly(Resource.RAM, Resource.VRAM);
        }

        @Test
        void anAppositionAfterAColonOrAHedgeIsWhatIsBought() {
            assertThat(read("I will make one targeted upgrade, I think: a 1 TB external NVMe for the models",
                    Claim.Size.class)).isEmpty();
            assertThat(read("My upgrade: a 2 TB NVMe", Claim.Size.class)).isEmpty();
            // not after a purchase, the same words are the machine's
            assertThat(read("My desktop: a 1 TB NVMe and 32 GB of RAM, I think", Claim.Size.class)).hasSize(2);
        }

        @Test
        void aLaterItemOfAListInParenthesesBelongsToWhatTheyExplain() {
            List<Claim.Size> sizes = read("the first bottleneck is RAM (swap 498Mi of 511Mi used, 5.6Gi of 7.9Gi)",
                    Claim.Size.class);
            assertThat(sizes).extracting(Claim.Size::resource)
                    .containsExactly(Resource.SWAP, Resource.SWAP, Resource.RAM, Resource.RAM);
            // "5.6Gi of 7.9Gi" with nothing after: the part in use of the whole
            assertThat(sizes.get(2).aspect()).isEqualTo(Aspect.USED);
        }

        @Test
        void anAppositionWithoutItsArticleAfterAPurchaseIsWhatIsBought() {
            assertThat(ClaimReader.read("For the next stage I will make one targeted upgrade, eGPU with RTX 4060 8GB,"
                    + " because the model is slow")).isEmpty();
            // after a condition, a list without articles stays the machine's
            assertThat(read("I got it cheap when the startup shut down, two EPYC, 768 GB of RAM and 8 GB of swap",
                    Claim.Size.class)).extracting(Claim.Size::resource).contains(Resource.SWAP);
        }

        @Test
        void theInstalledSizeBesideWhatTheOsSeesIsNoClaim() {
            List<Claim.Size> sizes = read("about 28000 MB of RAM visible of the 32 GB installed", Claim.Size.class);
            assertThat(sizes).hasSize(1);
            assertThat(sizes.get(0).words()).contains("28000 MB");
            assertThat(size("I have 32 GB of RAM installed").resource()).isEqualTo(Resource.RAM);
        }

        @Test
        void quotesTheLearnersOwnWords() {
            assertThat(size("I have 64 GB of RAM").words()).isEqualTo("64 GB of RAM");
        }
    }
}