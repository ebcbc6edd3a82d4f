package no.medvirk.certificate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps anyone from guessing codes: each client address has a bucket of lookups that refills at a steady rate
 * (by default 20, one more every 3 seconds). Guessing 75-bit codes at that pace is hopeless; a verifier with a
 * handful of certificates never notices. In memory, per instance; behind a proxy, set
 * {@code server.forward-headers-strategy} so the address is the client's.
 */
@Component
public class VerificationThrottle {

    private static final int MAX_CLIENTS = 100_000;

    private final int capacity;
    private final Duration refill;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    VerificationThrottle(@Value("${medvirk.certificates.verify-burst:20}") int capacity,
            @Value("${medvirk.certificates.verify-refill:PT3S}") Duration refill, Clock clock) {
        this.capacity = capacity;
        this.refill = refill;
        this.clock = clock;
    }

    /** Takes one lookup from the client's bucket; false when it is empty. */
    public boolean tryAcquire(String client) {
        Instant now = clock.instant();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(bucket -> bucket.full(now));
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(capacity, now)).take(now);
    }

    private final class Bucket {
        private double tokens;
        private Instant updated;

        Bucket(double tokens, Instant updated) {
            this.tokens = tokens;
            this.updated = updated;
        }

        synchronized boolean take(Instant now) {
            fill(now);
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }

        synchronized boolean full(Instant now) {
            fill(now);
            return tokens >= capacity;
        }

        private void fill(Instant now) {
            double added = (double) Duration.between(updated, now).toMillis() / refill.toMillis();
            if (added > 0) {
                tokens = Math.min(capacity, tokens + added);
                updated = now;
            }
        }
    }
}
