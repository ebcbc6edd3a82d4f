package no.medvirk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import no.medvirk.competence.CompetenceFrameworks;
import no.medvirk.competence.CompetenceProfiles;
import no.medvirk.identity.People;
import no.medvirk.support.browser.Accessibility;
import no.medvirk.support.browser.AppPage;
import no.medvirk.support.browser.BrowserTest;
import no.medvirk.support.browser.CompetencePage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A leader goes through their people's competence by keyboard only: from the menu to the matrix, to Dina Deltaker,
 * confirms an item with a comment; axe-core finds nothing on the matrix nor on Dina's page; the matrix fits a phone.
 */
class CompetenceOverviewJourneyIT extends BrowserTest {

    @Autowired
    People people;

    @Autowired
    CompetenceFrameworks frameworks;

    @Autowired
    no.medvirk.competence.CompetenceProfiles profiles;

    @Test
    void a_leader_confirms_an_item_for_dina_with_the_keyboard_and_finds_no_accessibility_violations()
            throws Exception {
        String dina = people.findByUsername("deltaker").orElseThrow().id().toString();
        String item = frameworks.framework(CompetenceProfiles.NATIONAL_ADVICE).orElseThrow().levels().getFirst()
                .items().get(1).id();
        // Dina has ticked the self-assessment statement for the item (as on Min kompetanse); the leader confirms it.
        var statement = frameworks.framework(CompetenceProfiles.NATIONAL_ADVICE).orElseThrow().levels().getFirst()
                .checklist().statements().stream().filter(s -> s.items().contains(item)).findFirst().orElseThrow();
        var dinaId = people.findByUsername("deltaker").orElseThrow().id();
        profiles.selfAssess(dinaId, CompetenceProfiles.NATIONAL_ADVICE, statement.id(), true);
        AppPage home = openLogin().signIn("leder", "demo").waitForPath("/mine-enheter");
        var page = new CompetencePage(driver);

        page.tabTo("vaadin-side-nav-item[path='kompetanse/oversikt']").press(Keys.ENTER);
        home.waitForPath("/kompetanse/oversikt");

        assertThat(home.heading()).isEqualTo("Kompetanseoversikt");
        assertThat(page.people()).contains("Dina Deltaker", "Aud Eksempel").doesNotContain("Per Prøve");
        screenshot("competence-matrix");
        Accessibility.assertNoViolations(driver);

        page.tabTo(CompetencePage.personLink(dina)).press(Keys.ENTER);
        home.waitForPath("/kompetanse/oversikt/" + dina);
        home.waitUntilHeading("Dina Deltaker");

        page.tabTo("#item-" + item + " summary").press(Keys.ENTER);
        page.tabTo("#item-" + item + " textarea").press("Dina la fram brukerrådets innspill på en god måte.");
        page.tabTo("#item-" + item + " vaadin-button").press(Keys.ENTER);

        assertThat(page.waitForEvidence(item, "Dina la fram brukerrådets innspill"))
                .contains("bekreftet av Lars Leder");
        // Self-assessed and confirmed: achieved under the national advice's rule.
        assertThat(profiles.statusOf(dinaId).get(item).status())
                .isEqualTo(no.medvirk.competence.ItemStatus.Status.ACHIEVED);
        screenshot("competence-person");
        Accessibility.assertNoViolations(driver);
    }

    @Test
    void the_matrix_fits_a_320_pixel_wide_phone() throws Exception {
        driver.manage().window().setSize(new Dimension(320, 640));
        openLogin().signIn("leder", "demo").waitForPath("/mine-enheter");

        AppPage overview = open("/kompetanse/oversikt");

        assertThat(overview.heading()).isEqualTo("Kompetanseoversikt");
        assertThat(overview.horizontalOverflow()).isLessThanOrEqualTo(0);
        screenshot("competence-matrix-phone");
        Accessibility.assertNoViolations(driver);
    }
}
