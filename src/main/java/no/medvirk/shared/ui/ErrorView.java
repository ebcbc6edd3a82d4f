package no.medvirk.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The content of an error page inside the main layout: what happened, in the user's language, and the way home.
 * Each subclass implements {@code HasErrorParameter} itself: Vaadin finds error views by that interface.
 */
abstract class ErrorView extends Main implements HasDynamicTitle {

    private final String titleKey;

    ErrorView(String titleKey, String textKey) {
        this.titleKey = titleKey;
        addClassName("page");
        add(new H1(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)),
                new Anchor("", getTranslation("error.go-home")));
    }

    @Override
    public String getPageTitle() {
        return Pages.title(this, titleKey);
    }
}
