package dev.praxis.content.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** White space in a node's plain text collapses as the pattern {@code \s+} → one space, then trimmed, did. */
class TextsTests {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String ALPHABET = "  \t\n\r\f\u000Bab\u00a0é.";

    @Test
    void whiteSpaceCollapsesAsThePatternDid() {
        Random random = new Random(5);
        for (int sample = 0; sample < 50_000; sample++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String written = text.toString();
            assertThat(Texts.collapse(written)).as("[%s]", written)
                    .isEqualTo(SPACES.matcher(written).replaceAll(" ").trim());
        }
    }
}
