package dev.praxis.quiz.grading;

import static dev.praxis.quiz.grading.Verdict.CORRECT;
import static dev.praxis.quiz.grading.Verdict.INCORRECT;
import static dev.praxis.quiz.grading.Verdict.PARTIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassRuleTests {

    @Test
    void sixOfEightCorrectPassesAtTheDefaultShare() {
        assertThat(PassRule.passed(List.of(CORRECT, CORRECT, CORRECT, CORRECT, CORRECT, CORRECT, INCORRECT,
                INCORRECT), ModuleRubric.DEFAULT_PASS_SHARE)).isTrue();
    }

    @Test
    void partialCountsHalf() {
        // 5 correct + 2 partial = 6 of 8 = 0.75
        assertThat(PassRule.passed(List.of(CORRECT, CORRECT, CORRECT, CORRECT, CORRECT, PARTIAL, PARTIAL,
                INCORRECT), 0.75)).isTrue();
        // 5 correct + 1 partial = 5.5 of 8
        assertThat(PassRule.passed(List.of(CORRECT, CORRECT, CORRECT, CORRECT, CORRECT, PARTIAL, INCORRECT,
                INCORRECT), 0.75)).isFalse();
    }

    @Test
    void shareIsConfigurable() {
        assertThat(PassRule.passed(List.of(CORRECT, INCORRECT), 0.5)).isTrue();
        assertThat(PassRule.passed(List.of(CORRECT, INCORRECT), 0.51)).isFalse();
        assertThat(PassRule.passed(List.of(INCORRECT), 0.0)).isTrue();
    }

    @Test
    void emptyQuizIsNotPassed() {
        assertThat(PassRule.passed(List.of(), 0.75)).isFalse();
    }

    @Test
    void rejectsShareOutsideZeroToOne() {
        assertThatThrownBy(() -> PassRule.passed(List.of(CORRECT), 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
