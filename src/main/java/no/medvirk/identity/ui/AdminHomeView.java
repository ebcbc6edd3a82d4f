package no.medvirk.identity.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.People;
import no.medvirk.identity.Role;
import no.medvirk.shared.ui.Pages;

/** An administrator's home: how many people and organisations there are, and the way to manage them. */
@Route(HomeView.ADMIN_HOME)
@Menu(title = "menu.admin", order = 40, icon = "vaadin:cogs")
@RolesAllowed(Role.Names.ADMIN)
public class AdminHomeView extends Main implements HasDynamicTitle {

    public AdminHomeView(People people, Organisations organisations) {
        addClassName("page");
        add(new H1(getTranslation("admin.title")), new Paragraph(getTranslation("admin.intro")));
        var links = new UnorderedList(
                new ListItem(new RouterLink(getTranslation("admin.people-link", people.count()), PeopleView.class)),
                new ListItem(new RouterLink(
                        getTranslation("admin.organisations-link", organisations.all().size(),
                                organisations.units().size()),
                        OrganisationsView.class)));
        links.addClassName("admin-links");
        add(links);
    }

    @Override
    public String getPageTitle() {
        return Pages.title(this, "admin.title");
    }
}
