package no.medvirk.resourcebank.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import no.medvirk.resourcebank.Entry;
import no.medvirk.resourcebank.EventSummary;
import no.medvirk.resourcebank.Events;
import no.medvirk.resourcebank.RegistrationStatus;
import no.medvirk.shared.CurrentUser;
import no.medvirk.shared.DomainException;
import no.medvirk.shared.ui.UserMessages;

/** An event's seats, the signed-in user's place, the button to sign up or cancel, and the calendar file. */
class EventRegistration extends Div {

    private final Events events;
    private final CurrentUser currentUser;
    private final Entry event;
    /** On the event's own page, which shows its seat notice; the events page shows every notice at the top. */
    private final boolean standalone;

    EventRegistration(Events events, CurrentUser currentUser, Entry event, boolean standalone) {
        this.events = events;
        this.currentUser = currentUser;
        this.event = event;
        this.standalone = standalone;
        addClassName("event-registration");
        show();
    }

    private void show() {
        removeAll();
        var user = currentUser.get();
        EventSummary summary = events.find(event.id(), user.map(u -> u.personId()).orElse(null)).orElseThrow();
        var seats = new Paragraph(summary.seatsLeft() == null ? getTranslation("bank.event.no-limit")
                : getTranslation("bank.event.seats-left", summary.seatsLeft(), summary.waiting()));
        seats.getElement().setAttribute("role", "status");
        add(seats);
        if (event.content().cancelled()) {
            add(new Paragraph(getTranslation("bank.event.cancelled")));
        } else if (user.isEmpty()) {
            add(new Paragraph(new Anchor("login", getTranslation("bank.event.sign-in-to-register"))));
        } else if (summary.mine() == null) {
            var register = new Button(getTranslation(summary.seatsLeft() == null || summary.seatsLeft() > 0
                    ? "bank.event.register" : "bank.event.join-waiting-list"), click -> act(true));
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(register);
        } else {
            if (summary.mine() == RegistrationStatus.CONFIRMED && standalone) {
                add(new SeatNotices(events, user.get().personId(), event.id()));
            }
            add(new Paragraph(getTranslation(summary.mine().i18nKey())),
                    new Button(getTranslation("bank.event.cancel"), click -> act(false)));
        }
        var calendar = new Anchor("kalender/arrangement/" + event.id() + ".ics",
                getTranslation("bank.event.add-to-calendar"));
        calendar.setRouterIgnore(true); // a file from a controller, not a view: the browser fetches it
        add(new Paragraph(calendar));
    }

    private void act(boolean register) {
        var person = currentUser.requirePersonId();
        try {
            if (register) {
                RegistrationStatus status = events.register(event.id(), person);
                UserMessages.success(this, status.i18nKey());
            } else {
                events.cancel(event.id(), person);
                UserMessages.success(this, "bank.event.cancelled-yours");
            }
        } catch (DomainException e) {
            UserMessages.success(this, e.messageKey(), e.arguments());
        }
        show();
    }
}
