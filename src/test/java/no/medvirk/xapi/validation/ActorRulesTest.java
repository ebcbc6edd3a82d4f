package no.medvirk.xapi.validation;

import static no.medvirk.xapi.validation.Statements.paths;
import static no.medvirk.xapi.validation.Statements.with;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorRulesTest {

    private static final String ACCOUNT = "{\"homePage\": \"https://medvirk.no\", \"name\": \"kari\"}";

    @Test
    void each_kind_of_identifier_alone_identifies_an_agent() {
        assertThat(paths(with("{\"actor\": {\"mbox_sha1sum\": \"cd9b00a5611f94eaa7b1661edab976068e364975\"}}"))).isEmpty();
        assertThat(paths(with("{\"actor\": {\"openid\": \"http://openid.example.org/12345\"}}"))).isEmpty();
        assertThat(paths(with("{\"actor\": {\"objectType\": \"Agent\", \"account\": " + ACCOUNT + "}}"))).isEmpty();
    }

    @Test
    void an_agent_with_two_identifiers_is_rejected() {
        assertThat(paths(with("""
                {"actor": {"mbox": "mailto:kari@example.no", "openid": "http://openid.example.org/1"}}
                """))).containsExactly("actor");
    }

    @Test
    void an_agent_without_an_identifier_is_rejected() {
        assertThat(paths(with("{\"actor\": {\"name\": \"Kari\"}}"))).containsExactly("actor");
    }

    @Test
    void an_unknown_agent_property_is_rejected() {
        assertThat(paths(with("{\"actor\": {\"mbox\": \"mailto:kari@example.no\", \"email\": \"x\"}}")))
                .containsExactly("actor.email");
    }

    @Test
    void an_actor_object_type_other_than_agent_or_group_is_rejected() {
        assertThat(paths(with("{\"actor\": {\"objectType\": \"Person\", \"mbox\": \"mailto:kari@example.no\"}}")))
                .containsExactly("actor.objectType");
    }

    @Test
    void an_mbox_must_be_a_mailto_iri() {
        assertThat(paths(with("{\"actor\": {\"mbox\": \"kari@example.no\"}}"))).containsExactly("actor.mbox");
        assertThat(paths(with("{\"actor\": {\"mbox\": \"mailto:kari\"}}"))).containsExactly("actor.mbox");
    }

    @Test
    void an_mbox_sha1sum_must_be_40_hex_digits() {
        assertThat(paths(with("{\"actor\": {\"mbox_sha1sum\": \"cd9b00a5611f94eaa7b1661edab97606\"}}")))
                .containsExactly("actor.mbox_sha1sum");
    }

    @Test
    void an_openid_must_be_an_absolute_uri() {
        assertThat(paths(with("{\"actor\": {\"openid\": \"not a uri\"}}"))).containsExactly("actor.openid");
    }

    @Test
    void an_account_needs_a_home_page_irl_and_a_string_name() {
        assertThat(paths(with("{\"actor\": {\"account\": {\"name\": \"kari\"}}}")))
                .containsExactly("actor.account.homePage");
        assertThat(paths(with("{\"actor\": {\"account\": {\"homePage\": \"medvirk\", \"name\": {\"key\": 1}}}}")))
                .containsExactly("actor.account.homePage", "actor.account.name");
        assertThat(paths(with("{\"actor\": {\"account\": {\"homePage\": \"https://a.no\", \"name\": \"k\", \"id\": 1}}}")))
                .containsExactly("actor.account.id");
    }

    @Test
    void an_agent_name_must_be_a_string() {
        assertThat(paths(with("{\"actor\": {\"mbox\": \"mailto:kari@example.no\", \"name\": 7}}")))
                .containsExactly("actor.name");
    }

    @Test
    void an_anonymous_group_needs_members() {
        assertThat(paths(with("{\"actor\": {\"objectType\": \"Group\", \"name\": \"Team\"}}")))
                .containsExactly("actor.member");
        assertThat(paths(with("{\"actor\": {\"objectType\": \"Group\", \"member\": []}}")))
                .containsExactly("actor.member");
    }

    @Test
    void an_identified_group_has_at_most_one_identifier_and_may_omit_members() {
        assertThat(paths(with("{\"actor\": {\"objectType\": \"Group\", \"account\": " + ACCOUNT + "}}"))).isEmpty();
        assertThat(paths(with("""
                {"actor": {"objectType": "Group", "account": %s, "mbox": "mailto:team@example.no"}}
                """.formatted(ACCOUNT)))).containsExactly("actor");
    }

    @Test
    void a_group_member_must_be_a_valid_agent_and_never_a_group() {
        assertThat(paths(with("""
                {"actor": {"objectType": "Group", "member": [
                  {"mbox": "mailto:a@example.no"},
                  {"objectType": "Group", "member": [{"mbox": "mailto:b@example.no"}]},
                  {"name": "nobody"}]}}
                """))).containsExactly("actor.member[1].objectType", "actor.member[2]");
    }

    @Test
    void a_group_member_list_must_be_an_array() {
        assertThat(paths(with("{\"actor\": {\"objectType\": \"Group\", \"member\": {\"mbox\": \"mailto:a@example.no\"}}}")))
                .containsExactly("actor.member");
    }

    @Test
    void an_agent_or_group_as_object_must_name_its_object_type() {
        assertThat(paths(with("{\"object\": {\"objectType\": \"Agent\", \"mbox\": \"mailto:a@example.no\"}}"))).isEmpty();
        assertThat(paths(with("{\"object\": {\"mbox\": \"mailto:a@example.no\"}}")))
                .containsExactly("object.mbox", "object.id");
    }

    @Test
    void an_authority_group_must_be_anonymous_with_exactly_two_members() {
        String two = "[{\"account\": " + ACCOUNT + "}, {\"mbox\": \"mailto:a@example.no\"}]";
        assertThat(paths(with("{\"authority\": {\"objectType\": \"Group\", \"member\": " + two + "}}"))).isEmpty();
        assertThat(paths(with("""
                {"authority": {"objectType": "Group", "member": [{"mbox": "mailto:a@example.no"}]}}
                """))).containsExactly("authority.member");
        assertThat(paths(with("""
                {"authority": {"objectType": "Group", "openid": "http://openid.example.org/1", "member": %s}}
                """.formatted(two)))).containsExactly("authority");
    }

    @Test
    void an_authority_must_be_an_agent_or_group() {
        assertThat(paths(with("{\"authority\": \"lrs\"}"))).containsExactly("authority");
        assertThat(paths(with("{\"authority\": {\"account\": " + ACCOUNT + "}}"))).isEmpty();
    }
}
