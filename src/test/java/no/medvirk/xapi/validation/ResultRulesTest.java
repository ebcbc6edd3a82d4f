package no.medvirk.xapi.validation;

import static no.medvirk.xapi.validation.Statements.paths;
import static no.medvirk.xapi.validation.Statements.with;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultRulesTest {

    private static String result(String json) {
        return "{\"result\": " + json + "}";
    }

    @Test
    void score_values_must_be_numbers_even_if_a_string_holds_one() {
        assertThat(paths(with(result("{\"score\": {\"max\": \"100\"}}")))).containsExactly("result.score.max");
    }

    @Test
    void a_scaled_score_lies_between_minus_one_and_one() {
        assertThat(paths(with(result("{\"score\": {\"scaled\": -1}}")))).isEmpty();
        assertThat(paths(with(result("{\"score\": {\"scaled\": 1.01}}")))).containsExactly("result.score.scaled");
    }

    @Test
    void min_must_be_below_max_and_raw_between_them() {
        assertThat(paths(with(result("{\"score\": {\"min\": 10, \"max\": 10}}")))).containsExactly("result.score.min");
        assertThat(paths(with(result("{\"score\": {\"raw\": 11, \"min\": 0, \"max\": 10}}"))))
                .containsExactly("result.score.raw");
        assertThat(paths(with(result("{\"score\": {\"raw\": -1, \"min\": 0}}")))).containsExactly("result.score.raw");
    }

    @Test
    void success_and_completion_must_be_booleans_not_strings() {
        assertThat(paths(with(result("{\"success\": \"true\", \"completion\": \"false\"}"))))
                .containsExactly("result.success", "result.completion");
    }

    @Test
    void a_response_must_be_a_string() {
        assertThat(paths(with(result("{\"response\": 42}")))).containsExactly("result.response");
    }

    @Test
    void a_duration_must_be_an_iso_8601_duration() {
        assertThat(paths(with(result("{\"duration\": \"PT1H0M0.1S\"}")))).isEmpty();
        assertThat(paths(with(result("{\"duration\": \"PA1H0M0S\"}")))).containsExactly("result.duration");
        assertThat(paths(with(result("{\"duration\": 12345}")))).containsExactly("result.duration");
    }

    @Test
    void unknown_result_and_score_properties_are_rejected() {
        assertThat(paths(with(result("{\"grade\": \"A\", \"score\": {\"percent\": 50}}"))))
                .containsExactly("result.grade", "result.score.percent");
    }

    @Test
    void result_extension_keys_must_be_iris() {
        assertThat(paths(with(result("{\"extensions\": {\"attempts\": 2}}")))).containsExactly("result.extensions.attempts");
    }
}
