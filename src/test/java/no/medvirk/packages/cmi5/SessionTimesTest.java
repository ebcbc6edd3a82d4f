package no.medvirk.packages.cmi5;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import no.medvirk.identity.PersonId;
import no.medvirk.packages.PackageId;
import no.medvirk.packages.PackageVersionId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** When a session counts as idle (and is abandoned) and when its auth token holds. */
class SessionTimesTest {

    static final Instant LAUNCHED = Instant.parse("2026-11-23T08:00:00Z");
    static final Cmi5Properties PROPERTIES = new Cmi5Properties(Duration.ofHours(3), Duration.ofMinutes(1));

    @Test
    void a_session_is_idle_once_the_au_has_been_silent_for_the_timeout() {
        var silent = session(null, null, null);
        var talking = session(LAUNCHED.plus(Duration.ofHours(2)), null, null);

        assertThat(silent.idle(LAUNCHED.plus(Duration.ofHours(3)).minusSeconds(1), PROPERTIES)).isFalse();
        assertThat(silent.idle(LAUNCHED.plus(Duration.ofHours(3)), PROPERTIES)).isTrue();
        assertThat(talking.idle(LAUNCHED.plus(Duration.ofHours(4)), PROPERTIES))
                .as("the timeout counts from the last statement").isFalse();
    }

    @Test
    void the_token_holds_while_the_session_does_and_a_minute_after_terminated() {
        Instant terminated = LAUNCHED.plus(Duration.ofMinutes(20));

        assertThat(session(null, null, null).tokenHolds(LAUNCHED.plusSeconds(5), PROPERTIES)).isTrue();
        assertThat(session(terminated, terminated, null).tokenHolds(terminated.plusSeconds(59), PROPERTIES)).isTrue();
        assertThat(session(terminated, terminated, null).tokenHolds(terminated.plusSeconds(60), PROPERTIES)).isFalse();
        assertThat(session(null, null, LAUNCHED.plusSeconds(1)).tokenHolds(LAUNCHED.plusSeconds(2), PROPERTIES))
                .as("abandoned").isFalse();
        assertThat(session(null, null, null).tokenHolds(LAUNCHED.plus(Duration.ofHours(3)), PROPERTIES))
                .as("idle").isFalse();
    }

    private static Cmi5Rows.Session session(@Nullable Instant lastStatement, @Nullable Instant terminated,
            @Nullable Instant abandoned) {
        return new Cmi5Rows.Session(UUID.randomUUID(), UUID.randomUUID(), new PersonId(UUID.randomUUID()),
                new PackageId(UUID.randomUUID()), new PackageVersionId(UUID.randomUUID()), "au", "activity",
                "f".repeat(64), "t".repeat(64), Set.of(), LAUNCHED, LAUNCHED, lastStatement, terminated, abandoned);
    }
}
