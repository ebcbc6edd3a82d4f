package no.medvirk.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Shown, with status 404, for an address that leads nowhere. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    public NotFoundView() {
        addClassName("page");
        add(new H1(getTranslation("error.not-found.title")), new Paragraph(getTranslation("error.not-found.text")),
                new Anchor("", getTranslation("error.go-home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return Pages.title(this, "error.not-found.title");
    }
}
