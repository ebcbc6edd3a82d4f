package no.medvirk.support.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every page object needs: wait until Vaadin has finished talking to the server, and find things. */
public abstract class VaadinPage<P extends VaadinPage<P>> {

    private static final String VAADIN_IDLE = """
            return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                && Object.keys(window.Vaadin.Flow.clients).length > 0
                && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()))
                && document.readyState === 'complete';""";

    protected final WebDriver driver;

    protected VaadinPage(WebDriver driver) {
        this.driver = driver;
    }

    @SuppressWarnings("unchecked")
    public P waitForVaadin() {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(VAADIN_IDLE)));
        return (P) this;
    }

    protected WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() || !found.getFirst().isDisplayed() ? null : found.getFirst();
        });
    }

    protected boolean isPresent(By by) {
        return !driver.findElements(by).isEmpty();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /**
     * The page's h1, read from the DOM: Selenium calls an element scrolled out of Vaadin's scrolling content area
     * "not displayed", which a long lesson or quiz easily is.
     */
    public String heading() {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            Object text = ((JavascriptExecutor) d).executeScript(
                    "const h = document.querySelector('h1'); return h ? h.textContent.trim() : null;");
            return text == null || text.toString().isEmpty() ? null : text.toString();
        });
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }
}
