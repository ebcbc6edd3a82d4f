package no.medvirk.shared;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import no.medvirk.identity.People;
import no.medvirk.shared.ui.LanguageSwitch;
import no.medvirk.support.KaribuViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MainLayoutTest extends KaribuViewTest {

    @Autowired
    People people;

    @Test
    void a_learner_is_offered_only_their_own_learning() {
        signInAs("deltaker");
        UI.getCurrent().navigate("");

        assertThat(menu()).containsExactly("Kurskatalog", "Ressursbank", "Arrangementer", "Min læring", "Min kompetanse",
                "Mine kursbevis", "Mitt samtykke");
    }

    @Test
    void a_leader_who_is_also_a_learner_sees_both_homes() {
        signInAs("leder");
        UI.getCurrent().navigate("");

        assertThat(menu()).containsExactly("Kurskatalog", "Ressursbank", "Arrangementer", "Min læring", "Min kompetanse",
                "Mine kursbevis", "Mine enheter", "Kompetanseoversikt", "Mitt samtykke");
    }

    @Test
    void an_administrator_sees_the_administration_and_no_learning() {
        signInAs("admin");
        UI.getCurrent().navigate("");

        assertThat(menu()).containsExactly("Kurskatalog", "Ressursbank", "Arrangementer", "Rapporter",
                "Ressursbank (admin)", "Administrasjon", "Personer", "Organisasjoner", "LRS-klienter", "LRS-utsagn",
                "LRS-videresending", "Mitt samtykke");
    }

    @Test
    void switching_to_english_changes_the_session_language_and_is_remembered_for_the_person() {
        signInAs("kursadmin");
        UI.getCurrent().navigate("");

        _click(_get(LanguageSwitch.class));

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Language.EN.locale());
        assertThat(people.findByUsername("kursadmin").orElseThrow().preferredLanguage()).isEqualTo(Language.EN);
        people.preferLanguage(people.findByUsername("kursadmin").orElseThrow().id(), Language.NB);
    }

    private static java.util.List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
