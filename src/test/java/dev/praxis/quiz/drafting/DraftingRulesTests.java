package dev.praxis.quiz.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.content.importing.ContentImporter;
import dev.praxis.content.CourseModule;
import dev.praxis.quiz.grading.GradeResult;
import dev.praxis.quiz.grading.Verdict;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The general rules of drafted grading, each on a small module written for them (drafting/rules): the decision read
 * with the model answer's polarity, an answer that approves what the module finds wrong, a forbidden action, the remedy
 * of a two-part question, a list of commands, common-mistakes rows about omissions, and answers that decide something
 * else in the module's words (another action, another value for a setting, another subcommand).
 */
@DisplayName("Rules of drafted grading")
class DraftingRulesTests {

    private static ModuleDraft draft;

    @BeforeAll
    static void draftTheModule() throws Exception {
        CourseModule module = new ContentImporter(1).importTree(Path.of("src/test/resources/drafting/rules"))
                .module("ops/backups/module-1.2-backup-jobs").orElseThrow();
        draft = RubricDrafter.draft(module).orElseThrow();
    }

    private static GradeResult grade(String question, String answer) {
        return DraftGrader.grade(draft, question, answer).result();
    }

    @Nested
    @DisplayName("the decision keeps the model answer's polarity")
    class Polarity {

        @Test
        void denyingWhatTheModelDeniesStatesTheDecision() {
            assertThat(grade("Q1", "The service account doesn't have write access to the new bucket.").verdict())
                    .isNotEqualTo(Verdict.INCORRECT);
            assertThat(grade("Q1", "The service account has no write access on the recreated bucket, because grants "
                    + "belong to a bucket and the new one has none of the old grants.").verdict())
                    .isEqualTo(Verdict.CORRECT);
        }

        @Test
        void assertingWhatTheModelDeniesIsNoEvidenceOfTheDecision() {
            dev.praxis.quiz.grading.Concept decision = draft.rubric().question("Q1").orElseThrow().concepts().get(0);
            assertThat(DraftGrader.decisionEvidence(decision, dev.praxis.text.AnalysedText.of(
                    "The job does not have write access any more.")))
                    .extracting(dev.praxis.text.Match::quote).anyMatch(quote -> quote.contains("write"));
            assertThat(DraftGrader.decisionEvidence(decision, dev.praxis.text.AnalysedText.of(
                    "The job has write access, so the network must be slow at night.")))
                    .extracting(dev.praxis.text.Match::quote).noneMatch(quote -> quote.contains("write"));
        }

        @Test
        void anAnswerThatWavesSomeOfTheDecisionsWordsAwayDeniesTheFinding() {
            // the model answer's reason in full, and its finding judged fine: the learner says the module is wrong
            GradeResult waved = grade("Q1", "Grants belong to a bucket and a recreated bucket starts with none of the "
                    + "old ones, but the service account is fine; the disk of the backup host is full.");
            assertThat(waved.verdict()).isEqualTo(Verdict.INCORRECT);
            assertThat(waved.misconceptions()).extracting(GradeResult.Flag::id).contains(RubricDrafter.PREMISE_DENIED);
            assertThat(grade("Q1", "The service account has no write access to the recreated bucket: grants belong to "
                    + "a bucket and the new one has none, the network is fine.").verdict()).isEqualTo(Verdict.CORRECT);
        }

        @Test
        void wordsTheModelDeniesTogetherAssertedByTheAnswerAreTheOppositeFinding() {
            assertThat(DraftGrader.deniedBetween("Autovacuum has not analyzed it since the load.", "autovacuum * analyzed"))
                    .isTrue();
            assertThat(DraftGrader.deniedBetween("The kubelet doesn't restart the pod.", "kubelet * restart")).isTrue();
            assertThat(DraftGrader.deniedBetween("Autovacuum analyzed it after the load.", "autovacuum * analyzed"))
                    .isFalse();
            assertThat(DraftGrader.deniedBetween("Autovacuum has not analyzed it.", "autovacuum")).isFalse();
        }

        @Test
        void aRecommendationCalledRiskyIsTurnedDown() {
            dev.praxis.quiz.grading.Concept give = draft.rubric().question("Q3").orElseThrow().concepts().get(0);
            assertThat(DraftGrader.decisionEvidence(give, dev.praxis.text.AnalysedText.of(
                    "Group write access is too risky; run the job as root instead."))).isEmpty();
            assertThat(DraftGrader.decisionEvidence(give, dev.praxis.text.AnalysedText.of(
                    "Group write access is not risky here: chgrp backup /srv/backups and chmod 2770."))).isNotEmpty();
            assertThat(DraftGrader.decisionEvidence(give, dev.praxis.text.AnalysedText.of("Running as root is risky; "
                    + "give the job's group write access with chgrp backup and chmod 2770."))).isNotEmpty();
            // a diagnosis that names a danger is agreed with, not turned down, when its words are called dangerous
            dev.praxis.quiz.grading.Concept root = draft.rubric().question("Q2").orElseThrow().concepts().get(0);
            assertThat(DraftGrader.decisionEvidence(root, dev.praxis.text.AnalysedText.of(
                    "A root script can overwrite anything, which is dangerous."))).isNotEmpty();
        }

        @Test
        void wordsWavedAwayInTheirClauseAreNoDecision() {
            assertThat(grade("Q1", "The write access of the service account is fine; the disk of the backup host is "
                    + "full.").verdict()).isEqualTo(Verdict.INCORRECT);
        }
    }

    @Test
    void aModelAnswersWordsAlsoMatchTheirEverydayParaphrases() {
        assertThat(Phrases.of("HPA and VPA conflict when they target the same metric.", java.util.Set.of(),
                java.util.Set.of())).contains("fight", "feedback loop");
        assertThat(Phrases.of("Old versions continue to incur storage costs.", java.util.Set.of(), java.util.Set.of()))
                .contains("paying for");
        assertThat(Phrases.of("A malformed message blocks the partition.", java.util.Set.of(), java.util.Set.of()))
                .contains("broken", "corrupt");
    }

    @Test
    void aRemedyTurnedDownAfterKeepOrJustIsStillTurnedDown() {
        // "not to keep recreating the claim" turns down recreating the claim, whatever light verb carries it
        assertThat(Rejections.in("The fix is to use a supported driver, not to keep recreating the same claim."))
                .anySatisfy(idea -> assertThat(idea).extracting(Words.Word::text).contains("recreating"));
        assertThat(Rejections.in("Rotate the key, not just disable the old one."))
                .anySatisfy(idea -> assertThat(idea).extracting(Words.Word::text).contains("disable"));
    }

    @Test
    void aReasonEarnsNothingThroughTheWordsOfTheIdeaItTurnsDown() {
        // "rather than overwriting the corrupt entry": "overwriting * corrupt" is the rejected idea, no reason's phrase
        List<String> phrases = draft.rubric().question("Q10").orElseThrow().concepts().stream()
                .skip(1).flatMap(concept -> concept.wording().phrases().stream())
                .map(dev.praxis.text.Phrase::text).toList();
        assertThat(phrases).isNotEmpty().noneMatch(phrase -> phrase.contains("overwrit"));
        assertThat(phrases).anyMatch(phrase -> phrase.contains("records") || phrase.contains("entry"));
    }

    @Test
    void commandOutputThatOpensAModelAnswerIsTheExhibitNotTheDecision() {
        // the answer shows the `df -h` the question names again, then reads it: the reading and the step are the
        // concepts, the output's rows none of them
        List<String> labels = draft.rubric().question("Q9").orElseThrow().concepts().stream()
                .map(dev.praxis.quiz.grading.Concept::label).toList();
        assertThat(labels).anyMatch(label -> label.startsWith("The backup disk is almost full"))
                .noneMatch(label -> label.contains("Filesystem") || label.contains("/dev/sdb1"));
        // a code block that is the answer itself (no shell prompt) stays
        assertThat(ModelAnswer.withoutLeadingTranscript("<pre><code>apiVersion: v1\nkind: Pod</code></pre><p>Set it.</p>"))
                .contains("apiVersion");
    }

    @Test
    void anAnswerThatOnlyRepeatsTheQuestionWithAVagueJudgementIsIncorrect() {
        dev.praxis.quiz.grading.QuestionRubric rubric = draft.rubric().question("Q9").orElseThrow();
        GradeResult passing = new GradeResult(Verdict.CORRECT, 1.0, List.of(), List.of(), List.of(), List.of());
        GradeResult echo = DraftGrader.restatesQuestion(rubric, passing, "The backup host feels slow at night when you "
                + "run df -h /srv/backups, so something is wrong.");
        assertThat(echo.verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(echo.misconceptions()).extracting(GradeResult.Flag::id).contains(DraftGrader.RESTATES_QUESTION);
        // a reading of its own, or a step, is an answer, however many of the question's words it uses
        assertThat(DraftGrader.restatesQuestion(rubric, passing, "The backup host is slow at night because "
                + "/srv/backups is 99 percent full.").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(DraftGrader.restatesQuestion(rubric, passing, "Run df -h /srv/backups again at night, something "
                + "is wrong.").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(grade("Q9", "The backup disk is nearly full at 99 percent, so the night's archive can't be "
                + "written; remove the archives already in the bucket and alert at 80 percent.").misconceptions())
                .extracting(GradeResult.Flag::id).doesNotContain(DraftGrader.RESTATES_QUESTION);
    }

    @Test
    void approvingWhatTheModuleFindsWrongIsAMisconception() {
        GradeResult result = grade("Q2", "Nothing is wrong, running it as root means it can read every file.");
        assertThat(result.verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(result.misconceptions()).extracting(GradeResult.Flag::id).contains(RubricDrafter.PREMISE_DENIED);
        assertThat(List.of("Nothing goes wrong: root can read every file the job needs.",
                "It isn't harmful, root simply owns every file.", "Nothing happens, the job keeps running as root."))
                .allSatisfy(answer -> assertThat(grade("Q2", answer).misconceptions())
                        .extracting(GradeResult.Flag::id).contains(RubricDrafter.PREMISE_DENIED));
    }

    @Test
    void sayingThereIsNothingToLookIntoWhereTheModuleSeesAProblemIsAMisconception() {
        // not only as the opening: a claim that the situation needs no look at all, anywhere in the answer
        assertThat(List.of("Leave the job as it is; root can read every file, so there is nothing to investigate.",
                "Keep running it as root, no need to check which files it reads."))
                .allSatisfy(answer -> assertThat(grade("Q2", answer).misconceptions())
                        .extracting(GradeResult.Flag::id).contains(RubricDrafter.PREMISE_DENIED));
        assertThat(grade("Q2", "Create a dedicated backup user and run the job as that user.").misconceptions())
                .extracting(GradeResult.Flag::id).doesNotContain(RubricDrafter.PREMISE_DENIED);
    }

    @Test
    void aModelAnswerThatAgreesHasNoPremiseToDeny() {
        assertThat(draft.rubric().question("Q1").orElseThrow().misconceptions())
                .anyMatch(m -> m.id().equals(RubricDrafter.PREMISE_DENIED));
        assertThat(draft.rubric().question("Q4").orElseThrow().misconceptions())
                .noneMatch(m -> m.id().equals(RubricDrafter.PREMISE_DENIED));
        assertThat(grade("Q4", "Good idea, thirty nights cover the mistakes found late and the cost stays flat; keep "
                + "one archive a month for a year too.").misconceptions()).isEmpty();
    }

    @Test
    void doingWhatTheModelAnswerForbidsIsAMisconception() {
        GradeResult result = grade("Q3", "Run chmod 777 /srv/backups so the job can write.");
        assertThat(result.verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(result.misconceptions()).isNotEmpty();
        assertThat(grade("Q3", "chgrp backup /srv/backups and chmod 2770 so only the job's group can write there, not "
                + "chmod 777 which lets every user replace an archive.").verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void theRemedyOfAWhyAndWhatQuestionAloneIsHalfAnAnswer() {
        assertThat(draft.rubric().question("Q2").orElseThrow().concepts())
                .anyMatch(concept -> concept.id().equals(RubricDrafter.REMEDY));
        assertThat(grade("Q2", "Create a dedicated backup user and run the job as that user.").verdict())
                .isEqualTo(Verdict.PARTIAL);
    }

    @Test
    void aListOfCommandsIsAList() {
        assertThat(DraftGrader.isBareList("chgrp backup /srv/backups, chmod 2770 /srv/backups --verbose, sudo -u "
                + "backup ls")).isTrue();
        assertThat(grade("Q3", "chgrp, chmod 2770 /srv/backups --verbose, group, write access").misconceptions())
                .extracting(GradeResult.Flag::id).contains(DraftGrader.WORD_LIST);
    }

    @Test
    void aCommonMistakeAboutAnOmissionIsNotReadAsAClaim() {
        assertThat(draft.yaml()).doesNotContain("Common mistake: Restoring a backup without testing")
                .contains("Common mistake: Running chmod 777 on the backup directory");
    }

    @Nested
    @DisplayName("an answer that decides something else is not correct, however many of the module's words it uses")
    class OtherDecisions {

        @Test
        void anInstructionThatTouchesNothingOfTheModelAnswerIsAnotherDecision() {
            GradeResult other = grade("Q3", "Restart the backup host; the job's group already has write access to the "
                    + "directory, 2770 is set.");
            assertThat(other.verdict()).isEqualTo(Verdict.INCORRECT);
            assertThat(other.misconceptions()).extracting(GradeResult.Flag::id).contains(DraftGrader.OTHER_ACTION);
            assertThat(DraftGrader.grade(draft, "Q3", "Restart the backup host; the job's group already has write "
                    + "access to the directory, 2770 is set.").provisional()).isTrue();
            assertThat(grade("Q3", "Give the backup group write access: chgrp backup /srv/backups and chmod 2770, not "
                    + "777.").verdict()).isEqualTo(Verdict.CORRECT);
        }

        @Test
        void anotherValueForTheModelAnswersSettingIsAMisconception() {
            GradeResult other = grade("Q5", "Set upload.retries: 0 so the bucket is not hammered again by the job.");
            assertThat(other.verdict()).isEqualTo(Verdict.INCORRECT);
            assertThat(other.misconceptions()).extracting(GradeResult.Flag::id).anyMatch(id -> id.startsWith("other-value"));
            assertThat(grade("Q5", "Set upload.retries to 5 so a busy bucket is retried a few seconds later instead of "
                    + "losing the backup.").misconceptions()).isEmpty();
        }

        @Test
        void anotherSubcommandOfTheModelAnswersCommandIsAMisconception() {
            GradeResult other = grade("Q6", "Run agentctl release restart on the backup hosts, so the new version "
                    + "starts clean.");
            assertThat(other.verdict()).isEqualTo(Verdict.INCORRECT);
            assertThat(other.misconceptions()).extracting(GradeResult.Flag::id)
                    .anyMatch(id -> id.startsWith("other-command"));
            assertThat(grade("Q6", "agentctl release rollback: the previous version is still installed, so it switches "
                    + "back at once.").verdict()).isEqualTo(Verdict.CORRECT);
        }

        @Test
        void whatAnIdeaWouldDoWrongRejectsIt() {
            assertThat(Rejections.in("Raising the threshold to 5% would hide real incidents."))
                    .anySatisfy(idea -> assertThat(idea).extracting(Words.Word::text).contains("raising", "threshold"));
            assertThat(Rejections.aboutRejected("Skipping it silently would lose an invoice without a trace.")).isTrue();
            assertThat(Rejections.in("Commenting out the rules is the usual mistake."))
                    .anySatisfy(idea -> assertThat(idea).extracting(Words.Word::text).contains("rules"));
        }
    }

    @Nested
    @DisplayName("a question that asks for a choice")
    class Choice {

        @Test
        void theSentenceThatChoosesIsTheDecisionAndTheOtherOptionAMisconception() {
            assertThat(grade("Q7", "I'd go with stream: an archive that never leaves the host protects nothing if the "
                    + "host dies.").verdict()).isEqualTo(Verdict.CORRECT);
            assertThat(grade("Q7", "Batch is better, because with stream a slow bucket holds the job open all night.").verdict()).isEqualTo(Verdict.INCORRECT);
        }
    }

    @Nested
    @DisplayName("a calculation's result is the decision")
    class Calculations {

        @Test
        void theResultWhateverWordsLeadToItIsTheAnswer() {
            assertThat(grade("Q8", "14 x 40 = 560 GB, plus 120 GB = 680 GB.").verdict()).isEqualTo(Verdict.CORRECT);
            assertThat(grade("Q8", "It holds 680 GB in all.").verdict()).isEqualTo(Verdict.CORRECT);
        }

        @Test
        void anotherNumberWithTheResultsUnitIsAnotherResult() {
            GradeResult wrong = grade("Q8", "14 x 40 GB = 560 GB, so the bucket holds 560 GB plus a little, about "
                    + "600 GB.");
            assertThat(wrong.verdict()).isEqualTo(Verdict.INCORRECT);
            assertThat(wrong.misconceptions()).extracting(GradeResult.Flag::id).contains("other-result");
            // the module's own figures are not another result
            assertThat(grade("Q8", "560 GB of nightly archives and 120 GB monthly: 680 GB.").misconceptions())
                    .extracting(GradeResult.Flag::id).doesNotContain("other-result");
        }

        @Test
        void theLabelThatIntroducesTheCalculationIsNotTheDecision() {
            assertThat(grade("Q8", "I did the calculation carefully.").verdict()).isEqualTo(Verdict.INCORRECT);
        }
    }

    /** A bound the model answer writes in code, written by the learner with the operator turned round. */
    @Test
    void aBoundTurnedRoundFailsEvenWhenWrittenAsACondition() throws Exception {
        CourseModule module = new ContentImporter(1).importTree(Path.of("src/test/resources/drafting/rules"))
                .module("ops/gates/module-1.3-release-gates").orElseThrow();
        ModuleDraft gates = RubricDrafter.draft(module).orElseThrow();
        GradeResult turned = DraftGrader.grade(gates, "Q1", "Pass when failed_ratio > 0.02, failed requests over all "
                + "requests of the new version.").result();
        assertThat(turned.verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(turned.misconceptions()).extracting(GradeResult.Flag::id)
                .anyMatch(id -> id.startsWith(Reversals.BOUND_REVERSED));
        GradeResult kept = DraftGrader.grade(gates, "Q1", "Pass when failed_ratio < 0.02, failed requests over all "
                + "requests of the new version.").result();
        assertThat(kept.misconceptions()).extracting(GradeResult.Flag::id)
                .noneMatch(id -> id.startsWith(Reversals.BOUND_REVERSED));
        assertThat(kept.verdict()).isNotEqualTo(Verdict.INCORRECT);
    }

    /**
     * A yes/no question the module answers "no": a first clause that denies what the question proposes ("Sadly that
     * won't help", "Reading more often doesn't fix it") says no in words, and waving the proposal away agrees.
     */
    @Test
    void aNoInWordsAnswersAYesNoQuestion() throws Exception {
        CourseModule module = new ContentImporter(1).importTree(Path.of("src/test/resources/drafting/rules"))
                .module("ops/gates/module-1.3-release-gates").orElseThrow();
        ModuleDraft gates = RubricDrafter.draft(module).orElseThrow();
        assertThat(DraftGrader.grade(gates, "Q2", "Sadly reading more often doesn't fix it: more reads catch more short "
                + "spikes, so it flaps more. Average over a longer window instead.").result().verdict())
                .isEqualTo(Verdict.CORRECT);
        assertThat(DraftGrader.grade(gates, "Q2", "Yes, reading once a minute catches problems sooner and stops the "
                + "flapping.").result().verdict()).isEqualTo(Verdict.INCORRECT);
        assertThat(DraftGrader.grade(gates, "Q2", "Reading once a minute fixes the flapping, more reads catch more "
                + "short spikes.").result().verdict()).isEqualTo(Verdict.INCORRECT);
    }

    /** Without a figure in bold, the result is the first figure in the unit the question asks its number in. */
    @Test
    void theResultIsTheFirstFigureInTheUnitTheQuestionAsks() {
        List<String> sentences = List.of("At 5% of 200 requests/second the new version gets 10 per second.",
                "Over ten minutes that is 10 x 600 s = 6,000 requests.", "The gate reads again at t=2m.");
        assertThat(Results.groups(null, sentences, "How many requests reach the new version in ten minutes?"))
                .containsExactly(List.of(new Results.Figure("6000", "request")));
        assertThat(Results.groups(null, List.of("Roughly 12 minutes: four reads 3 minutes apart.",
                "Then it stops after 4 reads."), "How long does the gate take?"))
                .containsExactly(List.of(new Results.Figure("12", "minute")));
        assertThat(Results.groups("<p>It is <strong>40 requests</strong>.</p>", sentences, "How many requests?"))
                .containsExactly(List.of(new Results.Figure("40", "request")));
    }

    /** Rules found on a command-heavy module (held-out set 10): unit settings, a denial, a bare "no". */
    @Nested
    @DisplayName("on a module of unit settings")
    class ServiceUnits {

        private static ModuleDraft units() throws Exception {
            CourseModule module = new ContentImporter(1).importTree(Path.of("src/test/resources/drafting/rules"))
                    .module("ops/services/module-1.4-service-units").orElseThrow();
            return RubricDrafter.draft(module).orElseThrow();
        }

        /** The verdict, and a flag whose id starts with {@code flag}. */
        private static void assertGraded(GradeResult result, Verdict verdict, String flag) {
            assertThat(result.verdict()).isEqualTo(verdict);
            assertThat(result.misconceptions()).extracting(GradeResult.Flag::id).anyMatch(id -> id.startsWith(flag));
        }

        /** A later instruction of the model answer ("Keep the nightly backups as well") reversed is the opposite action. */
        @Test
        void aLaterInstructionDoneTheOtherWayIsTheOppositeAction() throws Exception {
            ModuleDraft units = units();
            assertGraded(DraftGrader.grade(units, "Q4", "Run a standby copy on a second host that takes over within "
                    + "seconds, a restore is too slow; then we can delete the nightly backups.").result(),
                    Verdict.INCORRECT, "opposite-action");
            assertThat(DraftGrader.grade(units, "Q4", "Run a standby copy on a second host that takes over within "
                    + "seconds, a restore is too slow; don't delete the nightly backups.").result().misconceptions())
                    .extracting(GradeResult.Flag::id).noneMatch(id -> id.startsWith("opposite-action"));
            // keeping only some is dropping the rest: no opposite action is drafted from such an instruction
            assertThat(units.rubric().question("Q5").orElseThrow().misconceptions())
                    .extracting(dev.praxis.quiz.grading.Misconception::id)
                    .noneMatch(id -> id.startsWith("opposite-action"));
        }

        /** A key that names its unit in seconds has the same value with the unit written out. */
        @Test
        void aValueWithTheUnitItsKeyNamesIsTheSameValue() throws Exception {
            ModuleDraft units = units();
            assertThat(DraftGrader.grade(units, "Q1", "Restart=on-failure and RestartSec=5s so it comes back a few "
                    + "seconds after a crash.").result().misconceptions()).extracting(GradeResult.Flag::id)
                    .noneMatch(id -> id.startsWith("other-value"));
            assertThat(DraftGrader.grade(units, "Q1", "Restart=on-failure and RestartSec=50 so it comes back after a "
                    + "crash.").result().misconceptions()).extracting(GradeResult.Flag::id)
                    .anyMatch(id -> id.startsWith("other-value"));
        }

        /**
         * "only means the manager started, not that the network is up" denies a statement; it turns down no option,
         * and the model answer recommends network-online.target itself: "Use Wants=network-online.target" is its advice.
         */
        @Test
        void aDeniedStatementIsNoRejectedIdea() throws Exception {
            ModuleDraft units = units();
            assertThat(Rejections.in("It only means the manager started, not that the network is up.")).isEmpty();
            assertThat(Rejections.in("Run a restore test, not a green tick.")).isNotEmpty();
            assertThat(units.rubric().question("Q2").orElseThrow().misconceptions())
                    .extracting(dev.praxis.quiz.grading.Misconception::id).noneMatch(id -> id.startsWith("rejected-"));
            assertThat(DraftGrader.grade(units, "Q2", "The network target only means the network manager started, "
                    + "not that the network is up. Use Wants=network-online.target and After=network-online.target.")
                    .result().verdict()).isEqualTo(Verdict.CORRECT);
        }

        /** The module's "no" with no reason in more than one loose shared word is the decision without its reason. */
        @Test
        void aBareNoWithAnotherRemedyIsAtMostPartial() throws Exception {
            ModuleDraft units = units();
            assertGraded(DraftGrader.grade(units, "Q3", "No, limits like that belong in the shell profile, upgrades "
                    + "leave it alone.").result(), Verdict.PARTIAL, DraftGrader.NO_REASON);
            assertThat(DraftGrader.grade(units, "Q3", "No: the next package upgrade overwrites the file and the limit "
                    + "silently disappears; use a local override file.").result().verdict()).isEqualTo(Verdict.CORRECT);
            // two of the model answer's words, each on its own, are a reason said in other words
            assertThat(DraftGrader.grade(units, "Q3", "Bad idea: the package owns it. Put the limit in an override so "
                    + "upgrades keep it.").result().misconceptions()).extracting(GradeResult.Flag::id)
                    .doesNotContain(DraftGrader.NO_REASON);
        }
    }
}
