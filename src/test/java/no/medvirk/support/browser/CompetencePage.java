package no.medvirk.support.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The leader's competence overview and a person's page under it, used the way a keyboard user does. */
public class CompetencePage extends VaadinPage<CompetencePage> {

    public CompetencePage(WebDriver driver) {
        super(driver);
    }

    /** Presses Tab until the element matching the selector has the focus; fails if it never gets it. */
    public CompetencePage tabTo(String selector) {
        for (int i = 0; i < 200; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (Boolean.TRUE.equals(script("return !!document.activeElement && document.activeElement.matches("
                    + "arguments[0]);", selector))) {
                return this;
            }
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    public CompetencePage press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return waitForVaadin();
    }

    /** The link to a person in the matrix, as a CSS selector (the href ends with their id). */
    public static String personLink(String personId) {
        return "table.competence-matrix a[href$='" + personId + "']";
    }

    /** The names in the matrix's row headers. */
    @SuppressWarnings("unchecked")
    public List<String> people() {
        waitFor(By.cssSelector("table.competence-matrix"));
        return (List<String>) script("return Array.from(document.querySelectorAll("
                + "'table.competence-matrix tbody th[scope=row]')).map(th => th.textContent.trim());");
    }

    /** The texts of the evidence listed under an item, waiting until one contains the given text. */
    public String waitForEvidence(String itemId, String containing) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            Object text = ((JavascriptExecutor) d).executeScript("const s = document.getElementById(arguments[0]);"
                    + " return s ? Array.from(s.querySelectorAll('li')).map(li => li.textContent).join('\\n') : '';",
                    "item-" + itemId);
            return text != null && text.toString().contains(containing) ? text.toString() : null;
        });
    }
}
