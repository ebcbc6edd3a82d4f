package no.medvirk.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import no.medvirk.shared.MedvirkProperties;
import no.medvirk.shared.SessionLanguage;
import no.medvirk.shared.ui.LanguageSwitch;
import no.medvirk.shared.ui.Pages;

/** Sign-in with username (or e-mail address) and password; Spring Security checks them at POST /login. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView(SessionLanguage sessionLanguage, MedvirkProperties properties) {
        addClassName("login-page");
        var top = new Div(new Span(getTranslation("app.name")), new LanguageSwitch(sessionLanguage));
        top.addClassName("login-top");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        add(top, form);
        if (properties.registration().enabled()) {
            var register = new Anchor("registrer", getTranslation("login.register-link"));
            register.addClassName("register-link");
            add(register);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setError(true);
        }
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        var texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot-password"));
        var error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error-title"));
        error.setMessage(getTranslation("login.failed"));
        error.setUsername(getTranslation("login.username-required"));
        error.setPassword(getTranslation("login.password-required"));
        i18n.setAdditionalInformation(null);
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return Pages.title(this, "login.title");
    }
}
