package no.medvirk.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import no.medvirk.support.browser.Accessibility;
import no.medvirk.support.browser.AppPage;
import no.medvirk.support.browser.BrowserTest;
import no.medvirk.support.browser.LoginPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Dimension;

/** The first journey everybody takes: signing in, landing on their own home, and nothing more than their roles allow. */
class SignInJourneyIT extends BrowserTest {

    @Test
    void the_login_page_has_no_accessibility_violations() throws Exception {
        openLogin();
        screenshot("login");

        Accessibility.assertNoViolations(driver);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "deltaker  | /min-laering  | Min læring     | Min læring",
        "leder     | /mine-enheter | Mine enheter   | Mine enheter",
        "kursadmin | /kursadmin    | Kurs           | Kurs",
        "admin     | /admin        | Administrasjon | Personer"})
    void each_demo_account_signs_in_and_sees_its_home(String username, String home, String heading, String menuItem)
            throws Exception {
        AppPage page = openLogin().signIn(username, "demo").waitForPath(home);
        screenshot("home-" + username);

        assertThat(page.path()).isEqualTo(home);
        assertThat(page.heading()).isEqualTo(heading);
        assertThat(page.menuItems()).contains(menuItem);
        Accessibility.assertNoViolations(driver);
    }

    @Test
    void the_menu_shows_a_learner_only_what_a_learner_may_open() {
        AppPage page = openLogin().signIn("deltaker", "demo").waitForPath("/min-laering");

        assertThat(page.menuItems()).containsExactly("Kurskatalog", "Ressursbank", "Arrangementer", "Min læring",
                "Min kompetanse", "Mine kursbevis", "Mitt samtykke");
    }

    @Test
    void a_wrong_password_shows_an_error_and_starts_no_session() {
        LoginPage login = openLogin();

        login.signIn("deltaker", "feil-passord");
        login.waitUntilShown();

        assertThat(login.showsError()).isTrue();
        assertThat(login.errorText()).contains("Brukernavnet eller passordet er feil");
        assertThat(open("/min-laering").isLoginPage()).as("a protected page still asks for sign-in").isTrue();
    }

    @Test
    void the_accessibility_scan_does_find_violations_where_there_are_some() {
        driver.get("data:text/html,<html><body><img src='x.png'><a href='#'></a></body></html>");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Accessibility.assertNoViolations(driver))
                .hasMessageContaining("image-alt");
    }

    @Test
    void a_learner_cannot_open_an_admin_view_by_url() {
        openLogin().signIn("deltaker", "demo").waitForPath("/min-laering");

        AppPage page = open("/admin/personer");

        assertThat(page.heading()).isEqualTo("Ingen tilgang");
        assertThat(driver.getPageSource()).doesNotContain("admin@demo.medvirk.no");
        Accessibility.assertNoViolations(driver);
    }

    @Test
    void an_address_that_leads_nowhere_shows_the_not_found_page() {
        openLogin().signIn("deltaker", "demo").waitForPath("/min-laering");

        AppPage page = open("/finnes/ikke");

        assertThat(page.heading()).isEqualTo("Fant ikke siden");
        Accessibility.assertNoViolations(driver);
    }

    @Test
    void signing_in_works_with_the_keyboard_alone() {
        AppPage page = openLogin().signInWithKeyboard("leder", "demo").waitForPath("/mine-enheter");

        assertThat(page.path()).isEqualTo("/mine-enheter");
        Accessibility.assertNoViolations(driver);
    }

    @Test
    void the_home_fits_a_320_pixel_wide_phone() throws Exception {
        driver.manage().window().setSize(new Dimension(320, 640));
        AppPage page = openLogin().signIn("deltaker", "demo").waitForPath("/min-laering");
        screenshot("home-phone");

        assertThat(page.heading()).isEqualTo("Min læring");
        assertThat(page.horizontalOverflow()).isLessThanOrEqualTo(0);
        Accessibility.assertNoViolations(driver);
    }

    @Test
    void signing_out_ends_the_session() {
        AppPage page = openLogin().signIn("deltaker", "demo").waitForPath("/min-laering");

        page.openUserMenuAndSignOut("Logg ut");

        assertThat(open("/min-laering").isLoginPage()).isTrue();
    }
}
