package no.medvirk.xapi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.medvirk.identity.Role;
import no.medvirk.shared.ui.Pages;
import no.medvirk.shared.ui.UserMessages;
import no.medvirk.xapi.StatementForwarding;

/** Whether statements are copied to an external LRS, how many wait, and the ones that gave up, to retry. */
@Route("admin/lrs/videresending")
@Menu(title = "menu.lrs-forwarding", order = 45, icon = "vaadin:exchange")
@RolesAllowed(Role.Names.ADMIN)
public class ForwardingView extends Main implements HasDynamicTitle {

    static final int DEAD_LETTERS_SHOWN = 200;

    private final StatementForwarding forwarding;
    private final Paragraph status = new Paragraph();
    private final Grid<StatementForwarding.DeadLetter> deadLetters = new Grid<>();

    public ForwardingView(StatementForwarding forwarding) {
        this.forwarding = forwarding;
        addClassName("page");
        deadLetters.addColumn(d -> d.statementId().toString()).setHeader(getTranslation("lrs-forwarding.statement"));
        deadLetters.addColumn(StatementForwarding.DeadLetter::attempts).setHeader(getTranslation("lrs-forwarding.attempts"));
        deadLetters.addColumn(StatementForwarding.DeadLetter::lastError).setHeader(getTranslation("lrs-forwarding.error"));
        deadLetters.setAriaLabel(getTranslation("lrs-forwarding.dead-letters"));
        deadLetters.setAllRowsVisible(true);
        var retry = new Button(getTranslation("lrs-forwarding.retry"), click -> {
            int retried = forwarding.retryDeadLetters();
            UserMessages.success(this, "lrs-forwarding.retried", retried);
            refresh();
        });
        add(new H1(getTranslation("lrs-forwarding.title")), status,
                new H2(getTranslation("lrs-forwarding.dead-letters")), retry, deadLetters);
        refresh();
    }

    private void refresh() {
        var now = forwarding.status();
        status.setText(now.enabled()
                ? getTranslation("lrs-forwarding.on", now.target(), now.waiting(), now.dead())
                : getTranslation("lrs-forwarding.off"));
        deadLetters.setItems(forwarding.deadLetters(DEAD_LETTERS_SHOWN));
    }

    @Override
    public String getPageTitle() {
        return Pages.title(this, "lrs-forwarding.title");
    }
}
