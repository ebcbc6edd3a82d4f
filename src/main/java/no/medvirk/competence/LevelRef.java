package no.medvirk.competence;

/** A level of a framework, as a person's target: the items they are expected to have. */
public record LevelRef(String frameworkId, String levelId) {}
