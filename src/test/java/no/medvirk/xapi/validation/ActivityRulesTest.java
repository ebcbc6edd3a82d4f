package no.medvirk.xapi.validation;

import static no.medvirk.xapi.validation.Statements.paths;
import static no.medvirk.xapi.validation.Statements.with;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActivityRulesTest {

    private static String definition(String json) {
        return "{\"object\": {\"id\": \"https://medvirk.no/a\", \"definition\": " + json + "}}";
    }

    @Test
    void a_verb_needs_an_iri_id_and_a_language_map_display() {
        assertThat(paths(with("{\"verb\": {\"display\": {\"en\": \"x\"}}}"))).containsExactly("verb.id");
        assertThat(paths(with("{\"verb\": {\"id\": \"completed\"}}"))).containsExactly("verb.id");
        assertThat(paths(with("{\"verb\": {\"id\": \"http://e.org/v\", \"display\": \"done\"}}")))
                .containsExactly("verb.display");
        assertThat(paths(with("{\"verb\": {\"id\": \"http://e.org/v\", \"display\": {\"something\": \"x\"}}}")))
                .containsExactly("verb.display.something");
        assertThat(paths(with("{\"verb\": {\"id\": \"http://e.org/v\", \"display\": {\"de\": 5}}}")))
                .containsExactly("verb.display.de");
        assertThat(paths(with("{\"verb\": {\"id\": \"http://e.org/v\", \"name\": \"x\"}}")))
                .containsExactly("verb.name");
    }

    @Test
    void an_activity_needs_an_iri_id() {
        assertThat(paths(with("{\"object\": {\"objectType\": \"Activity\"}}"))).containsExactly("object.id");
        assertThat(paths(with("{\"object\": {\"id\": \"kurs 1\"}}"))).containsExactly("object.id");
    }

    @Test
    void an_unknown_object_type_is_rejected() {
        assertThat(paths(with("{\"object\": {\"objectType\": \"activity\", \"id\": \"http://e.org/a\"}}")))
                .containsExactly("object.objectType");
    }

    @Test
    void an_unknown_activity_or_definition_property_is_rejected() {
        assertThat(paths(with("{\"object\": {\"id\": \"http://e.org/a\", \"title\": \"x\"}}")))
                .containsExactly("object.title");
        assertThat(paths(with(definition("{\"title\": \"x\"}")))).containsExactly("object.definition.title");
    }

    @Test
    void a_definition_has_language_maps_an_iri_type_an_irl_more_info_and_iri_extension_keys() {
        assertThat(paths(with(definition("""
                {"name": {"de-DE": "x"}, "description": {"zh-Hant": "y"}, "type": "http://adlnet.gov/a/course",
                 "moreInfo": "https://medvirk.no/om", "extensions": {"https://medvirk.no/x": {"any": [1, null]}}}
                """)))).isEmpty();
        assertThat(paths(with(definition("""
                {"name": "x", "description": {"xx-invalid-": "y"}, "type": "course", "moreInfo": "om",
                 "extensions": {"level": 1}}
                """)))).containsExactly("object.definition.name", "object.definition.description.xx-invalid-",
                "object.definition.type", "object.definition.moreInfo", "object.definition.extensions.level");
    }

    @Test
    void an_interaction_type_must_be_one_of_the_listed_values_in_exact_case() {
        assertThat(paths(with(definition("{\"interactionType\": \"true-faLse\"}"))))
                .containsExactly("object.definition.interactionType");
        assertThat(paths(with(definition("{\"interactionType\": 5}"))))
                .containsExactly("object.definition.interactionType");
    }

    @Test
    void a_correct_responses_pattern_is_an_array_of_strings_and_needs_an_interaction_type() {
        assertThat(paths(with(definition("{\"interactionType\": \"true-false\", \"correctResponsesPattern\": [\"true\"]}"))))
                .isEmpty();
        assertThat(paths(with(definition("{\"interactionType\": \"numeric\", \"correctResponsesPattern\": \"4\"}"))))
                .containsExactly("object.definition.correctResponsesPattern");
        assertThat(paths(with(definition("{\"interactionType\": \"numeric\", \"correctResponsesPattern\": [4]}"))))
                .containsExactly("object.definition.correctResponsesPattern[0]");
        assertThat(paths(with(definition("{\"correctResponsesPattern\": [\"4\"]}"))))
                .containsExactly("object.definition.interactionType");
    }

    @Test
    void interaction_components_are_allowed_only_for_their_interaction_type() {
        assertThat(paths(with(definition("""
                {"interactionType": "matching", "source": [{"id": "a"}], "target": [{"id": "b"}]}
                """)))).isEmpty();
        assertThat(paths(with(definition("""
                {"interactionType": "choice", "choices": [{"id": "a"}], "scale": [{"id": "b"}]}
                """)))).containsExactly("object.definition.scale");
        assertThat(paths(with(definition("{\"interactionType\": \"likert\", \"steps\": [{\"id\": \"a\"}]}"))))
                .containsExactly("object.definition.steps");
    }

    @Test
    void an_interaction_component_has_a_string_id_a_language_map_description_and_nothing_else() {
        assertThat(paths(with(definition("""
                {"interactionType": "likert", "scale": [
                  {"id": "1", "description": {"sr-Latn-RS": "x"}},
                  {"description": {"en": "y"}},
                  {"id": 3},
                  {"id": "4", "description": {"en": "z"}, "value": 4}]}
                """)))).containsExactly("object.definition.scale[1].id", "object.definition.scale[2].id",
                "object.definition.scale[3].value");
    }

    @Test
    void interaction_component_ids_are_unique_within_a_list() {
        assertThat(paths(with(definition("""
                {"interactionType": "sequencing", "choices": [{"id": "a"}, {"id": "a"}]}
                """)))).containsExactly("object.definition.choices[1].id");
    }

    @Test
    void a_statement_ref_needs_its_object_type_and_a_uuid_id() {
        assertThat(paths(with("""
                {"object": {"objectType": "StatementRef", "id": "not-a-uuid"}}
                """))).containsExactly("object.id");
        assertThat(paths(with("""
                {"object": {"objectType": "StatementRef", "id": "fd41c918-b88b-4b20-a0a5-a4c32391aaa0", "x": 1}}
                """))).containsExactly("object.x");
    }
}
