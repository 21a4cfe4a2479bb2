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
 * Issue #14's journey through the real lab page: a learner on a 24 GB machine claims 64 GB of RAM in the Step 4
 * summary, sees the item fail with both figures quoted, corrects the claim and sees it pass; committing the summary
 * then shows Praxis's diagnosis next to it, and the instructor reads the verdicts in step order with their evidence.
 */
class LabClaimJourneyTests extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRamClaimTheInventoryContradictsFailsWithBothFiguresAndPassesOnceCorrected() {
        PraxisUser learner = TestUsers.create(accounts, jdbc, "lab-claim", Role.LEARNER);
        browser.signIn(learner.getUsername(), TestUsers.PASSWORD);
        browser.open(Flagship.LAB);
        // the 2-vCPU VM: free -h shows 23Gi of RAM and no swap, and there is no GPU
        browser.script("arguments[0].value = arguments[1]", browser.find("#paste"), Flagship.fixture("kvm-2vcpu-no-gpu"));
        browser.clickAndWaitForNewPage(browser.find("#step-3 form button[type=submit]"));
        assertThat(browser.find("#step-3").getText()).contains("Inventory uploaded and read.");

        browser.find("#workload").sendKeys("For the next 4 months I will build API-first AI applications against"
                + " hosted models and run small notebooks to evaluate prompts.");
        summary("RAM", "I have 64 GB of RAM, and notebooks slow down while the browser and a vector database are open.",
                "storage");
        WebElement evidenceItem = stepFourItem(2);
        assertThat(badge(evidenceItem)).isEqualTo("fail");
        assertThat(evidence(evidenceItem)).contains("64 GB of RAM", "23 GiB of RAM", "free -h");
        browser.screenshot("1-claim-contradicted");

        WebElement field = browser.find("[form=lab-form][name='summary.evidence']");
        field.clear();
        field.sendKeys("free -h shows 23Gi of RAM and no swap, and notebooks slow down while the browser and a vector"
                + " database are open.");
        browser.clickAndWaitForNewPage(browser.find("#step-4 button[name=step]"));
        WebElement corrected = stepFourItem(2);
        assertThat(badge(corrected)).isEqualTo("pass");
        assertThat(evidence(corrected)).doesNotContain("64 GB");
        assertThat(browser.findAll("[data-lab-diagnosis]")).as("the diagnosis stays hidden until the commit").isEmpty();
        browser.screenshot("2-claim-corrected");

        browser.clickAndWaitForNewPage(browser.find("#step-4 button[name=commitSummary]"));
        assertThat(browser.find("[data-lab-reveal]").getText()).contains("Your summary as committed",
                "free -h shows 23Gi of RAM", "What your inventory suggests");
        browser.screenshot("3-summary-committed-and-compared");

        browser.signOut();
        PraxisUser instructor = TestUsers.create(accounts, jdbc, "lab-claim-instructor", Role.INSTRUCTOR);
        browser.signIn(instructor.getUsername(), TestUsers.PASSWORD);
        browser.open("/instructor/learners/" + learner.id());
        List<WebElement> rows = browser.driver().findElements(By.xpath(
                "//table[caption[contains(., 'Lab checklist verdicts')]]/tbody/tr"));
        List<String> steps = rows.stream().map(row -> row.findElements(By.tagName("td")).get(1).getText()).toList();
        assertThat(steps).as("the instructor's verdicts, in step order").startsWith("1", "1", "1", "2")
                .endsWith("success");
        assertThat(rows).anySatisfy(row -> assertThat(row.getText()).contains("free -h shows 23Gi of RAM"));
        browser.screenshot("4-instructor-verdicts");
    }

    private void summary(String first, String evidence, String second) {
        browser.find("[form=lab-form][name='summary.firstBottleneck']").sendKeys(first);
        browser.find("[form=lab-form][name='summary.evidence']").sendKeys(evidence);
        browser.find("[form=lab-form][name='summary.secondBottleneck']").sendKeys(second);
        browser.clickAndWaitForNewPage(browser.find("#step-4 button[name=step]"));
    }

    private WebElement stepFourItem(int index) {
        return browser.findAll("#step-4 .checklist__item").get(index - 1);
    }

    private static String badge(WebElement item) {
        return item.findElement(By.cssSelector("[data-verdict]")).getText();
    }

    private static String evidence(WebElement item) {
        return item.findElement(By.cssSelector("[data-evidence]")).getText();
    }
}
