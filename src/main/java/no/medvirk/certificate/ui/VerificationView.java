package no.medvirk.certificate.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import no.medvirk.certificate.Certificates;
import no.medvirk.certificate.Verification;
import no.medvirk.shared.Language;
import no.medvirk.shared.SessionLanguage;
import no.medvirk.shared.ui.LanguageSwitch;
import no.medvirk.shared.ui.Pages;
import org.jspecify.annotations.Nullable;

/**
 * /verifiser/&lt;code&gt;, open to anyone without signing in: whether the certificate with the code is valid, revoked
 * (when) or replaced, with only what a verifier needs (name, course, date, issuer); or that the code is unknown.
 * Each lookup counts against the client's address ({@code VerificationThrottle}).
 */
@Route(value = "verifiser", autoLayout = false)
@AnonymousAllowed
public class VerificationView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final Certificates certificates;
    private final Section result = new Section();
    private final TextField code = new TextField();

    public VerificationView(Certificates certificates, SessionLanguage sessionLanguage) {
        this.certificates = certificates;
        addClassNames("login-page", "verify-page");
        var top = new Div(new Span(getTranslation("app.name")), new LanguageSwitch(sessionLanguage));
        top.addClassName("login-top");
        code.setLabel(getTranslation("verify.code"));
        code.setMaxLength(40);
        var check = new Button(getTranslation("verify.check"), click -> check());
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(Key.ENTER);
        var form = new Div(code, check);
        form.addClassName("verify-form");
        result.addClassName("verify-result");
        var content = new Div(new H1(getTranslation("verify.title")), result,
                new Paragraph(getTranslation("verify.intro")), form);
        content.addClassName("verify-content");
        add(top, content);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String parameter) {
        result.removeAll();
        if (parameter == null || parameter.isBlank()) {
            return;
        }
        code.setValue(parameter);
        show(parameter, certificates.verify(parameter, client()));
    }

    private void check() {
        if (!code.getValue().isBlank()) {
            getUI().ifPresent(ui -> ui.navigate("verifiser/" + URLEncoder.encode(code.getValue().strip(),
                    StandardCharsets.UTF_8).replace("+", "%20")));
        }
    }

    private void show(String typed, Verification verification) {
        var outcome = verification.outcome();
        var heading = new H2(getTranslation("verify." + outcome.name().toLowerCase() + "-heading"));
        result.add(heading);
        result.getElement().setAttribute("role", "status");
        result.setClassName("verify-result");
        result.addClassName("verify-" + outcome.name().toLowerCase());
        switch (outcome) {
            case UNKNOWN -> result.add(new Paragraph(getTranslation("verify.unknown-text", typed)));
            case THROTTLED -> result.add(new Paragraph(getTranslation("verify.throttled-text")));
            case REVOKED -> result.add(new Paragraph(getTranslation("verify.revoked-text",
                    Dates.of(verification.changedAt(), getLocale()))), facts(verification));
            case REPLACED -> result.add(new Paragraph(getTranslation("verify.replaced-text",
                    Dates.of(verification.changedAt(), getLocale()))), facts(verification));
            case VALID -> result.add(facts(verification));
        }
    }

    private DescriptionList facts(Verification verification) {
        var list = new DescriptionList();
        add(list, "verify.name", verification.fullName());
        add(list, "verify.course", verification.course().in(Language.of(getLocale())));
        add(list, "verify.completed", Dates.of(verification.completedOn(), getLocale()));
        add(list, "verify.issuer", verification.issuer());
        return list;
    }

    private void add(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    /** The client's address: the request's, which a proxy's forwarded headers set when Spring is told to trust them. */
    private static String client() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getRemoteAddr() != null) {
            return request.getRemoteAddr();
        }
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getBrowser() == null ? "unknown" : session.getBrowser().getAddress();
    }

    @Override
    public String getPageTitle() {
        return Pages.title(this, "verify.title");
    }
}
