package no.medvirk.resourcebank;

import no.medvirk.shared.LocalizedText;

/** A lesson that links to an entry: the course it is in and the lesson's title. */
public record Usage(String courseId, LocalizedText course, LocalizedText lesson) {}
