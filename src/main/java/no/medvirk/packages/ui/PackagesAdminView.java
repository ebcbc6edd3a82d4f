package no.medvirk.packages.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import no.medvirk.identity.Role;
import no.medvirk.packages.PackageSummary;
import no.medvirk.packages.PackageUpload;
import no.medvirk.packages.Packages;
import no.medvirk.shared.ui.Pages;

/**
 * The course administrator's packages: the SCORM and cmi5 packages imported, with their standard and latest
 * version, and the upload that adds a package or a new version of one.
 */
@Route("kursadmin/pakker")
@Menu(title = "menu.packages", order = 31, icon = "vaadin:package")
@RolesAllowed(Role.Names.COURSE_ADMIN)
public class PackagesAdminView extends Main implements HasDynamicTitle {

    private final Packages packages;
    private final Grid<PackageSummary> grid = new Grid<>();
    private final Div empty = new Div();

    public PackagesAdminView(Packages packages, PackageUpload upload) {
        this.packages = packages;
        addClassName("page");
        var time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.addColumn(PackageSummary::title).setHeader(getTranslation("packages-admin.package")).setFlexGrow(3)
                .setTooltipGenerator(PackageSummary::title);
        grid.addColumn(p -> p.standard().label()).setHeader(getTranslation("packages-admin.standard"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PackageSummary::latestVersion).setHeader(getTranslation("packages-admin.version"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PackageSummary::identifier).setHeader(getTranslation("packages-admin.identifier"))
                .setFlexGrow(2).setTooltipGenerator(PackageSummary::identifier);
        grid.addColumn(p -> time.format(p.updatedAt())).setHeader(getTranslation("packages-admin.updated"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setAriaLabel(getTranslation("packages-admin.list"));
        grid.setAllRowsVisible(true);
        var icon = VaadinIcon.PACKAGE.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        empty.add(icon, new H2(getTranslation("packages-admin.empty-title")),
                new Paragraph(getTranslation("packages-admin.empty-text")));
        empty.addClassName("empty-state");
        add(new H1(getTranslation("packages-admin.title")), new Paragraph(getTranslation("packages-admin.intro")),
                grid, empty, new PackageUploadSection(upload, this::refresh));
        refresh();
    }

    private void refresh() {
        var all = packages.list();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return Pages.title(this, "packages-admin.title");
    }
}
