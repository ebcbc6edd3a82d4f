package no.medvirk.packages.cmi5;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import no.medvirk.identity.PersonId;
import no.medvirk.packages.Cmi5Au;
import no.medvirk.xapi.DocumentKey;
import no.medvirk.xapi.XapiDocuments;
import no.medvirk.xapi.XapiHttp;
import no.medvirk.xapi.XapiJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Launching a cmi5 AU: the launch URL, LMS.LaunchData and the learner preferences written first, launched recorded,
 * the one-time fetch URL, and what the auth token lets the AU do at /xapi (its learner and registration only).
 */
class Cmi5LaunchTest extends Cmi5Fixture {

    @Autowired
    XapiDocuments documents;

    @Test
    void the_launch_url_names_endpoint_fetch_actor_registration_and_an_activity_id_of_the_lms() {
        var launch = launch(learner, course.quiz, null);
        var au = au(launch);

        assertThat(launch.url()).startsWith(site() + "/pakkeinnhold/" + course.version.id() + "/quiz.html?");
        assertThat(launch.method()).isEqualTo(Cmi5Au.LaunchMethod.AnyWindow);
        assertThat(au.launch).containsOnlyKeys("endpoint", "fetch", "actor", "registration", "activityId");
        assertThat(au.launch.get("endpoint")).isEqualTo(site() + "/xapi");
        assertThat(au.launch.get("fetch")).startsWith(site() + "/cmi5/fetch/" + launch.session() + "/");
        assertThat(XapiJson.parse(au.launch.get("actor")).toString()).isEqualTo(
                "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"http://localhost:0\",\"name\":\"" + learner
                        + "\"}}");
        assertThat(au.launch.get("registration")).isEqualTo(launch.registration().toString());
        assertThat(au.launch.get("activityId")).startsWith("http://localhost:0/xapi/activities/packages/"
                + course.version.packageId() + "/aus/").isNotEqualTo(course.quiz);

        var reading = launch(learner, course.reading, null);
        assertThat(reading.url()).startsWith(site() + "/pakkeinnhold/" + course.version.id()
                + "/reading.html?part=1&endpoint=");
        assertThat(reading.method()).isEqualTo(Cmi5Au.LaunchMethod.OwnWindow);
        assertThat(reading.registration()).as("one registration per learner and package, across sessions")
                .isEqualTo(launch.registration());
        assertThat(reading.session()).isNotEqualTo(launch.session());
        assertThat(launch(new PersonId(UUID.randomUUID()), course.quiz, null).registration())
                .isNotEqualTo(launch.registration());
    }

    @Test
    void launch_data_and_learner_preferences_are_in_place_and_launched_is_recorded_before_the_au_opens() {
        var launch = launch(learner, course.quiz, null);
        var au = au(launch);
        String agent = "account:http://localhost:0|" + learner;

        JsonNode data = document(new DocumentKey(DocumentKey.Kind.STATE, au.launch.get("activityId"), agent,
                launch.registration(), "LMS.LaunchData"));
        assertThat(data.path("contextTemplate").toString()).isEqualTo("{\"contextActivities\":{\"grouping\":[{"
                + "\"objectType\":\"Activity\",\"id\":\"" + course.quiz + "\"}]},\"extensions\":{"
                + "\"https://w3id.org/xapi/cmi5/context/extensions/sessionid\":\"" + launch.session() + "\"}}");
        assertThat(data.path("launchMode").stringValue()).isEqualTo("Normal");
        assertThat(data.path("moveOn").stringValue()).isEqualTo("Passed");
        assertThat(data.path("masteryScore").decimalValue()).isEqualByComparingTo("0.8");
        assertThat(data.path("launchParameters").stringValue()).isEqualTo("{\"level\":1}");
        assertThat(data.path("returnURL").stringValue()).isEqualTo(site() + "/tilbake");
        assertThat(data.path("entitlementKey").path("courseStructure").stringValue()).isEqualTo("nøkkel-1");

        JsonNode preferences = document(new DocumentKey(DocumentKey.Kind.AGENT_PROFILE, null, agent, null,
                "cmi5LearnerPreferences"));
        assertThat(preferences.toString())
                .isEqualTo("{\"languagePreference\":\"nb-NO,en-US\",\"audioPreference\":\"on\"}");

        var launched = statements(verb("launched"), launch.registration());
        assertThat(launched).hasSize(1);
        JsonNode context = launched.getFirst().path("context");
        JsonNode extensions = context.path("extensions");
        String base = "https://w3id.org/xapi/cmi5/context/extensions/";
        assertThat(extensions.path(base + "sessionid").stringValue()).isEqualTo(launch.session().toString());
        assertThat(extensions.path(base + "launchmode").stringValue()).isEqualTo("Normal");
        assertThat(extensions.path(base + "launchurl").stringValue())
                .isEqualTo(site() + "/pakkeinnhold/" + course.version.id() + "/quiz.html");
        assertThat(extensions.path(base + "moveon").stringValue()).isEqualTo("Passed");
        assertThat(extensions.path(base + "masteryscore").decimalValue()).isEqualByComparingTo("0.8");
        assertThat(extensions.path(base + "launchparameters").stringValue()).isEqualTo("{\"level\":1}");
        assertThat(context.path("contextActivities").path("category").toString())
                .contains("https://w3id.org/xapi/cmi5/context/categories/cmi5").doesNotContain("moveon");
        assertThat(context.path("contextActivities").path("grouping").toString()).contains(course.quiz);
        assertThat(launched.getFirst().path("object").path("id").stringValue()).isEqualTo(au.launch.get("activityId"));
    }

    @Test
    void the_fetch_url_gives_the_auth_token_once_and_error_code_1_after() {
        var au = au(launch(learner, course.quiz, null));

        JsonNode first = au.fetch();
        JsonNode second = au.fetch();

        String token = first.path("auth-token").stringValue();
        assertThat(new String(java.util.Base64.getDecoder().decode(token), StandardCharsets.US_ASCII))
                .startsWith("cmi5-");
        assertThat(second.path("auth-token").isMissingNode()).isTrue();
        assertThat(second.path("error-code").stringValue()).isEqualTo("1");
        assertThat(second.path("error-text").stringValue()).isNotBlank();
        assertThat(au.xapi.authorization("Basic " + token).get(au.state("LMS.LaunchData")).statusCode())
                .isEqualTo(200);

        String forged = au.launch.get("fetch").replaceAll("/[0-9a-f]{64}$", "/" + "0".repeat(64));
        var plain = new XapiHttp(port).withoutCredentials().withoutVersion();
        var refused = plain.send(HttpRequest.newBuilder(URI.create(forged)).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(XapiJson.parse(refused.body()).path("error-code").stringValue()).isEqualTo("2");
        assertThat(plain.send(HttpRequest.newBuilder(URI.create(au.launch.get("fetch"))).GET()).statusCode())
                .as("GET is not how the fetch URL is used").isEqualTo(405);
    }

    @Test
    void the_token_opens_only_its_learners_statements_and_state_in_its_registration() {
        var other = au(launch(new PersonId(UUID.randomUUID()), course.quiz, null)).start();
        var othersStatement = other.statement("initialized", true);
        other.sendOk(othersStatement);
        var mine = au(launch(learner, course.quiz, null)).start();
        mine.sendOk(mine.statement("initialized", true));
        String activity = TestAu.encode(mine.launch.get("activityId"));

        var forOther = mine.statement("experienced", false);
        forOther.set("actor", XapiJson.parse(other.launch.get("actor")));
        assertThat(mine.send(forOther).statusCode()).isEqualTo(403);
        var elsewhere = mine.statement("experienced", false);
        ((ObjectNode) elsewhere.get("context")).put("registration", other.launch.get("registration"));
        assertThat(mine.send(elsewhere).statusCode()).isEqualTo(403);
        var voiding = mine.statement("http://adlnet.gov/expapi/verbs/voided", false);
        voiding.putObject("object").put("objectType", "StatementRef").put("id", othersStatement.get("id").stringValue());
        assertThat(mine.send(voiding).statusCode()).isEqualTo(403);

        var read = mine.xapi.get("/xapi/statements?activity=" + activity);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(XapiJson.parse(read.body()).path("statements")).isNotEmpty().allSatisfy(statement -> assertThat(
                statement.path("actor").path("account").path("name").stringValue()).isEqualTo(learner.toString()));
        assertThat(mine.xapi.get("/xapi/statements?agent=" + TestAu.encode(other.launch.get("actor"))).statusCode())
                .isEqualTo(403);
        assertThat(mine.xapi.get("/xapi/statements?registration=" + other.launch.get("registration")).statusCode())
                .isEqualTo(403);
        assertThat(mine.xapi.get("/xapi/statements?statementId=" + othersStatement.get("id").stringValue())
                .statusCode()).isEqualTo(404);
        assertThat(mine.xapi.get("/xapi/agents?agent=" + TestAu.encode(other.launch.get("actor"))).statusCode())
                .isEqualTo(403);

        assertThat(mine.xapi.get(other.state("LMS.LaunchData")).statusCode()).isEqualTo(403);
        assertThat(mine.xapi.put(mine.state("LMS.LaunchData"), "{}").statusCode())
                .as("the launch data is the LMS's").isEqualTo(403);
        assertThat(mine.xapi.send(mine.xapi.request(mine.state("LMS.LaunchData")).DELETE()).statusCode())
                .isEqualTo(403);
        assertThat(mine.xapi.put(mine.state("suspendData"), "{\"bookmark\":\"p2\"}").statusCode()).isEqualTo(204);
        assertThat(mine.xapi.get(mine.state("suspendData")).body()).contains("p2");
        assertThat(mine.xapi.put("/xapi/activities/profile?activityId=" + activity + "&profileId=p", "{}")
                .statusCode()).isEqualTo(403);
        String preferences = "/xapi/agents/profile?profileId=cmi5LearnerPreferences&agent="
                + TestAu.encode(mine.launch.get("actor"));
        assertThat(mine.xapi.get(preferences).statusCode()).isEqualTo(200);
        assertThat(mine.xapi.send(mine.xapi.request(preferences).header("Content-Type", "application/json")
                .header("If-Match", "*").PUT(HttpRequest.BodyPublishers.ofString("{}"))).statusCode())
                .as("the LMS keeps the learner preferences").isEqualTo(403);
    }

    private JsonNode document(DocumentKey key) {
        return XapiJson.parse(new String(documents.get(key).orElseThrow().content(), StandardCharsets.UTF_8));
    }
}
