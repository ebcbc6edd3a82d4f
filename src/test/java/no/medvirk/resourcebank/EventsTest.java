package no.medvirk.resourcebank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import no.medvirk.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Not transactional: sign-ups run in threads of their own, each in its own transaction, as in the app. */
@SpringBootTest
class EventsTest {

    @Autowired
    ResourceBank bank;

    @Autowired
    Events events;

    @Autowired
    Calendars calendars;

    @Autowired
    Consultations consultations;

    private final Instant soon = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @Test
    void many_people_signing_up_at_once_never_overfill_the_event_and_the_rest_wait_in_turn() throws Exception {
        UUID event = published(BankEntries.event("Trengsel " + UUID.randomUUID(), soon, 3));
        int people = 12;
        var start = new CountDownLatch(1);
        List<Future<RegistrationStatus>> results = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(people)) {
            for (int i = 0; i < people; i++) {
                UUID person = UUID.randomUUID();
                Callable<RegistrationStatus> signUp = () -> {
                    start.await();
                    return events.register(event, person);
                };
                results.add(pool.submit(signUp));
            }
            start.countDown();
            List<RegistrationStatus> statuses = new ArrayList<>();
            for (var result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).filteredOn(s -> s == RegistrationStatus.CONFIRMED).hasSize(3);
            assertThat(statuses).filteredOn(s -> s == RegistrationStatus.WAITING).hasSize(people - 3);
        }
        var summary = events.find(event, null).orElseThrow();
        assertThat(summary.confirmed()).isEqualTo(3);
        assertThat(summary.waiting()).isEqualTo(people - 3);
        assertThat(summary.seatsLeft()).isZero();
    }

    @Test
    void a_cancelled_seat_goes_to_the_first_on_the_waiting_list_and_signing_up_twice_changes_nothing() {
        UUID event = published(BankEntries.event("Kø " + UUID.randomUUID(), soon, 1));
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        assertThat(events.register(event, first)).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(events.register(event, second)).isEqualTo(RegistrationStatus.WAITING);
        assertThat(events.register(event, third)).isEqualTo(RegistrationStatus.WAITING);
        assertThat(events.register(event, second)).isEqualTo(RegistrationStatus.WAITING);

        events.cancel(event, first);

        assertThat(events.status(event, first)).isEmpty();
        assertThat(events.status(event, second)).contains(RegistrationStatus.CONFIRMED);
        assertThat(events.status(event, third)).contains(RegistrationStatus.WAITING);
        assertThat(events.registrants(event)).extracting(Registrant::personId).containsExactly(second, third);
        assertThat(events.register(event, first)).as("back at the end of the queue")
                .isEqualTo(RegistrationStatus.WAITING);
    }

    @Test
    void the_first_on_the_waiting_list_gets_a_notice_of_the_seat_until_they_dismiss_it() {
        String title = "Venteliste " + UUID.randomUUID();
        UUID event = published(BankEntries.event(title, soon, 1));
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        events.register(event, first);
        events.register(event, second);
        events.register(event, third);
        assertThat(events.notices(second)).isEmpty();

        events.cancel(event, first);

        assertThat(events.notices(second)).singleElement().satisfies(notice -> {
            assertThat(notice.eventId()).isEqualTo(event);
            assertThat(notice.title()).isEqualTo(title);
            assertThat(notice.startsAt()).isEqualTo(soon);
        });
        assertThat(events.notices(first)).isEmpty();
        assertThat(events.notices(third)).as("still waiting").isEmpty();

        events.dismissNotice(event, second);

        assertThat(events.notices(second)).isEmpty();
        assertThat(events.status(event, second)).contains(RegistrationStatus.CONFIRMED);
    }

    @Test
    void a_seat_taken_at_once_or_left_again_gives_no_notice() {
        UUID event = published(BankEntries.event("Ingen melding " + UUID.randomUUID(), soon, 1));
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        events.register(event, first);
        events.register(event, second);
        assertThat(events.notices(first)).as("a seat at once").isEmpty();

        events.cancel(event, first);
        events.cancel(event, second);

        assertThat(events.notices(second)).as("cancelled after moving up").isEmpty();
    }

    @Test
    void a_cancelled_or_unpublished_event_takes_no_sign_ups() {
        var form = BankEntries.event("Avlyst " + UUID.randomUUID(), soon, 10);
        UUID event = published(form);
        bank.update(event, withCancelled(form), BankEntries.ADMIN);
        assertThatThrownBy(() -> events.register(event, UUID.randomUUID())).isInstanceOf(DomainException.class)
                .hasMessage("bank.event.cancelled");

        UUID hidden = bank.create(BankEntries.event("Skjult " + UUID.randomUUID(), soon, 10), BankEntries.ADMIN);
        assertThatThrownBy(() -> events.register(hidden, UUID.randomUUID())).hasMessage("bank.not-found");
    }

    @Test
    void an_events_icalendar_file_reads_back_with_its_time_place_and_stable_uid() throws Exception {
        String title = "Kalender, med komma; og semikolon " + UUID.randomUUID();
        UUID event = published(BankEntries.event(title, soon, 5));

        Calendar calendar = new CalendarBuilder().build(new StringReader(calendars.event(event).orElseThrow()));
        calendar.validate();

        VEvent read = (VEvent) calendar.getComponents().getFirst();
        assertThat(read.getSummary().getValue()).isEqualTo(title);
        assertThat(Instant.from(read.getDateTimeStart().getDate())).isEqualTo(soon);
        assertThat(Instant.from(read.getDateTimeEnd().getDate())).isEqualTo(soon.plusSeconds(3600));
        assertThat(read.getLocation().getValue()).isEqualTo("Testsalen");
        assertThat(read.getUid().orElseThrow().getValue()).isEqualTo(event + "@medvirk");
        assertThat(read.getUrl().getValue()).endsWith("/ressursbank/" + event);
    }

    @Test
    void the_feed_lists_upcoming_visible_events_only() throws Exception {
        UUID upcoming = published(BankEntries.event("Kommende " + UUID.randomUUID(), soon, null));
        UUID hidden = bank.create(BankEntries.event("Upublisert " + UUID.randomUUID(), soon, null),
                BankEntries.ADMIN);

        Calendar feed = new CalendarBuilder().build(new StringReader(calendars.feed()));

        List<String> uids = feed.getComponents().stream().map(c -> ((VEvent) c).getUid().orElseThrow().getValue())
                .toList();
        assertThat(uids).contains(upcoming + "@medvirk").doesNotContain(hidden + "@medvirk");
    }

    @Test
    void a_consultation_takes_input_while_open_and_exports_it_safe_from_formulas() {
        UUID open = published(BankEntries.consultation("Åpent rådslag " + UUID.randomUUID(),
                Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600)));
        var person = new Actor(UUID.randomUUID(), "=Ola Innspill");

        consultations.give(open, person, Map.of(1, "Tiltak to er viktigst.", 2, " ", 0, "Takk for at dere spør."));

        assertThat(consultations.inputs(open)).extracting(ConsultationInput::question).containsExactly(0, 1);
        String csv = new String(consultations.csv(open, (key, args) -> key), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("'=Ola Innspill").contains("Hva er viktigst?").contains("Tiltak to er viktigst.");

        UUID closed = published(BankEntries.consultation("Lukket rådslag " + UUID.randomUUID(),
                Instant.now().minusSeconds(7200), Instant.now().minusSeconds(3600)));
        assertThatThrownBy(() -> consultations.give(closed, person, Map.of(1, "For sent.")))
                .isInstanceOf(DomainException.class).hasMessage("bank.consultation.closed");
    }

    private static EntryForm withCancelled(EntryForm f) {
        return new EntryForm(f.kind(), f.title(), f.summary(), f.body(), f.sources(), f.examples(), f.tags(),
                f.audiences(), f.level(), f.region(), f.languages(), f.organisation(), f.personRole(), f.contact(),
                f.personId(), f.link(), f.licence(), f.startsAt(), f.endsAt(), f.place(), f.onlineLink(),
                f.organiser(), f.capacity(), true, f.agenda(), f.questions(), f.opensAt(), f.closesAt());
    }

    private UUID published(EntryForm form) {
        UUID id = bank.create(form, BankEntries.ADMIN);
        bank.setPublished(id, true, BankEntries.ADMIN);
        return id;
    }
}
