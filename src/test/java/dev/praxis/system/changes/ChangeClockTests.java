package dev.praxis.system.changes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When a copy stamped by the clock counts as current. */
class ChangeClockTests {

    private final ChangeClock clock = listeningClock();

    private static ChangeClock listeningClock() {
        ChangeClock clock = new ChangeClock();
        clock.listening();
        return clock;
    }

    @Test
    void aCopyIsCurrentUntilItsKeyChanges() {
        long stamp = clock.stamp();
        assertThat(clock.unchangedSince("7", stamp)).isTrue();
        clock.changed("8");
        assertThat(clock.unchangedSince("7", stamp)).as("another key's change").isTrue();
        clock.changed("7");
        assertThat(clock.unchangedSince("7", stamp)).isFalse();
    }

    @Test
    void aCopyStampedAfterTheChangeIsCurrent() {
        clock.changed("7");
        long stamp = clock.stamp();
        assertThat(clock.unchangedSince("7", stamp)).isTrue();
    }

    @Test
    void aClockThatCannotHearChangesHandsOutNoStampAndTrustsNoCopy() {
        long before = clock.stamp();
        clock.deaf();
        assertThat(clock.stamp()).isEqualTo(ChangeClock.NONE);
        assertThat(clock.unchangedSince("7", before)).isFalse();
        assertThat(clock.unchangedSince("7", ChangeClock.NONE)).isFalse();
        assertThat(new ChangeClock().stamp()).as("before it ever listened").isEqualTo(ChangeClock.NONE);
    }

    @Test
    void listeningAgainDoesNotTrustCopiesMadeBeforeForChangesMayHaveBeenMissed() {
        long before = clock.stamp();
        clock.deaf();
        clock.listening();
        assertThat(clock.unchangedSince("7", before)).isFalse();
        assertThat(clock.unchangedSince("7", clock.stamp())).isTrue();
    }

    @Test
    void forgettingTooManyKeysMakesEveryOlderCopyStale() {
        long before = clock.stamp();
        for (int key = 0; key <= ChangeClock.MAX_TRACKED; key++) {
            clock.changed("k" + key);
        }
        assertThat(clock.unchangedSince("never-changed", before)).isFalse();
        long after = clock.stamp();
        assertThat(after).isNotEqualTo(ChangeClock.NONE);
        assertThat(clock.unchangedSince("k1", after)).isTrue();
    }
}
