package no.medvirk.shared;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Medvirk's own settings, bound from {@code medvirk.*} properties or {@code MEDVIRK_*} environment variables.
 *
 * @param dataDir where the embedded database and uploaded files live
 * @param baseUrl the public address, used in links that leave the app (certificates, e-mails)
 * @param db an external PostgreSQL; when its url is blank the embedded one is started
 * @param registration whether representatives may register themselves
 * @param signIn lock-out after repeated failed sign-ins
 */
@ConfigurationProperties("medvirk")
public record MedvirkProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue Db db,
        @DefaultValue Registration registration,
        @DefaultValue SignIn signIn) {

    public record Db(@Nullable String url, @Nullable String user, @Nullable String password) {
        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    public record Registration(@DefaultValue("true") boolean enabled) {}

    public record SignIn(@DefaultValue("5") int maxFailures, @DefaultValue("15") int lockMinutes) {}
}
