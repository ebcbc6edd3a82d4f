package no.medvirk.learning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.medvirk.identity.Role;
import no.medvirk.shared.CurrentUser;
import no.medvirk.shared.ui.Pages;

/** "Min læring": a learner's courses in progress and finished. Until they have any, a friendly start. */
@Route("min-laering")
@Menu(title = "menu.my-learning", order = 10, icon = "vaadin:academy-cap")
@RolesAllowed(Role.Names.LEARNER)
public class MyLearningView extends Main implements HasDynamicTitle {

    public MyLearningView(CurrentUser currentUser) {
        addClassName("page");
        var icon = VaadinIcon.ACADEMY_CAP.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        var empty = new Div(icon, new H2(getTranslation("my-learning.empty-title")),
                new Paragraph(getTranslation("my-learning.empty-text")));
        empty.addClassName("empty-state");
        add(new H1(getTranslation("my-learning.title")),
                new Paragraph(getTranslation("my-learning.greeting", currentUser.require().fullName())), empty);
    }

    @Override
    public String getPageTitle() {
        return Pages.title(this, "my-learning.title");
    }
}
