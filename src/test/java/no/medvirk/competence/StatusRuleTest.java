package no.medvirk.competence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import no.medvirk.shared.LocalizedText;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class StatusRuleTest {

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    static final Instant JAN = Instant.parse("2026-01-10T09:00:00Z");
    static final Instant MAR = Instant.parse("2026-03-10T09:00:00Z");

    static Framework framework(Evidence evidence, @Nullable Integer validityMonths) {
        return new Framework("f", new LocalizedText("F", "F"), new LocalizedText("F", "F"), evidence, validityMonths,
                List.of(), List.of());
    }

    static StatusRule.Piece course(boolean achieved, Instant at) {
        return new StatusRule.Piece(EvidenceKind.COURSE, achieved, at);
    }

    static StatusRule.Piece self(Instant at) {
        return new StatusRule.Piece(EvidenceKind.SELF, true, at);
    }

    static StatusRule.Piece leader(Instant at) {
        return new StatusRule.Piece(EvidenceKind.LEADER, true, at);
    }

    @Test
    void no_evidence_is_not_started_and_an_unfinished_course_step_is_in_progress() {
        var rule = framework(Evidence.COURSE_COMPLETION, null);

        assertThat(StatusRule.apply("i", rule, List.of(), NOW).status()).isEqualTo(ItemStatus.Status.NOT_STARTED);
        assertThat(StatusRule.apply("i", rule, List.of(course(false, JAN)), NOW).status())
                .isEqualTo(ItemStatus.Status.IN_PROGRESS);
    }

    @Test
    void course_completion_counts_only_courses() {
        var rule = framework(Evidence.COURSE_COMPLETION, null);

        assertThat(StatusRule.apply("i", rule, List.of(self(JAN), leader(MAR)), NOW).status())
                .isEqualTo(ItemStatus.Status.IN_PROGRESS);
        var achieved = StatusRule.apply("i", rule, List.of(course(true, MAR)), NOW);
        assertThat(achieved.status()).isEqualTo(ItemStatus.Status.ACHIEVED);
        assertThat(achieved.achievedAt()).isEqualTo(MAR);
        assertThat(achieved.expiresAt()).isNull();
    }

    @Test
    void self_and_leader_needs_both_and_is_achieved_when_the_second_came() {
        var rule = framework(Evidence.SELF_AND_LEADER, null);

        assertThat(StatusRule.apply("i", rule, List.of(course(true, JAN)), NOW).status())
                .isEqualTo(ItemStatus.Status.IN_PROGRESS);
        assertThat(StatusRule.apply("i", rule, List.of(self(JAN)), NOW).status())
                .isEqualTo(ItemStatus.Status.IN_PROGRESS);
        var both = StatusRule.apply("i", rule, List.of(self(JAN), leader(MAR)), NOW);
        assertThat(both.status()).isEqualTo(ItemStatus.Status.ACHIEVED);
        assertThat(both.achievedAt()).isEqualTo(MAR);
        assertThat(both.evidence()).containsExactlyInAnyOrder(EvidenceKind.SELF, EvidenceKind.LEADER);
    }

    @Test
    void any_takes_either_and_the_latest_renews() {
        var rule = framework(Evidence.ANY, null);

        assertThat(StatusRule.apply("i", rule, List.of(course(true, JAN)), NOW).achievedAt()).isEqualTo(JAN);
        assertThat(StatusRule.apply("i", rule, List.of(self(JAN), leader(JAN)), NOW).status())
                .isEqualTo(ItemStatus.Status.ACHIEVED);
        assertThat(StatusRule.apply("i", rule, List.of(course(true, JAN), self(MAR), leader(MAR)), NOW)
                .achievedAt()).isEqualTo(MAR);
    }

    @Test
    void achieved_items_expire_after_the_validity_period_and_warn_ahead() {
        var rule = framework(Evidence.COURSE_COMPLETION, 12);
        Instant longAgo = Instant.parse("2025-10-01T09:00:00Z");

        var expired = StatusRule.apply("i", rule, List.of(course(true, longAgo)), NOW);
        assertThat(expired.status()).isEqualTo(ItemStatus.Status.EXPIRED);
        assertThat(expired.expiresAt()).isEqualTo(Instant.parse("2026-10-01T09:00:00Z"));

        Instant elevenMonthsAgo = Instant.parse("2025-12-20T09:00:00Z");
        var soon = StatusRule.apply("i", rule, List.of(course(true, elevenMonthsAgo)), NOW);
        assertThat(soon.status()).isEqualTo(ItemStatus.Status.ACHIEVED);
        assertThat(soon.expiresSoon(NOW)).isTrue();
        assertThat(StatusRule.apply("i", rule, List.of(course(true, MAR)), NOW).expiresSoon(NOW)).isFalse();
    }
}
