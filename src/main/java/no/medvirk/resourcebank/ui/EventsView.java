package no.medvirk.resourcebank.ui;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import no.medvirk.resourcebank.EventSummary;
import no.medvirk.resourcebank.Events;
import no.medvirk.resourcebank.ResourceBank;
import no.medvirk.shared.CurrentUser;
import no.medvirk.shared.ui.Pages;

/** "Arrangementer": upcoming seminars, workshops, fagsamlinger and conferences, with registration and a feed. */
@Route("arrangementer")
@Menu(title = "menu.events", order = 9, icon = "vaadin:calendar")
@AnonymousAllowed
public class EventsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final ResourceBank bank;
    private final CurrentUser currentUser;

    public EventsView(Events events, ResourceBank bank, CurrentUser currentUser) {
        this.bank = bank;
        this.currentUser = currentUser;
        addClassName("page");
        var feed = new Anchor("kalender/arrangementer.ics", getTranslation("bank.events.feed"));
        feed.setRouterIgnore(true); // a file from a controller, not a view: the browser fetches it
        add(new H1(getTranslation("bank.events.title")), new Paragraph(getTranslation("bank.events.intro")),
                new Paragraph(feed));
        currentUser.get().ifPresent(user -> add(new SeatNotices(events, user.personId(), null)));
        var upcoming = events.upcoming(currentUser.get().map(u -> u.personId()).orElse(null));
        if (upcoming.isEmpty()) {
            add(new Paragraph(getTranslation("bank.events.none")));
        }
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        for (EventSummary summary : upcoming) {
            var card = new Card();
            card.setTitle(new H2(EntryView.link(summary.event())));
            card.add(new Paragraph(format.format(summary.event().content().startsAt())));
            String where = summary.event().content().place().isBlank() ? getTranslation("bank.event.online")
                    : summary.event().content().place();
            card.add(new Paragraph(where));
            card.add(new EventRegistration(events, currentUser, summary.event(), false));
            add(card);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PublicAccess.check(event, bank, currentUser);
    }

    @Override
    public String getPageTitle() {
        return Pages.title(this, "bank.events.title");
    }
}
