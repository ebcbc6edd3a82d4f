package no.medvirk.xapi;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.medvirk.xapi.validation.StatementValidator;
import no.medvirk.xapi.validation.Violation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The learning record store, in process. Everything that records or reads learning goes through here: the /xapi
 * REST resources and the other modules alike, with the same validation. A batch is stored whole or not at all, and
 * {@link StatementsStored} is published with it.
 */
@Service
public class LearningRecordStore {

    private static final TimeBasedEpochGenerator SEQUENCE = Generators.timeBasedEpochGenerator();

    private final StatementStore store;
    private final AttachmentStore attachmentStore;
    private final StatementForwarding forwarding;
    private final StatementValidator validator = new StatementValidator();
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<DelegatedAccess> delegated;

    LearningRecordStore(StatementStore store, AttachmentStore attachmentStore, StatementForwarding forwarding,
            ApplicationEventPublisher events, Clock clock, ObjectProvider<DelegatedAccess> delegated) {
        this.store = store;
        this.attachmentStore = attachmentStore;
        this.forwarding = forwarding;
        this.events = events;
        this.clock = clock;
        this.delegated = delegated;
    }

    /**
     * Stores statements sent by a client. Returns their ids in the order sent, including those that were already
     * stored with the same content. Throws {@link XapiException} (400 or 409) and stores nothing when any is wrong.
     */
    @Transactional
    public List<UUID> record(List<JsonNode> statements, XapiClient client, XapiVersion version) {
        return record(statements, Map.of(), client, version);
    }

    /** The same, with the attachment contents that came with the statements, by their SHA-2 hash. */
    @Transactional
    public List<UUID> record(List<JsonNode> statements, Map<String, AttachmentPart> attachments, XapiClient client,
            XapiVersion version) {
        if (!client.mayWriteStatements()) {
            throw new XapiException(403, "This client may not write statements");
        }
        requireValid(statements, version);
        Attachments.check(statements, attachments);
        requireWithinConfinement(statements, client);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        JsonNode authority = XapiJson.parse(client.authority());
        Map<UUID, Prepared> prepared = new LinkedHashMap<>();
        List<UUID> ids = new ArrayList<>();
        for (JsonNode sent : statements) {
            ObjectNode statement = StatementPreparer.prepare(sent, authority, version, now);
            UUID id = UUID.fromString(statement.get("id").stringValue());
            if (prepared.putIfAbsent(id, new Prepared(sent, statement, StatementIndex.of(statement))) != null) {
                throw XapiException.badRequest("The batch holds statement id " + id + " more than once");
            }
            ids.add(id);
        }
        requireVoidable(prepared);
        List<StatementStore.NewStatement> fresh = new ArrayList<>();
        prepared.forEach((id, p) -> fresh.add(new StatementStore.NewStatement(SEQUENCE.generate(), id, now,
                StatementPreparer.timestamp(p.statement()), p.index(), XapiJson.write(p.statement()), client.id())));
        Set<UUID> inserted = store.insert(fresh);
        requireSkippedAreTheSame(prepared, inserted);
        attachmentStore.save(attachments.values());
        forwarding.enqueue(fresh.stream().filter(s -> inserted.contains(s.id()))
                .map(StatementStore.NewStatement::seq).toList());
        voidWhatIsVoided(fresh, inserted);
        if (!inserted.isEmpty()) {
            events.publishEvent(new StatementsStored(ids.stream().filter(inserted::contains)
                    .map(id -> brief(id, prepared.get(id))).toList()));
        }
        return ids;
    }

    /** What modules reacting to learning decide on, from a prepared statement and its index. */
    private static StatementsStored.Stored brief(UUID id, Prepared prepared) {
        JsonNode statement = prepared.statement();
        StatementIndex index = prepared.index();
        JsonNode actor = statement.path("actor");
        JsonNode object = statement.path("object");
        String objectType = XapiJson.text(object, "objectType");
        JsonNode result = statement.path("result");
        JsonNode scaled = result.path("score").path("scaled");
        return new StatementsStored.Stored(id, XapiJson.text(actor.path("account"), "homePage"),
                XapiJson.text(actor.path("account"), "name"), XapiJson.text(actor, "mbox"), index.verbId(),
                objectType == null || "Activity".equals(objectType) ? XapiJson.text(object, "id") : null,
                index.registration(),
                result.path("success").isBoolean() ? result.path("success").asBoolean() : null,
                result.path("completion").isBoolean() ? result.path("completion").asBoolean() : null,
                scaled.isNumber() ? scaled.asDouble() : null, StatementPreparer.timestamp(statement),
                index.voids());
    }

    @Transactional(readOnly = true)
    public Optional<JsonNode> statement(UUID id) {
        return store.find(id, false).map(s -> XapiJson.parse(s.json()));
    }

    @Transactional(readOnly = true)
    public Optional<JsonNode> voidedStatement(UUID id) {
        return store.find(id, true).map(s -> XapiJson.parse(s.json()));
    }

    @Transactional(readOnly = true)
    public StatementPage query(StatementQuery query) {
        int size = query.pageSize();
        List<StatementStore.Stored> rows = store.query(query, size + 1);
        boolean more = rows.size() > size;
        List<StatementStore.Stored> page = more ? rows.subList(0, size) : rows;
        return new StatementPage(page.stream().map(StatementStore.Stored::json).toList(),
                more ? Optional.of(query.after(page.getLast().seq())) : Optional.empty());
    }

    /** The stored contents of the attachments these statements refer to. */
    @Transactional(readOnly = true)
    public List<AttachmentPart> attachmentsOf(List<JsonNode> statements) {
        Set<String> hashes = new java.util.LinkedHashSet<>();
        statements.forEach(s -> s.path("attachments").forEach(a -> {
            String sha2 = XapiJson.text(a, "sha2");
            if (sha2 != null) {
                hashes.add(sha2);
            }
        }));
        return attachmentStore.find(hashes);
    }

    /** Statements for a person browsing them (the admin UI): any page by position rather than by cursor. */
    @Transactional(readOnly = true)
    public List<JsonNode> browse(StatementQuery query, int offset, int limit) {
        return store.query(query, limit, offset).stream().map(s -> XapiJson.parse(s.json())).toList();
    }

    /**
     * The activity as the statements describe it: the definitions they gave merged, later ones winning, language
     * maps merged language by language. An activity no statement has mentioned is just its id.
     */
    @Transactional(readOnly = true)
    public JsonNode activity(String activityId) {
        ObjectNode activity = XapiJson.MAPPER.createObjectNode();
        activity.put("objectType", "Activity");
        activity.put("id", activityId);
        ObjectNode merged = XapiJson.MAPPER.createObjectNode();
        for (String definition : store.definitions(activityId, 50)) {
            XapiJson.parse(definition).properties().forEach(entry -> {
                JsonNode current = merged.get(entry.getKey());
                if (current instanceof ObjectNode map && entry.getValue() instanceof ObjectNode newer
                        && !entry.getKey().equals("extensions")) {
                    map.setAll(newer);
                } else {
                    merged.set(entry.getKey(), entry.getValue());
                }
            });
        }
        if (!merged.isEmpty()) {
            activity.set("definition", merged);
        }
        return activity;
    }

    /** A confined client's statements stay within its learner and registration, and pass its issuer's rules. */
    private void requireWithinConfinement(List<JsonNode> statements, XapiClient client) {
        Confinement confinement = client.confinement();
        if (confinement != null) {
            statements.forEach(confinement::requireWritable);
            delegated.orderedStream().forEach(access -> access.beforeRecording(client, statements));
        }
    }

    private void requireValid(List<JsonNode> statements, XapiVersion version) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            String prefix = statements.size() == 1 ? "" : "[" + i + "].";
            for (Violation v : validator.validate(statements.get(i), version)) {
                violations.add(new Violation(prefix + v.path(), v.message()));
            }
        }
        if (!violations.isEmpty()) {
            throw new XapiException(400, "The statement breaks the xAPI specification", violations);
        }
    }

    /** A statement as sent, as it will be stored, and what the queries will find it by. */
    private record Prepared(JsonNode sent, ObjectNode statement, StatementIndex index) {}

    /** A statement id sent again is fine with the same content (nothing changes) and a conflict with other content. */
    private static void requireSameAsStored(Map<UUID, Prepared> prepared, Map<UUID, StatementStore.Stored> existing) {
        existing.forEach((id, stored) -> {
            Prepared sent = prepared.get(id);
            if (sent != null && !StatementPreparer.sameStatement(sent.sent(), XapiJson.parse(stored.json()))) {
                throw new XapiException(409, "Statement " + id + " is already stored with other content");
            }
        });
    }

    /**
     * The statements the insert skipped were already stored, before this batch or by a writer racing it: the same
     * content is fine (nothing changes), other content is a conflict and the whole batch is undone.
     */
    private void requireSkippedAreTheSame(Map<UUID, Prepared> prepared, Set<UUID> inserted) {
        List<UUID> skipped = prepared.keySet().stream().filter(id -> !inserted.contains(id)).toList();
        if (!skipped.isEmpty()) {
            requireSameAsStored(prepared, store.findByIds(skipped));
        }
    }

    /** A voiding statement cannot itself be voided. */
    private void requireVoidable(Map<UUID, Prepared> prepared) {
        Set<UUID> voidingInBatch = new HashSet<>();
        Set<UUID> targets = new HashSet<>();
        prepared.forEach((id, p) -> {
            if (p.index().voids() != null) {
                voidingInBatch.add(id);
                targets.add(p.index().voids());
            }
        });
        Map<UUID, StatementStore.Stored> storedTargets = store.findByIds(targets);
        for (UUID target : targets) {
            if (voidingInBatch.contains(target) || isVoiding(target, storedTargets)) {
                throw XapiException.badRequest("Statement " + target + " voids another statement and cannot be voided");
            }
        }
    }

    private static boolean isVoiding(UUID id, Map<UUID, StatementStore.Stored> known) {
        StatementStore.Stored stored = known.get(id);
        return stored != null && stored.voids() != null;
    }

    private void voidWhatIsVoided(List<StatementStore.NewStatement> fresh, Set<UUID> inserted) {
        Set<UUID> targets = new HashSet<>();
        fresh.stream().filter(s -> inserted.contains(s.id()) && s.index().voids() != null)
                .forEach(s -> targets.add(s.index().voids()));
        targets.addAll(store.alreadyVoided(inserted));
        store.markVoided(targets);
    }
}
