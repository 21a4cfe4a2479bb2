package dev.praxis.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.SettingsContexts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A pass mark no quiz can reach, or answers of no length, stop the platform at start with the setting named. */
class QuizSettingsTests {

    @EnableConfigurationProperties(QuizSettings.class)
    static class Quiz {
    }

    private final ApplicationContextRunner runner = SettingsContexts.binding(Quiz.class);

    @Test
    void theDefaultsStart() {
        runner.run(context -> assertThat(context.getBean(QuizSettings.class).passShare()).isEqualTo(0.75));
    }

    @Test
    void aPassShareAboveOneIsRefusedNamingTheSetting() {
        runner.withPropertyValues("praxis.quiz.pass-share=1.5").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("praxis.quiz").hasMessageContaining("passShare"));
    }

    @Test
    void answersOfNoLengthAreRefused() {
        runner.withPropertyValues("praxis.quiz.max-answer-length=0").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("maxAnswerLength"));
    }
}
