package no.medvirk.competence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;
import no.medvirk.competence.CompetenceMatrix;
import no.medvirk.competence.CompetenceMatrixExport;
import no.medvirk.competence.CompetenceOverview;
import no.medvirk.competence.CompetenceProfiles;
import no.medvirk.competence.EvidenceEntry;
import no.medvirk.competence.ItemStatus;
import no.medvirk.competence.PersonCompetence;
import no.medvirk.identity.PersonId;
import no.medvirk.identity.Role;
import no.medvirk.shared.CurrentUser;
import no.medvirk.shared.DomainException;
import no.medvirk.shared.Language;
import no.medvirk.shared.ui.Pages;
import no.medvirk.shared.ui.UserMessages;

/**
 * One of the leader's people: each item of the levels they follow, its status, what they have shown for it, and a
 * form to confirm it with a comment. Anyone outside the leader's units is not found, as if they did not exist.
 */
@Route("kompetanse/oversikt/:personId")
@RolesAllowed(Role.Names.LEADER)
public class PersonCompetenceView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PERSON = "personId";

    private final CompetenceOverview overview;
    private final CompetenceProfiles profiles;
    private final PersonId leader;
    private final Clock clock;
    private final Language language;
    private PersonId person = new PersonId(new UUID(0, 0));
    private String name = "";

    public PersonCompetenceView(CompetenceOverview overview, CompetenceProfiles profiles, CurrentUser currentUser,
            Clock clock) {
        this.overview = overview;
        this.profiles = profiles;
        this.leader = new PersonId(currentUser.requirePersonId());
        this.clock = clock;
        this.language = Language.of(getLocale());
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(PERSON).orElse("");
        try {
            person = new PersonId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        show();
    }

    private void show() {
        PersonCompetence competence = overview.person(leader, person).orElseThrow(NotFoundException::new);
        name = competence.fullName();
        removeAll();
        add(new RouterLink(getTranslation("competence-person.back"), CompetenceOverviewView.class),
                new H1(name), new Paragraph(getTranslation("competence-person.intro", competence.unit().name())));
        if (competence.items().isEmpty()) {
            add(new Paragraph(getTranslation("competence-person.no-items")));
        }
        CompetenceMatrix.FollowedLevel current = null;
        for (PersonCompetence.Entry entry : competence.items()) {
            if (!entry.level().equals(current)) {
                current = entry.level();
                add(new H2(getTranslation("competence-overview.level-of", current.title().in(language),
                        current.frameworkTitle().in(language))));
            }
            add(item(entry));
        }
    }

    private Section item(PersonCompetence.Entry entry) {
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(clock.getZone());
        ItemStatus status = entry.status();
        var section = new Section();
        section.addClassName("competence-item");
        section.setId("item-" + entry.item().id());
        var heading = new H3(entry.item().text().in(language));
        heading.setId("item-heading-" + entry.item().id());
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        var badge = new StatusBadge(StatusBadge.look(status, clock.instant()), statusText(status, dates));
        var statusLine = new Paragraph(new Span(getTranslation("competence-person.status") + " "), badge);
        statusLine.addClassName("competence-item-status");
        section.add(heading, statusLine);
        if (status.achievedAt() != null) {
            section.add(new Paragraph(getTranslation("competence-person.achieved-at",
                    dates.format(status.achievedAt()))));
        }
        section.add(evidence(entry, dates), confirmForm(entry));
        return section;
    }

    private String statusText(ItemStatus status, DateTimeFormatter dates) {
        if (status.expiresSoon(clock.instant()) && status.expiresAt() != null) {
            return getTranslation("competence-overview.expires-soon-on", dates.format(status.expiresAt()));
        }
        if (status.status() == ItemStatus.Status.EXPIRED && status.expiresAt() != null) {
            return getTranslation("competence-overview.expired-on", dates.format(status.expiresAt()));
        }
        return getTranslation(CompetenceMatrixExport.statusKey(status.status()));
    }

    private Div evidence(PersonCompetence.Entry entry, DateTimeFormatter dates) {
        var block = new Div();
        block.addClassName("competence-evidence");
        if (entry.evidence().isEmpty()) {
            block.add(new Paragraph(getTranslation("competence-person.no-evidence")));
            return block;
        }
        var list = new UnorderedList();
        list.getElement().setAttribute("aria-label",
                getTranslation("competence-person.evidence-for", entry.item().text().in(language)));
        for (EvidenceEntry e : entry.evidence()) {
            String when = dates.format(e.at());
            String text = switch (e.kind()) {
                case LEADER -> getTranslation("competence-person.evidence.leader", when, e.source(),
                        e.comment() == null ? "" : e.comment());
                case SELF -> getTranslation("competence-person.evidence.self", when);
                case COURSE -> getTranslation(e.achieved() ? "competence-person.evidence.course-achieved"
                        : "competence-person.evidence.course-started", when, e.source());
            };
            var item = new ListItem(text);
            item.addClassName("evidence-" + e.kind().code());
            list.add(item);
        }
        block.add(new Paragraph(getTranslation("competence-person.evidence")), list);
        return block;
    }

    private NativeDetails confirmForm(PersonCompetence.Entry entry) {
        var comment = new TextArea(getTranslation("competence-person.comment"));
        comment.setHelperText(getTranslation("competence-person.comment-help"));
        comment.setRequiredIndicatorVisible(true);
        comment.setMaxLength(2000);
        comment.setWidthFull();
        var confirm = new Button(getTranslation("competence-person.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.getElement().setAttribute("aria-label", getTranslation("competence-person.confirm-item",
                entry.item().text().in(language)));
        confirm.addClickListener(click -> {
            try {
                profiles.confirm(leader, person, entry.item().id(), comment.getValue());
            } catch (DomainException e) {
                UserMessages.showOn(comment, getTranslation(e.messageKey(), e.arguments()));
                comment.focus();
                return;
            }
            UserMessages.success(this, "competence-person.confirmed", name);
            show();
        });
        var form = new Div(comment, confirm);
        form.addClassName("confirm-form");
        var details = new NativeDetails(getTranslation("competence-person.confirm-open"), form);
        details.addClassName("confirm-details");
        return details;
    }

    @Override
    public String getPageTitle() {
        return name.isEmpty() ? Pages.title(this, "competence-overview.title")
                : getTranslation("competence-person.page-title", name) + " – " + getTranslation("app.name");
    }
}
