package no.medvirk.xapi.web;

import static no.medvirk.xapi.XapiHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import no.medvirk.xapi.XapiHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The document resources over HTTP: state, activity profiles, agent profiles; merging; ETag concurrency. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentsResourceTest {

    @LocalServerPort
    int port;

    XapiHttp xapi;
    String activity;
    String agent;
    String state;

    @BeforeEach
    void owner() {
        xapi = new XapiHttp(port);
        activity = "https://medvirk.no/activities/" + UUID.randomUUID();
        agent = "{\"mbox\": \"mailto:" + UUID.randomUUID() + "@example.no\"}";
        state = "/xapi/activities/state?activityId=" + encode(activity) + "&agent=" + encode(agent);
    }

    @Test
    void state_is_stored_read_listed_and_deleted() {
        assertThat(put(state + "&stateId=bookmark", "text/plain", "lesson-3", null, null).statusCode())
                .isEqualTo(204);

        var read = xapi.get(state + "&stateId=bookmark");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).isEqualTo("lesson-3");
        assertThat(read.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(read.headers().firstValue("ETag")).isPresent();
        assertThat(read.headers().firstValue("Last-Modified")).isPresent();
        assertThat(json(xapi.get(state)).toString()).isEqualTo("[\"bookmark\"]");

        assertThat(delete(state, null).statusCode()).isEqualTo(204);
        assertThat(xapi.get(state + "&stateId=bookmark").statusCode()).isEqualTo(404);
    }

    @Test
    void state_is_kept_apart_per_registration() {
        String registration = UUID.randomUUID().toString();
        put(state + "&stateId=s&registration=" + registration, "application/json", "{\"a\": 1}", null, null);

        assertThat(xapi.get(state + "&stateId=s").statusCode()).isEqualTo(404);
        assertThat(xapi.get(state + "&stateId=s&registration=" + registration).statusCode()).isEqualTo(200);
    }

    @Test
    void post_merges_json_objects_and_refuses_to_merge_anything_else() {
        post(state + "&stateId=progress", "application/json", "{\"lesson\": 1, \"score\": 5}", null);
        post(state + "&stateId=progress", "application/json", "{\"lesson\": 2}", null);

        assertThat(json(xapi.get(state + "&stateId=progress")).toString()).isEqualTo("{\"lesson\":2,\"score\":5}");
        assertThat(post(state + "&stateId=progress", "text/plain", "not json", null).statusCode()).isEqualTo(400);
    }

    @Test
    void concurrent_merges_into_one_document_keep_every_property() throws Exception {
        String url = state + "&stateId=concurrent";
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        var results = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
        for (int i = 0; i < 16; i++) {
            int n = i;
            results.add(pool.submit(() -> post(url, "application/json", "{\"k" + n + "\": " + n + "}", null)
                    .statusCode()));
        }
        for (var result : results) {
            assertThat(result.get()).isEqualTo(204);
        }
        pool.shutdown();

        assertThat(json(xapi.get(url)).propertyNames()).hasSize(16);
    }

    @Test
    void overwriting_a_profile_needs_the_etag_and_a_stale_one_is_refused() {
        String profile = "/xapi/activities/profile?activityId=" + encode(activity) + "&profileId=settings";
        var created = put(profile, "application/json", "{\"v\": 1}", null, "*");
        assertThat(created.statusCode()).isEqualTo(204);
        String etag = created.headers().firstValue("ETag").orElseThrow();

        assertThat(put(profile, "application/json", "{\"v\": 2}", null, null).statusCode()).isEqualTo(409);
        assertThat(put(profile, "application/json", "{\"v\": 2}", null, "*").statusCode()).isEqualTo(412);
        assertThat(put(profile, "application/json", "{\"v\": 2}", "\"0000\"", null).statusCode()).isEqualTo(412);
        assertThat(put(profile, "application/json", "{\"v\": 2}", etag, null).statusCode()).isEqualTo(204);
        assertThat(json(xapi.get(profile)).get("v").asInt()).isEqualTo(2);
    }

    @Test
    void agent_profiles_belong_to_the_agent() {
        String profile = "/xapi/agents/profile?agent=" + encode(agent) + "&profileId=prefs";
        put(profile, "application/json", "{\"lang\": \"nb\"}", null, "*");

        String other = "/xapi/agents/profile?agent=" + encode("{\"mbox\": \"mailto:other@example.no\"}")
                + "&profileId=prefs";
        assertThat(xapi.get(profile).statusCode()).isEqualTo(200);
        assertThat(xapi.get(other).statusCode()).isEqualTo(404);
    }

    @Test
    void missing_or_malformed_parameters_are_refused() {
        assertThat(xapi.get("/xapi/activities/state?agent=" + encode(agent)).statusCode()).isEqualTo(400);
        assertThat(xapi.get("/xapi/activities/state?activityId=" + encode(activity) + "&agent=%7B%7D").statusCode())
                .isEqualTo(400);
        assertThat(xapi.get(state + "&registration=not-a-uuid").statusCode()).isEqualTo(400);
        assertThat(xapi.get(state + "&colour=blue").statusCode()).isEqualTo(400);
        assertThat(put(state, "application/json", "{}", null, null).statusCode()).isEqualTo(400);
    }

    @Test
    void the_activities_resource_gives_the_definition_statements_have_given() {
        xapi.post("/xapi/statements", """
                {"actor": {"mbox": "mailto:def@example.no"}, "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
                 "object": {"id": "%s", "definition": {"name": {"nb-NO": "Leksjon 1"}}}}""".formatted(activity));
        xapi.post("/xapi/statements", """
                {"actor": {"mbox": "mailto:def@example.no"}, "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
                 "object": {"id": "%s", "definition": {"name": {"en-US": "Lesson 1"}}}}""".formatted(activity));

        var definition = json(xapi.get("/xapi/activities?activityId=" + encode(activity))).get("definition");

        assertThat(definition.get("name").get("nb-NO").stringValue()).isEqualTo("Leksjon 1");
        assertThat(definition.get("name").get("en-US").stringValue()).isEqualTo("Lesson 1");
    }

    @Test
    void the_agents_resource_gives_a_person() {
        var person = json(xapi.get("/xapi/agents?agent=" + encode(agent)));

        assertThat(person.get("objectType").stringValue()).isEqualTo("Person");
        assertThat(person.get("mbox").isArray()).isTrue();
    }

    private HttpResponse<String> put(String path, String contentType, String body, String ifMatch, String ifNoneMatch) {
        var request = xapi.request(path).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return xapi.send(request);
    }

    private HttpResponse<String> post(String path, String contentType, String body, String ifMatch) {
        var request = xapi.request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return xapi.send(request);
    }

    private HttpResponse<String> delete(String path, String ifMatch) {
        var request = xapi.request(path).DELETE();
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return xapi.send(request);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
