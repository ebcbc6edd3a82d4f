package no.medvirk.resourcebank;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import no.medvirk.shared.MedvirkProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events as iCalendar (RFC 5545): one file per event, and a feed of every upcoming event that a calendar app can
 * subscribe to. Times are written in UTC, so no time-zone definitions are needed; each event's UID is stable, so a
 * subscribed calendar updates an event rather than adding it twice.
 */
@Service
public class Calendars {

    static final String PRODUCT = "-//Medvirk//Ressursbank//NO";

    private final Events events;
    private final MedvirkProperties properties;
    private final Clock clock;

    Calendars(Events events, MedvirkProperties properties, Clock clock) {
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<String> event(UUID eventId) {
        return events.find(eventId, null).map(e -> calendar(List.of(e.event())));
    }

    @Transactional(readOnly = true)
    public String feed() {
        return calendar(events.upcoming(null).stream().map(EventSummary::event).toList());
    }

    private String calendar(List<Entry> entries) {
        var calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method(Method.VALUE_PUBLISH));
        entries.forEach(entry -> calendar.add(event(entry)));
        return calendar.toString();
    }

    private VEvent event(Entry entry) {
        EntryForm e = entry.content();
        var event = new VEvent(e.startsAt(), e.endsAt(), e.title());
        event.add(new Uid(entry.id() + "@medvirk"));
        event.add(new DtStamp(clock.instant()));
        event.add(new LastModified(entry.updatedAt()));
        String where = String.join(" – ", java.util.stream.Stream.of(e.place(), e.onlineLink())
                .filter(s -> !s.isBlank()).toList());
        if (!where.isEmpty()) {
            event.add(new Location(where));
        }
        String description = String.join("\n\n", java.util.stream.Stream.of(e.summary(), e.body(), e.organiser())
                .filter(s -> !s.isBlank()).toList());
        if (!description.isEmpty()) {
            event.add(new Description(description));
        }
        event.add(new Url(URI.create(properties.baseUrl().replaceAll("/+$", "") + "/" + entry.path())));
        event.add(new Status(e.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        return event;
    }
}
