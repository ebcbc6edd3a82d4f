package no.medvirk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import no.medvirk.support.browser.Accessibility;
import no.medvirk.support.browser.AppPage;
import no.medvirk.support.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/** A representative finds a course in the catalogue and reads what it holds. */
class CatalogJourneyIT extends BrowserTest {

    @Test
    void a_representative_finds_the_sample_course_and_opens_its_page() throws Exception {
        openLogin().signIn("deltaker", "demo").waitForPath("/min-laering");

        AppPage catalog = open("/katalog");
        assertThat(catalog.heading()).isEqualTo("Kurskatalog");
        screenshot("catalog");
        Accessibility.assertNoViolations(driver);

        driver.findElement(By.cssSelector("a[href='kurs/eksempelkurs']")).click();
        AppPage course = new AppPage(driver).waitForPath("/kurs/eksempelkurs");
        assertThat(course.heading()).startsWith("Eksempelkurs");
        screenshot("course");
        Accessibility.assertNoViolations(driver);
    }

    @Test
    void the_catalogue_a_course_page_and_my_competence_fit_a_320_pixel_wide_phone() {
        driver.manage().window().setSize(new Dimension(320, 640));
        openLogin().signIn("deltaker", "demo").waitForPath("/min-laering");

        assertThat(open("/katalog").horizontalOverflow()).isLessThanOrEqualTo(0);
        assertThat(open("/kurs/eksempelkurs").horizontalOverflow()).isLessThanOrEqualTo(0);
        assertThat(open("/kompetanse").horizontalOverflow()).isLessThanOrEqualTo(0);
        Accessibility.assertNoViolations(driver);
    }
}
