package dev.praxis.quiz.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.text.AnalysedText;
import dev.praxis.text.Match;
import dev.praxis.text.Wording;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The model answer's words turned around: each shape on a small answer of its own. */
@DisplayName("Reversals of a model answer")
class ReversalsTests {

    private static boolean says(List<String> phrases, String answer) {
        return Wording.of(phrases.toArray(String[]::new)).matches(AnalysedText.of(answer)).stream()
                .anyMatch(Match::held);
    }

    /** The direction reversals of a model answer that the answer itself does not say. */
    private static List<String> reversed(String model) {
        return Reversals.unsaid(Reversals.directionPhrases(model), AnalysedText.of(model));
    }

    @Test
    void anObjectMovedTheOtherWayReversesTheAnswer() {
        List<String> phrases = reversed("Increase the heap limit so the worker stops crashing. The cache then grows again.");
        assertThat(says(phrases, "Lower the heap limit to 200 MB.")).isTrue();
        assertThat(says(phrases, "The cache will drop after that.")).isTrue();
        assertThat(says(phrases, "Raise the heap limit, it is too small.")).isFalse();
        List<String> bounds = reversed("The sender wants at-least-once delivery of each event.");
        assertThat(says(bounds, "It is at-most-once delivery.")).isTrue();
        assertThat(says(bounds, "At least once delivery, so duplicates can happen.")).isFalse();
        assertThat(says(phrases, "Don't lower the heap limit.")).isFalse();
    }

    @Test
    void whatTheAnswerSaysOfOneOfTwoNamedThingsSaidOfTheOtherIsASwap() {
        String question = "What is the difference between a Mirror and a Snapshot?";
        String model = "A Mirror copies every write continuously. A Snapshot freezes the volume at one moment.";
        List<String> phrases = Reversals.unsaid(Reversals.swapPhrases(model, question), AnalysedText.of(model));
        assertThat(says(phrases, "A Mirror freezes the volume once, a Snapshot copies every write.")).isTrue();
        assertThat(says(phrases, "A Mirror copies each write as it happens; a Snapshot freezes one moment."))
                .isFalse();
    }

    @Test
    void onlyNamesTheQuestionSetsSideBySideCanBeSwapped() {
        assertThat(Reversals.contrasted("Explain the difference between `Forbid` and `Replace` here."))
                .hasSize(1).first().satisfies(pair -> assertThat(pair.get(0)).isEqualTo("forbid"));
        assertThat(Reversals.contrasted("Can you bind a ClusterRole using a RoleBinding?")).isEmpty();
    }

    @Test
    void aLaterStepSaidToComeFirstReversesTheOrder() {
        String model = "1. Create the bucket\n2. Write the policy\n3. Grant the role on the bucket";
        List<String> ordered = Reversals.orderPhrases(model);
        List<String> phrases = ordered.stream().filter(p -> !p.startsWith("(?i)")).toList();
        assertThat(says(phrases, "Grant the role first, then create the bucket.")).isTrue();
        assertThat(ordered.stream().filter(p -> p.startsWith("(?i)"))
                .anyMatch(p -> Pattern.compile(p).matcher("Write the policy before the bucket.").find())).isTrue();
        assertThat(says(phrases, "Create the bucket first and the policy after it.")).isFalse();
    }

    @Test
    void stepsToldInSentencesOpeningWithOrdinalsAreAnOrderToo() {
        String model = "You find the container first. First, you run `docker inspect web` to get its PID. Next, you "
                + "read `/proc/<PID>/status` for its state. Finally, you open `/sys/fs/cgroup` and read `cpu.max`.";
        List<String> ordered = Reversals.orderPhrases(model);
        List<Pattern> patterns = ordered.stream().filter(p -> p.startsWith("(?i)")).map(Pattern::compile).toList();
        assertThat(patterns.stream().anyMatch(p -> p.matcher(
                "Read cpu.max under /sys/fs/cgroup, that is the limit; then read /proc/<PID>/status.").find())).isTrue();
        assertThat(patterns.stream().anyMatch(p -> p.matcher(
                "Run docker inspect web, then read /proc/<PID>/status, then cat cpu.max in /sys/fs/cgroup.").find()))
                .isFalse();
    }

    @Test
    void aSwapReachesOverALongerClauseButNotIntoTheOtherNamesOne() {
        String question = "What is the difference between a cache and a queue?";
        String model = "A queue holds work until a consumer is free to take it. A cache keeps memoized lookups close so "
                + "that repeated reads skip the slow database.";
        List<Pattern> patterns = Reversals.swapPatterns(Reversals.unsaid(Reversals.swapPhrases(model, question),
                AnalysedText.of(model))).stream().map(Pattern::compile).toList();
        assertThat(patterns.stream().anyMatch(p -> p.matcher(
                "The queue is what the application uses to keep its memoized lookups.").find())).isTrue();
        assertThat(patterns.stream().anyMatch(p -> p.matcher(
                "A queue holds jobs for consumers, while a cache keeps memoized lookups.").find()))
                .isFalse();
        assertThat(patterns.stream().anyMatch(p -> p.matcher(
                "A queue does not keep memoized lookups; it holds work for consumers.").find())).isFalse();
    }

    @Test
    void anEverydayWordIsNoSwapOfTheContrastedNames() {
        String question = "What changed between v1 and v2 of the API, and why does the old agent break?";
        String model = "In v1 each resource had its own endpoint tree. In v2 every call goes through one path with "
                + "versioned envelopes.";
        List<String> phrases = Reversals.unsaid(Reversals.swapPhrases(model, question), AnalysedText.of(model));
        assertThat(says(phrases, "The agent still asks for the v1 path and the v1 names.")).isFalse();
        assertThat(says(phrases, "v1 used envelopes for every call.")).isTrue();
    }

    @Test
    void whatTheModelSaysWouldHaveHelpedSaidToBeTheCaseMisreadsTheSituation() {
        String model = "The job ran out of disk because its volume filled up. Mounting a larger volume (Ephemeral "
                + "storage) would have prevented the failure.";
        List<Pattern> patterns = Reversals.counterfactualPatterns(model).stream().map(Pattern::compile).toList();
        assertThat(patterns.stream().anyMatch(p -> p.matcher("The volume is Ephemeral, so it cannot fill up.").find()))
                .isTrue();
        assertThat(patterns.stream().anyMatch(p -> p.matcher("It is not Ephemeral storage, so the volume filled.")
                .find())).isFalse();
        assertThat(patterns.stream().anyMatch(p -> p.matcher("If it is Ephemeral storage it would survive.").find()))
                .isFalse();
        assertThat(patterns.stream().anyMatch(p -> p.matcher("Mount a bigger volume so it's Ephemeral.").find()))
                .isFalse();
    }

    @Test
    void theOptionTheModuleRecommendsCalledUnsafeTurnsItsJudgementAround() {
        String model = "Run `apt-get install --no-upgrade pkg` so nothing else moves. A risky approach would be "
                + "`apt-get install pkg` on its own, because it may upgrade other packages.";
        List<Pattern> patterns = Reversals.otherJudgedPatterns(model).stream().map(Pattern::compile).toList();
        assertThat(patterns.stream().anyMatch(p -> p.matcher("Plain install is fine; --no-upgrade is the risky one.")
                .find())).isTrue();
        assertThat(patterns.stream().anyMatch(p -> p.matcher("The dangerous way skips no-upgrade entirely.").find()))
                .isFalse();
        assertThat(patterns.stream().anyMatch(p -> p.matcher("Use --no-upgrade rather than the risky plain install.")
                .find())).isFalse();
        assertThat(patterns.stream().anyMatch(p -> p.matcher("--no-upgrade is safe. A plain install is risky.").find()))
                .isFalse();
        assertThat(Reversals.otherJudgedPatterns("Run `apt-get install --no-upgrade pkg` so nothing else moves."))
                .isEmpty();
    }

    @Test
    void aConditionWrittenWithTheOtherOperatorIsNegated() {
        String model = "A partial index on `created_at` with `WHERE status = 'pending'` holds only the waiting rows. "
                + "Select them with `-l env=prod`.";
        List<Pattern> patterns = Reversals.negatedConditionPatterns(model).stream().map(Pattern::compile).toList();
        assertThat(patterns.stream().anyMatch(p -> p.matcher("A partial index WHERE status <> 'pending'.").find()))
                .isTrue();
        assertThat(patterns.stream().anyMatch(p -> p.matcher("where status != 'pending'").find())).isTrue();
        assertThat(patterns.stream().anyMatch(p -> p.matcher("kubectl get pods -l env!=prod").find())).isTrue();
        assertThat(patterns.stream().anyMatch(p -> p.matcher("Partial index WHERE status='pending'.").find())).isFalse();
        assertThat(patterns.stream().anyMatch(p -> p.matcher("where state <> 'done'").find())).isFalse();
        List<Pattern> unequal = Reversals.negatedConditionPatterns("Alert when `phase != Running` for ten minutes.")
                .stream().map(Pattern::compile).toList();
        assertThat(unequal.stream().anyMatch(p -> p.matcher("alert when phase == Running").find())).isTrue();
        assertThat(unequal.stream().anyMatch(p -> p.matcher("alert when phase != Running").find())).isFalse();
        assertThat(Reversals.negatedConditionPatterns("Set the limit to 2 GiB and wait.")).isEmpty();
    }

    @Test
    void theOtherNamePutFirstReversesTheOrder() {
        String model = "The index is sorted by `customer_id` first and by `created_at` only within each customer.";
        List<Pattern> patterns = Reversals.otherFirstPatterns(model).stream().map(Pattern::compile).toList();
        assertThat(patterns.stream().anyMatch(p -> p.matcher("It is sorted by created_at first, then customer_id.")
                .find())).isTrue();
        assertThat(patterns.stream().anyMatch(p -> p.matcher("sorted by customer_id first, created_at second").find()))
                .isFalse();
        assertThat(Reversals.otherFirstPatterns("Check `created_at` and `customer_id` in the plan.")).isEmpty();
    }

    @Test
    void aValueOfOneFieldPutInAnotherFieldIsInTheWrongField() {
        String model = "Write a rule whose `source` is the office subnet and whose `destination` is the database port.";
        List<Pattern> patterns = Reversals.otherFieldPatterns(model).stream().map(Pattern::compile).toList();
        assertThat(patterns.stream().anyMatch(p -> p.matcher("Put the database port in the source field.").find()))
                .isTrue();
        assertThat(patterns.stream().anyMatch(p -> p.matcher("Office subnet as destination, port as source.").find()))
                .isTrue();
        assertThat(patterns.stream().anyMatch(p -> p.matcher("Put the office subnet in the source and the database "
                + "port in the destination.").find())).isFalse();
        assertThat(patterns.stream().anyMatch(p -> p.matcher("subnet and port in the destination rule").find()))
                .isFalse();
        assertThat(Reversals.otherFieldPatterns("Set `source` to the office subnet.")).isEmpty();
    }

    @Test
    void aSiblingOfTheFileTheModelReadsIsAnotherFile() {
        String question = "Where do you see the I/O weight the service is given?";
        String model = "Read `io.weight` in the service's directory; `io.stat` shows what it used.";
        List<Pattern> patterns = Reversals.siblingFilePatterns(model, question).stream().map(Pattern::compile).toList();
        assertThat(patterns.stream().anyMatch(p -> p.matcher("Look at /srv/blkio/io.bfq_weight_device.").find()))
                .isTrue();
        assertThat(patterns.stream().anyMatch(p -> p.matcher("cat io.weight, and io.stat for usage.").find()))
                .isFalse();
        assertThat(patterns.stream().anyMatch(p -> p.matcher("The service.io file is elsewhere.").find())).isFalse();
    }

    @Test
    void aMoveToTheOtherOneOfAKindReversesTheMove() {
        String question = "The worker queue sends failed jobs to the retry queue forever. What do you change?";
        String model = "Cap the attempts and move the poisoned jobs to the dead-letter queue after the third failure.";
        List<Pattern> patterns = Reversals.movedElsewherePatterns(model, question).stream().map(Pattern::compile)
                .toList();
        assertThat(patterns.stream().anyMatch(p -> p.matcher("Move the poisoned jobs out of dead-letter and back into "
                + "the worker queue.").find())).isTrue();
        assertThat(patterns.stream().anyMatch(p -> p.matcher("Move them to the dead-letter queue after three tries.")
                .find())).isFalse();
    }

    @Test
    void aCheckTheModelMakesFirstSaidToBeNeedlessIsSkipped() {
        List<Pattern> patterns = Reversals.skippedCheckPatterns("First confirm the old primary is fenced, and only "
                + "then promote the replica.").stream().map(Pattern::compile).toList();
        assertThat(patterns.stream().anyMatch(p -> p.matcher("Promote the replica; there is no need to check the old "
                + "primary.").find())).isTrue();
        assertThat(patterns.stream().anyMatch(p -> p.matcher("Check that the old primary is fenced, then promote.")
                .find())).isFalse();
        assertThat(Reversals.skippedCheckPatterns("Promote the replica and watch the lag.")).isEmpty();
    }

    @Test
    void oneOfTwoThingsTheAnswerNeedsBothOfSaidToBeEnough() {
        List<String> patterns = Reversals.alone("Create both a LimitRange and a ResourceQuota in the namespace.");
        assertThat(patterns.stream().anyMatch(p -> Pattern.compile(p).matcher("A LimitRange alone is enough.").find()))
                .isTrue();
        assertThat(patterns.stream().anyMatch(p -> Pattern.compile(p).matcher("Use a LimitRange and a quota.")
                .find())).isFalse();
    }

    @Test
    void aBoundIsContradictedOnlyFromItsOtherSide() {
        Pattern below = Pattern.compile(Numbers.beyond(6, true));
        assertThat(below.matcher("2").matches()).isTrue();
        assertThat(below.matcher("8").find()).isFalse();
        Pattern above = Pattern.compile(Numbers.beyond(100, false));
        assertThat(above.matcher("150").matches()).isTrue();
        assertThat(above.matcher("1000").matches()).isTrue();
        assertThat(above.matcher("99").find()).isFalse();
    }

    @Test
    void aMisconceptionTheModelAnswerItselfSaysIsDropped() {
        AnalysedText model = AnalysedText.of("The LimitRange sets default requests and limits for every container.");
        assertThat(Reversals.unsaid(List.of("requests * limits", "memory * leak"), model))
                .containsExactly("memory * leak");
    }

    @Test
    void aRestrictionToOnePlaceWidenedToAllOfThemReversesTheAnswer() {
        List<String> phrases = Reversals.widenedPhrases("Yes. The grant only applies within that project.");
        assertThat(says(phrases, "Yes, and it applies across all projects.")).isTrue();
        assertThat(says(phrases, "Yes, but only inside the project of the binding.")).isFalse();
    }

    private static boolean matchesAny(List<String> patterns, String answer) {
        return patterns.stream().anyMatch(p -> Pattern.compile(p).matcher(answer).find());
    }

    @Test
    void twoNamedThingsComparedTheOtherWayRoundReverseTheAnswer() {
        String question = "What is the difference between a Quota and a Limit?";
        String model = "A Quota caps a whole team, so the Quota should be larger than the Limit of any one job.";
        List<String> patterns = Reversals.comparisons(model, question);
        assertThat(matchesAny(patterns, "The Limit should be larger than the Quota.")).isTrue();
        assertThat(matchesAny(patterns, "Keep the Quota larger than the Limit.")).isFalse();
    }

    @Test
    void theNounGroupsAQuestionSetsSideBySideAreNamesToo() {
        assertThat(Reversals.contrasted("What is the difference between a circuit breaker and a retry policy?"))
                .containsExactly(List.of("breaker", "policy"));
        String question = "What changed between storage v1 and v2?";
        String model = "v1 keeps one file per table, whereas v2 packs all tables into a single log.";
        List<String> phrases = Reversals.unsaid(Reversals.swapPhrases(model, question), AnalysedText.of(model));
        assertThat(says(phrases, "v1 packs all tables into a single log.")).isTrue();
        assertThat(says(phrases, "v2 packs all tables into one log, v1 keeps a file per table.")).isFalse();
    }

    @Test
    void theOppositeStateForTheSameThingReversesTheAnswer() {
        String model = "Render the config in an init container and mount it read-only in the main container.";
        List<String> opposite = Reversals.statePatterns(model);
        assertThat(List.of("Keep everything writable in the main container.",
                "The main container gets the config read-only.", "Mount it read-only in the main container.",
                "Don't make /etc/app/conf.d writable in the main container.",
                "Mount /etc/app/conf.d and keep it writable in the main container."))
                .filteredOn(answer -> matchesAny(opposite, answer))
                .containsExactly("Keep everything writable in the main container.",
                        "Mount /etc/app/conf.d and keep it writable in the main container.");
    }

    @Test
    void whatTheAnswerDoesToAllOfThemDoneToOnlySomeIsNarrowed() {
        List<String> narrowed = Reversals.narrowedPatterns("Drop all capabilities and add back only what is needed.");
        assertThat(List.of("Drop only NET_RAW and SETUID.", "Drop all of them, then add only NET_BIND_SERVICE.",
                "I would only drop SETUID here.")).filteredOn(answer -> matchesAny(narrowed, answer))
                .containsExactly("Drop only NET_RAW and SETUID.", "I would only drop SETUID here.");
    }

    @Test
    void whatTheAnswerSaysASignShowsNoMoreThanSaidToShowMoreIsAnOverclaim() {
        List<String> overclaims = Reversals.overclaimPatterns("A failed probe proves only that the port did not "
                + "answer in time.");
        assertThat(List.of("The failed probe proves the process crashed.", "It only proves the port was silent.",
                "A failed probe proves nothing about the process.", "It doesn't prove the process crashed."))
                .filteredOn(answer -> matchesAny(overclaims, answer))
                .containsExactly("The failed probe proves the process crashed.");
    }

    /** The overclaim is about the sign the model answer names, not about another tool said to show more. */
    @Test
    void anOverclaimIsAboutTheSignTheModelAnswerNames() {
        List<String> overclaims = Reversals.overclaimPatterns("Look in the journal; `systemctl status` only shows a "
                + "few shortened recent lines.");
        assertThat(List.of("systemctl status shows the whole error.", "journalctl -u app -b shows everything the unit "
                + "logged.", "The status output only shows the tail.", "Status shows nothing useful."))
                .filteredOn(answer -> matchesAny(overclaims, answer))
                .containsExactly("systemctl status shows the whole error.");
    }

    @Test
    void twoKindsOfOneSharedNounAreTheNamesTheQuestionContrasts() {
        assertThat(Reversals.contrasted("Explain the difference between shadow and replica tables."))
                .containsExactly(List.of("shadow", "replica"));
        assertThat(Reversals.contrasted("What is the difference between a circuit breaker and a retry policy?"))
                .contains(List.of("breaker", "policy"));
    }

    @Test
    void aBoundWrittenInCodeWithItsOperatorTurnedRoundIsTheComparisonReversed() {
        String model = "Fail the check once `p95_ms > 800`; the gate passes while ratio <= 0.2.";
        List<String> patterns = Reversals.boundPatterns(model);
        assertThat(matchesAny(patterns, "Fail it when p95_ms < 800.")).isTrue();
        assertThat(matchesAny(patterns, "the gate passes while ratio >= 0.2.")).isTrue();
        assertThat(matchesAny(patterns, "Fail the check when p95_ms > 800.")).isFalse();
        assertThat(matchesAny(patterns, "ratio > 0.25 is another bound")).isFalse();
        assertThat(patterns.stream().noneMatch(p -> Pattern.compile(p).matcher(model).find())).isTrue();
    }

    @Test
    void takingOutWhatTheAnswerPutsInReversesIt() {
        List<String> phrases = reversed("Add the `retry` stanza to the job and keep the rest as it is.");
        assertThat(says(phrases, "Remove the retry stanza from the job.")).isTrue();
        assertThat(says(phrases, "Drop that stanza, it makes the job slower.")).isTrue();
        assertThat(says(phrases, "Add retry to the job spec.")).isFalse();
        assertThat(says(reversed("Drop the `debug` flag before shipping."), "Add the debug flag back so you can see "
                + "the logs.")).isTrue();
    }

    @Test
    void doingWhatTheRemedyUndoesIsTheOpposite() {
        String model = "The node was cordoned during the upgrade and never brought back: uncordon it once the kubelet "
                + "reports Ready.";
        List<String> patterns = Reversals.undonePatterns(model, "Why does nothing schedule on node-3?");
        assertThat(matchesAny(patterns, "Cordon the node, then wait for the kubelet.")).isTrue();
        assertThat(matchesAny(patterns, "Check it. Then cordon it again.")).isTrue();
        assertThat(matchesAny(patterns, "It was cordoned for the upgrade; uncordon it.")).isFalse();
        assertThat(Reversals.undonePatterns("Unpack the archive into /srv.", "Where do the files go?")).isEmpty();
    }

    @Test
    void theModelsCommandWithoutTheOptionTheQuestionAsksForRunsForSomeoneElse() {
        String model = "`vault token lookup -format=json --accessor=ci-bot`: it reads the token of the ci-bot accessor.";
        List<String> patterns = Reversals.droppedOptionPatterns(model, "How do you see the token ci-bot uses?");
        assertThat(matchesAny(patterns, "vault token lookup -format=json; it shows every token, ci-bot's too")).isTrue();
        assertThat(matchesAny(patterns, "vault token lookup --accessor ci-bot")).isFalse();
        assertThat(Reversals.droppedOptionPatterns(model, "How do you read a token?")).isEmpty();
    }

    @Test
    void anObjectMovedTheOtherWayEndsBeforeItsAdverb() {
        assertThat(reversed("Lowering `retries` globally can hurt batch jobs.")).contains("raise * retries")
                .noneMatch(phrase -> phrase.endsWith("hurt"));
    }

    @Test
    void anotherCommandOfTheToolAModelScriptRunsIsAnotherAction() {
        String model = "helm status web\nhelm history web\n# then go back\nhelm rollback web 3";
        List<String> patterns = Reversals.otherCommandPatterns(model);
        assertThat(matchesAny(patterns, "helm uninstall web, then install it again")).isTrue();
        assertThat(matchesAny(patterns, "Run helm history web and then helm rollback web 3.")).isFalse();
        assertThat(Reversals.otherCommandPatterns("helm status web, then decide.")).isEmpty();
    }

    @Test
    void choosingTheOtherKindTheAnswerNamesIsAnotherDecision() {
        String model = "Use a columnar table for the reporting queries. For single-row lookups a plain row table stays "
                + "simpler.";
        List<String> patterns = Reversals.otherKindPatterns(model);
        assertThat(matchesAny(patterns, "Use a plain row table, reports read few rows anyway.")).isTrue();
        assertThat(matchesAny(patterns, "Use a columnar table, reports scan whole columns.")).isFalse();
        assertThat(Reversals.otherKindPatterns("The table is too wide. Use an index.")).isEmpty();
    }
}
