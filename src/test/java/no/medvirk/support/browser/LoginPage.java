package no.medvirk.support.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The sign-in page: Vaadin's login form, which posts to Spring Security. */
public class LoginPage extends VaadinPage<LoginPage> {

    static final By USERNAME = By.cssSelector("vaadin-login-form input[name='username']");
    static final By PASSWORD = By.cssSelector("vaadin-login-form input[name='password']");
    static final By SUBMIT = By.cssSelector("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button");
    static final By ERROR = By.cssSelector("vaadin-login-form-wrapper [part='error-message'], vaadin-login-form [slot='error-message']");

    public LoginPage(WebDriver driver) {
        super(driver);
    }

    public LoginPage waitUntilShown() {
        waitForVaadin();
        waitFor(USERNAME);
        return this;
    }

    /** Fills in the form and submits it; returns once the browser has left this page (to a home or an error). */
    public AppPage signIn(String username, String password) {
        String before = driver.getCurrentUrl();
        type(USERNAME, username);
        type(PASSWORD, password);
        waitFor(SUBMIT).click();
        return new AppPage(driver).waitUntilLeft(before);
    }

    /** Signs in without a mouse: Tab from the top of the page to the username, type, Tab, type, Enter. */
    public AppPage signInWithKeyboard(String username, String password) {
        String before = driver.getCurrentUrl();
        script("document.activeElement && document.activeElement.blur();");
        var keyboard = new Actions(driver);
        for (int i = 0; i < 10 && !"username".equals(focusedName()); i++) {
            keyboard.sendKeys(Keys.TAB).perform();
        }
        keyboard.sendKeys(username).sendKeys(Keys.TAB).perform();
        if (!"password".equals(focusedName())) {
            throw new AssertionError("Tab from the username did not reach the password, but " + focusedName());
        }
        keyboard.sendKeys(password).sendKeys(Keys.ENTER).perform();
        return new AppPage(driver).waitUntilLeft(before);
    }

    private String focusedName() {
        return String.valueOf(script("return document.activeElement ? document.activeElement.getAttribute('name') : null;"));
    }

    public boolean showsError() {
        return Boolean.TRUE.equals(script("return document.querySelector('vaadin-login-form').error === true;"));
    }

    public String errorText() {
        return String.valueOf(script("""
                const form = document.querySelector('vaadin-login-form');
                const wrapper = form.querySelector('vaadin-login-form-wrapper') || form.shadowRoot.querySelector('vaadin-login-form-wrapper');
                return (wrapper ? wrapper.textContent + ' ' + (wrapper.shadowRoot ? wrapper.shadowRoot.textContent : '') : '') + ' ' + JSON.stringify(form.i18n);"""));
    }

    private void type(By field, String text) {
        WebElement input = waitFor(field);
        input.clear();
        input.sendKeys(text);
    }
}
