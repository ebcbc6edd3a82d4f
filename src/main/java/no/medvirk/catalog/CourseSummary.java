package no.medvirk.catalog;

import java.time.Instant;
import no.medvirk.shared.LocalizedText;

/** A course as lists show it: its current version and whether learners can find it. */
public record CourseSummary(String id, LocalizedText title, int version, boolean published, Instant importedAt) {}
