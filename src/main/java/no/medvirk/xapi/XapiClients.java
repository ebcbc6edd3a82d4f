package no.medvirk.xapi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.medvirk.shared.DomainException;
import no.medvirk.shared.MedvirkProperties;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;

/**
 * The programs that may use the LRS, with a key and a secret (HTTP Basic). Secrets are long random strings the LRS
 * makes, so a SHA-256 of them is safe to keep and quick to check on every request, unlike a person's password.
 */
@Service
public class XapiClients {

    private static final SecureRandom RANDOM = new SecureRandom();

    static final java.time.Duration REMEMBER = java.time.Duration.ofSeconds(5);
    static final String MEDVIRK_KEY = "medvirk";

    private final JdbcTemplate jdbc;
    private final MedvirkProperties properties;
    private final java.util.Map<String, Remembered> recent = new java.util.concurrent.ConcurrentHashMap<>();

    XapiClients(JdbcTemplate jdbc, MedvirkProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** What the client is shown once: the secret is not kept in a form that can be shown again. */
    public record Credentials(String key, String secret) {}

    @Transactional
    public Credentials create(String name, Set<Scope> scopes) {
        String key = "medvirk-" + random(12);
        String secret = random(32);
        create(name, key, secret, scopes);
        return new Credentials(key, secret);
    }

    /** With a chosen key and secret: for the demo client, and for installations that provision clients. */
    @Transactional
    public void create(String name, String key, String secret, Set<Scope> scopes) {
        if (name.isBlank() || scopes.isEmpty()) {
            throw new DomainException("validation.required");
        }
        jdbc.update("insert into xapi_client (id, name, api_key, secret_hash, scopes, authority) "
                + "values (?, ?, ?, ?, ?, ?::jsonb)", UUID.randomUUID(), name.strip(), key, hash(secret),
                scopes.stream().map(Scope::xapiName).sorted().collect(Collectors.joining(" ")), authority(name, key));
    }

    @Transactional
    public String rotateSecret(UUID clientId) {
        String secret = random(32);
        jdbc.update("update xapi_client set secret_hash = ? where id = ?", hash(secret), clientId);
        recent.clear();
        return secret;
    }

    @Transactional
    public void setActive(UUID clientId, boolean active) {
        jdbc.update("update xapi_client set active = ? where id = ?", active, clientId);
        recent.clear();
    }

    @Transactional(readOnly = true)
    public List<XapiClient> all() {
        return jdbc.query("select * from xapi_client order by name", (row, n) -> client(row));
    }

    /**
     * The client Medvirk itself records with (native courses, packages): the authority of its own statements. Made
     * on first use with a secret nobody is told; it never signs in over HTTP.
     */
    @Transactional
    public XapiClient medvirk() {
        return own("Medvirk", MEDVIRK_KEY, Set.of(Scope.ALL));
    }

    /**
     * Another client of Medvirk's own, made the same way on first use: the authority of what a part of Medvirk
     * lets others record (the cmi5 AUs' launch tokens). Disabling it in the LRS clients' view stops them all.
     */
    @Transactional
    public XapiClient own(String name, String key, Set<Scope> scopes) {
        if (!exists(key)) {
            create(name, key, random(32), scopes);
        }
        return jdbc.query("select * from xapi_client where api_key = ?", (row, n) -> client(row), key).getFirst();
    }

    @Transactional(readOnly = true)
    public boolean exists(String key) {
        return !jdbc.queryForList("select 1 from xapi_client where api_key = ?", Integer.class, key).isEmpty();
    }

    /**
     * The active client with this key and secret, if there is one. Every xAPI request asks, so a client is
     * remembered for a few seconds (a disabled client or a rotated secret takes effect within them).
     */
    public Optional<XapiClient> authenticate(String key, String secret) {
        String hash = hash(secret);
        Remembered remembered = recent.get(key);
        if (remembered != null && remembered.hash().equals(hash)
                && remembered.until().isAfter(java.time.Instant.now())) {
            return Optional.of(remembered.client());
        }
        Optional<XapiClient> client = lookUp(key, secret);
        client.ifPresentOrElse(
                c -> recent.put(key, new Remembered(c, hash, java.time.Instant.now().plus(REMEMBER))),
                () -> recent.remove(key));
        return client;
    }

    private record Remembered(XapiClient client, String hash, java.time.Instant until) {}

    private Optional<XapiClient> lookUp(String key, String secret) {
        var rows = jdbc.query("select * from xapi_client where api_key = ? and active", (row, n) -> {
            boolean matches = MessageDigest.isEqual(row.getString("secret_hash").getBytes(StandardCharsets.US_ASCII),
                    hash(secret).getBytes(StandardCharsets.US_ASCII));
            return matches ? client(row) : null;
        }, key);
        return rows.stream().filter(java.util.Objects::nonNull).findFirst();
    }

    private String authority(String name, String key) {
        ObjectNode agent = XapiJson.MAPPER.createObjectNode();
        agent.put("objectType", "Agent");
        agent.put("name", name.strip());
        agent.putObject("account").put("homePage", properties.baseUrl()).put("name", key);
        return XapiJson.write(agent);
    }

    private static XapiClient client(java.sql.ResultSet row) throws java.sql.SQLException {
        Set<Scope> scopes = Arrays.stream(row.getString("scopes").split(" ")).map(Scope::ofXapiName)
                .flatMap(Optional::stream).collect(Collectors.toSet());
        return new XapiClient(row.getObject("id", UUID.class), row.getString("name"), row.getString("api_key"),
                scopes, row.getString("authority"), row.getBoolean("active"));
    }

    static String hash(String secret) {
        return DigestUtils.sha256Hex(secret);
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
