package no.medvirk.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import no.medvirk.identity.OrganisationDetails;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.Role;
import no.medvirk.identity.UnitDetails;
import no.medvirk.shared.ui.Pages;
import org.jspecify.annotations.Nullable;

/** Administrators create organisations and the units inside them, nested as the organisation is. */
@Route("admin/organisasjoner")
@Menu(title = "menu.organisations", order = 42, icon = "vaadin:building")
@RolesAllowed(Role.Names.ADMIN)
public class OrganisationsView extends Main implements HasDynamicTitle {

    private final Organisations organisations;
    private final Grid<OrganisationDetails> grid = new Grid<>();
    private final TreeGrid<UnitDetails> units = new TreeGrid<>();
    private final H2 unitsHeading = new H2();
    private final Button addUnit = new Button(getTranslation("organisations.add-unit"), VaadinIcon.PLUS.create());
    private final Section unitsSection = new Section();

    public OrganisationsView(Organisations organisations) {
        this.organisations = organisations;
        addClassName("page");
        var create = new Button(getTranslation("organisations.new"), VaadinIcon.PLUS.create(),
                click -> new OrganisationEditor(organisations, null, this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.addColumn(OrganisationDetails::name).setHeader(getTranslation("organisation.name"));
        grid.addColumn(o -> getTranslation(o.kind().i18nKey())).setHeader(getTranslation("organisation.kind"));
        grid.addColumn(o -> getTranslation(o.openForRegistration() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("organisation.open-for-registration"));
        grid.addComponentColumn(o -> {
            var edit = new Button(getTranslation("people.edit"),
                    click -> new OrganisationEditor(organisations, o, this::refresh).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setAriaLabel(getTranslation("organisations.edit", o.name()));
            return edit;
        }).setHeader(getTranslation("people.actions"));
        grid.setAriaLabel(getTranslation("organisations.title"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> showUnits(change.getValue()));

        units.addHierarchyColumn(UnitDetails::name).setHeader(getTranslation("organisation.unit"));
        units.addComponentColumn(u -> {
            var rename = new Button(getTranslation("organisations.rename-unit"),
                    click -> UnitEditor.rename(organisations, u, this::refreshUnits).open());
            rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            rename.setAriaLabel(getTranslation("organisations.rename-unit-named", u.name()));
            return rename;
        }).setHeader(getTranslation("people.actions"));
        units.setAriaLabel(getTranslation("organisations.units"));
        units.setAllRowsVisible(true);
        addUnit.addClickListener(click -> selected().ifPresent(
                o -> UnitEditor.add(organisations, o, organisations.unitsOf(o.id()), this::refreshUnits).open()));
        unitsSection.add(unitsHeading, addUnit, units);
        unitsSection.setVisible(false);

        add(new H1(getTranslation("organisations.title")), new Paragraph(getTranslation("organisations.intro")),
                create, grid, unitsSection);
        refresh();
    }

    private java.util.Optional<OrganisationDetails> selected() {
        return grid.getSelectionModel().getFirstSelectedItem();
    }

    private void refresh() {
        var selectedId = selected().map(OrganisationDetails::id).orElse(null);
        List<OrganisationDetails> all = organisations.all();
        grid.setItems(all);
        all.stream().filter(o -> o.id().equals(selectedId)).findFirst().ifPresent(grid::select);
    }

    private void showUnits(@Nullable OrganisationDetails organisation) {
        unitsSection.setVisible(organisation != null);
        if (organisation != null) {
            unitsHeading.setText(getTranslation("organisations.units-of", organisation.name()));
            refreshUnits();
        }
    }

    private void refreshUnits() {
        selected().ifPresent(organisation -> {
            List<UnitDetails> all = organisations.unitsOf(organisation.id());
            units.setItems(all.stream().filter(u -> u.parentId() == null).toList(),
                    parent -> all.stream().filter(u -> Objects.equals(u.parentId(), parent.id())).toList());
            units.expandRecursively(all, Integer.MAX_VALUE);
        });
    }

    @Override
    public String getPageTitle() {
        return Pages.title(this, "organisations.title");
    }
}
