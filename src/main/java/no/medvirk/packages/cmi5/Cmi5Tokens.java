package no.medvirk.packages.cmi5;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.medvirk.packages.Cmi5Au;
import no.medvirk.xapi.AgentIdentifier;
import no.medvirk.xapi.Confinement;
import no.medvirk.xapi.DelegatedAccess;
import no.medvirk.xapi.LearningRecordStore;
import no.medvirk.xapi.Scope;
import no.medvirk.xapi.XapiClient;
import no.medvirk.xapi.XapiClients;
import no.medvirk.xapi.XapiException;
import no.medvirk.xapi.XapiJson;
import org.apache.commons.codec.digest.DigestUtils;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The fetch URL's one-time secret and the auth token it is exchanged for (cmi5 8.2), and what the token lets an AU
 * do at /xapi. The token is HTTP Basic credentials, {@code cmi5-<session id>:<secret>} in Base64, so the AU sends it
 * as {@code Authorization: Basic <auth-token>} as the spec says and the /xapi chain reads it like any other. Only
 * hashes of the secrets are kept. The token acts with the authority of the LRS client "Medvirk cmi5", confined to
 * the learner and registration of its session, and holds while the session does.
 */
@Component
class Cmi5Tokens implements DelegatedAccess {

    static final String PREFIX = "cmi5-";
    static final String CLIENT_KEY = "medvirk-cmi5";
    static final Set<Scope> SCOPES = Set.of(Scope.STATEMENTS_WRITE, Scope.STATEMENTS_READ, Scope.STATE, Scope.PROFILE);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Cmi5Rows rows;
    private final Cmi5Sessions sessions;
    private final Cmi5Ids ids;
    private final Cmi5Facts facts;
    private final LearningRecordStore lrs;
    private final XapiClients clients;
    private final Cmi5Properties properties;

    Cmi5Tokens(Cmi5Rows rows, Cmi5Sessions sessions, Cmi5Ids ids, Cmi5Facts facts, LearningRecordStore lrs,
            XapiClients clients, Cmi5Properties properties) {
        this.rows = rows;
        this.sessions = sessions;
        this.ids = ids;
        this.facts = facts;
        this.lrs = lrs;
        this.clients = clients;
        this.properties = properties;
    }

    /** The fetch URL's answer: the auth token the first time, else the error the spec prescribes. */
    sealed interface Fetched permits Token, Refusal {}

    record Token(String authToken) implements Fetched {}

    /** {@code error-code} 1: already used or expired; 2: any other security error (cmi5 8.2.3.2). */
    record Refusal(String errorCode, String errorText) implements Fetched {}

    @Transactional
    Fetched fetch(UUID sessionId, String fetchSecret) {
        Optional<Cmi5Rows.Session> found = rows.session(sessionId)
                .filter(session -> matches(session.fetchHash(), fetchSecret));
        if (found.isEmpty()) {
            return new Refusal("2", "This fetch URL is not one the LMS handed out");
        }
        Cmi5Rows.Session session = found.get();
        if (session.fetchedAt() != null) {
            return new Refusal("1", "The authorization token has already been returned");
        }
        if (!session.open() || session.idle(sessions.now(), properties)) {
            return new Refusal("1", "The session has ended: launch the AU again");
        }
        Secret secret = Secret.random();
        if (!rows.markFetched(sessionId, secret.hash(), sessions.now())) {
            return new Refusal("1", "The authorization token has already been returned");
        }
        String credentials = PREFIX + sessionId + ":" + secret.value();
        return new Token(Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.US_ASCII)));
    }

    /** A fresh random secret, and the hash of it that is kept. */
    record Secret(String value, String hash) {
        static Secret random() {
            String value = Cmi5Tokens.random();
            return new Secret(value, DigestUtils.sha256Hex(value));
        }
    }

    @Override
    public Optional<XapiClient> authenticate(String key, String secret) {
        UUID sessionId = sessionId(key);
        if (sessionId == null) {
            return Optional.empty();
        }
        Instant now = sessions.now();
        return rows.session(sessionId)
                .filter(session -> session.tokenHash() != null && matches(session.tokenHash(), secret))
                .filter(session -> session.tokenHolds(now, properties))
                .flatMap(session -> {
                    XapiClient client = clients.own("Medvirk cmi5", CLIENT_KEY, Set.of(Scope.STATEMENTS_WRITE));
                    return client.active() ? Optional.of(client.confined(key, SCOPES, confinement(session)))
                            : Optional.empty();
                });
    }

    @Override
    public void beforeRecording(XapiClient client, List<JsonNode> statements) {
        UUID sessionId = sessionId(client.key());
        if (sessionId == null || client.confinement() == null) {
            return;
        }
        Instant now = sessions.now();
        Cmi5Rows.Session session = rows.lockSession(sessionId).filter(s -> s.tokenHolds(now, properties))
                .orElseThrow(() -> new XapiException(401, "The cmi5 session of this token has ended"));
        var rules = new SessionRules(session.id().toString(), session.activityId(), masteryScore(session),
                session.verbs(), session.terminatedAt(),
                verb -> facts.has(session.registrationId(), session.activityId(), verb));
        for (JsonNode statement : statements) {
            if (!alreadyStored(statement)) {
                rules.check(statement, now);
            }
        }
        rows.saveProgress(session.id(), rules.verbs(), now, rules.terminatedAt());
    }

    private Confinement confinement(Cmi5Rows.Session session) {
        String agent = AgentIdentifier.of(ids.actor(session.person())).orElseThrow();
        return new Confinement(agent, session.registrationId(),
                Set.of(Cmi5Vocabulary.LAUNCH_DATA, Cmi5Vocabulary.LEARNER_PREFERENCES));
    }

    private @Nullable BigDecimal masteryScore(Cmi5Rows.Session session) {
        Cmi5Au au = sessions.subject(session).item().au();
        return au == null ? null : au.masteryScore();
    }

    /** A statement sent again with its id: the LRS decides (the same content is fine), the rules have had it. */
    private boolean alreadyStored(JsonNode statement) {
        String id = XapiJson.text(statement, "id");
        if (id == null) {
            return false;
        }
        UUID uuid = UUID.fromString(id);
        return lrs.statement(uuid).isPresent() || lrs.voidedStatement(uuid).isPresent();
    }

    private static @Nullable UUID sessionId(String key) {
        if (!key.startsWith(PREFIX)) {
            return null;
        }
        try {
            return UUID.fromString(key.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean matches(String hash, String secret) {
        return MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
                DigestUtils.sha256Hex(secret).getBytes(StandardCharsets.US_ASCII));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
