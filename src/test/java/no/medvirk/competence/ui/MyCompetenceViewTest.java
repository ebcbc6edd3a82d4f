package no.medvirk.competence.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Set;
import no.medvirk.competence.CompetenceProfiles;
import no.medvirk.competence.LevelRef;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.People;
import no.medvirk.shared.ui.AccessDeniedView;
import no.medvirk.support.KaribuViewTest;
import no.medvirk.support.TestLearners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MyCompetenceViewTest extends KaribuViewTest {

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    CompetenceProfiles profiles;

    @Test
    void a_representative_sees_the_seven_items_of_their_level_not_started_and_a_learning_path() {
        signInAs(TestLearners.create(people, organisations));

        UI.getCurrent().navigate("kompetanse");

        assertThat(_get(H1.class).getText()).isEqualTo("Min kompetanse");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Bruker- og pårørenderepresentanter",
                "Din læringssti", "Egenvurdering", "Nivåer du følger");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("0 av 7 punkter oppnådd");
        assertThat(_find(Span.class).stream().filter(s -> s.hasClassName("competence-status")).map(Span::getText))
                .hasSize(7).containsOnly("Ikke startet");
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref)).contains("kurs/eksempelkurs");
    }

    @Test
    void ticking_a_statement_of_the_self_assessment_puts_its_items_in_progress_at_once() {
        String username = TestLearners.create(people, organisations);
        signInAs(username);
        UI.getCurrent().navigate("kompetanse");

        Checkbox first = _find(Checkbox.class).stream().filter(c -> !c.getLabel().isBlank()).findFirst()
                .orElseThrow();
        setValue(first, true);

        var person = people.findByUsername(username).orElseThrow().id();
        assertThat(profiles.ticked(person)).hasSize(1);
        assertThat(_find(Span.class).stream().filter(s -> s.hasClassName("competence-status")).map(Span::getText))
                .contains("Påbegynt");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_learner_chooses_the_levels_they_follow_and_an_empty_choice_is_refused() {
        String username = TestLearners.create(people, organisations);
        signInAs(username);
        UI.getCurrent().navigate("kompetanse");
        CheckboxGroup<LevelRef> levels = _get(CheckboxGroup.class);

        setValue(levels, Set.of());
        _click(_get(Button.class, spec -> spec.withText("Lagre nivåene")));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Velg minst ett nivå å følge.");

        var students = levels.getListDataView().getItems().filter(l -> l.frameworkId().equals("studenter"))
                .findFirst().orElseThrow();
        setValue(levels, Set.of(students));
        _click(_get(Button.class, spec -> spec.withText("Lagre nivåene")));

        assertThat(profiles.targets(people.findByUsername(username).orElseThrow().id())).containsExactly(students);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Nivåene er lagret.");
    }

    @Test
    void a_course_administrator_who_is_no_learner_has_no_competence_page() {
        signInAs("kursadmin");

        UI.getCurrent().navigate("kompetanse");

        _get(AccessDeniedView.class);
    }
}
