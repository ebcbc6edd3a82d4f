package no.medvirk.resourcebank;

import java.time.Instant;
import java.util.UUID;

/** One answer given in a consultation: to question n (from 1), or 0 for general input. */
public record ConsultationInput(UUID personId, String personName, int question, String answer, Instant givenAt) {}
