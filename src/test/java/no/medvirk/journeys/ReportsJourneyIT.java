package no.medvirk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import no.medvirk.catalog.CourseCatalog;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.People;
import no.medvirk.learning.Enrolments;
import no.medvirk.support.TestLearners;
import no.medvirk.support.TestLearning;
import no.medvirk.support.browser.Accessibility;
import no.medvirk.support.browser.AppPage;
import no.medvirk.support.browser.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/** A course administrator reads the reports: reached by keyboard from the menu, accessible, and fit for a phone. */
class ReportsJourneyIT extends BrowserTest {

    @Autowired
    Enrolments enrolments;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    /** Something to report, so that the charts and tables are on the page when axe-core looks. */
    @BeforeEach
    void aLearnerCompletedACourse() {
        var learner = people.findByUsername(TestLearners.create(people, organisations)).orElseThrow().id();
        var enrolment = enrolments.start(learner, "eksempelkurs");
        TestLearning.complete(enrolments, catalog, enrolment);
        enrolments.terminated(enrolment, Duration.ofMinutes(25));
    }

    @Test
    void a_course_administrator_opens_the_reports_with_the_keyboard_and_finds_no_accessibility_violations()
            throws Exception {
        AppPage page = openLogin().signIn("kursadmin", "demo").waitForPath("/kursadmin");

        tabTo("vaadin-side-nav-item[path='rapporter']");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        page.waitForPath("/rapporter");

        assertThat(page.path()).isEqualTo("/rapporter");
        assertThat(page.heading()).isEqualTo("Rapporter");
        assertThat(driver.findElements(By.cssSelector("a.report-download"))).extracting(e -> e.getText())
                .contains("Last ned som CSV", "Last ned som Excel (XLSX)");
        // Completions per month, pass rate per course, and competence coverage per item.
        assertThat(driver.findElements(By.cssSelector("svg[role='img']"))).hasSize(3);
        assertThat(driver.findElements(By.cssSelector("table.report-table"))).hasSize(6);
        screenshot("reports");
        Accessibility.assertNoViolations(driver);
        driver.manage().window().setSize(new Dimension(1280, 3000));
        screenshot("reports-whole");
    }

    @Test
    void the_reports_fit_a_320_pixel_wide_phone() throws Exception {
        driver.manage().window().setSize(new Dimension(320, 640));
        openLogin().signIn("kursadmin", "demo").waitForPath("/kursadmin");

        AppPage reports = open("/rapporter");

        assertThat(reports.heading()).isEqualTo("Rapporter");
        assertThat(reports.horizontalOverflow()).isLessThanOrEqualTo(0);
        screenshot("reports-phone");
        Accessibility.assertNoViolations(driver);
    }

    /** Presses Tab until the element matching the selector has the focus, as a keyboard user would. */
    private void tabTo(String selector) {
        var js = (JavascriptExecutor) driver;
        for (int i = 0; i < 60; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            Object focused = js.executeScript("return document.activeElement && document.activeElement.matches("
                    + "arguments[0]);", selector);
            if (Boolean.TRUE.equals(focused)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + selector);
    }
}
