package no.medvirk.xapi;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Statement forwarding to an external LRS ({@code medvirk.lrs.forward.*}, e.g. MEDVIRK_LRS_FORWARD_URL): off unless a
 * URL is set.
 *
 * @param url the external LRS's xAPI endpoint, e.g. https://lrs.example.org/xapi
 * @param maxAttempts tries before a statement becomes a dead letter an administrator can retry
 * @param backoff the wait after the first failure; it doubles with each further failure, up to an hour
 */
@ConfigurationProperties("medvirk.lrs.forward")
public record ForwardingProperties(
        @Nullable String url,
        @Nullable String key,
        @Nullable String secret,
        @DefaultValue("1.0.3") String version,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("5s") Duration backoff,
        @DefaultValue("100") int batchSize) {

    public boolean enabled() {
        return url != null && !url.isBlank();
    }
}
