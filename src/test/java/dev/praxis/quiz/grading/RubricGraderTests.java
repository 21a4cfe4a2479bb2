package dev.praxis.quiz.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RubricGraderTests {

    @TempDir
    Path dir;

    QuestionRubric rubric;

    @BeforeEach
    void loadRubric() throws RubricException {
        rubric = TestRubrics.vramQuestion(dir);
    }

    @Nested
    @DisplayName("scoring and feedback")
    class Scoring {

        @Test
        void allConceptsFoundIsCorrectWithTheLearnersOwnWords() {
            GradeResult result = RubricGrader.grade(rubric, "The GPU's Memory fills up, so use a smaller batch.");
            assertThat(result.verdict()).isEqualTo(Verdict.CORRECT);
            assertThat(result.score()).isEqualTo(1.0);
            assertThat(result.found()).extracting(GradeResult.FoundConcept::quote)
                    .containsExactly("The GPU's Memory fills up, so use a smaller batch",
                            "The GPU's Memory fills up, so use a smaller batch");
            assertThat(result.missing()).isEmpty();
        }

        @Test
        void twoWrongClaimsThatEachCapAtPartialMakeTheAnswerIncorrect() throws RubricException {
            QuestionRubric hybrid = RubricLoader.load(TestRubrics.write(dir, "hybrid.grading.yaml", """
                    module: test/hybrid
                    questions:
                      Q1:
                        concepts:
                          - {id: rent, label: Rent for the rare jobs, required: true, weight: 3, phrases: [rent]}
                          - {id: home, label: Daily work at home, weight: 2, phrases: [at home]}
                        misconceptions:
                          - {id: all-remote, cap: 0.5, feedback: Daily work stays home., phrases: [everything remote]}
                          - {id: free, cap: 0.5, feedback: Renting costs money., phrases: [costs nothing]}
                    """)).question("Q1").orElseThrow();
            assertThat(RubricGrader.grade(hybrid, "Rent machines and keep daily work at home. Run everything remote.")
                    .verdict()).isEqualTo(Verdict.PARTIAL);
            GradeResult both = RubricGrader.grade(hybrid,
                    "Rent machines and keep daily work at home. Run everything remote, since renting costs nothing.");
            assertThat(both.verdict()).isEqualTo(Verdict.INCORRECT);
            assertThat(both.misconceptions()).extracting(GradeResult.Flag::id).containsExactly("all-remote", "free");
        }

        @Test
        void aConceptNamedOnlyAsTheSubjectOfAWrongClaimIsNotEarned() throws RubricException {
            QuestionRubric lab = RubricLoader.load(TestRubrics.write(dir, "lab.grading.yaml", """
                    module: test/lab
                    questions:
                      Q1:
                        concepts:
                          - {id: one-box, label: One box first, required: true, weight: 3, phrases: [one box]}
                        misconceptions:
                          - {id: limited, cap: 0.2, feedback: One box teaches a lot., phrases: [can not teach]}
                    """)).question("Q1").orElseThrow();
            GradeResult result = RubricGrader.grade(lab, "One box can't teach serving, so build the cluster.");
            assertThat(result.found()).isEmpty();
            assertThat(result.verdict()).isEqualTo(Verdict.INCORRECT);
        }

        @Test
        void anIdeaTheAnswerCreditsAndThenSaysCannotBeDoneHoldsItBelowCorrect() throws RubricException {
            QuestionRubric backup = RubricLoader.load(TestRubrics.write(dir, "backup.grading.yaml", """
                    module: test/backup
                    questions:
                      Q1:
                        concepts:
                          - {id: nightly, label: Back up nightly, required: true, weight: 3, phrases: [nightly backup]}
                          - {id: restore, label: Test a restore, weight: 2, phrases: [restore]}
                    """)).question("Q1").orElseThrow();
            GradeResult whole = RubricGrader.grade(backup,
                    "Take a nightly backup and practise a restore every month so you know it works.");
            assertThat(whole.verdict()).isEqualTo(Verdict.CORRECT);
            GradeResult takenBack = RubricGrader.grade(backup, "Take a nightly backup and practise a restore every "
                    + "month. Though honestly you can't restore from a nightly copy, so keep a second disk too.");
            assertThat(takenBack.verdict()).isEqualTo(Verdict.PARTIAL);
            assertThat(takenBack.misconceptions()).extracting(GradeResult.Flag::id).containsExactly("contradicts-itself");
            assertThat(takenBack.misconceptions().get(0).feedback()).contains("you can't restore", "Test a restore");
            // a plain "not" before a rubric word is no inability: "you don't need to restore by hand" stays correct
            GradeResult plainNot = RubricGrader.grade(backup, "Take a nightly backup and practise a restore every "
                    + "month; you do not need to restore by hand after that, a script does it.");
            assertThat(plainNot.verdict()).isEqualTo(Verdict.CORRECT);
            // an inability without a turn is part of the reasoning, not a retraction
            GradeResult reason = RubricGrader.grade(backup, "Take a nightly backup, since a dead disk means you can't "
                    + "restore anything else; and practise a restore every month.");
            assertThat(reason.verdict()).isEqualTo(Verdict.CORRECT);
        }

        @Test
        void factsOfTheQuestionNamedAsTheProblemOrGivenAStepAreTheLearnersOwnNotAnEcho() {
            String question = "The process fails when you increase context length and use a larger batch, and the GPU"
                    + " memory climbs. Which constraint is it, and what would you try?";
            GradeResult diagnosis = RubricGrader.grade(rubric,
                    "The GPU memory climbs with a larger batch, that's the problem.", question);
            assertThat(diagnosis.misconceptions()).extracting(GradeResult.Flag::id).doesNotContain("restates-question");
            assertThat(diagnosis.found()).isNotEmpty();
            // a step the question does not name ("check …") is the learner's own, even in the question's words
            GradeResult step = RubricGrader.grade(rubric,
                    "When the context length and the batch increase, check the GPU memory.", question);
            assertThat(step.misconceptions()).extracting(GradeResult.Flag::id).doesNotContain("restates-question");
            assertThat(step.found()).isNotEmpty();
            // the question's own verbs are no step: "When I increase … the GPU memory climbs" stays an echo
            assertThat(RubricGrader.grade(rubric, "When I increase the context length and use a larger batch, the "
                    + "GPU memory climbs.", question).misconceptions()).extracting(GradeResult.Flag::id)
                    .containsExactly("restates-question");
        }

        @Test
        void anAnswerThatOnlyRepeatsTheQuestionEarnsNothingAndIsToldWhy() {
            String question = "The process fails when you increase context length and use a larger batch, and the GPU"
                    + " memory climbs. Which constraint is it, and what would you try?";
            String echo = "It fails when I increase the context length and use a larger batch and the GPU memory climbs.";
            GradeResult result = RubricGrader.grade(rubric, echo, question);
            assertThat(result.verdict()).isEqualTo(Verdict.INCORRECT);
            assertThat(result.found()).isEmpty();
            assertThat(result.misconceptions()).extracting(GradeResult.Flag::id).containsExactly("restates-question");
            // without the question's text the same words are read as the learner's diagnosis
            assertThat(RubricGrader.grade(rubric, echo).found()).isNotEmpty();
            // the rubric can carry the question's text itself, as the platform and `grade` give it
            assertThat(RubricGrader.grade(rubric.withPrompt(question), echo).verdict()).isEqualTo(Verdict.INCORRECT);
        }

        @Test
        void theQuestionsFactsGivenAsTheReasonForADecisionStillCount() {
            String question = "The process fails when you increase context length and use a larger batch, and the GPU"
                    + " memory climbs. Which constraint is it, and what would you try?";
            GradeResult result = RubricGrader.grade(rubric, "The GPU memory climbs as the context length grows, so"
                    + " use a smaller batch first.", question);
            assertThat(result.verdict()).isEqualTo(Verdict.CORRECT);
            assertThat(RubricGrader.grade(rubric, "Check the GPU memory.", question).found()).isNotEmpty();
        }

        @Test
        void anAnswerOfAFewWordsNamesTheDecisionWithoutRoomForItsReasonAndIsHeldBelowCorrect() {
            GradeResult brief = RubricGrader.grade(rubric, "Use a smaller batch for VRAM.");
            assertThat(brief.verdict()).isEqualTo(Verdict.PARTIAL);
            assertThat(brief.misconceptions()).extracting(GradeResult.Flag::id).containsExactly(Fragments.ID);
            assertThat(RubricGrader.grade(rubric, "Use a smaller batch, because the VRAM overflows.").verdict())
                    .isEqualTo(Verdict.CORRECT);
            // a short calculation shows its working in its numbers
            assertThat(RubricGrader.grade(rubric, "VRAM 24 GB, smaller batch 8.").verdict()).isEqualTo(Verdict.CORRECT);
        }

        @Test
        void anAnswerThatHedgesEverySentenceCommitsToNothingAndIsHeldBelowCorrect() {
            GradeResult hedged = RubricGrader.grade(rubric, "Maybe the VRAM fills up, I guess; possibly a smaller "
                    + "batch could help, not sure.");
            assertThat(hedged.verdict()).isEqualTo(Verdict.PARTIAL);
            assertThat(hedged.misconceptions()).extracting(GradeResult.Flag::id)
                    .containsExactly(RubricGrader.HEDGED);
            // one hedge in an otherwise committed answer is ordinary caution
            assertThat(RubricGrader.grade(rubric, "The VRAM fills up with every request, so maybe start with a "
                    + "smaller batch.").verdict()).isEqualTo(Verdict.CORRECT);
        }

        @Test
        void missingRequiredConceptIsNeverCorrect() {
            GradeResult result = RubricGrader.grade(rubric, "Use a smaller batch and a shorter context.");
            assertThat(result.verdict()).isEqualTo(Verdict.PARTIAL);
            assertThat(result.missing()).containsExactly("VRAM is the constraint");
        }

        @Test
        void misconceptionCapsTheScoreAndExplains() {
            GradeResult result = RubricGrader.grade(rubric,
                    "VRAM fills up and a smaller batch helps, but really you need a faster CPU.");
            assertThat(result.score()).isEqualTo(0.2);
            assertThat(result.verdict()).isEqualTo(Verdict.INCORRECT);
            assertThat(result.misconceptions()).extracting(GradeResult.Flag::id).containsExactly("blames-cpu");
            assertThat(result.misconceptions().get(0).feedback()).isEqualTo("The CPU is not busy.");
        }

        @Test
        void withAsidesArePartialAWrongAsideInAnAnswerWithTheWholeDecisionAndAReasonIsPartial() throws RubricException {
            QuestionRubric asides = asidesArePartial();
            String answer = "VRAM fills up, so use a smaller batch. Honestly a faster CPU would also help a bit.";
            GradeResult result = RubricGrader.grade(asides, answer);
            assertThat(result.verdict()).isEqualTo(Verdict.PARTIAL);
            assertThat(result.misconceptions()).extracting(GradeResult.Flag::id).containsExactly("blames-cpu");
            assertThat(RubricGrader.grade(rubric, answer).verdict()).isEqualTo(Verdict.INCORRECT);
        }

        @Test
        void aWrongClaimWithoutTheWholeDecisionOrAfterATurnKeepsItsCap() throws RubricException {
            QuestionRubric asides = asidesArePartial();
            assertThat(RubricGrader.grade(asides, "VRAM, maybe. Get a faster CPU.").score()).isEqualTo(0.2);
            assertThat(RubricGrader.grade(asides, "VRAM fills up and a smaller batch helps, but really you need a "
                    + "faster CPU.").verdict()).isEqualTo(Verdict.INCORRECT);
        }

        @Test
        void whereTheRequiredConceptsAreTheWholeAnswerAWrongClaimMarkedAsSaidInPassingIsPartial()
                throws RubricException {
            QuestionRubric categoryAndCheck = RubricLoader.load(TestRubrics.write(dir, "category.grading.yaml", """
                    module: test/category
                    asidesArePartial: true
                    questions:
                      Q1:
                        thresholds: {correct: 0.6, partial: 0.3}
                        concepts:
                          - {id: leak, label: A connection leak, required: true, weight: 3, phrases: [connection leak]}
                          - {id: check, label: Count open connections, required: true, weight: 3,
                             phrases: [count * connections]}
                          - {id: fix, label: Close them in a finally block, weight: 4, phrases: [finally]}
                        misconceptions:
                          - {id: blames-network, cap: 0.15, feedback: The network is fine., phrases: [network is slow]}
                    """)).question("Q1").orElseThrow();
            // the category and the check are all the question asks; the wrong claim is marked as a side remark or
            // given as a reason
            assertThat(RubricGrader.grade(categoryAndCheck, "A connection leak: count the open connections every "
                    + "minute. The network is slow as well anyway.").verdict()).isEqualTo(Verdict.PARTIAL);
            assertThat(RubricGrader.grade(categoryAndCheck, "Count the open connections, because the network is slow"
                    + " when there is a connection leak.").verdict()).isEqualTo(Verdict.PARTIAL);
            // said as the writer's own point, unmarked, it keeps its cap
            assertThat(RubricGrader.grade(categoryAndCheck, "A connection leak: count the open connections every "
                    + "minute. The network is slow.").verdict()).isEqualTo(Verdict.INCORRECT);
        }

        @Test
        void anUnmarkedWrongClaimThatEndsTheAnswerIsItsFinalWordNotAnAside() throws RubricException {
            QuestionRubric asides = asidesArePartial();
            assertThat(RubricGrader.grade(asides, "VRAM fills up, so use a smaller batch. Then get a faster CPU.")
                    .verdict()).isEqualTo(Verdict.INCORRECT);
            assertThat(RubricGrader.grade(asides, "VRAM fills up, so use a smaller batch. While you're at it, get a "
                    + "faster CPU.").verdict()).isEqualTo(Verdict.PARTIAL);
            assertThat(RubricGrader.grade(asides, "Get a faster CPU too. VRAM fills up, so use a smaller batch.")
                    .verdict()).isEqualTo(Verdict.PARTIAL);
        }

        private QuestionRubric asidesArePartial() throws RubricException {
            return RubricLoader.load(TestRubrics.write(dir, "asides.grading.yaml", TestRubrics.VRAM_RUBRIC
                    .replace("module: test/vram\n", "module: test/vram\nasidesArePartial: true\n")))
                    .question("Q1").orElseThrow();
        }

        @Test
        void negatedConceptEarnsNothing() {
            GradeResult result = RubricGrader.grade(rubric, "It is not VRAM, it's the CPU. Use a smaller batch.");
            assertThat(result.found()).extracting(GradeResult.FoundConcept::concept)
                    .doesNotContain("VRAM is the constraint");
        }

        @Test
        void scoreHasTwoDecimals() {
            GradeResult result = RubricGrader.grade(rubric, "Use a smaller batch.");
            assertThat(result.score()).isEqualTo(Math.round(result.score() * 100) / 100.0);
        }
    }

    @Nested
    @DisplayName("claims, not mentions")
    class Claims {

        @Test
        void aMisconceptionSomeoneElseHoldsIsNotTheLearners() {
            GradeResult result = RubricGrader.grade(rubric, "People often say you need a faster CPU here, but VRAM "
                    + "fills up with the context, so use a smaller batch.");
            assertThat(result.misconceptions()).isEmpty();
            assertThat(result.verdict()).isEqualTo(Verdict.CORRECT);
        }

        @Test
        void aRejectedMisconceptionIsNotFlagged() {
            GradeResult result = RubricGrader.grade(rubric, "The instinct to get a faster CPU is wrong: VRAM runs out "
                    + "as the context grows, so use a smaller batch.");
            assertThat(result.misconceptions()).isEmpty();
            assertThat(result.verdict()).isEqualTo(Verdict.CORRECT);
        }

        @Test
        void anAssertedMisconceptionStillCaps() {
            GradeResult result = RubricGrader.grade(rubric, "People say it's VRAM, but I think you need a faster CPU.");
            assertThat(result.misconceptions()).extracting(GradeResult.Flag::id).containsExactly("blames-cpu");
            assertThat(result.verdict()).isEqualTo(Verdict.INCORRECT);
        }

        @Test
        void alternativesLeftOpenAreNotAChoiceAndTheCapSaysWhy() {
            GradeResult result = RubricGrader.grade(rubric, "Maybe VRAM, maybe a faster CPU would fix it; I would use "
                    + "a smaller batch and see what happens.");
            assertThat(result.misconceptions()).extracting(GradeResult.Flag::id)
                    .containsExactly(RubricGrader.OPEN_ALTERNATIVES);
            assertThat(result.verdict()).isEqualTo(Verdict.PARTIAL);
        }

        /**
         * "I could go either way", "both would work": an answer that says it has not chosen weighs its options, so a
         * wrong one among them is entertained (partial, not capped to incorrect) and the right one is not chosen.
         */
        @ParameterizedTest
        @ValueSource(strings = {
            "I could go either way. VRAM fills up with the context, but a faster CPU would also help.",
            "Use a smaller batch because VRAM fills up, or get a faster CPU; both would work.",
            "It is VRAM or the CPU, hard to say which; a smaller batch or a faster CPU."})
        void anAnswerThatSaysItHasNotChosenIsPartialWhateverItOffers(String answer) {
            GradeResult result = RubricGrader.grade(rubric, answer);
            assertThat(result.misconceptions()).extracting(GradeResult.Flag::id)
                    .containsExactly(RubricGrader.OPEN_ALTERNATIVES);
            assertThat(result.verdict()).isEqualTo(Verdict.PARTIAL);
        }

        /**
         * An answer whose decision stands only in a passage it quotes (the course's sentences pasted in) has not
         * decided: partial at most, and the flag says why; the same quote next to the learner's own decision is fine.
         */
        @Test
        void aDecisionOnlyInAQuotedPassageIsTheSourcesNotTheLearners() {
            GradeResult quoted = RubricGrader.grade(rubric, "The notes say: 'when the context grows the VRAM fills up, "
                    + "so reach for a smaller batch first.'");
            assertThat(quoted.misconceptions()).extracting(GradeResult.Flag::id)
                    .containsExactly(RubricGrader.QUOTED_ONLY);
            assertThat(quoted.verdict()).isEqualTo(Verdict.PARTIAL);
            GradeResult own = RubricGrader.grade(rubric, "The notes say: 'when the context grows the VRAM fills up, so "
                    + "reach for a smaller batch first.' That is the case here: VRAM is full, so use a smaller batch.");
            assertThat(own.misconceptions()).isEmpty();
            assertThat(own.verdict()).isEqualTo(Verdict.CORRECT);
        }

        /** One hedge and a choice of remedies leave nothing open; a first idea the learner turns from is no claim. */
        @ParameterizedTest
        @ValueSource(strings = {
            "Maybe it is VRAM filling up with the context, so use a smaller batch or a shorter context.",
            "A faster CPU was my first idea, but the CPU is barely busy. VRAM fills up with the context, so use a "
                    + "smaller batch."})
        void aSingleHedgeOrARejectedFirstIdeaStaysCorrect(String answer) {
            GradeResult result = RubricGrader.grade(rubric, answer);
            assertThat(result.misconceptions()).isEmpty();
            assertThat(result.verdict()).isEqualTo(Verdict.CORRECT);
        }

        @Test
        void aQuestionEarnsNothing() {
            GradeResult result = RubricGrader.grade(rubric, "Is it the VRAM? Could a smaller batch help?");
            assertThat(result.found()).isEmpty();
        }

        @Test
        void rejectingAMisconceptionShowsTheConceptItNames() throws RubricException {
            QuestionRubric question = RubricLoader.load(TestRubrics.write(dir, "shows.grading.yaml", """
                    module: test/shows
                    questions:
                      Q1:
                        concepts:
                          - {id: keep, label: Keep the laptop, weight: 1, phrases: [keep * laptop]}
                          - {id: measure, label: Measure first, weight: 1, phrases: [measure]}
                        misconceptions:
                          - {id: buy-now, feedback: Nothing needs a GPU yet., phrases: [buy * gpu now], shows: keep}
                    """)).question("Q1").orElseThrow();
            GradeResult result = RubricGrader.grade(question,
                    "Buying a GPU now would be a mistake; measure what the work needs first.");
            assertThat(result.found()).extracting(GradeResult.FoundConcept::concept)
                    .containsExactly("Keep the laptop", "Measure first");
            assertThat(result.misconceptions()).isEmpty();
            // a bare "No." turns down what someone in the question proposes; "No, …" and a question that proposes
            // nothing do not
            String asked = "A teammate wants to buy a big GPU now. What do you recommend?";
            assertThat(RubricGrader.grade(question, "No. Measure what the work needs first.", asked).found())
                    .extracting(GradeResult.FoundConcept::concept).containsExactly("Keep the laptop", "Measure first");
            assertThat(RubricGrader.grade(question, "No, measure what the work needs first.", asked).found())
                    .extracting(GradeResult.FoundConcept::concept).containsExactly("Measure first");
            assertThat(RubricGrader.grade(question, "No. Measure what the work needs first.",
                    "What would you buy now?").found()).extracting(GradeResult.FoundConcept::concept)
                    .containsExactly("Measure first");
        }
    }

    @Nested
    @DisplayName("fragments and feedback")
    class Feedback {

        @Test
        void fragmentsThatOnlyNameTheIdeasStayBelowCorrectAndSayWhy() {
            GradeResult result = RubricGrader.grade(rubric, "VRAM. smaller batch.");
            assertThat(result.verdict()).isEqualTo(Verdict.PARTIAL);
            assertThat(result.misconceptions()).extracting(GradeResult.Flag::id).containsExactly("fragments");
            assertThat(result.misconceptions().get(0).feedback()).contains("full sentence")
                    .doesNotContainIgnoringCase("vram").doesNotContain("batch");
        }

        @Test
        void aLabelledListSaysItsReasonsAndIsNotAFragmentList() {
            GradeResult result = RubricGrader.grade(rubric,
                    "- suspect: VRAM, it fills up\n- fix: smaller batch first");
            assertThat(result.verdict()).isEqualTo(Verdict.CORRECT);
            assertThat(result.misconceptions()).isEmpty();
        }

        @Test
        void foundConceptsQuoteTheLearnersClauseAndMissingOnesPointToTheirSection() throws RubricException {
            QuestionRubric question = RubricLoader.load(TestRubrics.write(dir, "sections.grading.yaml", """
                    module: test/sections
                    questions:
                      Q1:
                        concepts:
                          - {id: vram, label: VRAM is the constraint, section: "2. Constraints", phrases: [vram]}
                          - {id: batch, label: Shrink the batch, section: "6. Symptoms", phrases: [smaller batch]}
                    """)).question("Q1").orElseThrow();
            GradeResult result = RubricGrader.grade(question, "I checked it: the VRAM is full when the prompt grows.");
            assertThat(result.found()).containsExactly(new GradeResult.FoundConcept("VRAM is the constraint",
                    "the VRAM is full when the prompt grows"));
            assertThat(result.sections()).containsExactly(new GradeResult.SectionPointer("Shrink the batch",
                    "6. Symptoms"));
        }
    }

    @Nested
    @DisplayName("the right decision for a wrong reason")
    class WrongReason {

        @Test
        void aWrongIdeaGivenAsTheReasonForTheRightOneIsPartialNotIncorrect() {
            // "Throttling, because the memory fills up": the learner has the diagnosis, and the reason is wrong
            GradeResult result = RubricGrader.grade(rubric, "It is the VRAM, because the cpu is the bottleneck.");
            assertThat(result.verdict()).isEqualTo(Verdict.PARTIAL);
            assertThat(result.misconceptions()).extracting(GradeResult.Flag::id).containsExactly("blames-cpu");
            // "caused by" and "due to" give a reason too
            assertThat(RubricGrader.grade(rubric, "It is the VRAM, due to the faster cpu it needs.").verdict())
                    .isEqualTo(Verdict.PARTIAL);
            // the same wrong idea as the answer's own claim, or before the right one, keeps its cap
            assertThat(RubricGrader.grade(rubric, "The cpu is the bottleneck, and the VRAM too.").verdict())
                    .isEqualTo(Verdict.INCORRECT);
            assertThat(RubricGrader.grade(rubric, "Because the cpu is the bottleneck, it is the VRAM.").verdict())
                    .isEqualTo(Verdict.INCORRECT);
        }

        @Test
        void aWrongLaterStepOfAListAfterTheWholeDecisionIsPartial() {
            // numbered or bulleted steps: the right ones stand, the wrong one costs the answer its correct
            assertThat(RubricGrader.grade(rubric, "1. It is the VRAM.\n2. Use a smaller batch.\n3. Get a faster cpu.")
                    .verdict()).isEqualTo(Verdict.PARTIAL);
            assertThat(RubricGrader.grade(rubric, "- It is the VRAM.\n- Use a smaller batch.\n- Get a faster cpu.")
                    .verdict()).isEqualTo(Verdict.PARTIAL);
            // the same sentences as prose, or a list that opens with the wrong step, keep the wrong idea's cap
            assertThat(RubricGrader.grade(rubric, "It is the VRAM. Use a smaller batch. Get a faster cpu.").verdict())
                    .isEqualTo(Verdict.INCORRECT);
            assertThat(RubricGrader.grade(rubric, "1. Get a faster cpu.\n2. It is the VRAM.\n3. Use a smaller batch.")
                    .verdict()).isEqualTo(Verdict.INCORRECT);
        }
    }

    @Nested
    @DisplayName("keyword stuffing")
    class Stuffing {

        @Test
        void namingEveryOptionIsCapped() {
            GradeResult result = RubricGrader.grade(rubric,
                    "It could be the VRAM or the system memory or the disk or the processor, so use a smaller batch.");
            assertThat(result.verdict()).isNotEqualTo(Verdict.CORRECT);
            assertThat(result.misconceptions()).extracting(GradeResult.Flag::id).contains("keyword-stuffing");
        }

        @Test
        void bareCommaListIsNotCorrect() {
            GradeResult result = RubricGrader.grade(rubric, "VRAM, smaller batch, shorter context, heat");
            assertThat(result.verdict()).isNotEqualTo(Verdict.CORRECT);
            assertThat(result.misconceptions()).extracting(GradeResult.Flag::id).contains("keyword-stuffing");
        }

        @Test
        void constraintsRuledOutOnTheWayToADiagnosisAreNotAList() {
            // everyday words that clear the other constraints ("the processor is idle, the disk has plenty of
            // space") argue the diagnosis; only constraints the writer puts forward count towards a list
            GradeResult result = RubricGrader.grade(rubric, "The processor is idle and the disk has plenty of space, "
                    + "and the system memory is fine, so it is the VRAM: use a smaller batch.");
            assertThat(result.misconceptions()).extracting(GradeResult.Flag::id).doesNotContain("keyword-stuffing");
            assertThat(result.verdict()).isEqualTo(Verdict.CORRECT);
            // a constraint only wondered about ("whether it runs on the GPU or the processor") is no candidate either
            assertThat(RubricGrader.grade(rubric, "I wonder whether it runs on the processor or the disk. It is the "
                    + "VRAM running out, so use a smaller batch.").misconceptions()).isEmpty();
            // the same constraints put forward together stay a list
            assertThat(RubricGrader.grade(rubric, "The processor is slow and the disk is busy and the system memory "
                    + "is full and the VRAM too, so use a smaller batch.").misconceptions())
                    .extracting(GradeResult.Flag::id).contains("keyword-stuffing");
        }

        @Test
        void reasonedAnswerIsNotStuffing() {
            GradeResult result = RubricGrader.grade(rubric,
                    "VRAM is the first suspect because the failure grows with context; use a smaller batch first.");
            assertThat(result.misconceptions()).isEmpty();
        }
    }

    @Nested
    @DisplayName("bad input never throws")
    class BadInput {

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\n\t"})
        void emptyAnswerIsIncorrectWithAMessage(String answer) {
            GradeResult result = RubricGrader.grade(rubric, answer);
            assertThat(result.verdict()).isEqualTo(Verdict.INCORRECT);
            assertThat(result.score()).isZero();
            assertThat(result.misconceptions()).extracting(GradeResult.Flag::feedback)
                    .anyMatch(feedback -> feedback.startsWith("empty answer"));
        }

        @Test
        void nullAnswerIsTreatedAsEmpty() {
            assertThat(RubricGrader.grade(rubric, null).verdict()).isEqualTo(Verdict.INCORRECT);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "<script>alert('VRAM')</script> smaller batch",
            "🔥🔥 VRAM 🤖 smaller batch 💾",
            "Это видеопамять, а не процессор. 显存不足。 ذاكرة",
            "'''\"\"\" \\ \u0000 \uFFFF ; ; , , ..",
            "n't n't not not * * ( ) | — –"})
        void odditiesGradeWithoutThrowing(String answer) {
            assertThat(RubricGrader.grade(rubric, answer).verdict()).isNotNull();
        }

        @Test
        void twentyThousandCharactersGradeInBoundedTime() {
            String answer = "VRAM is not the CPU, so use a smaller batch; ".repeat(500).substring(0, 20_000);
            GradeResult result = assertTimeoutPreemptively(Duration.ofSeconds(2),
                    () -> RubricGrader.grade(rubric, answer));
            assertThat(result.verdict()).isNotNull();
        }
    }
}
