package no.medvirk.resourcebank;

import java.time.Instant;
import java.util.UUID;

/** A seat that came to a person from the waiting list, which they have not yet seen the notice of. */
public record SeatNotice(UUID eventId, String title, Instant startsAt, Instant promotedAt) {}
