package no.medvirk.shared.ui;

import com.vaadin.flow.component.Component;

/** The one way page titles are written: what the page is, then the product name. */
public final class Pages {

    private Pages() {}

    public static String title(Component view, String titleKey) {
        return view.getTranslation(titleKey) + " – " + view.getTranslation("app.name");
    }
}
