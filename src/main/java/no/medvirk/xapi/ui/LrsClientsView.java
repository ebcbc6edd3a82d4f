package no.medvirk.xapi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import no.medvirk.identity.Role;
import no.medvirk.shared.ui.Pages;
import no.medvirk.shared.ui.UserMessages;
import no.medvirk.xapi.Scope;
import no.medvirk.xapi.XapiClient;
import no.medvirk.xapi.XapiClients;

/** Administrators give programs (course players, other LMSs) access to the LRS, rotate secrets and disable them. */
@Route("admin/lrs/klienter")
@Menu(title = "menu.lrs-clients", order = 43, icon = "vaadin:key")
@RolesAllowed(Role.Names.ADMIN)
public class LrsClientsView extends Main implements HasDynamicTitle {

    private final XapiClients clients;
    private final Grid<XapiClient> grid = new Grid<>();

    public LrsClientsView(XapiClients clients) {
        this.clients = clients;
        addClassName("page");
        var create = new Button(getTranslation("lrs-clients.new"), VaadinIcon.PLUS.create(),
                click -> new LrsClientEditor(clients, this::created).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(XapiClient::name).setHeader(getTranslation("lrs-clients.name"));
        grid.addColumn(XapiClient::key).setHeader(getTranslation("lrs-clients.key"));
        grid.addColumn(c -> c.scopes().stream().map(Scope::xapiName).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("lrs-clients.scopes"));
        grid.addColumn(c -> getTranslation(c.active() ? "lrs-clients.active" : "lrs-clients.disabled"))
                .setHeader(getTranslation("lrs-clients.status"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("lrs-clients.actions"));
        grid.setAriaLabel(getTranslation("lrs-clients.title"));
        grid.setAllRowsVisible(true);
        add(new H1(getTranslation("lrs-clients.title")), new Paragraph(getTranslation("lrs-clients.intro")), create,
                grid);
        refresh();
    }

    private HorizontalLayout actions(XapiClient client) {
        var rotate = new Button(getTranslation("lrs-clients.rotate"), click -> {
            String secret = clients.rotateSecret(client.id());
            new SecretDialog(client.key(), secret).open();
        });
        rotate.setAriaLabel(getTranslation("lrs-clients.rotate-for", client.name()));
        var toggle = new Button(getTranslation(client.active() ? "lrs-clients.disable" : "lrs-clients.enable"),
                click -> {
                    clients.setActive(client.id(), !client.active());
                    UserMessages.success(this, client.active() ? "lrs-clients.disabled-done" : "lrs-clients.enabled-done",
                            client.name());
                    refresh();
                });
        toggle.setAriaLabel(getTranslation(client.active() ? "lrs-clients.disable-for" : "lrs-clients.enable-for",
                client.name()));
        rotate.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return new HorizontalLayout(rotate, toggle);
    }

    private void created(XapiClients.Credentials credentials) {
        refresh();
        new SecretDialog(credentials.key(), credentials.secret()).open();
    }

    private void refresh() {
        grid.setItems(clients.all());
    }

    @Override
    public String getPageTitle() {
        return Pages.title(this, "lrs-clients.title");
    }
}
