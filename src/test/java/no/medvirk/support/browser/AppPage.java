package no.medvirk.support.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Any page inside the main layout: the heading, the side navigation and the user menu. */
public class AppPage extends VaadinPage<AppPage> {

    public AppPage(WebDriver driver) {
        super(driver);
    }

    /** Waits until the browser has moved on from the given address and Vaadin has settled on the new page. */
    public AppPage waitUntilLeft(String url) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !url.equals(d.getCurrentUrl()));
        return waitForVaadin();
    }

    /** Waits for client-side forwarding (as from / to a role's home) to reach the given path. */
    public AppPage waitForPath(String expected) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> expected.equals(path()));
        } catch (org.openqa.selenium.TimeoutException e) {
            // the caller's assertion says what the path was instead
        }
        return waitForVaadin();
    }

    /** Waits for the page's heading to read the given text, as after a reload in another language. */
    public AppPage waitUntilHeading(String expected) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> expected.equals(currentHeading()));
        return waitForVaadin();
    }

    /** Focuses the element and presses the key on it, as a keyboard user does, then waits for Vaadin. */
    public AppPage press(WebElement element, CharSequence key) {
        script("arguments[0].focus();", element);
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(key).perform();
        return waitForVaadin();
    }

    /** Waits for the heading to become something else, as after following a link within the same view. */
    public AppPage waitUntilHeadingChanges(String from) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !from.equals(currentHeading()));
        return waitForVaadin();
    }

    private String currentHeading() {
        Object text = script("const h = document.querySelector('h1'); return h ? h.textContent.trim() : '';");
        return String.valueOf(text);
    }

    /** The labels of the side navigation, as the signed-in user's roles allow. */
    public List<String> menuItems() {
        waitForVaadin();
        waitFor(By.cssSelector("vaadin-side-nav-item"));
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) script(
                "return Array.from(document.querySelectorAll('vaadin-side-nav-item')).map(i => i.textContent.trim());");
        return labels;
    }

    public boolean isLoginPage() {
        waitForVaadin();
        return isPresent(By.cssSelector("vaadin-login-form"));
    }

    public AppPage openUserMenuAndSignOut(String signOutLabel) {
        WebElement menu = waitFor(By.cssSelector("vaadin-menu-bar.user-menu vaadin-menu-bar-button"));
        menu.click();
        waitFor(By.xpath("//vaadin-menu-bar-item[contains(., '" + signOutLabel + "')]")).click();
        return this;
    }

    public long horizontalOverflow() {
        return ((Number) script("return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
    }
}
