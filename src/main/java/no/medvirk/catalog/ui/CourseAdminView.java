package no.medvirk.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.medvirk.catalog.CourseCatalog;
import no.medvirk.catalog.CourseImportResult;
import no.medvirk.catalog.CourseImporter;
import no.medvirk.catalog.CourseSummary;
import no.medvirk.catalog.CourseUpload;
import no.medvirk.catalog.export.CoursePackages;
import no.medvirk.identity.Role;
import no.medvirk.shared.Language;
import no.medvirk.shared.ui.Pages;
import no.medvirk.shared.ui.UserMessages;

/**
 * A course administrator's home: the courses imported from courses/, their versions, a button to import again,
 * each course's download as a SCORM 2004 or cmi5 package, and what is wrong with any course that could not be
 * imported (file, line, what to do).
 */
@Route("kursadmin")
@Menu(title = "menu.course-admin", order = 30, icon = "vaadin:book")
@RolesAllowed(Role.Names.COURSE_ADMIN)
public class CourseAdminView extends Main implements HasDynamicTitle {

    private final CourseCatalog catalog;
    private final CourseImporter importer;
    private final Grid<CourseSummary> grid = new Grid<>();
    private final Div empty = new Div();
    private final Section problems = new Section();
    private final Section shared = new Section();

    public CourseAdminView(CourseCatalog catalog, CourseImporter importer, CourseUpload upload,
            CoursePackages packages) {
        this.catalog = catalog;
        this.importer = importer;
        addClassName("page");
        var reload = new Button(getTranslation("course-admin.reload"), VaadinIcon.REFRESH.create(), click -> reload());
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Language language = Language.of(getLocale());
        grid.addColumn(c -> c.title().in(language)).setHeader(getTranslation("course-admin.course"));
        grid.addColumn(CourseSummary::id).setHeader(getTranslation("course-admin.id"));
        grid.addColumn(CourseSummary::version).setHeader(getTranslation("course-admin.version")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> getTranslation(c.published() ? "course-admin.published" : "course-admin.unpublished"))
                .setHeader(getTranslation("course-admin.status"));
        grid.addComponentColumn(c -> {
            var toggle = new Button(getTranslation(c.published() ? "course-admin.unpublish" : "course-admin.publish"),
                    click -> {
                        catalog.setPublished(c.id(), !c.published());
                        UserMessages.success(this, c.published() ? "course-admin.unpublished-done"
                                : "course-admin.published-done", c.title().in(language));
                        refresh();
                    });
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            toggle.setAriaLabel(getTranslation(c.published() ? "course-admin.unpublish-named"
                    : "course-admin.publish-named", c.title().in(language)));
            return toggle;
        }).setHeader(getTranslation("course-admin.actions")).setKey("actions");
        grid.addComponentColumn(c -> new PackageDownloads(packages, c, language))
                .setHeader(getTranslation("course-admin.export")).setKey("export").setAutoWidth(true).setFlexGrow(0);
        grid.setAriaLabel(getTranslation("course-admin.title"));
        grid.setAllRowsVisible(true);
        var icon = VaadinIcon.BOOK.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        empty.add(icon, new H2(getTranslation("course-admin.empty-title")),
                new Paragraph(getTranslation("course-admin.empty-text")));
        empty.addClassName("empty-state");
        add(new H1(getTranslation("course-admin.title")), new Paragraph(getTranslation("course-admin.intro")), reload,
                grid, new Paragraph(getTranslation("course-admin.export-help")), empty, problems, new CourseUploadSection(upload, this::refresh), shared);
        refresh();
    }

    private void reload() {
        var results = importer.importAll();
        long fresh = results.stream().filter(r -> r.outcome() == CourseImportResult.Outcome.NEW_VERSION).count();
        long invalid = results.stream().filter(r -> r.outcome() == CourseImportResult.Outcome.INVALID).count();
        UserMessages.success(this, "course-admin.reloaded", fresh, results.size() - fresh - invalid, invalid);
        refresh();
    }

    private void refresh() {
        var courses = catalog.courses();
        grid.setItems(courses);
        grid.setVisible(!courses.isEmpty());
        empty.setVisible(courses.isEmpty());
        shared.removeAll();
        var usage = catalog.sharedUsage();
        if (!usage.isEmpty()) {
            var list = new UnorderedList();
            usage.forEach((path, users) -> list.add(new ListItem(getTranslation("course-admin.shared-used-by", path,
                    String.join(", ", users)))));
            shared.add(new H2(getTranslation("course-admin.shared")),
                    new Paragraph(getTranslation("course-admin.shared-intro")), list);
        }
        problems.removeAll();
        var invalid = importer.lastImport().stream()
                .filter(r -> r.outcome() == CourseImportResult.Outcome.INVALID).toList();
        if (!invalid.isEmpty()) {
            problems.add(new H2(getTranslation("course-admin.problems")),
                    new Paragraph(getTranslation("course-admin.problems-intro")));
            var list = new UnorderedList();
            invalid.forEach(r -> r.problems().forEach(p -> list.add(new ListItem(p.toString()))));
            list.addClassName("import-problems");
            problems.add(list);
        }
    }

    @Override
    public String getPageTitle() {
        return Pages.title(this, "course-admin.title");
    }
}
