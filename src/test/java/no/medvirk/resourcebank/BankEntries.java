package no.medvirk.resourcebank;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Entries for tests, each with a word of its own so that what other tests stored does not count. */
final class BankEntries {

    static final Actor ADMIN = new Actor(UUID.randomUUID(), "Test Admin");

    private BankEntries() {}

    static EntryForm person(String name, String summary, String region, List<String> expertise) {
        return new EntryForm(EntryKind.PERSON, name, summary, "", "", "", expertise, List.of(), null, region,
                List.of("nb"), "Testkommunen", "experience-consultant", "test@example.org", null, "", null, null,
                null, "", "", "", null, false, "", "", null, null);
    }

    static EntryForm linkedPerson(String name, String summary, UUID account) {
        return withAccount(person(name, summary, "west", List.of("law")), account);
    }

    static EntryForm withAccount(EntryForm p, @Nullable UUID account) {
        return new EntryForm(p.kind(), p.title(), p.summary(), p.body(), p.sources(), p.examples(), p.tags(),
                p.audiences(), p.level(), p.region(), p.languages(), p.organisation(), p.personRole(), p.contact(),
                account, p.link(), p.licence(), p.startsAt(), p.endsAt(), p.place(), p.onlineLink(), p.organiser(),
                p.capacity(), p.cancelled(), p.agenda(), p.questions(), p.opensAt(), p.closesAt());
    }

    static EntryForm method(String title, String summary, String body, List<String> tags, String level,
            List<String> audiences) {
        return new EntryForm(EntryKind.METHOD, title, summary, body, "Kilde", "", tags, audiences, level, "national",
                List.of("nb"), "", null, "", null, "", null, null, null, "", "", "", null, false, "", "", null, null);
    }

    static EntryForm resource(String title, String link) {
        return new EntryForm(EntryKind.RESOURCE, title, "En åpen ressurs.", "", "", "", List.of("teaching"),
                List.of("students"), "introductory", "national", List.of("nb"), "Testsenteret", null, "", null, link,
                "cc-by", null, null, "", "", "", null, false, "", "", null, null);
    }

    static EntryForm event(String title, Instant starts, Integer capacity) {
        return new EntryForm(EntryKind.EVENT, title, "Et testarrangement.", "", "", "", List.of(), List.of(), null,
                "west", List.of("nb"), "", null, "", null, "", null, starts, starts.plusSeconds(3600), "Testsalen",
                "", "Testarrangøren", capacity, false, "", "", null, null);
    }

    static EntryForm consultation(String title, Instant opens, Instant closes) {
        return new EntryForm(EntryKind.CONSULTATION, title, "Et testrådslag.", "", "", "", List.of(), List.of(),
                null, null, List.of("nb"), "", null, "", null, "", null, null, null, "", "", "", null, false,
                "1. Innledning", "Hva er viktigst?\nHva mangler?", opens, closes);
    }
}
