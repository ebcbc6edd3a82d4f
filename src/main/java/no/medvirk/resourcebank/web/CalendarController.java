package no.medvirk.resourcebank.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import no.medvirk.resourcebank.Calendars;
import no.medvirk.resourcebank.ResourceBank;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /kalender/arrangementer.ics}: every upcoming event, for a calendar app to subscribe to; and
 * {@code /kalender/arrangement/<id>.ics}: one event, to add it to a calendar. Open to all when the bank is public,
 * otherwise to signed-in users only.
 */
@RestController
class CalendarController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final Calendars calendars;
    private final ResourceBank bank;

    CalendarController(Calendars calendars, ResourceBank bank) {
        this.calendars = calendars;
        this.bank = bank;
    }

    @GetMapping("/kalender/arrangementer.ics")
    ResponseEntity<String> feed(HttpServletRequest request) {
        if (!BankReaders.mayRead(request, bank.isOpenToPublic())) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        return ResponseEntity.ok().contentType(CALENDAR).body(calendars.feed());
    }

    @GetMapping("/kalender/arrangement/{id}.ics")
    ResponseEntity<String> event(@PathVariable String id, HttpServletRequest request) {
        if (!BankReaders.mayRead(request, bank.isOpenToPublic())) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        UUID eventId;
        try {
            eventId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.notFound().build();
        }
        return calendars.event(eventId).map(ics -> ResponseEntity.ok().contentType(CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"arrangement-" + eventId + ".ics\"")
                .body(ics)).orElseGet(() -> ResponseEntity.notFound().build());
    }
}
