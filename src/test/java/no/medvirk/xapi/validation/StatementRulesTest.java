package no.medvirk.xapi.validation;

import static no.medvirk.xapi.validation.Statements.parse;
import static no.medvirk.xapi.validation.Statements.paths;
import static no.medvirk.xapi.validation.Statements.paths2;
import static no.medvirk.xapi.validation.Statements.with;
import static org.assertj.core.api.Assertions.assertThat;

import no.medvirk.xapi.XapiVersion;
import org.junit.jupiter.api.Test;

class StatementRulesTest {

    @Test
    void a_complete_valid_statement_has_no_violations_in_either_version() {
        var statement = with("""
                {"id": "fd41c918-b88b-4b20-a0a5-a4c32391aaa0", "timestamp": "2026-05-04T10:15:30.123+02:00",
                 "stored": "2026-05-04T08:15:31Z", "version": "1.0.3",
                 "authority": {"account": {"homePage": "https://medvirk.no", "name": "lrs"}},
                 "result": {"score": {"scaled": 0.5, "raw": 5, "min": 0, "max": 10}, "success": true,
                            "completion": true, "response": "ja", "duration": "PT4H35M59.14S",
                            "extensions": {"https://medvirk.no/x/forsok": null}},
                 "context": {"registration": "ec531277-b57b-4c15-8d91-d292c5b2b8f7", "platform": "Medvirk",
                             "language": "nb-NO", "contextActivities": {"parent": {"id": "https://medvirk.no/kurs"}}}}
                """);

        assertThat(paths(statement)).isEmpty();
        assertThat(paths2(statement)).isEmpty();
    }

    @Test
    void a_statement_that_is_not_an_object_is_rejected() {
        assertThat(paths(parse("[]"))).containsExactly("");
    }

    @Test
    void actor_verb_and_object_are_required() {
        assertThat(paths(parse("{}"))).containsExactly("actor", "verb", "object");
    }

    @Test
    void an_unknown_or_miscased_top_level_property_is_rejected() {
        assertThat(paths(with("""
                {"Actor": {"mbox": "mailto:a@example.org"}, "objectType": "SubStatement"}
                """))).containsExactly("Actor", "objectType");
    }

    @Test
    void a_null_value_is_rejected_anywhere_but_inside_extensions() {
        var statement = with("""
                {"context": {"registration": null, "extensions": {"https://medvirk.no/x": null}},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/completed", "display": {"en-US": null}}}
                """);

        assertThat(paths(statement)).containsExactly("verb.display.en-US", "context.registration");
    }

    @Test
    void a_statement_id_must_be_a_uuid_string() {
        assertThat(paths(with("{\"id\": 12345}"))).containsExactly("id");
        assertThat(paths(with("{\"id\": \"AA97B177-9383-4934-8543-0F91A7A028368\"}"))).containsExactly("id");
        assertThat(paths(with("{\"id\": \"MA97B177-9383-4934-8543-0F91A7A02836\"}"))).containsExactly("id");
        assertThat(paths(with("{\"id\": \"AA97B177-9383-4934-8543-0F91A7A02836\"}"))).isEmpty();
    }

    @Test
    void version_1_0_3_accepts_only_1_0_and_1_0_x() {
        assertThat(paths(with("{\"version\": \"1.0\"}"))).isEmpty();
        assertThat(paths(with("{\"version\": \"1.0.9\"}"))).isEmpty();
        assertThat(paths(with("{\"version\": \"1.1.0\"}"))).containsExactly("version");
        assertThat(paths(with("{\"version\": \"0.9.9\"}"))).containsExactly("version");
        assertThat(paths(with("{\"version\": \"2.0.0\"}"))).containsExactly("version");
        assertThat(paths(with("{\"version\": 1.0}"))).containsExactly("version");
    }

    @Test
    void version_2_0_accepts_1_0_x_and_2_0_x_only() {
        assertThat(paths2(with("{\"version\": \"2.0.0\"}"))).isEmpty();
        assertThat(paths2(with("{\"version\": \"1.0.3\"}"))).isEmpty();
        assertThat(paths2(with("{\"version\": \"2.1.0\"}"))).containsExactly("version");
    }

    @Test
    void a_timestamp_must_be_iso_8601_and_never_offset_minus_zero() {
        assertThat(paths(with("{\"timestamp\": \"should fail\"}"))).containsExactly("timestamp");
        assertThat(paths(with("{\"timestamp\": \"01/011/2015\"}"))).containsExactly("timestamp");
        assertThat(paths(with("{\"timestamp\": \"2008-09-15T15:53:00.601-00\"}"))).containsExactly("timestamp");
        assertThat(paths(with("{\"timestamp\": \"2008-09-15T15:53:00.601-0000\"}"))).containsExactly("timestamp");
        assertThat(paths(with("{\"timestamp\": \"2008-09-15T15:53:00.601-00:00\"}"))).containsExactly("timestamp");
        assertThat(paths(with("{\"timestamp\": \"2008-02-30T15:53:00Z\"}"))).containsExactly("timestamp");
    }

    @Test
    void version_1_0_3_accepts_a_timestamp_without_time_zone_and_the_basic_format() {
        assertThat(paths(with("{\"timestamp\": \"2008-09-15T15:53:00.601\"}"))).isEmpty();
        assertThat(paths(with("{\"timestamp\": \"20080915T155300+0100\"}"))).isEmpty();
    }

    @Test
    void version_2_0_requires_an_rfc_3339_timestamp_with_an_offset() {
        assertThat(paths2(with("{\"timestamp\": \"2008-09-15T15:53:00.601\"}"))).containsExactly("timestamp");
        assertThat(paths2(with("{\"timestamp\": \"20080915T155300Z\"}"))).containsExactly("timestamp");
        assertThat(paths2(with("{\"timestamp\": \"2008-09-15T15:53:00.601-00:00\"}"))).containsExactly("timestamp");
        assertThat(paths2(with("{\"timestamp\": \"2008-09-15 15:53:00.601+00:00\"}"))).isEmpty();
    }

    @Test
    void stored_follows_the_timestamp_rules() {
        assertThat(paths(with("{\"stored\": \"yesterday\"}"))).containsExactly("stored");
        assertThat(paths2(with("{\"stored\": \"2008-09-15T15:53:00Z\"}"))).isEmpty();
    }

    @Test
    void a_voiding_statement_must_have_a_statement_ref_as_object() {
        var voidingActivity = with("""
                {"verb": {"id": "http://adlnet.gov/expapi/verbs/voided"}}
                """);
        var voidingRef = with("""
                {"verb": {"id": "http://adlnet.gov/expapi/verbs/voided"},
                 "object": {"objectType": "StatementRef", "id": "fd41c918-b88b-4b20-a0a5-a4c32391aaa0"}}
                """);

        assertThat(paths(voidingActivity)).containsExactly("object");
        assertThat(paths(voidingRef)).isEmpty();
    }

    @Test
    void a_sub_statement_must_not_have_id_stored_version_or_authority() {
        var statement = with("""
                {"object": {"objectType": "SubStatement", "id": "fd41c918-b88b-4b20-a0a5-a4c32391aaa0",
                            "actor": {"mbox": "mailto:a@example.org"}, "verb": {"id": "http://example.org/v"},
                            "object": {"id": "http://example.org/a"}, "version": "1.0.3"}}
                """);

        assertThat(paths(statement)).containsExactlyInAnyOrder("object.id", "object.version");
    }

    @Test
    void a_sub_statement_needs_actor_verb_and_object_and_may_not_nest() {
        var statement = with("""
                {"object": {"objectType": "SubStatement", "actor": {"mbox": "mailto:a@example.org"},
                            "verb": {"id": "http://example.org/v"},
                            "object": {"objectType": "SubStatement"}}}
                """);
        var empty = with("{\"object\": {\"objectType\": \"SubStatement\"}}");

        assertThat(paths(statement)).containsExactly("object.object.objectType");
        assertThat(paths(empty)).containsExactly("object.actor", "object.verb", "object.object");
    }

    @Test
    void a_valid_sub_statement_with_its_own_context_and_timestamp_is_accepted() {
        var statement = with("""
                {"object": {"objectType": "SubStatement", "actor": {"mbox": "mailto:a@example.org"},
                            "verb": {"id": "http://example.org/v", "display": {"sr-Cyrl": "x"}},
                            "object": {"objectType": "Agent", "mbox": "mailto:b@example.org"},
                            "timestamp": "2026-01-01T00:00:00Z", "context": {"language": "fr-CA"}}}
                """);

        assertThat(paths(statement)).isEmpty();
    }
}
