package dev.praxis.lab.validation;

import static dev.praxis.lab.validation.LabFixtures.verdict;
import static dev.praxis.lab.validation.Labs.strong;
import static dev.praxis.lab.validation.Labs.with;
import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.content.ChecklistItem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LabValidatorTests {

    private static final String DESKTOP = "ubuntu-desktop-one-nvidia.transcript.txt";
    private static final String VM = "kvm-2vcpu-no-gpu.transcript.txt";
    private static final String MAC = "apple-silicon.transcript.txt";
    private static final String LAPTOP = "agent-laptop-battery.json";
    private static final String NO_SMI = "nvidia-smi-not-available.transcript.txt";
    private static final String TWO_GPUS = "ubuntu-two-nvidia.transcript.txt";

    private static ChecklistVerdict judge(LabWork work, String fixture, String step, int item) {
        return verdict(work, fixture, step, item);
    }

    @Nested
    @DisplayName("the whole lab")
    class WholeLab {

        @Test
        void oneVerdictPerChecklistItemInModuleOrderWithTheItemIds() {
            List<ChecklistVerdict> verdicts = LabValidator.validate(LabFixtures.definition(), LabFixtures.module(),
                    strong(), Optional.of(LabFixtures.inventory(DESKTOP)));
            List<ChecklistItem> items = LabFixtures.module().lab().checklist();
            assertThat(verdicts).hasSize(33);
            assertThat(verdicts).extracting(ChecklistVerdict::itemId).containsExactlyElementsOf(
                    items.stream().map(ChecklistItem::id).toList());
            assertThat(verdicts.get(27).step()).isEqualTo("success");
            assertThat(verdicts).allSatisfy(v -> assertThat(v.verdict()).isEqualTo(Verdict.PASS));
        }

        @Test
        void emptyLabIsStepNotDoneYetEverywhereAndNeverFail() {
            List<ChecklistVerdict> verdicts = LabValidator.validate(LabFixtures.definition(), LabFixtures.module(),
                    LabWork.EMPTY, Optional.empty());
            assertThat(verdicts).allSatisfy(v -> {
                assertThat(v.verdict()).isEqualTo(Verdict.NEEDS_ATTENTION);
                assertThat(v.evidence()).containsPattern("Step \\d not done yet|Nothing you wrote");
            });
        }

        @Test
        void verdictsAreRecomputedWhenTheInventoryChanges() {
            ChecklistVerdict onDesktop = judge(strong(), DESKTOP, "4", 1);
            ChecklistVerdict onVm = judge(strong(), VM, "4", 1);
            assertThat(onDesktop.verdict()).isEqualTo(Verdict.PASS);
            assertThat(onVm.verdict()).isNotEqualTo(Verdict.PASS);
        }
    }

    @Nested
    @DisplayName("Step 1: workload")
    class Workload {

        @Test
        void vagueAiWorkFailsParagraphAndFamily() {
            LabWork work = with(strong(), "workload", "AI work");
            assertThat(judge(work, DESKTOP, "1", 1).verdict()).isEqualTo(Verdict.FAIL);
            assertThat(judge(work, DESKTOP, "1", 2).evidence()).contains("“AI work”").contains("names no workload family");
        }

        @Test
        void paragraphWithoutHorizonNeedsAttention() {
            LabWork work = with(strong(), "workload", "I will build API-first applications with small notebooks and"
                    + " a prompt evaluation harness.");
            assertThat(judge(work, DESKTOP, "1", 1).verdict()).isEqualTo(Verdict.NEEDS_ATTENTION);
            assertThat(judge(work, DESKTOP, "1", 2).evidence()).contains("API-first applications").doesNotContain("api-first");
        }

        @Test
        void twoParagraphsNeedAttention() {
            LabWork work = with(strong(), "workload", "For 4 months I will build API-first apps for my team.\n\n"
                    + "Later I might try RAG over notes in month five.");
            assertThat(judge(work, DESKTOP, "1", 1).evidence()).contains("2 paragraphs");
        }

        @Test
        void buyingHardwareBeforeNamingTheWorkloadFails() {
            LabWork work = with(strong(), "workload", "First I will buy an RTX 4090, then for 6 months run local"
                    + " LLM inference.");
            assertThat(judge(work, DESKTOP, "1", 3).verdict()).isEqualTo(Verdict.FAIL);
        }

        @Test
        void negatedPurchaseIsNotChoosingHardware() {
            LabWork work = with(strong(), "workload", "For 6 months I will run local LLM inference and will not buy"
                    + " a new GPU before I measure.");
            assertThat(judge(work, DESKTOP, "1", 3).verdict()).isEqualTo(Verdict.PASS);
        }
    }

    @Nested
    @DisplayName("Step 2: archetype")
    class ArchetypeStep {

        @Test
        void aCpuLineNamedWithoutANumberMustBeTheInventorysLine() {
            LabWork threadripper = with(strong(), "archetypeReason", "A Threadripper tower that I built last year.");
            assertThat(judge(threadripper, DESKTOP, "2", 2).verdict()).isEqualTo(Verdict.FAIL);
            LabWork ryzen = with(strong(), "archetypeReason", "A Ryzen tower that I built last year.");
            assertThat(judge(ryzen, DESKTOP, "2", 2).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void batteryWithDesktopArchetypeFailsUnlessExplained() {
            LabWork work = with(with(strong(), "archetype", "single-gpu-desktop"), "archetypeReason",
                    "It runs my local models all day long at home.");
            ChecklistVerdict verdict = judge(work, LAPTOP, "2", 1);
            assertThat(verdict.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(verdict.evidence()).contains("Your inventory shows a battery");
            LabWork explained = with(work, "archetypeReason", "It is a laptop but it stays docked as a desktop.");
            assertThat(judge(explained, LAPTOP, "2", 1).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void batteryWithLaptopFirstPasses() {
            LabWork work = with(with(strong(), "archetype", "laptop-first"), "archetypeReason",
                    "A laptop I carry to work every day.");
            assertThat(judge(work, LAPTOP, "2", 1).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void aTowerClaimedOnAMachineWithABatteryFailsQuotingBoth() {
            LabWork work = with(strong(), "archetype", "laptop-first");
            ChecklistVerdict verdict = judge(work, LAPTOP, "2", 2);
            assertThat(verdict.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(verdict.evidence()).contains("“tower”").contains("a battery");
        }

        @Test
        void aDesktopWhoseReasonSaysItHasNoGraphicsCardYetPasses() {
            ChecklistVerdict verdict = judge(with(strong(), "archetypeReason", "A home tower; no graphics card yet, only"
                    + " the integrated chip, but it has a free PCIe slot."), VM, "2", 1);
            assertThat(verdict.verdict()).isEqualTo(Verdict.PASS);
            assertThat(verdict.evidence()).contains("which your reason explains");
        }

        @Test
        void desktopWithoutDiscreteGpuFails() {
            ChecklistVerdict verdict = judge(with(strong(), "archetypeReason", "It sits under my desk all day."),
                    VM, "2", 1);
            assertThat(verdict.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(verdict.evidence()).contains("no discrete GPU");
        }

        @Test
        void hybridWithoutCloudInTheReasonNeedsAttention() {
            LabWork work = with(with(strong(), "archetype", "hybrid"), "archetypeReason", "I use two machines.");
            assertThat(judge(work, MAC, "2", 1).verdict()).isEqualTo(Verdict.NEEDS_ATTENTION);
        }

        @Test
        void unknownArchetypeFails() {
            assertThat(judge(with(strong(), "archetype", "gaming rig"), DESKTOP, "2", 1).verdict())
                    .isEqualTo(Verdict.FAIL);
        }

        @Test
        void archetypeIsJudgedFromTheLearnersWordsWithoutAnUpload() {
            ChecklistVerdict verdict = judge(strong(), null, "2", 1);
            assertThat(verdict.verdict()).isEqualTo(Verdict.PASS);
            assertThat(verdict.evidence()).contains("nothing uploaded contradicts it");
        }

        @Test
        void reasonMustBeOneRealSentence() {
            assertThat(judge(with(strong(), "archetypeReason", "fast"), DESKTOP, "2", 2).verdict())
                    .isEqualTo(Verdict.FAIL);
            assertThat(judge(with(strong(), "archetypeReason", "It is a tower. It has a GPU. It is quiet. It is"
                    + " mine."), DESKTOP, "2", 2).verdict()).isEqualTo(Verdict.NEEDS_ATTENTION);
        }

        @Test
        void mattersMostMustBeOneOfThreeAndFitTheArchetype() {
            // another concern is not wrong, only not the choice Step 2 asks for (the labels' rule for answers that
            // are written but miss what the item asks)
            assertThat(judge(with(strong(), "mattersMost", "price"), DESKTOP, "2", 3).verdict())
                    .isEqualTo(Verdict.NEEDS_ATTENTION);
            assertThat(judge(with(strong(), "mattersMost", "portability"), DESKTOP, "2", 3).verdict())
                    .isEqualTo(Verdict.NEEDS_ATTENTION);
            assertThat(judge(with(strong(), "mattersMost", "sustained load"), DESKTOP, "2", 3).verdict())
                    .isEqualTo(Verdict.PASS);
        }
    }

    @Nested
    @DisplayName("Step 3: inventory")
    class InventoryStep {

        @Test
        void recordsCpuRamStorageAndGpuFromTheInventory() {
            ChecklistVerdict verdict = judge(strong(), DESKTOP, "3", 1);
            assertThat(verdict.verdict()).isEqualTo(Verdict.PASS);
            assertThat(verdict.evidence()).contains("AMD Ryzen 7 5800X").contains("31 GiB RAM")
                    .contains("/ at 91% used").contains("RTX 3060 with 12 GiB VRAM");
        }

        @Test
        void onAMacLeavingCoresAndSwapOutOfTheUnknownsIsNoOmission() {
            // the macOS block reads the chip's name and hw.memsize, never core counts or swap
            LabWork work = with(strong(), "unknowns", "No nvidia-smi on a Mac; the SSD's model is unknown.");
            assertThat(judge(work, MAC, "3", 4).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void inventoryMissingRamAndStorageNeedsAttentionUntilWrittenDown() {
            String fixture = "old-procps-wrapped-df.transcript.txt";
            LabWork nothingWritten = with(strong(), "unknowns", null);
            ChecklistVerdict verdict = judge(nothingWritten, "nvidia-smi-not-available.transcript.txt", "3", 1);
            assertThat(verdict.verdict()).isIn(Verdict.PASS, Verdict.NEEDS_ATTENTION);
            assertThat(judge(strong(), fixture, "3", 1).verdict()).isIn(Verdict.PASS, Verdict.NEEDS_ATTENTION);
        }

        @Test
        void noInventoryIsStepThreeNotDone() {
            assertThat(judge(strong(), null, "3", 1).evidence()).isEqualTo("Step 3 not done yet: no inventory uploaded.");
            assertThat(judge(strong(), null, "3", 2).verdict()).isEqualTo(Verdict.NEEDS_ATTENTION);
        }

        @Test
        void projectDiskFreeSpaceIsQuoted() {
            assertThat(judge(strong(), VM, "3", 2).evidence()).contains("/ at 23% used, 79 GiB free");
            assertThat(judge(strong(), DESKTOP, "3", 2).evidence()).contains("nearly full");
        }

        @Test
        void gpuToolingFoundOrMissingIsRecorded() {
            assertThat(judge(strong(), DESKTOP, "3", 3).evidence()).contains("nvidia-smi found");
            assertThat(judge(strong(), VM, "3", 3).evidence()).contains("nvidia-smi missing");
            assertThat(judge(strong(), NO_SMI, "3", 3).verdict()).isEqualTo(Verdict.PASS);
            assertThat(judge(strong(), MAC, "3", 3).evidence()).contains("system_profiler");
        }

        @Test
        void unknownsMustCoverWhatTheInventoryLacks() {
            LabWork partial = with(strong(), "unknowns", "I do not know the battery.");
            ChecklistVerdict verdict = judge(partial, VM, "3", 4);
            assertThat(verdict.verdict()).isEqualTo(Verdict.NEEDS_ATTENTION);
            assertThat(verdict.evidence()).contains("do not mention").contains("GPU");
            LabWork complete = with(strong(), "unknowns", "No GPU was listed because lspci is missing, the CPU max"
                    + " frequency is not shown, the disk model is unknown, and a battery is not reported.");
            assertThat(judge(complete, VM, "3", 4).evidence()).startsWith("You wrote down");
        }

        @Test
        void sayingTheUploadCoversOnlyPartOfTheMachineDeclaresTheRestUnknownButNotItsGuesses() {
            LabWork onlyDf = with(strong(), "unknowns", "I only ran lsblk and df so far.");
            ChecklistVerdict verdict = judge(onlyDf, VM, "3", 4);
            assertThat(verdict.evidence()).as("the GPU left unread is declared unknown, but the RTX 3060 the learner"
                    + " states is still a guess").doesNotContain("do not mention").contains("You state “RTX 3060” as fact");
            assertThat(verdict.verdict()).isEqualTo(Verdict.NEEDS_ATTENTION);
            LabWork notOnly = with(strong(), "unknowns", "Not only pasted, I also checked the battery.");
            assertThat(judge(notOnly, VM, "3", 4).evidence()).contains("do not mention GPU");
        }
    }

    @Nested
    @DisplayName("Step 4: constraint summary")
    class Summary {

        @Test
        void firstBottleneckAgreeingWithTheDiagnosisPasses() {
            assertThat(judge(strong(), DESKTOP, "4", 1).evidence()).contains("/ is 91% used");
        }

        @Test
        void firstBottleneckAgainstTheDiagnosisFailsQuotingTheEvidence() {
            LabWork work = with(with(strong(), "summary.firstBottleneck", "thermals"), "summary.evidence",
                    "fans are loud after 10 minutes");
            ChecklistVerdict verdict = judge(work, DESKTOP, "4", 1);
            assertThat(verdict.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(verdict.evidence()).startsWith("Your inventory shows “/ is 91% used: storage”, so storage comes"
                    + " first; you named thermals").contains("§6: “If storage is full, move artifacts");
        }

        @Test
        void aMeasuredChoiceStandsWhereTheDiagnosisRanksFirstOnlyByAWeakSign() {
            LabWork notebooks = with(with(strong(), "workload", "For the next 5 months I will analyse sales data in"
                    + " notebooks with pandas and try RAG on company documents."), "summary.firstBottleneck", "CPU");
            LabWork measured = with(notebooks, "summary.evidence", "lscpu shows only 2 vCPUs, both at 100% while the"
                    + " groupbys run");
            ChecklistVerdict verdict = judge(measured, VM, "4", 1);
            assertThat(verdict.verdict()).isEqualTo(Verdict.PASS);
            assertThat(verdict.evidence()).contains("rests on the machine").contains("only by a weaker sign");
            LabWork unmeasured = with(notebooks, "summary.evidence", "the groupbys feel slow");
            assertThat(judge(unmeasured, VM, "4", 1).verdict()).isEqualTo(Verdict.NEEDS_ATTENTION);
        }

        @Test
        void theGpuNamedOverANearlyFullDiskFailsWhateverTheWording() {
            LabWork work = with(with(strong(), "summary.firstBottleneck", "VRAM"), "summary.evidence",
                    "the disk is 91% used but I already moved models to /data; a 13B model at 8k context needs more"
                            + " than 12 GiB");
            assertThat(judge(work, DESKTOP, "4", 1).verdict()).isEqualTo(Verdict.FAIL);
        }

        @Test
        void aRuledOutConstraintIsNotTheOneNamed() {
            LabWork work = with(strong(), "summary.firstBottleneck", "not the GPU: the system disk is nearly full");
            assertThat(judge(work, DESKTOP, "4", 1).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void thermalsObservedWhereNoCommandReadsTemperaturesAreSelfAttested() {
            LabWork work = with(with(with(strong(), "workload", "For the next 6 months I will run local coding models"
                    + " with Ollama every day."), "summary.firstBottleneck", "thermals"), "summary.evidence",
                    "after 10 minutes the fans roar and tokens per second halve");
            ChecklistVerdict verdict = judge(work, "intel-mac-amd-gpu.transcript.txt", "4", 1);
            assertThat(verdict.verdict()).isEqualTo(Verdict.SELF_ATTESTED);
            assertThat(verdict.evidence()).contains("yours to confirm");
        }

        @Test
        void firstBottleneckThatIsNoConstraintFails() {
            assertThat(judge(with(strong(), "summary.firstBottleneck", "money"), DESKTOP, "4", 1).verdict())
                    .isEqualTo(Verdict.FAIL);
        }

        @Test
        void evidenceMustCiteAMeasurement() {
            assertThat(judge(with(strong(), "summary.evidence", "it feels slow"), DESKTOP, "4", 2).verdict())
                    .isEqualTo(Verdict.FAIL);
            assertThat(judge(with(strong(), "summary.evidence", "df -h shows / nearly full"), DESKTOP, "4", 2)
                    .verdict()).isEqualTo(Verdict.PASS);
            assertThat(judge(with(strong(), "summary.evidence", "loads take 45 s"), DESKTOP, "4", 2).verdict())
                    .isEqualTo(Verdict.PASS);
        }

        @Test
        void evidenceThatSaysNothingIsMeasuredYetAsksForTheMeasurement() {
            ChecklistVerdict notYet = judge(with(strong(), "summary.evidence", "nothing measured yet"), DESKTOP, "4", 2);
            assertThat(notYet.verdict()).isEqualTo(Verdict.NEEDS_ATTENTION);
            assertThat(notYet.evidence()).contains("says nothing is measured yet");
            // an impression of the whole machine is the diagnosis §6 calls the worst: it still fails
            assertThat(judge(with(strong(), "summary.evidence", "it runs everything I throw at it"), DESKTOP, "4", 2)
                    .verdict()).isEqualTo(Verdict.FAIL);
        }

        @Test
        void aPastedDfRowIsTheFileSystemsNotADiskSizeClaim() {
            LabWork work = with(strong(), "summary.evidence",
                    "storage for checkpoints: /dev/nvme0n1p2  915G  786G   83G  91% /");
            ChecklistVerdict verdict = judge(work, DESKTOP, "4", 2);
            assertThat(verdict.verdict()).isEqualTo(Verdict.PASS);
            assertThat(verdict.evidence()).doesNotContain("You wrote");
        }

        @Test
        void secondBottleneckMustDifferFromTheFirst() {
            ChecklistVerdict same = judge(with(strong(), "summary.secondBottleneck", "disk space"), DESKTOP, "4", 3);
            assertThat(same.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(same.evidence()).contains("both the first and the second");
        }

        @Test
        void wholeMachineVerdictFailsEvenNegated() {
            assertThat(judge(with(strong(), "summary.decision", "keep it, the machine is not bad"), DESKTOP, "4", 4)
                    .verdict()).isEqualTo(Verdict.FAIL);
            assertThat(judge(with(strong(), "summary.decision", "keep it, the laptop is fine for API-first work"),
                    DESKTOP, "4", 4).verdict()).isEqualTo(Verdict.PASS);
        }
    }

    @Nested
    @DisplayName("Step 5: symptoms and fixes")
    class Symptoms {

        private LabWork row(String symptom, String constraint, String fix) {
            return with(strong(), "symptoms", List.of(Map.of("symptom", symptom, "constraint", constraint, "fix", fix)));
        }

        @Test
        void constraintAgainstTheSymptomTableFails() {
            ChecklistVerdict verdict = judge(row("notebooks slow while browser is open", "VRAM", "close tabs"),
                    DESKTOP, "5", 1);
            assertThat(verdict.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(verdict.evidence()).contains("system RAM");
        }

        @Test
        void aModelPartlyOnTheCpuIsTheVramRowAndOnePoolAcceptsEither() {
            LabWork spill = row("the 13B answers slowly since half of it runs on the CPU", "VRAM",
                    "a 7B model in q4");
            assertThat(List.of(1, 2)).allSatisfy(item -> assertThat(judge(spill, DESKTOP, "5", item).verdict())
                    .isEqualTo(Verdict.PASS));
            assertThat(SymptomTable.rowFor("ollama ps shows 30%/70% CPU/GPU").orElseThrow().constraintLabel())
                    .isEqualTo("VRAM");
            LabWork pooled = row("the model is killed as the context grows", "shared memory (VRAM and RAM are one)",
                    "shorter context");
            assertThat(judge(pooled, DESKTOP, "5", 1).verdict()).isEqualTo(Verdict.PASS);
            assertThat(judge(row("the model is killed as the context grows", "RAM", "shorter context"), DESKTOP, "5",
                    1).verdict()).isEqualTo(Verdict.FAIL);
        }

        @Test
        void largerGpuForANonGpuSymptomFails() {
            LabWork work = row("performance drops after several minutes and fans get loud", "thermals",
                    "buy a bigger GPU");
            assertThat(judge(work, DESKTOP, "5", 1).verdict()).isEqualTo(Verdict.PASS);
            assertThat(judge(work, DESKTOP, "5", 2).verdict()).isEqualTo(Verdict.FAIL);
            assertThat(judge(work, DESKTOP, "5", 3).verdict()).isEqualTo(Verdict.FAIL);
        }

        @Test
        void largerGpuForAVramSymptomIsNotTheFirstFix() {
            LabWork work = row("model fails when context grows", "VRAM", "buy a bigger GPU");
            // the table's first fix is a smaller model, lower context, stronger quantization; §6 buys VRAM "later"
            assertThat(judge(work, DESKTOP, "5", 2).verdict()).isEqualTo(Verdict.FAIL);
            assertThat(judge(work, DESKTOP, "5", 3).verdict()).isEqualTo(Verdict.PASS);
        }

        /** The verdicts of Step 5's mapping and first-fix items. */
        private List<Verdict> mappingAndFix(LabWork work, String fixture) {
            return List.of(judge(work, fixture, "5", 1).verdict(), judge(work, fixture, "5", 2).verdict());
        }

        @Test
        void layersOffloadedToTheCpuAreAVramSymptom() {
            assertThat(mappingAndFix(row("llama.cpp offloads layers to the CPU once the context passes 24k", "VRAM",
                    "cap the context at 16k and split the model across both cards"), DESKTOP))
                    .containsOnly(Verdict.PASS);
        }

        @Test
        void layersThatGoToTheCpuAreAVramSymptomToo() {
            assertThat(mappingAndFix(row("the 13B drops to 3 tokens/s at 16k context because layers go to the CPU",
                    "VRAM", "8k context and a q8 KV cache"), DESKTOP)).containsOnly(Verdict.PASS);
            assertThat(mappingAndFix(row("Ollama puts some layers on the CPU and completions crawl", "VRAM",
                    "a smaller model"), DESKTOP)).containsOnly(Verdict.PASS);
        }

        @Test
        void onUnifiedMemorySwappingAsContextGrowsMayBeReadAsVram() {
            LabWork work = row("the 30B model swaps when context grows", "VRAM", "lower context, smaller quant");
            assertThat(mappingAndFix(work, MAC)).containsOnly(Verdict.PASS);
            assertThat(mappingAndFix(work, DESKTOP)).containsOnly(Verdict.FAIL);
        }

        @Test
        void aPurchaseWithNoSymptomFails() {
            assertThat(judge(row("none", "none", "buy a Mac Studio M3 Ultra so it's quieter"), DESKTOP, "5", 2)
                    .verdict()).isEqualTo(Verdict.FAIL);
        }

        @Test
        void movingTheWorkToAnotherMachineIsNoFirstFix() {
            ChecklistVerdict verdict = judge(row("the notebook kernel dies on a 3 GB CSV", "RAM",
                    "run it on another machine"), DESKTOP, "5", 2);
            assertThat(verdict.verdict()).isEqualTo(Verdict.NEEDS_ATTENTION);
            assertThat(verdict.evidence()).contains("moves the work to another machine");
        }

        @Test
        void aDyingNotebookKernelIsARamSymptomAndAResizedVolumeAStorageFix() {
            assertThat(judge(row("the notebook kernel dies on a 3 GB CSV", "RAM", "close Chrome while it runs"),
                    DESKTOP, "5", 1).verdict()).isEqualTo(Verdict.PASS);
            assertThat(judge(row("downloads fail with no space left on device", "storage",
                    "resize the root volume to 150 GB"), DESKTOP, "5", 2).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void noSymptomYetWithKeepAndCollectPasses() {
            LabWork work = row("no symptom yet", "none", "keep current machine and collect evidence");
            assertThat(judge(work, DESKTOP, "5", 1).verdict()).isEqualTo(Verdict.PASS);
            assertThat(judge(work, DESKTOP, "5", 2).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void rareLargeJobsGoToTheCloud() {
            LabWork work = row("rare large jobs exceed local capacity", "workload scale", "cloud burst");
            assertThat(judge(work, DESKTOP, "5", 1).verdict()).isEqualTo(Verdict.PASS);
            assertThat(judge(work, DESKTOP, "5", 2).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void symptomWordsAreWholeWords() {
            // "stable" holds "tab", "install" holds "stall", "out-of-memory" holds "memory": none is a RAM or CPU word
            assertThat(judge(row("Stable Diffusion does not run", "GPU", "use a smaller model"), DESKTOP, "5", 1)
                    .verdict()).isEqualTo(Verdict.PASS);
            assertThat(judge(row("a 13B model at 16k context stops with an out-of-memory error", "VRAM",
                    "use the 8B model, shorter context and 4-bit quantization"), DESKTOP, "5", 1).verdict())
                    .isEqualTo(Verdict.PASS);
        }

        @Test
        void aNegationInOnePartOfAFixDoesNotReachTheNext() {
            LabWork work = row("the notebook and Chrome get sluggish when Docker runs", "system RAM",
                    "quit Docker when not needed and close tabs");
            assertThat(judge(work, DESKTOP, "5", 2).verdict()).isEqualTo(Verdict.PASS);
            assertThat(judge(row("notebooks slow while browser is open", "RAM", "do not close anything"), DESKTOP,
                    "5", 2).verdict()).isEqualTo(Verdict.FAIL);
        }

        @Test
        void symptomOutsideTheTableNeedsAttention() {
            assertThat(judge(row("the screen flickers", "power", "new cable"), DESKTOP, "5", 1).verdict())
                    .isEqualTo(Verdict.NEEDS_ATTENTION);
        }

        @Test
        void noRowsIsStepFiveNotDone() {
            assertThat(judge(with(strong(), "symptoms", null), DESKTOP, "5", 1).evidence())
                    .startsWith("Step 5 not done yet");
        }

        @Test
        void decisionChangeNeedsAConditionOnAConstraint() {
            LabWork work = with(with(strong(), "plan", null), "summary.nextAction", "clean up");
            assertThat(judge(with(work, "symptoms", List.of(Map.of("symptom", "disk full", "constraint", "storage",
                    "fix", "free space"))), DESKTOP, "5", 4).verdict()).isEqualTo(Verdict.NEEDS_ATTENTION);
            assertThat(judge(strong(), DESKTOP, "5", 4).verdict()).isEqualTo(Verdict.PASS);
        }
    }

    @Nested
    @DisplayName("Step 6: staged plan")
    class Plan {

        @Test
        void aCheckpointThatSaysThereIsNothingToCheckCollectsNothing() {
            assertThat(judge(with(strong(), "plan.oneMonth", "Nothing to check, the card is ordered."), DESKTOP, "6",
                    2).verdict()).isEqualTo(Verdict.NEEDS_ATTENTION);
        }

        @Test
        void repeatedBottleneckNeedsARule() {
            assertThat(judge(with(strong(), "plan.firstRepeatedBottleneck", "Upgrade to two GPUs."), DESKTOP, "6", 3)
                    .verdict()).isEqualTo(Verdict.FAIL);
            assertThat(judge(with(strong(), "plan.firstRepeatedBottleneck", "If it happens again, act."), DESKTOP,
                    "6", 3).verdict()).isEqualTo(Verdict.NEEDS_ATTENTION);
        }

        @Test
        void theRuleMustWatchSomethingInItsConditionNotOnlyInItsAction() {
            assertThat(judge(with(strong(), "plan.firstRepeatedBottleneck", "If it is still slow, upgrade the CPU too."),
                    DESKTOP, "6", 3).verdict()).as("the CPU is what it buys, not what it watches")
                    .isEqualTo(Verdict.NEEDS_ATTENTION);
            assertThat(judge(with(strong(), "plan.firstRepeatedBottleneck", "Upgrade again if needed."), DESKTOP, "6", 3)
                    .verdict()).as("'if needed' is no condition").isEqualTo(Verdict.FAIL);
            for (String rule : List.of("If 13B is needed every week, rent a cloud GPU by the hour.",
                    "Add RAM when swap is used daily.", "If /home is above 90% again, move datasets to the HDD.")) {
                assertThat(judge(with(strong(), "plan.firstRepeatedBottleneck", rule), DESKTOP, "6", 3).verdict())
                        .as(rule).isEqualTo(Verdict.PASS);
            }
        }

        @Test
        void nowAndOneMonthCheckpoints() {
            assertThat(judge(with(strong(), "plan.now", "Hmm."), DESKTOP, "6", 1).verdict())
                    .isEqualTo(Verdict.NEEDS_ATTENTION);
            assertThat(judge(with(strong(), "plan.oneMonth", "Enjoy it."), DESKTOP, "6", 2).verdict())
                    .isEqualTo(Verdict.NEEDS_ATTENTION);
            assertThat(judge(with(strong(), "plan.oneMonth", null), DESKTOP, "6", 2).evidence())
                    .startsWith("Step 6 not done yet");
        }

        @Test
        void aCheckpointThatComparesOrCountsCollectsEvidence() {
            for (String checkpoint : List.of("After a month, compare build times before and after caching.",
                    "After one month, note how often a question needed the API.",
                    "After a month, see whether 4-bit quality is good enough for coding.")) {
                assertThat(judge(with(strong(), "plan.oneMonth", checkpoint), DESKTOP, "6", 2).verdict())
                        .as(checkpoint).isEqualTo(Verdict.PASS);
            }
            assertThat(judge(with(strong(), "plan.oneMonth", "Use it."), DESKTOP, "6", 2).verdict())
                    .isEqualTo(Verdict.NEEDS_ATTENTION);
        }

        @Test
        void cloudMustBeConsideredEvenIfRejected() {
            LabWork noCloud = with(with(with(strong(), "plan.firstRepeatedBottleneck", "If VRAM saturates weekly,"
                    + " buy a desktop."), "recommendation", "Keep the machine for local inference; storage at 91%."),
                    "summary.decision", "keep");
            assertThat(judge(noCloud, DESKTOP, "6", 4).verdict()).isEqualTo(Verdict.FAIL);
            LabWork rejected = with(noCloud, "plan.now", "Keep the desktop; no cloud because my notes are private.");
            assertThat(judge(rejected, DESKTOP, "6", 4).verdict()).isEqualTo(Verdict.PASS);
        }
    }

    @Nested
    @DisplayName("Step 7 and success criteria: recommendation")
    class Recommendation {

        @Test
        void prestigeBuyingFails() {
            LabWork work = with(strong(), "recommendation", "I will buy the biggest RTX 4090 to be future-proof for"
                    + " local inference; storage is at 91%.");
            assertThat(judge(work, DESKTOP, "7", 5).verdict()).isEqualTo(Verdict.FAIL);
            assertThat(judge(work, DESKTOP, "success", 6).verdict()).isEqualTo(Verdict.FAIL);
        }

        @Test
        void aBulletListNamesItsBottleneckOnItsOwnLine() {
            LabWork work = with(strong(), "recommendation", "- keep current machine\n- workload: local inference\n"
                    + "- first bottleneck: storage at 91%\n- a GPU can wait: nothing needs it yet");
            assertThat(judge(work, DESKTOP, "7", 3).verdict()).isEqualTo(Verdict.PASS);
            assertThat(judge(work, DESKTOP, "success", 4).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void theSizeOfAWholeMachineToBuyIsNoMeasurement() {
            LabWork work = with(strong(), "recommendation", "For the next stage I will replace the whole machine with a"
                    + " Mac Studio with 192 GB, because it is the best thing Apple sells.");
            assertThat(judge(work, DESKTOP, "7", 4).verdict()).isEqualTo(Verdict.FAIL);
        }

        @Test
        void aMachineCalledABeastIsAWholeMachineVerdict() {
            LabWork work = with(strong(), "summary.firstBottleneck", "none, this machine is a beast");
            assertThat(judge(work, DESKTOP, "4", 4).verdict()).isEqualTo(Verdict.FAIL);
        }

        @Test
        void buyingAGpuForAStorageBottleneckFails() {
            LabWork work = with(strong(), "recommendation", "For local inference I will buy a new GPU now although"
                    + " storage at 91% is my bottleneck.");
            ChecklistVerdict verdict = judge(work, DESKTOP, "7", 5);
            assertThat(verdict.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(verdict.evidence()).contains("while the first bottleneck is storage")
                    .contains("§4 Decision check: “A better GPU might still be useful later");
        }

        @Test
        void conditionalDesktopPlanIsNotPrestige() {
            LabWork work = with(strong(), "recommendation", "Keep the laptop for API-first work with RAM at 16 GiB;"
                    + " only if VRAM blocks local inference weekly, buy a single-GPU desktop.");
            assertThat(judge(work, DESKTOP, "7", 5).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void recommendationMustNameOptionWorkloadBottleneckAndEvidence() {
            LabWork vague = with(strong(), "recommendation", "I think things will work out somehow.");
            assertThat(judge(vague, DESKTOP, "7", 1).verdict()).isEqualTo(Verdict.FAIL);
            assertThat(judge(vague, DESKTOP, "7", 2).verdict()).isEqualTo(Verdict.FAIL);
            assertThat(judge(vague, DESKTOP, "7", 3).verdict()).isEqualTo(Verdict.FAIL);
            assertThat(judge(vague, DESKTOP, "7", 4).verdict()).isEqualTo(Verdict.FAIL);
        }

        @Test
        void aRecommendationThatSaysNothingIsMeasuredYetNeedsAttention() {
            LabWork work = with(strong(), "recommendation", "Keep current machine for API-first apps; no bottleneck"
                    + " measured yet.");
            ChecklistVerdict verdict = judge(work, DESKTOP, "7", 4);
            assertThat(verdict.verdict()).isEqualTo(Verdict.NEEDS_ATTENTION);
            assertThat(verdict.evidence()).contains("says nothing is measured yet");
        }

        @Test
        void anUpgradeThatCanWaitWithItsReasonAfterAColonPasses() {
            LabWork work = with(with(strong(), "recommendation", "Targeted upgrade: resize this VM to 4 vCPUs for the"
                    + " API-first assistant, because the first bottleneck is the CPU. The disk can wait: /dev/vda has"
                    + " 78G free."), "plan.firstRepeatedBottleneck", "If RAM runs out twice, add memory.");
            assertThat(judge(work, VM, "success", 4).evidence()).contains("the disk can wait: /dev/vda");
        }

        @Test
        void recommendationNamingAnotherBottleneckNeedsAttention() {
            LabWork work = with(strong(), "recommendation", "Keep the machine for local inference; VRAM at 12 GiB"
                    + " is fine for now.");
            assertThat(judge(work, DESKTOP, "7", 3).verdict()).isEqualTo(Verdict.NEEDS_ATTENTION);
        }

        @Test
        void rationalNextStepAndWaitingUpgrade() {
            assertThat(judge(with(strong(), "summary.decision", "buy a better machine"), DESKTOP, "success", 5)
                    .verdict()).isEqualTo(Verdict.FAIL);
            assertThat(judge(strong(), DESKTOP, "success", 4).evidence()).contains("You explained what waits");
        }

        @Test
        void whatWaitsOrIsRentedIsNotTheNamedBottleneck() {
            LabWork rented = with(strong(), "recommendation", "For the next stage I will use hybrid cloud bursts, because"
                    + " my API-first work needs nothing local and the rare fine-tuning jobs can go to rented GPUs.");
            assertThat(judge(rented, DESKTOP, "7", 3).verdict()).isEqualTo(Verdict.FAIL);
            LabWork waits = with(strong(), "recommendation", "For the next stage I will keep the desktop for local"
                    + " inference, because storage is the first bottleneck at 91% used; a GPU can wait.");
            assertThat(judge(waits, DESKTOP, "7", 3).evidence()).contains("names the first bottleneck, storage");
        }

        @Test
        void anUpgradeWaitingForLogsIsExplained() {
            LabWork bare = with(with(with(strong(), "plan", null), "summary.secondBottleneck", "thermals"),
                    "recommendation", "For the next stage I will keep the desktop for local inference, because"
                            + " storage is the first bottleneck at 91% used.");
            assertThat(judge(bare, DESKTOP, "success", 4).verdict()).isEqualTo(Verdict.NEEDS_ATTENTION);
            LabWork waits = with(bare, "recommendation", "For the next stage I will keep the desktop for local"
                    + " inference, because storage is the first bottleneck at 91% used. Thermals come next and wait"
                    + " for a month of temperature logs.");
            assertThat(judge(waits, DESKTOP, "success", 4).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void onUnifiedMemoryRamAndVramAreOnePool() {
            LabWork mac = with(strong(), "summary.nextAction", "keep models on the external drive");
            LabWork work = with(with(mac, "summary.firstBottleneck", "unified memory"), "summary.evidence",
                    "hw.memsize is 34359738368 bytes, 32 GB shared with the GPU; an 8B model fits in VRAM but a 70B"
                            + " one never will.");
            ChecklistVerdict verdict = judge(work, MAC, "4", 2);
            assertThat(verdict.verdict()).as(verdict.evidence()).isEqualTo(Verdict.PASS);
        }
    }

    @Nested
    @DisplayName("bullets, mini PCs, hosted APIs and rules that wait for evidence")
    class OtherShapesOfTheSameAnswer {

        @Test
        void aBulletListOfReasonsIsOneExplanation() {
            LabWork bullets = with(strong(), "archetypeReason", "- my only desk machine\n- one RTX card for CUDA\n"
                    + "- it never leaves the flat");
            assertThat(judge(bullets, DESKTOP, "2", 2).verdict()).isEqualTo(Verdict.PASS);
            LabWork prose = with(strong(), "archetypeReason", "It is my desk machine. It has one card. It never"
                    + " leaves the flat. It runs all night.");
            assertThat(judge(prose, DESKTOP, "2", 2).verdict()).isEqualTo(Verdict.NEEDS_ATTENTION);
        }

        @Test
        void aMiniPcExplainsItsLaptopParts() {
            LabWork work = with(with(strong(), "archetype", "home-server"), "archetypeReason",
                    "A Beelink mini PC that runs my services all day on a shelf.");
            assertThat(judge(work, LAPTOP, "2", 1).verdict()).isEqualTo(Verdict.PASS);
            assertThat(judge(with(work, "archetypeReason", "A small box that runs my services all day on a shelf."),
                    LAPTOP, "2", 1).verdict()).isEqualTo(Verdict.FAIL);
        }

        @Test
        void aHostedApiOrARentedCardIsTheCloudButTheCurrentMachineIsNot() {
            LabWork local = with(with(with(strong(), "recommendation", "Keep the box."), "summary.decision", "keep"),
                    "plan", Map.of("now", "Keep the current machine.", "oneMonth", "Log df weekly.",
                            "firstRepeatedBottleneck", "If it stalls daily, clean the disk."));
            assertThat(judge(local, DESKTOP, "6", 4).verdict()).isEqualTo(Verdict.FAIL);
            assertThat(judge(with(local, "plan.firstRepeatedBottleneck", "If it stalls daily, the big model moves to"
                    + " a hosted API (OpenRouter)."), DESKTOP, "6", 4).verdict()).isEqualTo(Verdict.PASS);
            assertThat(judge(with(local, "plan.firstRepeatedBottleneck", "If it stalls daily, rent an H100 for those"
                    + " runs."), DESKTOP, "6", 4).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void keepingOnlyTheLastCheckpointsIsAStorageFix() {
            LabWork work = with(strong(), "symptoms", List.of(Map.of("symptom", "a run died when the disk filled up",
                    "constraint", "storage", "fix", "keep only the newest checkpoint and ship adapters to S3")));
            assertThat(judge(work, DESKTOP, "5", 2).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void anUpgradeTakenOnlyOnRepeatedEvidenceOrPutOffWithADashWaits() {
            LabWork bare = with(with(strong(), "plan.firstRepeatedBottleneck", "Clean the disk."), "recommendation",
                    "For the next stage I will keep the desktop for local inference, because storage is the first"
                            + " bottleneck at 91% used.");
            // a finished plan that never says what waits cannot explain it (success criterion 4; EleventhBatch)
            assertThat(judge(bare, DESKTOP, "success", 4).verdict()).isEqualTo(Verdict.FAIL);
            assertThat(judge(with(bare, "plan.firstRepeatedBottleneck", "If the 13B run OOMs every week, rent an"
                    + " A100 by the hour."), DESKTOP, "success", 4).verdict()).isEqualTo(Verdict.PASS);
            assertThat(judge(with(bare, "plan.firstRepeatedBottleneck", "A second 4090 can wait - one card covers"
                    + " the 13B runs."), DESKTOP, "success", 4).verdict()).isEqualTo(Verdict.PASS);
        }
    
        @Test
        void answersAboutAMacOnAnotherMachinesUploadAskForTheRightUpload() {
            LabWork mac = with(strong(), "archetypeReason", "My MacBook Pro is the only machine I own.");
            assertThat(List.of(1, 2, 3)).allSatisfy(item -> assertThat(judge(mac, DESKTOP, "3", item).verdict())
                    .isEqualTo(Verdict.NEEDS_ATTENTION));
            assertThat(judge(mac, DESKTOP, "success", 2).evidence()).contains("another machine");
            assertThat(judge(strong(), DESKTOP, "3", 1).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void aBareFigureInALaterPartOfTheEvidenceIsTheNamedBottlenecks() {
            LabWork work = with(with(strong(), "summary.firstBottleneck", "RAM"), "summary.evidence",
                    "notebooks stall while Chrome is open; just 12 GB");
            ChecklistVerdict verdict = judge(work, DESKTOP, "4", 2);
            assertThat(verdict.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(verdict.evidence()).contains("12 GB");
        }

        @Test
        void saturatedGpuMemoryOnIntegratedGraphicsOnlyIsContradicted() {
            String oldLaptop = "old-procps-wrapped-df.transcript.txt";
            LabWork work = with(with(strong(), "summary.firstBottleneck", "VRAM"), "summary.evidence",
                    "the chat model dies on long prompts and the VRAM is full");
            assertThat(judge(work, oldLaptop, "4", 2).evidence()).contains("no GPU with memory of its own");
            assertThat(judge(with(work, "summary.evidence", "the chat model dies on long prompts and the iGPU's shared"
                    + " VRAM is full"), oldLaptop, "4", 2).evidence()).doesNotContain("no GPU with memory of its own");
        }
    
        @Test
        void aScheduleWithWhatItReadsIsAOneMonthCheckpoint() {
            LabWork work = with(strong(), "plan.oneMonth", "- each Sunday: df -h and the tokens/s of the week's runs");
            assertThat(judge(work, DESKTOP, "6", 2).verdict()).isEqualTo(Verdict.PASS);
            assertThat(judge(with(strong(), "plan.oneMonth", "- each Sunday: relax"), DESKTOP, "6", 2).verdict())
                    .isEqualTo(Verdict.NEEDS_ATTENTION);
        }

        @Test
        void aRecommendationThatPlansToMeasureAsksForTheMeasurement() {
            LabWork work = with(strong(), "recommendation", "For the next stage I will keep the desktop for local"
                    + " inference: measure disk and memory usage for a month, and rent GPUs for rare big runs.");
            assertThat(judge(work, DESKTOP, "7", 4).verdict()).isEqualTo(Verdict.NEEDS_ATTENTION);
            assertThat(judge(with(work, "recommendation", "For the next stage I will keep the desktop for local"
                    + " inference, and rent GPUs for rare big runs."), DESKTOP, "7", 4).verdict())
                    .isEqualTo(Verdict.FAIL);
        }
    
        @Test
        void theCpuNamedFromItsSpecAloneIsNoMeasuredChoice() {
            LabWork spec = with(with(strong(), "summary.firstBottleneck", "CPU"), "summary.evidence",
                    "a Threadripper 3960X is weak next to two RTX cards, so it must be the brake");
            ChecklistVerdict verdict = judge(spec, TWO_GPUS, "4", 1);
            assertThat(verdict.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(verdict.evidence()).contains("from its spec");
            assertThat(judge(with(spec, "summary.evidence", "the Threadripper 3960X sits at 100% in htop while the RTX"
                    + " cards idle"), TWO_GPUS, "4", 1).evidence()).doesNotContain("from its spec");
        }

        @Test
        void aStepAnsweredOnlyWithNotKnownYetIsPendingNotWrong() {
            LabWork undecided = with(with(strong(), "archetype", "Not sure yet, it depends on the job I take in May."),
                    "summary.firstBottleneck", "TBD until I have a real workload to run");
            assertThat(judge(undecided, DESKTOP, "2", 1).verdict()).isEqualTo(Verdict.NEEDS_ATTENTION);
            assertThat(judge(undecided, DESKTOP, "4", 1).verdict()).isEqualTo(Verdict.NEEDS_ATTENTION);
            // an unknown with its subject is not a step left undone
            assertThat(LabText.blank("I don't know whether the RAM is soldered.")).isFalse();
        }

        @Test
        void aShareOfTheLayersLeftOnTheCpuIsTheVramRow() {
            LabWork spill = with(with(with(strong(), "summary.firstBottleneck", "VRAM"), "summary.evidence",
                    "the runtime puts about a third of its layers on the CPU and it crawls at 3 tokens/s"),
                    "symptoms", List.of(Map.of("symptom", "chat crawls with half of its layers on"
                            + " the CPU", "constraint", "VRAM", "fix", "use a smaller model or stronger quantization")));
            assertThat(judge(spill, DESKTOP, "4", 2).evidence()).doesNotContain("is about CPU");
            assertThat(judge(spill, DESKTOP, "5", 1).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void aFixThatOpensByBuyingAGpuFailsWhateverItsPurposeNames() {
            LabWork buys = with(strong(), "symptoms", List.of(Map.of("symptom", "the 13B model runs out of memory at"
                    + " 8k context", "constraint", "VRAM", "fix", "Get an RTX 4090 so the longer context fits")));
            assertThat(judge(buys, DESKTOP, "5", 2).verdict()).isEqualTo(Verdict.FAIL);
            assertThat(judge(with(buys, "symptoms", List.of(Map.of("symptom", "the 13B model runs out of memory at"
                    + " 8k context", "constraint", "VRAM", "fix", "Lower the context to 4k"))), DESKTOP, "5", 2)
                    .verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void retainingTheMachineIsKeepingIt() {
            LabWork formal = with(with(strong(), "summary.decision", "I shall retain the present desktop."), "plan.now",
                    "Retain the desktop; move old checkpoints off the system disk.");
            assertThat(judge(formal, DESKTOP, "6", 1).verdict()).isEqualTo(Verdict.PASS);
        }
    }

    @Nested
    @DisplayName("formal rules, hedges, placeholders and purchases without a reason (eighth batch)")
    class FormalHedgedAndUnreasonedAnswers {

        @Test
        void aFormalInvertedConditionalIsADecisionRule() {
            LabWork formal = with(strong(), "plan.firstRepeatedBottleneck", "Should the system disk pass 90 per cent"
                    + " again within a month, I shall fit a second NVMe drive.");
            assertThat(judge(formal, DESKTOP, "6", 3).verdict()).isEqualTo(Verdict.PASS);
            assertThat(judge(with(formal, "plan.firstRepeatedBottleneck", "I shall fit a second NVMe drive."), DESKTOP,
                    "6", 3).verdict()).isEqualTo(Verdict.FAIL);
        }

        @Test
        void whatMattersMostInOtherWordsOrAnotherConcern() {
            assertThat(judge(with(strong(), "mattersMost", "I mostly code on the commuter train"), LAPTOP, "2", 3)
                    .evidence()).containsIgnoringCase("portability");
            assertThat(judge(with(strong(), "mattersMost", "long renders left running overnight"), DESKTOP, "2", 3)
                    .verdict()).isEqualTo(Verdict.PASS);
            // privacy is a real concern but not the choice Step 2 asks for: asked for, not failed
            assertThat(judge(with(strong(), "mattersMost", "privacy of my clients' files"), DESKTOP, "2", 3).verdict())
                    .isEqualTo(Verdict.NEEDS_ATTENTION);
        }

        @Test
        void aPlaceholderIsNothingWrittenButAHedgedGuessIsAnAnswer() {
            assertThat(judge(with(strong(), "plan.firstRepeatedBottleneck", "N/A"), DESKTOP, "6", 3).verdict())
                    .isEqualTo(Verdict.NEEDS_ATTENTION);
            assertThat(judge(with(strong(), "summary.secondBottleneck", "Not sure yet, perhaps thermals in summer"),
                    DESKTOP, "4", 3).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void aVolumeOrAnSdCardIsStorage() {
            LabWork vram = with(strong(), "summary.firstBottleneck", "VRAM");
            assertThat(judge(with(vram, "summary.secondBottleneck", "the root volume, nearly full"), DESKTOP, "4", 3)
                    .evidence()).contains("storage");
            assertThat(judge(with(vram, "summary.secondBottleneck", "microSD card wear"), DESKTOP, "4", 3).verdict())
                    .isEqualTo(Verdict.PASS);
        }

        @Test
        void aNamedHostedProviderIsTheCloud() {
            LabWork local = with(with(with(strong(), "recommendation", "Keep the box."), "summary.decision", "keep"),
                    "plan", Map.of("now", "Keep the current machine.", "oneMonth", "Log df weekly.",
                            "firstRepeatedBottleneck", "If 30B answers are needed daily, send them over the Groq API."));
            assertThat(judge(local, DESKTOP, "6", 4).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void lowVramModesAndALowerResolutionAreVramFixes() {
            LabWork images = with(strong(), "symptoms", List.of(Map.of("symptom", "SDXL runs out of memory at"
                    + " 1024x1024", "constraint", "VRAM", "fix", "start ComfyUI with --lowvram and a lower resolution")));
            assertThat(judge(images, DESKTOP, "5", 2).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void anUpgradeThatWaitsAsSomethingSufficesHasItsReason() {
            LabWork work = with(with(strong(), "plan.firstRepeatedBottleneck", "Clean the disk."), "recommendation",
                    "For the next stage I will keep the desktop for local inference, because storage is the first"
                            + " bottleneck at 91% used. A bigger card can wait, as 7B models cover my coding work.");
            assertThat(judge(work, DESKTOP, "success", 4).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void aPurchaseWithNoReasonIsNotEvidenceBased() {
            LabWork work = with(strong(), "recommendation", "For the next stage I will make one targeted upgrade to"
                    + " 64 GB of RAM for local inference with storage first at 91% used, since extra memory never hurts.");
            ChecklistVerdict verdict = judge(work, DESKTOP, "7", 5);
            assertThat(verdict.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(verdict.evidence()).contains("a purchase for prestige");
        }

        @Test
        void aWholeNewMachineIsNoFirstFix() {
            LabWork server = with(strong(), "symptoms", List.of(Map.of("symptom", "ollama pull fails: no space left on"
                    + " device", "constraint", "storage", "fix", "a brand-new workstation with 4 TB of NVMe")));
            ChecklistVerdict verdict = judge(server, DESKTOP, "5", 2);
            assertThat(verdict.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(verdict.evidence()).contains("replaces the whole machine");
        }

        @Test
        void aLargerGpuWithNoSymptomIsBoughtForNoGpuSymptom() {
            LabWork none = with(strong(), "symptoms", List.of(Map.of("symptom", "None so far, everything runs",
                    "constraint", "VRAM", "fix", "buy an RTX 4090 while it is in stock")));
            assertThat(judge(none, DESKTOP, "5", 3).verdict()).isEqualTo(Verdict.FAIL);
        }

        @Test
        void aModelNamedByItsSizeIsLocalInference() {
            LabWork work = with(strong(), "recommendation", "For the next stage I will keep the current machine for"
                    + " the 13B chat bot, because storage is the first bottleneck with / at 91% used.");
            assertThat(judge(work, DESKTOP, "7", 2).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void aTallyIsEvidenceTheMonthCollects() {
            assertThat(judge(with(strong(), "plan.oneMonth", "In a month I shall tally the renders that failed."),
                    DESKTOP, "6", 2).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void workThatRunsOnTheCpuIsEvidenceAboutAMissingGpu() {
            LabWork work = with(with(strong(), "summary.firstBottleneck", "GPU, there is none"), "summary.evidence",
                    "transcribing one hour of audio with whisper took 50 minutes on the CPU");
            assertThat(judge(work, VM, "4", 2).evidence()).doesNotContain("is about CPU");
        }

        @Test
        void aWholeMachineBoughtForItsGpuOnAnOverruledBottleneckIsAGpuPurchase() {
            LabWork work = with(with(strong(), "summary.firstBottleneck", "VRAM"), "recommendation", "For the next"
                    + " stage I will buy a new gaming laptop with an RTX 4080, because local inference crawls at 4"
                    + " tokens/s.");
            ChecklistVerdict verdict = judge(work, DESKTOP, "7", 4);
            assertThat(verdict.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(verdict.evidence()).contains("a GPU, while the first bottleneck is storage");
        }

        @Test
        void aFullSwapIsNotPassedOverForSignsOfAnotherConstraint() {
            String pi = "machines/rpi5-8gb-sd-card.transcript.txt";
            LabWork sd = with(with(with(strong(), "workload", "A RAG bot over my notes with a 3B model in Ollama,"
                    + " always on."), "summary.firstBottleneck", "storage: the SD card"), "summary.evidence",
                    "df -h shows / at 74% with 15G free");
            ChecklistVerdict verdict = judge(sd, pi, "4", 1);
            assertThat(verdict.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(verdict.evidence()).contains("RAM comes first");
            // where both are pressed now (a 91% disk beside a swapping laptop), either may be named first
            LabWork laptop = with(with(strong(), "summary.firstBottleneck", "storage"), "summary.evidence",
                    "df -h shows / at 91% with 21G free");
            assertThat(judge(laptop, "crlf-ansi-prompts.transcript.txt", "4", 1).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void checkingIfSomethingHappensIsAQuestionNotACondition() {
            LabWork asks = with(with(strong(), "plan", Map.of("now", "Keep the desktop.", "oneMonth", "Check if the"
                    + " disk is faster after the cleanup.", "firstRepeatedBottleneck", "Buy a bigger drive.")),
                    "symptoms", List.of(Map.of("symptom", "model loads are slow", "constraint", "storage", "fix",
                            "free space")));
            LabWork noRule = with(with(asks, "summary.nextAction", "clean the disk"), "recommendation", "For the next"
                    + " stage I will keep the desktop for local inference, because storage is the first bottleneck.");
            assertThat(judge(noRule, DESKTOP, "5", 4).verdict()).isEqualTo(Verdict.NEEDS_ATTENTION);
            assertThat(judge(with(noRule, "plan.firstRepeatedBottleneck", "If the disk is over 90% every week, buy a"
                    + " bigger drive."), DESKTOP, "5", 4).verdict()).isEqualTo(Verdict.PASS);
        }
    }

    @Nested
    @DisplayName("Apple and AMD machines, CPU/GPU splits, copied templates and purchases' sizes (ninth batch)")
    class NinthBatch {

        private static final String MAC_MINI = "machines/macmini-m4-24gb-512.transcript.txt";
        private static final String RADEON = "machines/desktop-rx9070xt-rocm-ryzen3700x.transcript.txt";

        private LabWork row(String symptom, String constraint, String fix) {
            return with(strong(), "symptoms", List.of(Map.of("symptom", symptom, "constraint", constraint, "fix", fix)));
        }

        @Test
        void aMacDesktopsAppleGpuIsItsOneGpuButAVmWithoutOneIsNot() {
            LabWork mini = with(strong(), "archetypeReason", "A Mac mini M4 that stays on my desk all day.");
            assertThat(judge(mini, MAC_MINI, "2", 1).verdict()).isEqualTo(Verdict.PASS);
            assertThat(judge(mini, VM, "2", 1).verdict()).isEqualTo(Verdict.FAIL);
        }

        @Test
        void aModelSplitBetweenCpuAndGpuOrRunningOnTheCpuIsTheVramRow() {
            assertThat(mappingAndFix(row("qwen2.5:32b is split 27%/73% between CPU and GPU and generates slowly",
                    "VRAM", "use the 14B or a stronger quantization"), RADEON)).containsOnly(Verdict.PASS);
            assertThat(mappingAndFix(row("the 70B model at Q4 generates about 3 tokens per second on the CPU",
                    "VRAM (there is no GPU)", "use a smaller model for interactive questions"), VM))
                    .containsOnly(Verdict.PASS);
            // the symptom names the CPU too: mapped there, the fix is judged against the CPU row the learner chose
            assertThat(mappingAndFix(row("the 7B model generates 2 tokens per second on the CPU", "CPU",
                    "run fewer jobs at once while it generates"), VM)).containsOnly(Verdict.PASS);
        }

        @Test
        void anObservedSymptomOfTheNamedConstraintOutweighsAWeakRanking() {
            LabWork vram = with(with(strong(), "summary.firstBottleneck", "VRAM"), "summary.evidence",
                    "qwen2.5:32b does not fit: ollama ps shows 27%/73% CPU/GPU and it drops to 6 tokens/s.");
            assertThat(judge(vram, RADEON, "4", 1).verdict()).isEqualTo(Verdict.PASS);
            assertThat(judge(with(vram, "summary.evidence", "I think VRAM matters most for models."), RADEON, "4", 1)
                    .verdict()).isEqualTo(Verdict.NEEDS_ATTENTION);
        }

        @Test
        void theTemplateWithEveryOptionLeftInChoosesNone() {
            LabWork template = with(strong(), "recommendation", "For the next stage, I will choose keep current machine,"
                    + " make one targeted upgrade, build or buy a single-GPU desktop, add an always-on box later, or use"
                    + " hybrid cloud bursts, because VRAM is the first bottleneck for local coding models.");
            assertThat(judge(template, DESKTOP, "7", 1).verdict()).isEqualTo(Verdict.NEEDS_ATTENTION);
            assertThat(judge(strong(), DESKTOP, "7", 1).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void aGpuNamedAsTheFixWithNoSymptomIsAPurchase() {
            assertThat(judge(row("None yet, everything responds fine.", "GPU", "RTX 5090"), DESKTOP, "5", 2).verdict())
                    .isEqualTo(Verdict.FAIL);
            assertThat(judge(row("None yet, everything responds fine.", "none yet", "Keep the machine and collect"
                    + " evidence."), DESKTOP, "5", 2).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void theSizeOfTheCardBoughtAndAPredictedNeedAreNoMeasurement() {
            LabWork vram = with(with(strong(), "summary.firstBottleneck", "VRAM"), "summary.evidence",
                    "qwen2.5:32b does not fit: ollama ps shows 27%/73% CPU/GPU.");
            LabWork bought = with(vram, "recommendation", "For the next stage I will make one targeted upgrade, an RTX"
                    + " 5090 with 32 GB, because my workload is local coding models and CUDA is easier.");
            assertThat(judge(bought, RADEON, "7", 4).verdict()).isEqualTo(Verdict.FAIL);
            LabWork predicted = with(vram, "recommendation", "For the next stage I will make one targeted upgrade: an"
                    + " RTX 4090, because local coding models will sooner or later need more than 16 GB of VRAM.");
            assertThat(judge(predicted, RADEON, "7", 4).verdict()).isEqualTo(Verdict.FAIL);
            LabWork measured = with(vram, "recommendation", "For the next stage I will keep the current machine for"
                    + " local coding models, because the 32B spills 27% of its layers to the CPU.");
            assertThat(judge(measured, RADEON, "7", 4).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void aVramFigureTheUploadCannotSettleIsAskedForWithTheCommandThatReadsIt() {
            ChecklistVerdict verdict = judge(with(strong(), "archetypeReason", "A tower with a Radeon RX 9070 XT with"
                    + " 16 GB of VRAM per rocm-smi."), RADEON, "2", 2);
            assertThat(verdict.verdict()).isEqualTo(Verdict.NEEDS_ATTENTION);
            assertThat(verdict.evidence()).contains("rocm-smi --showmeminfo vram");
            assertThat(judge(with(strong(), "archetypeReason", "A tower with a Radeon RX 9070 XT that stays at my"
                    + " desk."), RADEON, "2", 2).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void whatAHostedApiIsBilledIsTheCloud() {
            LabWork api = with(strong(), "plan.firstRepeatedBottleneck", "If API costs exceed 100 EUR a month, run a"
                    + " local 8B model for the simple calls.");
            assertThat(judge(api, DESKTOP, "6", 4).verdict()).isEqualTo(Verdict.PASS);
            LabWork local = with(with(with(strong(), "plan.firstRepeatedBottleneck", "If the disk fills again, add a"
                    + " drive."), "recommendation", "Keep the desktop for local coding models: / is 91% used."),
                    "plan.oneMonth", "Log df weekly.");
            assertThat(judge(local, DESKTOP, "6", 4).verdict()).isEqualTo(Verdict.FAIL);
        }

        @Test
        void aSlowdownOnBatteryIsTheThermalsOrPowerRowAndEitherNamesIt() {
            assertThat(mappingAndFix(row("SDXL is four times slower on battery than plugged in", "thermals or power",
                    "plug in for batches and monitor temperatures and power draw"), LAPTOP)).containsOnly(Verdict.PASS);
            LabWork images = with(strong(), "workload", "Next 3 months: local image generation with SDXL in ComfyUI.");
            LabWork battery = with(with(with(images, "summary.firstBottleneck", "thermals / power on battery"),
                    "summary.evidence", "Plugged in an image takes 9 s; on battery the same image takes 40 s."),
                    "recommendation", "For the next stage I will keep the current machine for local image generation,"
                            + " because the first bottleneck is the power limit on battery (40 s per image unplugged"
                            + " vs 9 s plugged in).");
            String gamingLaptop = "machines/laptop-rtx4060-8845h-gaming.transcript.txt";
            assertThat(judge(battery, gamingLaptop, "7", 3).verdict()).isEqualTo(Verdict.PASS);
            assertThat(judge(with(battery, "summary.firstBottleneck", "thermals"), gamingLaptop, "7", 3).verdict())
                    .isEqualTo(Verdict.NEEDS_ATTENTION);
        }

        @Test
        void unmeasuredSlownessOfAModelIsARuleButNoEvidenceThatChangesTheDecision() {
            LabWork slow = with(with(with(strong(), "plan.oneMonth", "Log df weekly."), "recommendation", "Keep the"
                    + " desktop for local coding models: / is 91% used."), "plan.firstRepeatedBottleneck",
                    "If 70B is still too slow, add a second 4090.");
            assertThat(judge(slow, DESKTOP, "5", 4).verdict()).isEqualTo(Verdict.NEEDS_ATTENTION);
            assertThat(judge(slow, DESKTOP, "6", 3).verdict()).isEqualTo(Verdict.PASS);
            LabWork counted = with(slow, "plan.firstRepeatedBottleneck", "If 70B is needed every week, rent a cloud"
                    + " GPU for it.");
            assertThat(judge(counted, DESKTOP, "5", 4).verdict()).isEqualTo(Verdict.PASS);
        }

        private List<Verdict> mappingAndFix(LabWork work, String fixture) {
            return List.of(judge(work, fixture, "5", 1).verdict(), judge(work, fixture, "5", 2).verdict());
        }
    }

    @Nested
    @DisplayName("tenth batch: answers copied off the page, a recommendation against the learner's own Step 4")
    class TenthBatch {

        private static final String DESKTOP_3090 = "machines/desktop-3090-i9-11900k.transcript.txt";
        private static final String MX250 = "machines/laptop-mx250-disk-full.transcript.txt";

        @Test
        void theModulesOwnSentencesAsAnswersAboutThisMachineAskForTheLearnersOwn() {
            LabWork copied = with(with(with(with(strong(), "archetypeReason", "A single-GPU desktop is usually the best"
                    + " long-term learner value for local inference, embeddings, RAG, and first fine-tuning attempts."),
                    "unknowns", "If a command is unavailable or not relevant, record that fact instead of treating it"
                    + " as failure."), "summary.firstBottleneck", "VRAM"), "summary.evidence", "Local model inference"
                    + " fails when context grows, and GPU memory is saturated, so VRAM is the first bottleneck.");
            for (String[] item : new String[][] {{"2", "2"}, {"3", "4"}, {"4", "2"}}) {
                ChecklistVerdict verdict = judge(copied, DESKTOP_3090, item[0], Integer.parseInt(item[1]));
                assertThat(verdict.verdict()).as(item[0] + "." + item[1]).isEqualTo(Verdict.NEEDS_ATTENTION);
                assertThat(verdict.evidence()).contains("repeats the module's own sentence");
            }
            // the same items in the learner's own words, with a phrase or two of the module's, are not copies
            LabWork own = with(with(copied, "archetypeReason", "My tower has one RTX 3090, the best long-term learner"
                    + " value for what I run, and it sits under my desk."), "summary.evidence",
                    "The 32B model runs out of memory above 24k context; nvidia-smi shows 24576 MiB.");
            assertThat(judge(own, DESKTOP_3090, "2", 2).verdict()).isEqualTo(Verdict.PASS);
            assertThat(judge(own, DESKTOP_3090, "4", 2).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void aRecommendationAgainstTheFirstBottleneckStep4RecordedAndTheInventoryShowsFails() {
            LabWork storage = with(with(with(strong(), "workload", "Next 3 months: small local models (7B at 4-bit)"
                    + " for summarising lecture notes, and a notebook RAG over PDFs."), "summary.firstBottleneck",
                    "storage"), "summary.evidence", "df -h: / is 97% used, only 14G free; a model download failed"
                    + " with no space left on device.");
            ChecklistVerdict gpu = judge(with(storage, "recommendation", "Buy a new laptop with an RTX 4070, because"
                    + " VRAM is my first bottleneck for local models."), MX250, "7", 3);
            assertThat(gpu.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(gpu.evidence()).contains("you recorded in Step 4, storage");
            assertThat(judge(with(storage, "recommendation", "Keep the laptop and clean the disk: storage is the first"
                    + " bottleneck, 97% used."), MX250, "7", 3).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void evidenceThatRepeatsThePageOrOnlyTheMissingGpuIsNotTheLearnersOwn() {
            String radeon = "machines/desktop-rx9070xt-rocm-ryzen3700x.transcript.txt";
            LabWork page = with(with(strong(), "summary.firstBottleneck", "VRAM"), "summary.evidence", "Praxis says:"
                    + " a GPU is listed but no VRAM figure, so VRAM is the likely first limit.");
            ChecklistVerdict repeated = judge(page, radeon, "4", 2);
            assertThat(repeated.verdict()).isEqualTo(Verdict.NEEDS_ATTENTION);
            assertThat(repeated.evidence()).contains("repeats what Praxis read");
            String server = "machines/server-2x-epyc9374f-no-gpu.transcript.txt";
            LabWork apiFirst = with(with(with(with(strong(), "summary.workload", "API-first agents"), "workload", "4 months. API-first agents (Claude + OpenAI"
                    + " APIs), Postgres with pgvector, FastAPI backend."), "summary.firstBottleneck", "GPU. There is"
                    + " none."), "summary.evidence", "lspci: no NVIDIA, nvidia-smi not found.");
            ChecklistVerdict absent = judge(apiFirst, server, "4", 2);
            assertThat(absent.verdict()).isEqualTo(Verdict.NEEDS_ATTENTION);
            assertThat(absent.evidence()).contains("only says there is no GPU");
        }

        @Test
        void fewerOfTheModelsLayersOnTheGpuThanItHasIsTheVramRow() {
            String hybrid = "machines/laptop-hybrid-gtx1650-vega-ryzen5800h.transcript.txt";
            LabWork part = with(strong(), "symptoms", List.of(Map.of("symptom", "Only 20 of 33 layers go to the GPU,"
                    + " slow replies.", "constraint", "VRAM", "fix", "Smaller model or stronger quantization.")));
            assertThat(judge(part, hybrid, "5", 1).verdict()).isEqualTo(Verdict.PASS);
            assertThat(SymptomTable.spillsOutOfVram("llm_load_tensors: offloaded 20/33 layers to GPU"))
                    .contains("spills out of vram");
            assertThat(SymptomTable.spillsOutOfVram("A 13B model gets only part of its layers on the GPU"))
                    .contains("spills out of vram");
            // every layer on the GPU is no fall-back
            assertThat(SymptomTable.spillsOutOfVram("offloaded 33/33 layers to GPU")).doesNotContain("spills");
        }
    }

    @Nested
    @DisplayName("eleventh batch: usage figures, the OOM killer, purchases with a purpose, a new laptop, now fixes, copies in Ukrainian")
    class EleventhBatch {

        private static final String H100_VM = "machines/gcp-a3-h100-vm-root-91.transcript.txt";
        private static final String HD620 = "machines/laptop-hd620-swap-old-free.transcript.txt";

        @Test
        void aFigureAPeakReachesIsUsageNotTheCardsSize() {
            LabWork peak = with(with(strong(), "summary.firstBottleneck", "storage"), "summary.evidence", "df -h: / is"
                    + " 91% used with 18G free. The H100 shows 81559 MiB and the run peaks at about 40 GB of it.");
            assertThat(judge(peak, H100_VM, "4", 2).verdict()).isEqualTo(Verdict.PASS);
            // a size stated as the card's still is one
            LabWork wrong = with(peak, "summary.evidence", "df -h: / is 91% used with 18G free; the H100 has 40 GB.");
            assertThat(judge(wrong, H100_VM, "4", 2).verdict()).isEqualTo(Verdict.FAIL);
        }

        @Test
        void aProcessTheKernelsOomKillerEndsIsTheRamRow() {
            assertThat(SymptomTable.rowFor("The bot was OOM-killed once during a re-index of 3,000 PDFs.").orElseThrow()
                    .constraintLabel()).isEqualTo("system RAM");
            assertThat(SymptomTable.rowFor("Killed by the OOM killer while embedding").orElseThrow()
                    .constraintLabel()).isEqualTo("system RAM");
            // a model that does not fit the card fails in its runtime: the VRAM row
            assertThat(SymptomTable.rowFor("CUDA out of memory at batch 8").orElseThrow().constraintLabel())
                    .isEqualTo("VRAM");
            LabWork killed = with(strong(), "symptoms", List.of(Map.of("symptom", "The bot was OOM-killed once during"
                    + " a re-index.", "constraint", "RAM", "fix", "Re-index in batches of 200 files, cap Qdrant's"
                    + " memory.")));
            assertThat(judge(killed, HD620, "5", 1).verdict()).isEqualTo(Verdict.PASS);
            assertThat(judge(killed, HD620, "5", 2).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void aPurposesTimeWordsDoNotPutThePurchaseOff() {
            assertThat(Purchases.gpu("While I'm at it I will also get an RTX 4090 eGPU so I'm ready for local models"
                    + " one day.")).isPresent();
            assertThat(Purchases.prestige("I will get an RTX 4090 so that I can run 70B someday.")).isPresent();
            // what waits is still put off
            assertThat(Purchases.gpu("An RTX 4090 can wait until VRAM is the repeated bottleneck.")).isEmpty();
            assertThat(Purchases.gpu("One day I may buy an RTX 4090.")).isEmpty();
        }

        @Test
        void aNewLaptopAgainstTheLearnersOwnStep4DecisionIsNoneOfStep7sOptions() {
            LabWork laptop = with(with(strong(), "summary.decision", "targeted upgrade"), "recommendation", "For the"
                    + " next stage I will buy a new gaming laptop with 64 GB of RAM and an RTX 4070, because my workload"
                    + " is notebook data exploration and the first bottleneck is RAM: 11G of 15G used.");
            ChecklistVerdict option = judge(laptop, HD620, "7", 1);
            assertThat(option.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(option.evidence()).contains("none of Step 7's options");
            // where Step 4 itself decided on a new laptop, the recommendation names that option
            assertThat(judge(with(laptop, "summary.decision", "Upgrade to a new laptop."), HD620, "7", 1).verdict())
                    .isEqualTo(Verdict.PASS);
            // a new laptop beside a keep is a keep
            assertThat(judge(with(laptop, "recommendation", "Keep the current machine; a new laptop can wait until"
                    + " swap is daily."), HD620, "7", 1).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void aNowCheckpointThatAppliesAFirstFixIsADecision() {
            for (String now : List.of("Chunked loading and one kernel at a time.", "Batch 2 with gradient"
                    + " accumulation.", "Swap file and a batched re-index.")) {
                assertThat(judge(with(strong(), "plan.now", now), HD620, "6", 1).verdict()).as(now)
                        .isEqualTo(Verdict.PASS);
            }
            assertThat(judge(with(strong(), "plan.now", "See how it goes."), HD620, "6", 1).verdict())
                    .isEqualTo(Verdict.NEEDS_ATTENTION);
        }

        @Test
        void theUkrainianModulesOwnSentenceAsAnAnswerAsksForTheLearnersOwn() throws Exception {
            java.nio.file.Path content = java.nio.file.Path.of("content");
            String slug = "uk/" + LabFixtures.SLUG;
            dev.praxis.content.CourseModule module = new dev.praxis.content.importing.ContentImporter()
                    .importFile(content, content.resolve(slug + ".md"));
            LabDefinition definition = LabDefinitions.load(LabDefinitions.fileFor(content, module), slug + ".lab.yaml");
            java.util.function.Function<LabWork, ChecklistVerdict> unknowns = work -> LabValidator.validate(definition,
                    module, work, Optional.of(LabFixtures.inventory(HD620))).stream()
                    .filter(v -> v.step().equals("3") && v.item() == 4).findFirst().orElseThrow();
            // Step 3's instruction of the Ukrainian module, its last word changed
            ChecklistVerdict copied = unknowns.apply(with(strong(), "unknowns", "Якщо команда недоступна або"
                    + " нерелевантна, запишіть цей факт, а не вважайте це помилкою."));
            assertThat(copied.verdict()).isEqualTo(Verdict.NEEDS_ATTENTION);
            assertThat(copied.evidence()).contains("repeats the module's own sentence");
            // the learner's own unknowns in Ukrainian are no copy
            assertThat(unknowns.apply(with(strong(), "unknowns", "Потужність блока живлення невідома: жодна команда"
                    + " її не показує.")).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void aFinishedPlanThatNeverSaysWhatWaitsFailsSuccessCriterion4() {
            LabWork nothingWaits = with(with(with(strong(), "plan.firstRepeatedBottleneck", "If / goes above 90% again,"
                    + " add a 2 TB NVMe."), "summary.nextAction", "Move models to /data."), "recommendation", "For the"
                    + " next stage I will keep the current machine, because local coding models are my workload and"
                    + " storage is the first bottleneck with / at 91% used.");
            ChecklistVerdict finished = judge(nothingWaits, DESKTOP, LabDefinition.SUCCESS, 4);
            assertThat(finished.verdict()).isEqualTo(Verdict.FAIL);
            // a plan the learner says is not finished only asks
            assertThat(judge(with(nothingWaits, "plan.oneMonth", "Not sure yet what to log."), DESKTOP,
                    LabDefinition.SUCCESS, 4).verdict()).isEqualTo(Verdict.NEEDS_ATTENTION);
            // a rented tier that waits is an upgrade that waits
            assertThat(judge(with(nothingWaits, "recommendation", "Keep the VPS: RAM is the first bottleneck, 3.6G"
                    + " with no swap. The 8 GB plan can wait until batching fails."), DESKTOP, LabDefinition.SUCCESS, 4)
                    .verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void aRuleThatAddsHardwareWheneverAnythingIsSlowAndABookedNodeAndAnApposedPurchase() {
            ChecklistVerdict more = judge(with(strong(), "plan.firstRepeatedBottleneck", "If training is still slow, add"
                    + " more nodes."), H100_VM, "6", 3);
            assertThat(more.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(more.evidence()).contains("adds hardware on no measured constraint");
            // watching nothing without buying still only asks
            assertThat(judge(with(strong(), "plan.firstRepeatedBottleneck", "If it is still slow, rethink the plan."),
                    H100_VM, "6", 3).verdict()).isEqualTo(Verdict.NEEDS_ATTENTION);
            // booking a rented node is a now decision
            assertThat(judge(with(strong(), "plan.now", "Book an 8x H100 node."), H100_VM, "6", 1).verdict())
                    .isEqualTo(Verdict.PASS);
            // what a targeted upgrade buys, in parentheses, is no claim about the machine's disk
            assertThat(dev.praxis.lab.claims.ClaimReader.read("One targeted upgrade (1 TB external NVMe) because the"
                    + " disk is 92% full.").stream().filter(c -> c.words().contains("1 TB")).toList()).isEmpty();
        }
    }
}
