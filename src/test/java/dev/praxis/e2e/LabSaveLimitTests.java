package dev.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import dev.praxis.system.database.RateLimit;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A learner who saves the lab too often sees why the autosave did not save and keeps their text, and the page saves
 * it by itself once the server takes saves again.
 */
class LabSaveLimitTests extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void anAutosaveRefusedForSavingTooOftenSaysSoAndSavesWhenAllowed() {
        PraxisUser learner = TestUsers.create(accounts, jdbc, "lab-limit", Role.LEARNER);
        browser.signIn(learner.getUsername(), TestUsers.PASSWORD).open(Flagship.LAB);
        // the learner's bucket as LabSaveQuota keys it, created with one save per 15 s and used up: the platform
        // reads the stored bucket, whatever its own allowance
        new RateLimit(dataSource, "lab_save_bucket", 1, Duration.ofSeconds(15)).take("learner:" + learner.id());

        WebElement workload = browser.find("#workload");
        workload.sendKeys(Flagship.LAB_ANSWERS.get("workload"));
        WebElement status = browser.find("[data-lab-status]");
        browser.waitUpTo(Duration.ofSeconds(15)).until(d -> status.getText().contains("Not saved"));
        assertThat(status.getText()).matches("(?s).*Not saved: saved very often in the last minute, so Praxis saves"
                + " again in [1-9][0-9]* seconds\\. Your text is still on the page\\..*");
        assertThat(workload.getDomProperty("value")).isEqualTo(Flagship.LAB_ANSWERS.get("workload"));
        // the learner may be typing at the foot of a long lab: the refusal is on their screen there too
        browser.script("window.scrollTo(0, document.body.scrollHeight)");
        assertThat(browser.inView(status)).as("'Not saved' on screen at the foot of the lab").isTrue();
        browser.screenshot("1-not-saved-too-often");

        browser.waitUpTo(Duration.ofSeconds(40)).until(d -> status.getText().contains("Saved just now"));
        assertThat(browser.inView(status)).as("once saved, the status is back in the summary at the top").isFalse();
        assertThat(jdbc.sql("select answers::text from lab_work where user_id = :id").param("id", learner.id())
                .query(String.class).single()).contains(Flagship.LAB_ANSWERS.get("workload"));
    }
}
