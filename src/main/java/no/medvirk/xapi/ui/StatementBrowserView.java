package no.medvirk.xapi.ui;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;
import no.medvirk.identity.Role;
import no.medvirk.shared.ui.Pages;
import no.medvirk.shared.ui.UserMessages;
import no.medvirk.xapi.LearningRecordStore;
import no.medvirk.xapi.StatementQuery;
import no.medvirk.xapi.XapiJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Administrators look into the LRS: the newest statements first, filtered by learner, verb, activity, registration
 * and time, loaded page by page as the grid scrolls. A click shows the statement's JSON.
 */
@Route("admin/lrs/utsagn")
@Menu(title = "menu.lrs-statements", order = 44, icon = "vaadin:list")
@RolesAllowed(Role.Names.ADMIN)
public class StatementBrowserView extends Main implements HasDynamicTitle {

    private final LearningRecordStore lrs;
    private final EmailField learner = new EmailField();
    private final TextField verb = new TextField();
    private final TextField activity = new TextField();
    private final TextField registration = new TextField();
    private final DateTimePicker since = new DateTimePicker();
    private final DateTimePicker until = new DateTimePicker();
    private final Grid<JsonNode> grid = new Grid<>();

    public StatementBrowserView(LearningRecordStore lrs) {
        this.lrs = lrs;
        addClassName("page");
        learner.setLabel(getTranslation("lrs-statements.learner"));
        verb.setLabel(getTranslation("lrs-statements.verb"));
        verb.setPlaceholder("http://adlnet.gov/expapi/verbs/completed");
        activity.setLabel(getTranslation("lrs-statements.activity"));
        registration.setLabel(getTranslation("lrs-statements.registration"));
        since.setLabel(getTranslation("lrs-statements.since"));
        until.setLabel(getTranslation("lrs-statements.until"));
        for (var field : List.of(learner, verb, activity, registration)) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(change -> refresh());
        }
        since.addValueChangeListener(change -> refresh());
        until.addValueChangeListener(change -> refresh());
        var filters = new FormLayout(learner, verb, activity, registration, since, until);

        var time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.addColumn(s -> time.format(Instant.parse(XapiJson.text(s, "stored"))))
                .setHeader(getTranslation("lrs-statements.stored")).setAutoWidth(true);
        grid.addColumn(StatementBrowserView::actor).setHeader(getTranslation("lrs-statements.actor"));
        grid.addColumn(s -> tail(XapiJson.text(s.path("verb"), "id"))).setHeader(getTranslation("lrs-statements.verb"));
        grid.addColumn(s -> XapiJson.text(s.path("object"), "id")).setHeader(getTranslation("lrs-statements.object"));
        grid.setAriaLabel(getTranslation("lrs-statements.title"));
        grid.addItemClickListener(click -> new StatementDialog(click.getItem()).open());
        grid.setHeight("60vh");
        add(new H1(getTranslation("lrs-statements.title")), new Paragraph(getTranslation("lrs-statements.intro")),
                filters, grid);
        refresh();
    }

    private void refresh() {
        registration.setInvalid(false);
        UUID registrationId = null;
        if (!registration.isEmpty()) {
            try {
                registrationId = UUID.fromString(registration.getValue().strip());
            } catch (IllegalArgumentException e) {
                UserMessages.showOn(registration, getTranslation("lrs-statements.registration-invalid"));
                return;
            }
        }
        var query = new StatementQuery(learner.isEmpty() ? null : "mbox:mailto:" + learner.getValue().strip(),
                blankToNull(verb.getValue()), blankToNull(activity.getValue()), registrationId, false, false,
                instant(since.getValue()), instant(until.getValue()), StatementQuery.MAX_LIMIT, false, null, null);
        grid.setItems(page -> lrs.browse(query, page.getOffset(), page.getLimit()).stream());
    }

    private static String actor(JsonNode statement) {
        JsonNode actor = statement.path("actor");
        String name = XapiJson.text(actor, "name");
        String mbox = XapiJson.text(actor, "mbox");
        return name != null ? name : mbox != null ? mbox.replace("mailto:", "") : actor.toString();
    }

    private static String tail(@Nullable String iri) {
        return iri == null ? "" : iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }

    private static @Nullable Instant instant(@Nullable LocalDateTime value) {
        return value == null ? null : value.atZone(ZoneId.systemDefault()).toInstant();
    }

    @Override
    public String getPageTitle() {
        return Pages.title(this, "lrs-statements.title");
    }
}
