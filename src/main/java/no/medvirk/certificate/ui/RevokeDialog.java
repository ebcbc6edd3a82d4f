package no.medvirk.certificate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import no.medvirk.certificate.Certificate;
import no.medvirk.certificate.Certificates;
import no.medvirk.identity.PersonId;
import no.medvirk.shared.DomainException;
import no.medvirk.shared.Language;
import no.medvirk.shared.ui.UserMessages;

/** Asks for the reason before a certificate is revoked; nothing changes without one. */
class RevokeDialog extends Dialog {

    private final TextArea reason = new TextArea();

    RevokeDialog(Certificates certificates, Certificate certificate, PersonId by, Runnable done) {
        setHeaderTitle(getTranslation("certificate-admin.revoke-title"));
        reason.setLabel(getTranslation("certificate-admin.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(Certificates.REASON_LENGTH);
        reason.setWidthFull();
        add(new Paragraph(getTranslation("certificate-admin.revoke-text", certificate.fullName(),
                certificate.course().title().in(Language.of(getLocale())))), reason);
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        var revoke = new Button(getTranslation("certificate-admin.revoke"), click -> {
            try {
                certificates.revoke(certificate.id(), reason.getValue(), by);
                UserMessages.success(this, "certificate-admin.revoked-done", certificate.fullName());
                close();
                done.run();
            } catch (DomainException e) {
                UserMessages.showOn(reason, getTranslation(e.messageKey(), e.arguments()));
            }
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(cancel, revoke);
    }
}
