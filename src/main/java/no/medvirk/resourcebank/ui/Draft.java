package no.medvirk.resourcebank.ui;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.medvirk.resourcebank.EntryForm;
import no.medvirk.resourcebank.EntryKind;
import org.jspecify.annotations.Nullable;

/** An entry while the editor changes it: plain properties for Vaadin's Binder, to and from {@link EntryForm}. */
@SuppressWarnings("NullAway")
class Draft {

    EntryKind kind;
    String title = "";
    String summary = "";
    String body = "";
    String sources = "";
    String examples = "";
    Set<String> tags = new LinkedHashSet<>();
    Set<String> audiences = new LinkedHashSet<>();
    @Nullable String level;
    @Nullable String region;
    Set<String> languages = new LinkedHashSet<>();
    String organisation = "";
    @Nullable String personRole;
    String contact = "";
    @Nullable UUID personId;
    String link = "";
    @Nullable String licence;
    @Nullable LocalDateTime startsAt;
    @Nullable LocalDateTime endsAt;
    String place = "";
    String onlineLink = "";
    String organiser = "";
    @Nullable Integer capacity;
    boolean cancelled;
    String agenda = "";
    String questions = "";
    @Nullable LocalDateTime opensAt;
    @Nullable LocalDateTime closesAt;

    Draft(EntryForm f, ZoneId zone) {
        kind = f.kind();
        title = f.title();
        summary = f.summary();
        body = f.body();
        sources = f.sources();
        examples = f.examples();
        tags = new LinkedHashSet<>(f.tags());
        audiences = new LinkedHashSet<>(f.audiences());
        level = f.level();
        region = f.region();
        languages = new LinkedHashSet<>(f.languages());
        organisation = f.organisation();
        personRole = f.personRole();
        contact = f.contact();
        personId = f.personId();
        link = f.link();
        licence = f.licence();
        startsAt = local(f.startsAt(), zone);
        endsAt = local(f.endsAt(), zone);
        place = f.place();
        onlineLink = f.onlineLink();
        organiser = f.organiser();
        capacity = f.capacity();
        cancelled = f.cancelled();
        agenda = f.agenda();
        questions = f.questions();
        opensAt = local(f.opensAt(), zone);
        closesAt = local(f.closesAt(), zone);
    }

    EntryForm toForm(ZoneId zone) {
        return new EntryForm(kind, title, summary, body, sources, examples, List.copyOf(tags), List.copyOf(audiences),
                level, region, List.copyOf(languages), organisation, personRole, contact, personId,
                link.strip(), licence, instant(startsAt, zone), instant(endsAt, zone), place, onlineLink.strip(),
                organiser, capacity, cancelled, agenda, questions, instant(opensAt, zone), instant(closesAt, zone));
    }

    private static @Nullable LocalDateTime local(java.time.@Nullable Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    private static java.time.@Nullable Instant instant(@Nullable LocalDateTime time, ZoneId zone) {
        return time == null ? null : time.atZone(zone).toInstant();
    }
}
