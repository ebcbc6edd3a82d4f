package no.medvirk.identity.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.PersonId;
import no.medvirk.identity.Role;
import no.medvirk.identity.UnitMembers;
import no.medvirk.shared.CurrentUser;
import no.medvirk.shared.ui.Pages;

/** A leader's home: the units they lead and who belongs to each. Nothing of units they do not lead. */
@Route(HomeView.LEADER_HOME)
@Menu(title = "menu.my-units", order = 20, icon = "vaadin:group")
@RolesAllowed(Role.Names.LEADER)
public class MyUnitsView extends Main implements HasDynamicTitle {

    public MyUnitsView(Organisations organisations, CurrentUser currentUser) {
        addClassName("page");
        add(new H1(getTranslation("my-units.title")), new Paragraph(getTranslation("my-units.intro")));
        var units = organisations.ledBy(new PersonId(currentUser.requirePersonId()));
        if (units.isEmpty()) {
            add(new Paragraph(getTranslation("my-units.none")));
        }
        units.forEach(unit -> add(section(unit)));
    }

    private Section section(UnitMembers unit) {
        var heading = new H2(unit.unit().name());
        var section = new Section(heading);
        section.addClassName("unit-section");
        if (unit.members().isEmpty()) {
            section.add(new Paragraph(getTranslation("my-units.no-members")));
            return section;
        }
        var grid = new Grid<UnitMembers.Member>();
        grid.addColumn(UnitMembers.Member::fullName).setHeader(getTranslation("person.full-name"));
        grid.addColumn(UnitMembers.Member::email).setHeader(getTranslation("person.email"));
        grid.addColumn(m -> getTranslation(m.active() ? "person.active" : "person.inactive"))
                .setHeader(getTranslation("person.status"));
        grid.setItems(unit.members());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("my-units.members-of", unit.unit().name()));
        section.add(grid);
        return section;
    }

    @Override
    public String getPageTitle() {
        return Pages.title(this, "my-units.title");
    }
}
