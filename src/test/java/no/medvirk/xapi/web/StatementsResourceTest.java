package no.medvirk.xapi.web;

import static no.medvirk.xapi.XapiHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.medvirk.xapi.XapiHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The statements resource over real HTTP, as any xAPI client uses it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatementsResourceTest {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    no.medvirk.xapi.XapiClients clients;

    XapiHttp xapi;

    @BeforeEach
    void client() {
        xapi = new XapiHttp(port);
    }

    static String statement(String mbox, String verb, String activity) {
        return """
                {"actor": {"objectType": "Agent", "name": "Dina", "mbox": "mailto:%s"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/%s", "display": {"nb-NO": "%s", "en-US": "%s"}},
                 "object": {"id": "%s", "definition": {"name": {"nb-NO": "Leksjon", "en-US": "Lesson"}}}}"""
                .formatted(mbox, verb, verb, verb, activity);
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID();
    }

    @Test
    void about_is_public_and_names_both_versions() {
        var response = xapi.withoutCredentials().withoutVersion().get("/xapi/about");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("version").toString()).contains("1.0.3", "2.0.0");
    }

    @Test
    void a_request_without_the_version_header_is_refused_with_400() {
        var response = xapi.withoutVersion().get("/xapi/statements");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").stringValue()).contains("X-Experience-API-Version");
    }

    @Test
    void an_unsupported_version_is_refused_and_responses_name_the_version_served() {
        assertThat(xapi.version("0.95").get("/xapi/statements").statusCode()).isEqualTo(400);
        var response = xapi.version("1.0.3").get("/xapi/statements");
        assertThat(response.headers().firstValue("X-Experience-API-Version")).hasValue("1.0.3");
    }

    @Test
    void without_credentials_or_with_a_wrong_secret_the_answer_is_401() {
        assertThat(new XapiHttp(port).withoutCredentials().get("/xapi/statements").statusCode()).isEqualTo(401);
        assertThat(new XapiHttp(port).credentials("demo-lrs", "wrong").get("/xapi/statements").statusCode())
                .isEqualTo(401);
    }

    @Test
    void basic_credentials_sent_with_a_browser_session_cookie_leave_the_session_alone() {
        var page = xapi.withoutCredentials().send(xapi.request("/login").GET());
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        assertThat(cookie).startsWith("JSESSIONID=");

        var response = new XapiHttp(port).send(new XapiHttp(port).request("/xapi/statements?limit=1")
                .header("Cookie", cookie).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).as("a cmi5 AU's request must not sign the learner out")
                .isEmpty();
    }

    @Test
    void a_posted_statement_comes_back_exactly_with_what_the_lrs_adds() {
        String activity = unique("https://medvirk.no/activities/");
        var posted = xapi.post("/xapi/statements", statement("dina@example.no", "experienced", activity));
        assertThat(posted.statusCode()).isEqualTo(200);
        String id = json(posted).get(0).stringValue();

        var fetched = xapi.get("/xapi/statements?statementId=" + id);

        assertThat(fetched.statusCode()).isEqualTo(200);
        JsonNode statement = json(fetched);
        assertThat(statement.get("id").stringValue()).isEqualTo(id);
        assertThat(statement.get("object").get("id").stringValue()).isEqualTo(activity);
        assertThat(statement.get("verb").get("display").get("nb-NO").stringValue()).isEqualTo("experienced");
        assertThat(statement.has("stored")).isTrue();
        assertThat(statement.has("timestamp")).isTrue();
        assertThat(statement.get("version").stringValue()).isEqualTo("2.0.0");
        assertThat(statement.get("authority").get("account").get("name").stringValue()).isEqualTo("demo-lrs");
        assertThat(fetched.headers().firstValue("Last-Modified")).isPresent();
        assertThat(fetched.headers().firstValue("X-Experience-API-Consistent-Through")).isPresent();
    }

    @Test
    void put_stores_under_the_given_id_and_the_same_statement_again_changes_nothing() {
        String id = UUID.randomUUID().toString();
        String body = statement("per@example.no", "attempted", unique("https://medvirk.no/activities/"));

        assertThat(xapi.put("/xapi/statements?statementId=" + id, body).statusCode()).isEqualTo(204);
        assertThat(xapi.put("/xapi/statements?statementId=" + id, body).statusCode()).isEqualTo(204);
        assertThat(xapi.get("/xapi/statements?statementId=" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void the_same_id_with_other_content_is_a_conflict() {
        String id = UUID.randomUUID().toString();
        xapi.put("/xapi/statements?statementId=" + id, statement("a@example.no", "attempted", "https://x.no/1"));

        var again = xapi.put("/xapi/statements?statementId=" + id,
                statement("a@example.no", "completed", "https://x.no/1"));

        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    void put_without_statement_id_or_with_a_different_id_in_the_body_is_refused() {
        String body = statement("a@example.no", "attempted", "https://x.no/2");
        assertThat(xapi.put("/xapi/statements", body).statusCode()).isEqualTo(400);
        String other = "{\"id\": \"" + UUID.randomUUID() + "\"," + body.substring(1);
        assertThat(xapi.put("/xapi/statements?statementId=" + UUID.randomUUID(), other).statusCode()).isEqualTo(400);
    }

    @Test
    void a_batch_with_one_bad_statement_stores_none_of_them() {
        String activity = unique("https://medvirk.no/activities/");
        String good = statement("batch@example.no", "experienced", activity);
        String bad = "{\"verb\": {\"id\": \"http://adlnet.gov/expapi/verbs/experienced\"}}";

        var response = xapi.post("/xapi/statements", "[" + good + "," + bad + "]");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("violations").toString()).contains("[1].actor");
        assertThat(statements("activity=" + encode(activity))).isEmpty();
    }

    @Test
    void malformed_json_and_a_wrong_content_type_are_refused() {
        assertThat(xapi.post("/xapi/statements", "{\"actor\": ").statusCode()).isEqualTo(400);
        var textPlain = xapi.send(xapi.request("/xapi/statements").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(statement("a@b.no", "attempted", "https://x.no/3"))));
        assertThat(textPlain.statusCode()).isEqualTo(400);
    }

    @Test
    void a_voided_statement_is_only_found_by_voided_statement_id_and_not_in_queries() {
        String activity = unique("https://medvirk.no/activities/");
        String id = json(xapi.post("/xapi/statements", statement("void@example.no", "passed", activity)))
                .get(0).stringValue();
        String voiding = """
                {"actor": {"mbox": "mailto:admin@example.no"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/voided"},
                 "object": {"objectType": "StatementRef", "id": "%s"}}""".formatted(id);

        String voidingId = json(xapi.post("/xapi/statements", voiding)).get(0).stringValue();

        assertThat(xapi.get("/xapi/statements?statementId=" + id).statusCode()).isEqualTo(404);
        assertThat(xapi.get("/xapi/statements?voidedStatementId=" + id).statusCode()).isEqualTo(200);
        assertThat(xapi.get("/xapi/statements?voidedStatementId=" + voidingId).statusCode()).isEqualTo(404);
        assertThat(statements("activity=" + encode(activity))).isEmpty();
    }

    @Test
    void a_voiding_statement_cannot_be_voided() {
        String id = json(xapi.post("/xapi/statements", statement("v2@example.no", "passed", "https://x.no/4")))
                .get(0).stringValue();
        String voidingId = json(xapi.post("/xapi/statements", voiding(id))).get(0).stringValue();

        assertThat(xapi.post("/xapi/statements", voiding(voidingId)).statusCode()).isEqualTo(400);
    }

    @Test
    void queries_filter_by_verb_agent_activity_and_registration() {
        String activity = unique("https://medvirk.no/activities/");
        String mbox = unique("q") + "@example.no";
        String registration = UUID.randomUUID().toString();
        xapi.post("/xapi/statements", "[" + statement(mbox, "attempted", activity) + ","
                + withRegistration(statement(mbox, "completed", activity), registration) + ","
                + statement("other@example.no", "completed", activity) + "]");

        String agent = encode("{\"mbox\": \"mailto:" + mbox + "\"}");
        assertThat(statements("agent=" + agent)).hasSize(2);
        assertThat(statements("agent=" + agent + "&verb=" + encode("http://adlnet.gov/expapi/verbs/completed")))
                .hasSize(1);
        assertThat(statements("activity=" + encode(activity))).hasSize(3);
        assertThat(statements("registration=" + registration)).hasSize(1);
    }

    @Test
    void related_activities_finds_statements_that_only_mention_the_activity_in_their_context() {
        String course = unique("https://medvirk.no/courses/");
        String lesson = """
                {"actor": {"mbox": "mailto:ctx@example.no"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
                 "object": {"id": "%s/lesson-1"},
                 "context": {"contextActivities": {"parent": [{"id": "%s"}]}}}""".formatted(course, course);
        xapi.post("/xapi/statements", lesson);

        assertThat(statements("activity=" + encode(course))).isEmpty();
        assertThat(statements("activity=" + encode(course) + "&related_activities=true")).hasSize(1);
    }

    @Test
    void a_statement_that_refers_to_a_match_is_a_match_too() {
        String activity = unique("https://medvirk.no/activities/");
        String target = json(xapi.post("/xapi/statements", statement("ref@example.no", "completed", activity)))
                .get(0).stringValue();
        String comment = """
                {"actor": {"mbox": "mailto:leader@example.no"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/commented"},
                 "object": {"objectType": "StatementRef", "id": "%s"}}""".formatted(target);
        String commentId = json(xapi.post("/xapi/statements", comment)).get(0).stringValue();

        var found = statements("activity=" + encode(activity));

        assertThat(found).extracting(s -> s.get("id").stringValue()).containsExactlyInAnyOrder(target, commentId);
        assertThat(statements("agent=" + encode("{\"mbox\": \"mailto:nobody-" + UUID.randomUUID()
                + "@example.no\"}"))).isEmpty();
    }

    @Test
    void paging_with_more_links_visits_every_statement_once_in_order() {
        String activity = unique("https://medvirk.no/activities/");
        List<String> batch = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            batch.add(statement("page" + i + "@example.no", "experienced", activity));
        }
        List<String> posted = new ArrayList<>();
        json(xapi.post("/xapi/statements", "[" + String.join(",", batch) + "]"))
                .forEach(id -> posted.add(id.stringValue()));

        Set<String> seen = new HashSet<>();
        String next = "/xapi/statements?limit=3&ascending=true&activity=" + encode(activity);
        int pages = 0;
        while (!next.isEmpty()) {
            JsonNode page = json(xapi.get(next));
            page.get("statements").forEach(s -> assertThat(seen.add(s.get("id").stringValue())).isTrue());
            next = page.get("more").stringValue();
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(posted);
    }

    @Test
    void unknown_parameters_and_statement_id_with_filters_are_refused() {
        assertThat(xapi.get("/xapi/statements?colour=blue").statusCode()).isEqualTo(400);
        assertThat(xapi.get("/xapi/statements?statementId=" + UUID.randomUUID() + "&verb=http://x.no/v")
                .statusCode()).isEqualTo(400);
        assertThat(xapi.get("/xapi/statements?limit=-1").statusCode()).isEqualTo(400);
        assertThat(xapi.get("/xapi/statements?since=yesterday").statusCode()).isEqualTo(400);
    }

    @Test
    void format_ids_reduces_the_statement_to_identifiers() {
        String id = json(xapi.post("/xapi/statements", statement("ids@example.no", "passed", "https://x.no/5")))
                .get(0).stringValue();

        JsonNode statement = json(xapi.get("/xapi/statements?format=ids&statementId=" + id));

        assertThat(statement.get("verb").has("display")).isFalse();
        assertThat(statement.get("actor").has("name")).isFalse();
        assertThat(statement.get("object").has("definition")).isFalse();
    }

    @Test
    void format_canonical_keeps_the_language_the_client_asks_for() {
        String id = json(xapi.post("/xapi/statements", statement("can@example.no", "passed", "https://x.no/6")))
                .get(0).stringValue();

        var response = xapi.send(xapi.request("/xapi/statements?format=canonical&statementId=" + id)
                .header("Accept-Language", "nb-NO").GET());

        JsonNode name = json(response).get("object").get("definition").get("name");
        assertThat(name.propertyNames()).containsExactly("nb-NO");
    }

    @Test
    void a_cors_preflight_is_answered_for_browser_content() {
        var preflight = xapi.withoutCredentials().send(xapi.request("/xapi/statements")
                .header("Origin", "https://content.example.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,x-experience-api-version")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue("https://content.example.org");
    }

    @Test
    void a_client_that_may_read_only_its_own_statements_sees_no_others() {
        String activity = unique("https://medvirk.no/activities/");
        String mine = "mine-" + UUID.randomUUID();
        clients.create("Own reader", mine, "own-reader-secret-0123456789",
                Set.of(no.medvirk.xapi.Scope.STATEMENTS_WRITE, no.medvirk.xapi.Scope.STATEMENTS_READ_MINE));
        var own = new XapiHttp(port).credentials(mine, "own-reader-secret-0123456789");
        String ownId = json(own.post("/xapi/statements", statement("own@example.no", "attempted", activity)))
                .get(0).stringValue();
        String othersId = json(xapi.post("/xapi/statements", statement("other@example.no", "attempted", activity)))
                .get(0).stringValue();

        var listed = json(own.get("/xapi/statements?activity=" + encode(activity))).get("statements");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("id").stringValue()).isEqualTo(ownId);
        assertThat(own.get("/xapi/statements?statementId=" + othersId).statusCode()).isEqualTo(404);
    }

    @Test
    void the_alternate_request_syntax_of_1_0_3_puts_and_gets_a_statement() {
        String id = UUID.randomUUID().toString();
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString(
                "demo-lrs:demo-lrs-secret".getBytes(StandardCharsets.UTF_8));
        var plain = new XapiHttp(port).withoutCredentials().withoutVersion();
        String put = "statementId=" + id + "&Authorization=" + encode(auth) + "&X-Experience-API-Version=1.0.3"
                + "&Content-Type=" + encode("application/json") + "&content="
                + encode(statement("alt@example.no", "attempted", "https://x.no/alt"));

        var stored = plain.send(plain.request("/xapi/statements?method=PUT")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(put)));
        var fetched = plain.send(plain.request("/xapi/statements?method=GET")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("statementId=" + id + "&Authorization=" + encode(auth)
                        + "&X-Experience-API-Version=1.0.3")));

        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(204);
        assertThat(fetched.statusCode()).as(fetched.body()).isEqualTo(200);
        assertThat(json(fetched).get("id").stringValue()).isEqualTo(id);
    }

    @Test
    void the_alternate_request_syntax_needs_a_form_body() {
        var response = xapi.post("/xapi/statements?method=PUT", "{}");

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void a_disabled_client_is_refused_at_once() {
        String key = "short-lived-" + UUID.randomUUID();
        clients.create("Short lived", key, "short-lived-secret-0123456789", Set.of(no.medvirk.xapi.Scope.ALL));
        var shortLived = new XapiHttp(port).credentials(key, "short-lived-secret-0123456789");
        assertThat(shortLived.get("/xapi/statements?limit=1").statusCode()).isEqualTo(200);

        clients.setActive(clients.all().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow().id(),
                false);

        assertThat(shortLived.get("/xapi/statements?limit=1").statusCode()).isEqualTo(401);
    }

    @Test
    void the_lrs_keeps_no_session() {
        var response = xapi.get("/xapi/statements");

        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
    }

    private List<JsonNode> statements(String query) {
        var response = xapi.get("/xapi/statements?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        json(response).get("statements").forEach(found::add);
        return found;
    }

    private static String voiding(String id) {
        return """
                {"actor": {"mbox": "mailto:admin@example.no"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/voided"},
                 "object": {"objectType": "StatementRef", "id": "%s"}}""".formatted(id);
    }

    private static String withRegistration(String statement, String registration) {
        return statement.substring(0, statement.length() - 1) + ", \"context\": {\"registration\": \"" + registration
                + "\"}}";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
