package no.medvirk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import no.medvirk.support.browser.Accessibility;
import no.medvirk.support.browser.AppPage;
import no.medvirk.support.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;

/** A learner starts the sample course and steps through its lessons, with the keyboard. */
class LessonJourneyIT extends BrowserTest {

    @Test
    void a_learner_starts_a_course_and_reads_lessons_with_the_keyboard() throws Exception {
        openLogin().signIn("aud", "demo").waitForPath("/min-laering");
        AppPage course = open("/kurs/eksempelkurs");

        String before = course.url();
        course.press(driver.findElement(By.cssSelector("a.start-course")), Keys.ENTER);
        AppPage lesson = new AppPage(driver).waitUntilLeft(before);
        assertThat(lesson.path()).startsWith("/kurs/eksempelkurs/laer");
        String first = lesson.heading();
        screenshot("lesson");
        Accessibility.assertNoViolations(driver);

        lesson.press(driver.findElement(By.xpath(
                "//nav[contains(@class,'player-navigation')]//a[contains(., 'Neste')]")), Keys.ENTER);
        lesson.waitUntilHeadingChanges(first);

        assertThat(lesson.heading()).isNotEqualTo(first);
        assertThat(lesson.script("return document.activeElement.tagName")).as("focus moves to the new lesson")
                .isEqualTo("H1");
        assertThat(driver.findElement(By.tagName("vaadin-progress-bar")).getDomAttribute("aria-label"))
                .isEqualTo("Fremdrift i kurset");
        Accessibility.assertNoViolations(driver);

        AppPage mine = open("/min-laering");
        assertThat(driver.getPageSource()).contains("Fortsett");
        Accessibility.assertNoViolations(driver);
    }

    @Test
    void a_quiz_is_answered_with_the_keyboard_and_its_feedback_has_no_accessibility_violations() throws Exception {
        openLogin().signIn("aud", "demo").waitForPath("/min-laering");
        AppPage quiz = open("/kurs/eksempelkurs/laer/3");
        assertThat(driver.findElements(By.cssSelector("vaadin-radio-group"))).isNotEmpty();
        Accessibility.assertNoViolations(driver);

        quiz.press(driver.findElement(By.cssSelector("vaadin-radio-group vaadin-radio-button input")), Keys.SPACE);
        quiz.press(driver.findElement(By.xpath("//vaadin-button[contains(., 'Lever svarene')]")), Keys.ENTER);

        assertThat(driver.findElement(By.cssSelector(".quiz [role='status']")).getText())
                .containsAnyOf("Bestått", "Ikke bestått");
        screenshot("quiz-feedback");
        Accessibility.assertNoViolations(driver);
    }

    @Test
    void a_lesson_fits_a_320_pixel_wide_phone() {
        driver.manage().window().setSize(new Dimension(320, 640));
        openLogin().signIn("aud", "demo").waitForPath("/min-laering");

        AppPage lesson = open("/kurs/eksempelkurs/laer/1");

        assertThat(lesson.horizontalOverflow()).isLessThanOrEqualTo(0);
    }
}
