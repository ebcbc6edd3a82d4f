package no.medvirk.catalog.ui;

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
import no.medvirk.shared.ui.Pages;

/** A course administrator's home: the courses they publish. Until there are any, where courses come from. */
@Route("kursadmin")
@Menu(title = "menu.course-admin", order = 30, icon = "vaadin:book")
@RolesAllowed(Role.Names.COURSE_ADMIN)
public class CourseAdminView extends Main implements HasDynamicTitle {

    public CourseAdminView() {
        addClassName("page");
        var icon = VaadinIcon.BOOK.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        var empty = new Div(icon, new H2(getTranslation("course-admin.empty-title")),
                new Paragraph(getTranslation("course-admin.empty-text")));
        empty.addClassName("empty-state");
        add(new H1(getTranslation("course-admin.title")), new Paragraph(getTranslation("course-admin.intro")), empty);
    }

    @Override
    public String getPageTitle() {
        return Pages.title(this, "course-admin.title");
    }
}
