package dev.praxis.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuizQuestionTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "<p><strong>Q1.</strong> Which constraint first?</p>|<p>Which constraint first?</p>",
            "<p><strong>Question 1:</strong> Which constraint first?</p>|<p>Which constraint first?</p>",
            "<p><strong>1</strong>. Which constraint first?</p>|<p>Which constraint first?</p>",
            "<p>Q1) Which constraint first?</p>|<p>Which constraint first?</p>",
            "<p>Which constraint first?</p>|<p>Which constraint first?</p>",
            "<p><strong>Q2.</strong> Another number stays.</p>|<p><strong>Q2.</strong> Another number stays.</p>",
            "<p>1024 MB of VRAM: enough?</p>|<p>1024 MB of VRAM: enough?</p>"})
    void theAuthorsLabelIsDroppedOnlyWhenItRepeatsTheNumber(String html, String shown) {
        QuizQuestion question = new QuizQuestion("m:quiz:1", "Q1", html, "", null, null, List.of(), null, 1);

        assertThat(question.bodyHtml()).isEqualTo(shown);
    }
}
