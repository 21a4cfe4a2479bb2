package dev.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.TestUsers;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Reading a lesson the way a person does, by scrolling to its end, is what moves "sections read". */
class ReadingTests extends BrowserTest {

    private static final Pattern SECTIONS = Pattern.compile("(\\d+) of (\\d+) sections read");

    @Test
    void scrollingThroughTheWholeFlagshipLessonMarksEverySectionRead() {
        browser.register(TestUsers.uniqueEmail("reader"), "Reading Learner", TestUsers.PASSWORD);
        browser.open(Flagship.LESSON);
        int total = sectionsRead(0);
        assertThat(total).as("sections in the flagship lesson").isGreaterThanOrEqualTo(8);

        browser.scrollToTheEndLikeAReader();
        browser.waitUpTo(Duration.ofSeconds(15)).until(driver -> {
            browser.open(Flagship.LESSON);
            return readCount() == total;
        });
        browser.screenshot("lesson-read-to-the-end");

        browser.open("/progress");
        WebElement row = browser.driver().findElement(By.xpath("//tbody/tr[th/a[@href='" + Flagship.LESSON + "']]"));
        assertThat(row.getText()).contains(total + " / " + total);
    }

    /** Asserts the page's "N of M sections read" shows {@code expectedRead} and returns M. */
    private int sectionsRead(int expectedRead) {
        Matcher matcher = sectionsLine();
        assertThat(Integer.parseInt(matcher.group(1))).isEqualTo(expectedRead);
        return Integer.parseInt(matcher.group(2));
    }

    private int readCount() {
        return Integer.parseInt(sectionsLine().group(1));
    }

    private Matcher sectionsLine() {
        String text = browser.find("[data-sections-read]").getText();
        Matcher matcher = SECTIONS.matcher(text);
        assertThat(matcher.find()).as("'%s' reads 'N of M sections read'", text).isTrue();
        return matcher;
    }
}
