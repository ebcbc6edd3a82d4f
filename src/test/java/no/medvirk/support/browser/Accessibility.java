package no.medvirk.support.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** axe-core's WCAG 2.1 A and AA rules, run on the page as the browser shows it now. */
public final class Accessibility {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {}

    public static void assertNoViolations(WebDriver driver) {
        assertNoViolations(driver, new String[0]);
    }

    /**
     * The same, leaving out what matches these selectors: content Medvirk hosts but did not write, such as a SCORM
     * package's frame.
     */
    public static void assertNoViolations(WebDriver driver, String... excluded) {
        AxeBuilder builder = new AxeBuilder().withTags(WCAG_21_AA);
        for (String selector : excluded) {
            builder.exclude(selector);
        }
        Results results = builder.analyze(driver);
        assertThat(results.isErrored()).as("axe-core ran without error: %s", results.getErrorMessage()).isFalse();
        assertThat(results.getViolations()).as("WCAG 2.1 A/AA violations on %s:%n%s", driver.getCurrentUrl(),
                describe(results.getViolations())).isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                + rule.getNodes().stream().map(node -> "\n    " + node.getTarget() + " " + node.getHtml() + "\n      "
                        + node.getFailureSummary()).collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }
}
