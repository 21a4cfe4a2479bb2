package dev.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.praxis.TestUsers;
import dev.praxis.account.AccountService;
import dev.praxis.account.PraxisUser;
import dev.praxis.account.Role;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A Ukrainian learner does the Ukrainian flagship's lab: uploads an inventory and reads its cards in Ukrainian, writes
 * the workload and the Step 4 summary in Ukrainian, and sees Ukrainian verdicts whose evidence quotes their own words
 * and the machine's figures: a RAM claim the inventory contradicts fails, the corrected one passes, and the committed
 * summary is shown next to Praxis's diagnosis, in Ukrainian.
 */
class UkrainianLabTests extends BrowserTest {

    private static final String LAB = "/lab/uk/" + Flagship.SLUG + "/";

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aUkrainianLearnerSeesUkrainianVerdictsCheckedAgainstTheirInventory() {
        PraxisUser learner = TestUsers.create(accounts, jdbc, "ukrainian-lab", Role.LEARNER);
        browser.signIn(learner.getUsername(), TestUsers.PASSWORD);
        browser.open(LAB);
        // the 2-vCPU VM: free -h shows 23Gi of RAM and no swap, and there is no GPU
        browser.script("arguments[0].value = arguments[1]", browser.find("#paste"), Flagship.fixture("kvm-2vcpu-no-gpu"));
        browser.clickAndWaitForNewPage(browser.find("#step-3 form button[type=submit]"));
        String cards = browser.find(".inventory-cards").getText();
        assertThat(cards).contains("Пам’ять", "GPU і VRAM", "Файлові системи", "Як Praxis прочитав ваш вивід")
                .doesNotContain("File systems", "Available:", "How Praxis read");
        assertThat(browser.find("[data-lab-facts]").getText()).contains("Сирі факти вашої машини", "доступно")
                .doesNotContain("raw facts", "available");

        // typed, not submitted: the autosave brings the step's verdicts back in Ukrainian
        browser.find("#workload").sendKeys("Наступні 4 місяці я будуватиму API-first застосунки на хостингових"
                + " моделях і запускатиму невеликі блокноти, щоб оцінювати промпти.");
        browser.waitUpTo(Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(d ->
                evidence(item("#step-1", 1)).startsWith("Ваш абзац про навантаження"));
        assertThat(badge(item("#step-1", 1))).isEqualTo("виконано");

        summary("оперативна пам'ять", "У мене 64 ГБ оперативної пам'яті, і блокноти гальмують, поки відкритий"
                + " браузер і векторна база.", "сховище");
        assertThat(browser.find(".lab__summary").getText()).contains("Збережено. Чекліст нижче перевірено знову.");
        WebElement claim = item("#step-4", 2);
        assertThat(badge(claim)).isEqualTo("не виконано");
        assertThat(evidence(claim)).contains("Ви написали “64 ГБ оперативної пам'яті”", "23 GiB", "free -h")
                .doesNotContain("You wrote", "your inventory");
        browser.screenshot("uk-1-claim-contradicted");

        WebElement field = browser.find("[form=lab-form][name='summary.evidence']");
        field.clear();
        field.sendKeys("free -h показує 23Gi оперативної пам'яті і немає свопу, а блокноти гальмують, поки відкритий"
                + " браузер і векторна база.");
        browser.clickAndWaitForNewPage(browser.find("#step-4 button[name=step]"));
        WebElement corrected = item("#step-4", 2);
        assertThat(badge(corrected)).isEqualTo("виконано");
        assertThat(evidence(corrected)).startsWith("Ваші докази пов’язують RAM").doesNotContain("64 ГБ", "Your");
        browser.screenshot("uk-2-claim-corrected");

        browser.clickAndWaitForNewPage(browser.find("#step-4 button[name=commitSummary]"));
        assertThat(browser.find("[data-lab-diagnosis]").getText()).contains("Що підказує ваш інвентар",
                "Ймовірне перше вузьке місце: CPU", "логічних ядер").doesNotContain("Likely first", "logical cores");
        assertThat(browser.findAll(".checklist__evidence").stream().map(WebElement::getText))
                .noneMatch(text -> text.startsWith("Your ") || text.startsWith("You ") || text.contains("not done yet"));
        browser.screenshot("uk-3-summary-committed");
    }

    private void summary(String first, String evidence, String second) {
        browser.find("[form=lab-form][name='summary.firstBottleneck']").sendKeys(first);
        browser.find("[form=lab-form][name='summary.evidence']").sendKeys(evidence);
        browser.find("[form=lab-form][name='summary.secondBottleneck']").sendKeys(second);
        browser.clickAndWaitForNewPage(browser.find("#step-4 button[name=step]"));
    }

    private WebElement item(String step, int index) {
        return browser.findAll(step + " .checklist__item").get(index - 1);
    }

    private static String badge(WebElement item) {
        return item.findElement(By.cssSelector("[data-verdict]")).getText();
    }

    private static String evidence(WebElement item) {
        return item.findElement(By.cssSelector("[data-evidence]")).getText();
    }
}
