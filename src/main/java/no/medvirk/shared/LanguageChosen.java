package no.medvirk.shared;

import java.util.UUID;

/** A signed-in person switched the language of the app; identity remembers it as their preference. */
public record LanguageChosen(UUID personId, Language language) {}
