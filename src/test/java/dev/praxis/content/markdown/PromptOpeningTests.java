package dev.praxis.content.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The scanners that find where a prompt may open inside a paragraph, and whether a label and its colon follow, read
 * text exactly as the patterns they replaced (kept beside them as their definition): on every paragraph of the real
 * course tree and on random text made of the characters those patterns care about.
 */
class PromptOpeningTests {

    private static final String ALPHABET = " \t\n\r.!?:\"'’”)*_,-AaBbZzÉéЖжЯя1 ";

    @Test
    void openingsAndLabelsReadAsThePatternsOnRandomText() {
        Random random = new Random(17);
        for (int sample = 0; sample < 50_000; sample++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (random.nextInt(20) == 0) {
                text.append("\uD835\uDC00 Pause and predict: what runs first?");
            }
            sameAsPatterns(text.toString());
        }
    }

    @Test
    void openingsAndLabelsReadAsThePatternsOnTheCourseTree() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            pages = files.filter(path -> path.toString().endsWith(".md") || path.toString().endsWith(".mdx")).toList();
        }
        int paragraphs = 0;
        for (Path page : pages) {
            for (String paragraph : Files.readString(page).split("\n\\s*\n")) {
                sameAsPatterns(paragraph);
                paragraphs++;
            }
        }
        assertThat(paragraphs).isGreaterThan(300);
    }

    private static void sameAsPatterns(String text) {
        assertThat(openings(text)).as("openings of %s", text).isEqualTo(patternOpenings(text));
        for (int at = 0; at < text.length(); at++) {
            int end = Math.min(text.length(), at + 400);
            boolean pattern = PromptExtension.LABEL_AND_COLON.matcher(text.substring(at, end).replaceAll("[*_]", ""))
                    .find();
            assertThat(PromptExtension.labelAndColon(text, at, end)).as("label at %d of %s", at, text).isEqualTo(pattern);
        }
    }

    private static List<String> openings(String text) {
        List<String> found = new ArrayList<>();
        for (long opening = PromptExtension.innerOpening(text, 1); opening >= 0;
                opening = PromptExtension.innerOpening(text, (int) opening)) {
            found.add((opening >>> 32) + "-" + (int) opening);
        }
        return found;
    }

    private static List<String> patternOpenings(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PromptExtension.INNER_OPENING.matcher(text);
        while (matcher.find()) {
            found.add(matcher.start() + "-" + matcher.end());
        }
        return found;
    }
}
