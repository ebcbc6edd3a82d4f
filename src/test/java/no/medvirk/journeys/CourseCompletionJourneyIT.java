package no.medvirk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import no.medvirk.catalog.source.CourseFolderReader;
import no.medvirk.catalog.source.CourseSource;
import no.medvirk.identity.People;
import no.medvirk.shared.MedvirkProperties;
import no.medvirk.support.browser.Accessibility;
import no.medvirk.support.browser.AppPage;
import no.medvirk.support.browser.BrowserTest;
import no.medvirk.xapi.XapiHttp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The course journey the issue describes: deltaker finds the sample course, takes every lesson and quiz with the
 * keyboard alone, sees it passed, and the LRS holds the statements with the right verbs.
 */
class CourseCompletionJourneyIT extends BrowserTest {

    @Autowired
    People people;

    @Autowired
    MedvirkProperties properties;

    @Test
    void deltaker_completes_the_sample_course_with_the_keyboard() throws InterruptedException {
        CourseSource course = new CourseFolderReader(Path.of("courses")).read("eksempelkurs").course();
        List<CourseSource.Item> items = course.modules().stream().flatMap(m -> m.items().stream()).toList();
        openLogin().signIn("deltaker", "demo").waitForPath("/min-laering");
        AppPage page = open("/kurs/eksempelkurs");
        page.press(driver.findElement(By.cssSelector("a.start-course")), Keys.ENTER);

        for (int i = 0; i < items.size(); i++) {
            page.waitForPath("/kurs/eksempelkurs/laer" + (i == 0 ? "" : "/" + (i + 1)));
            if (items.get(i) instanceof CourseSource.Quiz quiz) {
                answer(page, quiz);
                assertThat(driver.findElement(By.cssSelector(".quiz [role='status']")).getText()).startsWith("Bestått");
                Accessibility.assertNoViolations(driver);
            }
            String heading = page.heading();
            String link = i + 1 < items.size() ? "Neste" : "Tilbake til kurset";
            page.press(driver.findElement(By.xpath(
                    "//nav[contains(@class,'player-navigation')]//a[contains(., '" + link + "')]")), Keys.ENTER);
            if (i + 1 < items.size()) {
                page.waitUntilHeadingChanges(heading);
            }
        }

        AppPage mine = open("/min-laering");
        assertThat(driver.findElement(By.cssSelector(".course-passed")).getText()).isEqualTo("Bestått – 100 % fullført");
        Accessibility.assertNoViolations(driver);
        assertThat(verbsInTheLrs()).contains("launched", "initialized", "experienced", "progressed", "answered",
                "passed", "completed", "terminated");

        // The items the course maps to are achieved: the competence module has read the statements.
        long achieved = 0;
        for (int attempt = 0; attempt < 20 && achieved == 0; attempt++) {
            open("/kompetanse");
            achieved = driver.findElements(By.cssSelector(".competence-status.status-achieved")).size();
            if (achieved == 0) {
                Thread.sleep(500);
            }
        }
        assertThat(achieved).isPositive();
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("punkter oppnådd");
        Accessibility.assertNoViolations(driver);

        // A self-assessment ticked with the keyboard (for the leader to confirm).
        WebElement box = driver.findElement(By.cssSelector(".competence-checklist vaadin-checkbox input"));
        AppPage competence = new AppPage(driver);
        competence.press(box, Keys.SPACE);
        competence.waitForVaadin();
        Accessibility.assertNoViolations(driver);
        open("/kompetanse");
        assertThat(driver.findElement(By.cssSelector(".competence-checklist vaadin-checkbox"))
                .getDomAttribute("checked")).isNotNull();
    }

    /** Chooses the right options with Space on each, as a keyboard user does, then hands in with Enter. */
    private void answer(AppPage page, CourseSource.Quiz quiz) {
        List<WebElement> questions = driver.findElements(By.cssSelector(".quiz-question"));
        for (int q = 0; q < quiz.questions().size(); q++) {
            CourseSource.Question question = quiz.questions().get(q);
            WebElement section = questions.get(q);
            switch (question.type()) {
                case "single", "multiple" -> {
                    List<WebElement> inputs = section.findElements(By.cssSelector("input"));
                    for (int o = 0; o < question.options().size(); o++) {
                        if (question.options().get(o).correct()) {
                            page.press(inputs.get(o), Keys.SPACE);
                        }
                    }
                }
                case "true-false" -> page.press(section.findElements(By.cssSelector("input"))
                        .get(Boolean.TRUE.equals(question.answer()) ? 0 : 1), Keys.SPACE);
                default -> {
                    page.script("arguments[0].focus();", section.findElement(By.cssSelector("textarea")));
                    new Actions(driver).sendKeys("Medvirkning betyr å bli hørt.").perform();
                }
            }
            if (q == 0 && question.scored()) {
                // The first question is checked on its own: its feedback comes at once and takes the focus.
                page.press(section.findElement(By.xpath(".//vaadin-button[contains(., 'Sjekk svaret')]")), Keys.ENTER);
                page.waitForVaadin();
                WebElement feedback = section.findElement(By.cssSelector(".quiz-feedback"));
                assertThat(feedback.getText()).startsWith("Riktig.");
                assertThat(page.script("return document.activeElement === arguments[0];", feedback)).isEqualTo(true);
            }
        }
        page.press(driver.findElement(By.xpath("//vaadin-button[contains(., 'Lever svarene')]")), Keys.ENTER);
        page.waitForVaadin();
    }

    private List<String> verbsInTheLrs() {
        String personId = people.findByUsername("deltaker").orElseThrow().id().toString();
        String agent = "{\"account\": {\"homePage\": \"" + properties.baseUrl().replaceAll("/+$", "")
                + "\", \"name\": \"" + personId + "\"}}";
        var response = new XapiHttp(port).get("/xapi/statements?limit=100&agent="
                + java.net.URLEncoder.encode(agent, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var verbs = new java.util.ArrayList<String>();
        XapiHttp.json(response).get("statements").forEach(s -> {
            String id = s.get("verb").get("id").stringValue();
            verbs.add(id.substring(id.lastIndexOf('/') + 1));
        });
        return verbs;
    }
}
