package no.medvirk.xapi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Copies stored statements to an external LRS when the installation asks for it. Statements are queued in the
 * transaction that stores them and sent later, in the background: an outage of the remote LRS never slows or
 * blocks a learner. Failures are retried with a doubling wait; after the last try a statement is a dead letter
 * until an administrator retries it.
 */
@Service
public class StatementForwarding {

    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(StatementForwarding.class);

    private final JdbcTemplate jdbc;
    private final ForwardingProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    StatementForwarding(JdbcTemplate jdbc, ForwardingProperties properties, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What an administrator sees: where statements go, how many wait, how many gave up. */
    public record Status(boolean enabled, String target, long waiting, long dead) {}

    /** A statement that could not be forwarded, and why. */
    public record DeadLetter(UUID statementId, int attempts, String lastError) {}

    public boolean enabled() {
        return properties.enabled();
    }

    /** Queues newly stored statements, in the caller's transaction. */
    void enqueue(List<UUID> seqs) {
        if (enabled() && !seqs.isEmpty()) {
            jdbc.update("insert into xapi_forward_queue (seq) select unnest(?::uuid[]) on conflict do nothing",
                    (Object) seqs.toArray(UUID[]::new));
        }
    }

    @Scheduled(fixedDelayString = "${medvirk.lrs.forward.interval:2s}")
    public void forwardDue() {
        if (enabled()) {
            while (Boolean.TRUE.equals(transactions.execute(status -> forwardOneBatch()))) {
                // keep going while full batches go through
            }
        }
    }

    /**
     * Sends one batch of due statements, in a transaction that holds their queue rows (others skip them); true when
     * a full batch went through and more may be waiting.
     */
    private boolean forwardOneBatch() {
        List<Due> due = jdbc.query("""
                select q.seq, q.attempts, s.statement::text from xapi_forward_queue q
                join xapi_statement s on s.seq = q.seq
                where not q.dead and q.next_attempt <= ? order by q.seq limit ? for update of q skip locked""",
                (row, n) -> new Due(row.getObject(1, UUID.class), row.getInt(2), row.getString(3)),
                Timestamp.from(clock.instant()), properties.batchSize());
        if (due.isEmpty()) {
            return false;
        }
        String error = send("[" + String.join(",", due.stream().map(Due::json).toList()) + "]");
        if (error == null) {
            jdbc.update("delete from xapi_forward_queue where seq = any(?::uuid[])",
                    (Object) due.stream().map(Due::seq).toArray(UUID[]::new));
            return due.size() == properties.batchSize();
        }
        for (Due d : due) {
            int attempts = d.attempts() + 1;
            boolean dead = attempts >= properties.maxAttempts();
            jdbc.update("update xapi_forward_queue set attempts = ?, next_attempt = ?, last_error = ?, dead = ? "
                    + "where seq = ?", attempts, Timestamp.from(clock.instant().plus(wait(attempts))), error, dead,
                    d.seq());
        }
        log.warn("Forwarding {} statements to {} failed: {}", due.size(), properties.url(), error);
        return false;
    }

    @Transactional(readOnly = true)
    public Status status() {
        Long waiting = jdbc.queryForObject("select count(*) from xapi_forward_queue where not dead", Long.class);
        Long dead = jdbc.queryForObject("select count(*) from xapi_forward_queue where dead", Long.class);
        return new Status(enabled(), enabled() ? properties.url() : "", waiting == null ? 0 : waiting,
                dead == null ? 0 : dead);
    }

    @Transactional(readOnly = true)
    public List<DeadLetter> deadLetters(int limit) {
        return jdbc.query("""
                select s.id, q.attempts, q.last_error from xapi_forward_queue q join xapi_statement s on s.seq = q.seq
                where q.dead order by q.seq limit ?""",
                (row, n) -> new DeadLetter(row.getObject(1, UUID.class), row.getInt(2), row.getString(3)), limit);
    }

    /** Puts every dead letter back in the queue, due now, with its tries counted from zero. */
    @Transactional
    public int retryDeadLetters() {
        return jdbc.update("update xapi_forward_queue set dead = false, attempts = 0, next_attempt = ? where dead",
                Timestamp.from(clock.instant()));
    }

    Duration wait(int attempts) {
        Duration wait = properties.backoff().multipliedBy(1L << Math.min(attempts - 1, 40));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** POSTs the statements; null when the remote LRS took them, else what went wrong. */
    private @Nullable String send(String statements) {
        var request = HttpRequest.newBuilder(URI.create(properties.url().replaceAll("/+$", "") + "/statements"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header("X-Experience-API-Version", properties.version())
                .POST(HttpRequest.BodyPublishers.ofString(statements, StandardCharsets.UTF_8));
        if (properties.key() != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (properties.key() + ":" + properties.secret()).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                return null;
            }
            String body = response.body();
            return "HTTP " + response.statusCode() + ": " + body.substring(0, Math.min(body.length(), 500));
        } catch (IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private record Due(UUID seq, int attempts, String json) {}
}
