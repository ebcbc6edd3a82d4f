package no.medvirk.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Shown, with status 403, when a signed-in user opens a view their roles do not allow. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    public AccessDeniedView() {
        addClassName("page");
        add(new H1(getTranslation("error.access-denied.title")),
                new Paragraph(getTranslation("error.access-denied.text")),
                new Anchor("", getTranslation("error.go-home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpStatusCode.FORBIDDEN.getCode();
    }

    @Override
    public String getPageTitle() {
        return Pages.title(this, "error.access-denied.title");
    }
}
