package no.medvirk.certificate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.medvirk.catalog.CourseCatalog;
import no.medvirk.catalog.CourseSummary;
import no.medvirk.certificate.Certificate;
import no.medvirk.certificate.CertificateStatus;
import no.medvirk.certificate.Certificates;
import no.medvirk.identity.OrganisationDetails;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.PersonId;
import no.medvirk.identity.Role;
import no.medvirk.shared.CurrentUser;
import no.medvirk.shared.DomainException;
import no.medvirk.shared.Language;
import no.medvirk.shared.ui.Pages;
import no.medvirk.shared.ui.UserMessages;

/**
 * A course administrator's list of certificates by course and organisation: download one or all as a zip, revoke
 * with a reason, or reissue after a name correction.
 */
@Route("kursbevis-admin")
@Menu(title = "menu.certificate-admin", order = 32, icon = "vaadin:diploma")
@RolesAllowed(Role.Names.COURSE_ADMIN)
public class CertificateAdminView extends Main implements HasDynamicTitle {

    private final Certificates certificates;
    private final Select<String> course = new Select<>();
    private final Select<OrganisationDetails> organisation = new Select<>();
    private final Grid<Certificate> grid = new Grid<>();
    private final Paragraph count = new Paragraph();
    private final Anchor zip = new Anchor();
    private final Paragraph empty = new Paragraph();
    private final PersonId admin;

    public CertificateAdminView(Certificates certificates, CourseCatalog catalog, Organisations organisations,
            CurrentUser currentUser) {
        this.certificates = certificates;
        this.admin = new PersonId(currentUser.requirePersonId());
        addClassName("page");
        Language language = Language.of(getLocale());
        Map<String, String> titles = catalog.courses().stream()
                .collect(Collectors.toMap(CourseSummary::id, c -> c.title().in(language)));
        course.setLabel(getTranslation("certificate-admin.course"));
        course.setEmptySelectionAllowed(true);
        course.setEmptySelectionCaption(getTranslation("certificate-admin.all-courses"));
        course.setItems(certificates.courseIds());
        course.setItemLabelGenerator(id -> id == null ? getTranslation("certificate-admin.all-courses")
                : titles.getOrDefault(id, id));
        organisation.setLabel(getTranslation("certificate-admin.organisation"));
        organisation.setEmptySelectionAllowed(true);
        organisation.setEmptySelectionCaption(getTranslation("certificate-admin.all-organisations"));
        organisation.setItems(organisations.all());
        organisation.setItemLabelGenerator(o -> o == null ? getTranslation("certificate-admin.all-organisations")
                : o.name());
        course.addValueChangeListener(e -> refresh());
        organisation.addValueChangeListener(e -> refresh());
        var filters = new Div(course, organisation);
        filters.addClassName("certificate-filters");

        Function<Certificate, String> courseTitle = c -> c.course().title().in(language);
        grid.addColumn(Certificate::fullName).setHeader(getTranslation("certificate-admin.name"));
        grid.addColumn(courseTitle::apply).setHeader(getTranslation("certificate-admin.course"));
        grid.addColumn(Certificate::courseVersion).setHeader(getTranslation("certificate-admin.version"));
        grid.addColumn(Certificate::organisationName).setHeader(getTranslation("certificate-admin.organisation"));
        grid.addColumn(c -> Dates.of(c.issuedAt(), getLocale())).setHeader(getTranslation("certificate-admin.issued"));
        grid.addColumn(this::status).setHeader(getTranslation("certificate-admin.status"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("certificate-admin.actions"))
                .setKey("actions").setAutoWidth(true);
        grid.setAriaLabel(getTranslation("certificate-admin.title"));
        grid.setAllRowsVisible(true);
        zip.setText(getTranslation("certificate-admin.zip"));
        zip.setRouterIgnore(true);
        zip.addClassName("certificate-zip");
        empty.setText(getTranslation("certificate-admin.empty"));
        add(new H1(getTranslation("certificate-admin.title")), new Paragraph(getTranslation("certificate-admin.intro")),
                filters, count, zip, grid, empty);
        refresh();
    }

    private String status(Certificate certificate) {
        String status = getTranslation("certificate.status." + certificate.status().name().toLowerCase());
        return certificate.status() == CertificateStatus.REVOKED
                ? status + " " + Dates.of(certificate.revokedAt(), getLocale()) + ": " + certificate.revokedReason()
                : status;
    }

    private Div actions(Certificate certificate) {
        var download = new Anchor("kursbevis/" + certificate.id() + ".pdf", getTranslation("certificate.download"));
        download.setRouterIgnore(true);
        download.getElement().setAttribute("download", true);
        download.getElement().setAttribute("aria-label", getTranslation("certificate.download-named",
                certificate.fullName()));
        var actions = new Div(download);
        if (certificate.status() == CertificateStatus.VALID) {
            var reissue = new Button(getTranslation("certificate-admin.reissue"), click -> confirmReissue(certificate));
            reissue.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            reissue.setAriaLabel(getTranslation("certificate-admin.reissue-named", certificate.fullName()));
            var revoke = new Button(getTranslation("certificate-admin.revoke"),
                    click -> new RevokeDialog(certificates, certificate, admin, this::refresh).open());
            revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            revoke.setAriaLabel(getTranslation("certificate-admin.revoke-named", certificate.fullName()));
            actions.add(reissue, revoke);
        }
        actions.addClassName("certificate-actions");
        return actions;
    }

    private void confirmReissue(Certificate certificate) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("certificate-admin.reissue-title"));
        String currentName = certificates.currentName(certificate);
        dialog.setText(getTranslation("certificate-admin.reissue-text", currentName));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("certificate-admin.reissue"));
        dialog.addConfirmListener(event -> {
            try {
                var reissued = certificates.reissue(certificate.id());
                UserMessages.success(this, "certificate-admin.reissued-done", reissued.fullName());
            } catch (DomainException e) {
                com.vaadin.flow.component.notification.Notification.show(getTranslation(e.messageKey(),
                        e.arguments()));
            }
            refresh();
        });
        dialog.open();
    }

    private void refresh() {
        var list = certificates.search(course.getValue(), organisation.getValue() == null ? null
                : organisation.getValue().id());
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
        empty.setVisible(list.isEmpty());
        zip.setVisible(!list.isEmpty());
        count.setText(getTranslation("certificate-admin.count", list.size()));
        var query = new StringBuilder("kursbevis/arkiv.zip?course=");
        query.append(course.getValue() == null ? "" : URLEncoder.encode(course.getValue(), StandardCharsets.UTF_8));
        query.append("&organisation=").append(organisation.getValue() == null ? "" : organisation.getValue().id()
                .value());
        zip.setHref(query.toString());
    }

    @Override
    public String getPageTitle() {
        return Pages.title(this, "certificate-admin.title");
    }
}
