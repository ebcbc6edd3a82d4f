package no.medvirk.resourcebank;

import java.time.Instant;
import java.util.UUID;

/** A person registered for an event, for the organiser's list. */
public record Registrant(UUID personId, String name, RegistrationStatus status, Instant registeredAt) {}
