package no.medvirk.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.People;
import no.medvirk.identity.PersonDetails;
import no.medvirk.identity.Role;
import no.medvirk.shared.ui.Pages;

/** Administrators find, create and change people, give them roles and deactivate them. */
@Route("admin/personer")
@Menu(title = "menu.people", order = 41, icon = "vaadin:users")
@RolesAllowed(Role.Names.ADMIN)
public class PeopleView extends Main implements HasDynamicTitle {

    private final People people;
    private final Organisations organisations;
    private final TextField search = new TextField();
    private final Grid<PersonDetails> grid = new Grid<>();

    public PeopleView(People people, Organisations organisations) {
        this.people = people;
        this.organisations = organisations;
        addClassName("page");
        search.setLabel(getTranslation("people.search"));
        search.setPlaceholder(getTranslation("people.search-placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        var create = new Button(getTranslation("people.new"), VaadinIcon.PLUS.create(), click -> edit(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var toolbar = new FlexLayout(search, create);
        toolbar.addClassName("toolbar");

        grid.addColumn(PersonDetails::fullName).setHeader(getTranslation("person.full-name")).setSortable(true);
        grid.addColumn(PersonDetails::username).setHeader(getTranslation("person.username"));
        grid.addColumn(PersonDetails::organisationName).setHeader(getTranslation("person.organisation"));
        grid.addColumn(p -> p.roles().stream().sorted().map(r -> getTranslation(r.i18nKey()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("person.roles"));
        grid.addColumn(p -> getTranslation(p.active() ? "person.active" : "person.inactive"))
                .setHeader(getTranslation("person.status"));
        grid.addComponentColumn(p -> {
            var open = new Button(getTranslation("people.edit"), click -> edit(p));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            open.setAriaLabel(getTranslation("people.edit-person", p.fullName()));
            return open;
        }).setHeader(getTranslation("people.actions"));
        grid.setAriaLabel(getTranslation("people.title"));
        add(new H1(getTranslation("people.title")), toolbar, grid);
        refresh();
    }

    private void edit(PersonDetails person) {
        new PersonEditor(people, organisations, person, this::refresh).open();
    }

    private void refresh() {
        grid.setItems(people.search(search.getValue()));
    }

    @Override
    public String getPageTitle() {
        return Pages.title(this, "people.title");
    }
}
