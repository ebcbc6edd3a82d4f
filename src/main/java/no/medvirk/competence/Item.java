package no.medvirk.competence;

import no.medvirk.shared.LocalizedText;

/**
 * One thing a person at a level should know or do. Its id is stable and unique across all frameworks: courses,
 * lessons and quiz questions name it in their competence lists.
 */
public record Item(String id, String frameworkId, String levelId, LocalizedText text, Framework.Source source) {}
