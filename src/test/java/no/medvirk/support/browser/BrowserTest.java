package no.medvirk.support.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End-to-end tests in Debian's headless Chromium, driven through Debian's chromedriver. Nothing is downloaded: the
 * driver path is given, so Selenium Manager never runs. Set MEDVIRK_CHROMIUM / MEDVIRK_CHROMEDRIVER elsewhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

    static final String CHROMIUM = System.getenv().getOrDefault("MEDVIRK_CHROMIUM", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getenv().getOrDefault("MEDVIRK_CHROMEDRIVER", "/usr/bin/chromedriver");

    protected static WebDriver driver;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        Path profile = Files.createTempDirectory("medvirk-chromium");
        options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--lang=nb-NO", "--user-data-dir=" + profile));
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @BeforeEach
    void freshSession() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(url("/login"));
        driver.manage().deleteAllCookies();
    }

    /** Saves what the browser shows when -Dmedvirk.screenshots=DIR is given, for a person to look at. */
    protected void screenshot(String name) throws java.io.IOException {
        String folder = System.getProperty("medvirk.screenshots");
        if (folder != null) {
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.createDirectories(Path.of(folder));
            Files.write(Path.of(folder, name + ".png"), png);
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected LoginPage openLogin() {
        driver.get(url("/login"));
        return new LoginPage(driver).waitUntilShown();
    }

    protected AppPage open(String path) {
        driver.get(url(path));
        return new AppPage(driver).waitForVaadin();
    }
}
