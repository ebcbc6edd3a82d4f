package no.medvirk.certificate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.medvirk.certificate.Certificate;
import no.medvirk.certificate.CertificateStatus;
import no.medvirk.certificate.Certificates;
import no.medvirk.identity.PersonId;
import no.medvirk.identity.Role;
import no.medvirk.shared.CurrentUser;
import no.medvirk.shared.Language;
import no.medvirk.shared.ui.Pages;
import no.medvirk.shared.ui.UserMessages;

/** A learner's certificates: each with its course, date and status, the PDF to download and the link to share. */
@Route("kursbevis")
@Menu(title = "menu.certificates", order = 16, icon = "vaadin:diploma")
@RolesAllowed(Role.Names.LEARNER)
public class MyCertificatesView extends Main implements HasDynamicTitle {

    public MyCertificatesView(Certificates certificates, CurrentUser currentUser) {
        addClassName("page");
        add(new H1(getTranslation("certificate.mine.title")), new Paragraph(getTranslation("certificate.mine.intro")));
        var mine = certificates.of(new PersonId(currentUser.requirePersonId()));
        if (mine.isEmpty()) {
            var icon = VaadinIcon.DIPLOMA.create();
            icon.getElement().setAttribute("aria-hidden", "true");
            var empty = new Div(icon, new H2(getTranslation("certificate.mine.empty-title")),
                    new Paragraph(getTranslation("certificate.mine.empty-text")),
                    new Anchor("katalog", getTranslation("menu.catalog")));
            empty.addClassName("empty-state");
            add(empty);
        }
        mine.forEach(certificate -> add(card(certificate, certificates.verifyUrl(certificate))));
    }

    private Section card(Certificate certificate, String verifyUrl) {
        Language language = Language.of(getLocale());
        String course = certificate.course().title().in(language);
        var status = new Span(getTranslation("certificate.status." + certificate.status().name().toLowerCase()));
        status.addClassNames("certificate-status", "status-" + certificate.status().name().toLowerCase());
        var facts = new Paragraph(getTranslation("certificate.mine.facts", String.valueOf(certificate.courseVersion()),
                Dates.of(certificate.completedAt(), getLocale())) + " · ");
        facts.add(status);
        var download = new Anchor("kursbevis/" + certificate.id() + ".pdf", getTranslation("certificate.download"));
        download.setRouterIgnore(true);
        download.getElement().setAttribute("download", true);
        download.getElement().setAttribute("aria-label", getTranslation("certificate.download-named", course));
        download.addClassName("certificate-download");
        var section = new Section(new H2(course), facts, download);
        if (certificate.status() == CertificateStatus.VALID) {
            var link = new TextField(getTranslation("certificate.verify-link", course));
            link.setValue(verifyUrl);
            link.setReadOnly(true);
            link.addClassName("certificate-link");
            link.setWidthFull();
            var copy = new Button(getTranslation("certificate.copy-link"), VaadinIcon.COPY.create(), click -> {
                getUI().ifPresent(ui -> ui.getPage().executeJs("navigator.clipboard && navigator.clipboard"
                        + ".writeText($0)", verifyUrl));
                UserMessages.success(this, "certificate.link-copied");
            });
            copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            copy.setAriaLabel(getTranslation("certificate.copy-link-named", course));
            section.add(new Paragraph(getTranslation("certificate.code", certificate.code())), link, copy);
        }
        section.addClassName("certificate-card");
        return section;
    }

    @Override
    public String getPageTitle() {
        return Pages.title(this, "certificate.mine.title");
    }
}
