package no.medvirk.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import no.medvirk.identity.UnitMembers;
import no.medvirk.shared.ui.AccessDeniedView;
import no.medvirk.support.KaribuViewTest;
import org.junit.jupiter.api.Test;

class MyUnitsViewTest extends KaribuViewTest {

    @Test
    @SuppressWarnings("unchecked")
    void a_leader_sees_the_people_of_the_units_they_lead_and_no_others() {
        signInAs("leder");

        UI.getCurrent().navigate("mine-enheter");

        assertThat(_find(H2.class).stream().map(H2::getText))
                .containsExactly("Brukerrådet for psykisk helse og rus", "Psykisk helse og rus");
        var names = _find(Grid.class).stream().flatMap(g -> {
            Grid<UnitMembers.Member> grid = g;
            return java.util.stream.IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).fullName());
        }).toList();
        assertThat(names).containsExactly("Dina Deltaker", "Aud Eksempel", "Lars Leder").doesNotContain("Per Prøve");
    }

    @Test
    void a_learner_cannot_open_a_leaders_view() {
        signInAs("deltaker");

        UI.getCurrent().navigate("mine-enheter");

        _get(AccessDeniedView.class);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.startsWith("Du har ikke tilgang"));
    }
}
