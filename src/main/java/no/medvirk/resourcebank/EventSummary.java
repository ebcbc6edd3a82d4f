package no.medvirk.resourcebank;

import org.jspecify.annotations.Nullable;

/** An event with how many have a seat and how many wait, and where the person asking stands (if signed in). */
public record EventSummary(Entry event, int confirmed, int waiting, @Nullable RegistrationStatus mine) {

    /** Seats left; null when the event has no limit. */
    public @Nullable Integer seatsLeft() {
        Integer capacity = event.content().capacity();
        return capacity == null ? null : Math.max(0, capacity - confirmed);
    }
}
