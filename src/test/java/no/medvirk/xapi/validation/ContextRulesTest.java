package no.medvirk.xapi.validation;

import static no.medvirk.xapi.validation.Statements.paths;
import static no.medvirk.xapi.validation.Statements.paths2;
import static no.medvirk.xapi.validation.Statements.with;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContextRulesTest {

    private static final String AGENT = "{\"mbox\": \"mailto:a@example.no\"}";
    private static final String GROUP = "{\"objectType\": \"Group\", \"member\": [" + AGENT + "]}";

    private static String context(String json) {
        return "{\"context\": " + json + "}";
    }

    @Test
    void a_registration_must_be_a_uuid() {
        assertThat(paths(with(context("{\"registration\": \"MA97B177-9383-4934-8543-0F91A7A02836\"}"))))
                .containsExactly("context.registration");
    }

    @Test
    void an_instructor_is_an_agent_or_group_and_a_team_must_be_a_group() {
        assertThat(paths(with(context("{\"instructor\": " + GROUP + ", \"team\": " + GROUP + "}")))).isEmpty();
        assertThat(paths(with(context("{\"instructor\": {\"name\": \"x\"}, \"team\": " + AGENT + "}"))))
                .containsExactly("context.instructor", "context.team.objectType");
    }

    @Test
    void context_activities_allow_only_the_four_kinds_each_an_activity_or_array_of_them() {
        assertThat(paths(with(context("""
                {"contextActivities": {"parent": [{"id": "http://e.org/p"}], "grouping": {"id": "http://e.org/g"},
                                       "category": [], "other": [{"id": "http://e.org/o"}]}}
                """)))).isEmpty();
        assertThat(paths(with(context("""
                {"contextActivities": {"parents": [{"id": "http://e.org/p"}], "other": [{"id": "o"}],
                                       "category": "http://e.org/c"}}
                """)))).containsExactlyInAnyOrder("context.contextActivities.parents",
                "context.contextActivities.category", "context.contextActivities.other[0].id");
    }

    @Test
    void revision_and_platform_are_strings_allowed_only_when_the_object_is_an_activity() {
        assertThat(paths(with(context("{\"revision\": 2}")))).containsExactly("context.revision");
        assertThat(paths(with("""
                {"object": {"objectType": "Agent", "mbox": "mailto:b@example.no"},
                 "context": {"revision": "2", "platform": "Medvirk"}}
                """))).containsExactly("context.revision", "context.platform");
    }

    @Test
    void a_context_language_must_be_a_language_tag() {
        assertThat(paths(with(context("{\"language\": \"cmn\"}")))).isEmpty();
        assertThat(paths(with(context("{\"language\": \"something\"}")))).containsExactly("context.language");
    }

    @Test
    void a_context_statement_must_be_a_statement_ref() {
        assertThat(paths(with(context("{\"statement\": {\"id\": \"fd41c918-b88b-4b20-a0a5-a4c32391aaa0\"}}"))))
                .containsExactly("context.statement.objectType");
        assertThat(paths(with(context("{\"statement\": {\"objectType\": \"StatementRef\", \"id\": 12345}}"))))
                .containsExactly("context.statement.id");
    }

    @Test
    void unknown_context_properties_are_rejected() {
        assertThat(paths(with(context("{\"course\": \"x\"}")))).containsExactly("context.course");
    }

    @Test
    void context_agents_and_groups_are_rejected_in_1_0_3() {
        assertThat(paths(with(context("{\"contextAgents\": []}")))).containsExactly("context.contextAgents");
    }

    @Test
    void a_context_agent_has_object_type_context_agent_a_valid_agent_and_non_empty_iri_relevant_types() {
        assertThat(paths2(with(context("""
                {"contextAgents": [{"objectType": "contextAgent", "agent": %s,
                                    "relevantTypes": ["https://medvirk.no/roller/parorende"]}]}
                """.formatted(AGENT))))).isEmpty();
        assertThat(paths2(with(context("""
                {"contextAgents": [
                  {"objectType": "Should fail", "agent": %s},
                  {"objectType": "contextAgent", "agent": {"key": "Should fail"}},
                  {"objectType": "contextAgent", "agent": %s, "relevantTypes": []},
                  {"objectType": "contextAgent", "agent": %s, "relevantTypes": ["abc"]}]}
                """.formatted(AGENT, AGENT, AGENT))))).containsExactly("context.contextAgents[0].objectType",
                "context.contextAgents[1].agent.key", "context.contextAgents[1].agent",
                "context.contextAgents[2].relevantTypes", "context.contextAgents[3].relevantTypes[0]");
    }

    @Test
    void a_context_group_has_object_type_context_group_and_a_group() {
        assertThat(paths2(with(context("""
                {"contextGroups": [{"objectType": "contextGroup", "group": %s}]}
                """.formatted(GROUP))))).isEmpty();
        assertThat(paths2(with(context("""
                {"contextGroups": [{"objectType": "contextAgent", "group": %s}, {"objectType": "contextGroup"}]}
                """.formatted(AGENT))))).containsExactly("context.contextGroups[0].objectType",
                "context.contextGroups[0].group.objectType",
                "context.contextGroups[1].group");
    }
}
