package no.medvirk.xapi;

import java.util.List;
import java.util.UUID;

/** Published after a batch of statements is committed, for modules that react to learning (competence, certificates). */
public record StatementsStored(List<UUID> statementIds) {}
