package dev.praxis.instructor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.content.ChecklistItem;
import dev.praxis.content.QuizQuestion;
import dev.praxis.instructor.CohortRepository.QuizFact;
import dev.praxis.instructor.CohortRepository.QuizFact.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CohortCoreTests {

    @Nested
    @DisplayName("CSV cells")
    class Cells {

        @ParameterizedTest
        @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"})
        void cellsThatCouldStartAFormulaGetAnApostrophe(String cell) {
            assertThat(CohortCsv.safe(cell)).isEqualTo("'" + cell);
        }

        @Test
        void ordinaryTextIsKept() {
            assertThat(CohortCsv.safe("Ada Lovelace, \"the first\"")).isEqualTo("Ada Lovelace, \"the first\"");
            assertThat(CohortCsv.safe("a=b")).isEqualTo("a=b");
            assertThat(CohortCsv.safe(null)).isEmpty();
        }
    }

    @Nested
    @DisplayName("search filter")
    class Filter {

        @Test
        void likeWildcardsInTheQueryMatchThemselves() {
            assertThat(new CohortFilter("50%_a\\b", 0, 10).pattern()).isEqualTo("%50\\%\\_a\\\\b%");
        }

        @Test
        void anEmptyQueryMatchesEveryone() {
            assertThat(new CohortFilter("  ", 0, 10).pattern()).isEmpty();
            assertThat(new CohortFilter(null, 0, 10).query()).isEmpty();
        }

        @Test
        void pagesStartAtOneAndNeverGoBelow() {
            assertThat(CohortFilter.page("", 3).offset()).isEqualTo(200);
            assertThat(CohortFilter.page("", 0).offset()).isZero();
            assertThat(CohortFilter.page("", -5).offset()).isZero();
        }
    }

    @Nested
    @DisplayName("statistics")
    class Stats {

        QuizQuestion question(String id, String number) {
            return new QuizQuestion(id, number, "<p>?</p>", "?", null, null, List.of(), null, 1);
        }

        @Test
        void theMostFrequentLabelWinsAndTiesGoToTheFirstInOrder() {
            List<QuestionStats> stats = CohortStatistics.questions(List.of(question("q1", "Q1"), question("q2", "Q2")),
                    List.of(new QuizFact("q1", Kind.ANSWER, null, null, 4, 2.5),
                            new QuizFact("q1", Kind.MISSING, "VRAM", null, 2, 0),
                            new QuizFact("q1", Kind.MISSING, "batch", null, 3, 0),
                            new QuizFact("q1", Kind.MISSING, "PSU", null, 3, 0),
                            new QuizFact("q1", Kind.MISCONCEPTION, "zeta", "Z.", 1, 0),
                            new QuizFact("q1", Kind.MISCONCEPTION, "alpha", "A.", 1, 0)));

            assertThat(stats.get(0).attempts()).isEqualTo(4);
            assertThat(stats.get(0).meanPercent()).isEqualTo(63);
            assertThat(stats.get(0).mostMissed()).isEqualTo(new Frequent("PSU", null, 3));
            assertThat(stats.get(0).mostMisconceived()).isEqualTo(new Frequent("alpha", "A.", 1));
            assertThat(stats.get(1)).isEqualTo(new QuestionStats(question("q2", "Q2"), 0, null, null, null));
        }

        @Test
        void passRatesFollowTheChecklistOrderWithZeroForItemsNobodyPassed() {
            List<ItemPassRate> rates = CohortStatistics.items(
                    List.of(new ChecklistItem("a", "A", false), new ChecklistItem("b", "B", false)), Map.of("b", 1L), 3);

            assertThat(rates).extracting(ItemPassRate::passed).containsExactly(0L, 1L);
            assertThat(rates).extracting(ItemPassRate::percent).containsExactly(0, 33);
            assertThat(new ItemPassRate(new ChecklistItem("a", "A", false), 0, 0).percent()).isNull();
        }
    }
}
