package no.medvirk.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import no.medvirk.shared.Language;
import no.medvirk.shared.SessionLanguage;

/**
 * One button that switches between bokmål and English. Its label is in the language it switches to, marked with
 * {@code lang} so a screen reader pronounces it right.
 */
public class LanguageSwitch extends Button {

    public LanguageSwitch(SessionLanguage sessionLanguage) {
        Language other = sessionLanguage.current() == Language.NB ? Language.EN : Language.NB;
        setText(getTranslation("language.switch-to." + other.code()));
        getElement().setAttribute("lang", other.code());
        getElement().setAttribute("aria-label", getTranslation("language.switch-to-label." + other.code()));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("language-switch");
        addClickListener(click -> {
            sessionLanguage.choose(other);
            UI.getCurrent().getPage().reload();
        });
    }
}
