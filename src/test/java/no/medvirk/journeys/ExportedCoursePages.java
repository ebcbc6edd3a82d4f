package no.medvirk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import no.medvirk.catalog.source.CourseSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A learner in an exported course's page (catalog.export's player, wherever it is played): the driver is already in
 * the page's document. Goes through the parts with the keyboard and answers the quizzes right from the course's own
 * quiz files.
 */
final class ExportedCoursePages {

    private final WebDriver driver;

    ExportedCoursePages(WebDriver driver) {
        this.driver = driver;
    }

    /** Waits until the page shows one part with its title. */
    void waitUntilShown() {
        waitFor(() -> !driver.findElements(By.cssSelector("main > section:not([hidden]) h1")).isEmpty()
                && driver.findElements(By.cssSelector("main > section:not([hidden])")).size() == 1);
    }

    /** From the item at {@code from} to the end: Next on a lesson, every right answer and Hand in on a quiz. */
    void goThrough(List<CourseSource.Item> items, int from) {
        for (int i = from; i < items.size(); i++) {
            assertThat(heading()).isEqualTo(title(items.get(i)));
            if (items.get(i) instanceof CourseSource.Quiz quiz) {
                answerRight(quiz, "del-" + (i + 1));
            }
            if (i < items.size() - 1) {
                next();
                assertThat(active()).as("focus on the new part's title").isEqualTo("H1");
            }
        }
    }

    /** Answers every question right, hands in, and finds the focus on the result. */
    void answerRight(CourseSource.Quiz quiz, String section) {
        answer(quiz, section, true);
        assertThat(active()).as("focus on the result").isEqualTo("P");
    }

    /** Answers every question of the quiz with the keyboard, right or wrong, hands in and waits for the result. */
    void answer(CourseSource.Quiz quiz, String section, boolean right) {
        WebElement form = driver.findElement(By.cssSelector("#" + section + " form"));
        for (CourseSource.Question question : quiz.questions()) {
            WebElement block = form.findElement(By.cssSelector("[data-question='" + question.id() + "']"));
            switch (question.type()) {
                case "single", "multiple" -> {
                    List<Integer> options = IntStream.range(0, question.options().size())
                            .filter(o -> question.options().get(o).correct() == right).boxed().toList();
                    for (int o : right ? options : options.subList(0, 1)) {
                        block.findElement(By.cssSelector("input[value='" + o + "']")).sendKeys(Keys.SPACE);
                    }
                }
                case "true-false" -> block.findElement(By.cssSelector("input[value='"
                        + (Boolean.TRUE.equals(question.answer()) == right) + "']")).sendKeys(Keys.SPACE);
                default -> block.findElement(By.tagName("textarea")).sendKeys("Mine tanker");
            }
        }
        form.findElement(By.cssSelector("button.hand-in")).sendKeys(Keys.ENTER);
        String result = right ? "Bestått" : "Ikke bestått";
        waitFor(() -> form.findElement(By.cssSelector(".quiz-result")).getText().startsWith(result));
    }

    /** The page's own Exit: the runtime's last commit and the end of its session. */
    void exit() {
        pressExit();
        waitFor(() -> text("#course-notice").startsWith("Fremdriften er lagret"));
    }

    /** Exit, and nothing waited for: a cmi5 page goes on to its returnURL. */
    void pressExit() {
        button("exit").sendKeys(Keys.ENTER);
    }

    void next() {
        String before = heading();
        button("next").sendKeys(Keys.ENTER);
        waitFor(() -> !heading().equals(before));
    }

    String heading() {
        return driver.findElement(By.cssSelector("main > section:not([hidden]) h1")).getText();
    }

    String text(String selector) {
        return driver.findElement(By.cssSelector(selector)).getText();
    }

    String active() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return document.activeElement.tagName"));
    }

    static String title(CourseSource.Item item) {
        return switch (item) {
            case CourseSource.Lesson lesson -> lesson.title().nb();
            case CourseSource.Quiz quiz -> quiz.title().nb();
        };
    }

    WebElement button(String go) {
        return driver.findElement(By.cssSelector("[data-go='" + go + "']"));
    }

    private void waitFor(BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }
}
