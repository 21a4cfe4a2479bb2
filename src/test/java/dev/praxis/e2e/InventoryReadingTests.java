package dev.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A partly readable paste, as a learner would paste it (one output mangled, one stray line): the inventory page and
 * the lab's inventory step both show, block by block with line numbers, what was read, what was not, and why.
 */
class InventoryReadingTests extends BrowserTest {

    private static final String PARTLY_READABLE = """
            $ uname -a
            Linux box 6.8.0-49-generic #49 SMP x86_64 GNU/Linux
            $ free -h
            Mem: plenty
            Swap: some
            $ df -h
            Filesystem      Size  Used Avail Use% Mounted on
            /dev/sda1        50G   20G   28G  42% /
            my disk is a Samsung, I think
            """;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void inventoryPageShowsWhatWasReadWhatWasNotAndWhyWithLineNumbers() {
        PraxisUser learner = TestUsers.create(accounts, jdbc, "reading-inventory", Role.LEARNER);
        browser.signIn(learner.getUsername(), TestUsers.PASSWORD);

        browser.open("/inventory");
        paste("#upload-paste button[type=submit]");

        assertThat(browser.find("main").getText()).contains("Inventory uploaded and read.");
        assertReadingShown(browser.find(".inventory-reading"));
        browser.screenshot("inventory-partly-read");
    }

    @Test
    void labInventoryStepShowsTheSameReadingWithLineNumbers() {
        PraxisUser learner = TestUsers.create(accounts, jdbc, "reading-lab", Role.LEARNER);
        browser.signIn(learner.getUsername(), TestUsers.PASSWORD);

        browser.open(Flagship.LAB);
        paste("#step-3 form#upload-paste button[type=submit]");

        assertThat(browser.currentPath()).startsWith(Flagship.LAB);
        WebElement step = browser.find("#step-3");
        assertThat(step.getText()).contains("Inventory uploaded and read.");
        assertReadingShown(step.findElement(By.cssSelector(".inventory-reading")));
        browser.screenshot("lab-partly-read");
    }

    private void paste(String submit) {
        browser.script("arguments[0].value = arguments[1]", browser.find("#paste"), PARTLY_READABLE);
        browser.clickAndWaitForNewPage(browser.find(submit));
    }

    private static void assertReadingShown(WebElement reading) {
        List<String> rows = reading.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText)
                .toList();
        assertThat(rows).as("one row per block, in transcript order").hasSize(4);
        assertThat(rows.get(0)).contains("line 2", "uname", "read", "os.kernel");
        assertThat(rows.get(1)).contains("lines 4\u20135", "free", "not read", "line 4: expected");
        assertThat(rows.get(2)).contains("lines 7\u20138", "df", "read", "filesystems");
        assertThat(rows.get(3)).contains("line 9", "not recognised", "not the output of a command Praxis reads");
        assertThat(reading.findElement(By.cssSelector("tr[data-block-status='not-read']")).getText())
                .contains("free");
    }
}
