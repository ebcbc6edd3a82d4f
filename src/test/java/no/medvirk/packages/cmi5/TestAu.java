package no.medvirk.packages.cmi5;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.medvirk.xapi.XapiHttp;
import no.medvirk.xapi.XapiJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A cmi5 AU for tests, over real HTTP as a browser AU would be: it reads the launch URL, posts to the fetch URL,
 * reads LMS.LaunchData with the token, and sends statements built on the context template.
 */
final class TestAu {

    final Map<String, String> launch = new LinkedHashMap<>();
    final XapiHttp xapi;
    private final XapiHttp plain;
    private JsonNode contextTemplate = XapiJson.MAPPER.createObjectNode();

    TestAu(int port, String launchUrl) {
        String query = URI.create(launchUrl).getRawQuery();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            launch.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        xapi = new XapiHttp(port).version("1.0.3");
        plain = new XapiHttp(port).withoutCredentials().withoutVersion();
    }

    /** POST to the fetch URL, as the spec says: the JSON answer. */
    JsonNode fetch() {
        var response = plain.send(HttpRequest.newBuilder(URI.create(launch.get("fetch")))
                .POST(HttpRequest.BodyPublishers.noBody()));
        if (response.statusCode() != 200) {
            throw new AssertionError("The fetch URL answered " + response.statusCode());
        }
        return XapiJson.parse(response.body());
    }

    /** Fetches the token and reads the launch data, as an AU does before its first statement. */
    TestAu start() {
        xapi.authorization("Basic " + fetch().path("auth-token").stringValue());
        var data = xapi.get(state("LMS.LaunchData"));
        if (data.statusCode() != 200) {
            throw new AssertionError("LMS.LaunchData answered " + data.statusCode() + " " + data.body());
        }
        contextTemplate = XapiJson.parse(data.body()).get("contextTemplate");
        return this;
    }

    String sessionId() {
        return contextTemplate.path("extensions").path("https://w3id.org/xapi/cmi5/context/extensions/sessionid")
                .stringValue();
    }

    String state(String stateId) {
        return "/xapi/activities/state?stateId=" + encode(stateId) + "&activityId=" + encode(launch.get("activityId"))
                + "&agent=" + encode(launch.get("actor")) + "&registration=" + launch.get("registration");
    }

    /** A statement of this verb about the AU in its session; cmi5 defined (with the cmi5 category) or allowed. */
    ObjectNode statement(String verb, boolean defined) {
        ObjectNode statement = XapiJson.MAPPER.createObjectNode();
        statement.put("id", UUID.randomUUID().toString());
        statement.set("actor", XapiJson.parse(launch.get("actor")));
        statement.putObject("verb").put("id", verb.contains(":") ? verb : "http://adlnet.gov/expapi/verbs/" + verb);
        statement.putObject("object").put("objectType", "Activity").put("id", launch.get("activityId"));
        ObjectNode context = (ObjectNode) contextTemplate.deepCopy();
        context.put("registration", launch.get("registration"));
        if (defined) {
            ObjectNode activities = context.has("contextActivities") ? (ObjectNode) context.get("contextActivities")
                    : context.putObject("contextActivities");
            ArrayNode category = activities.putArray("category");
            category.addObject().put("id", "https://w3id.org/xapi/cmi5/context/categories/cmi5");
        }
        statement.set("context", context);
        statement.put("timestamp", java.time.Instant.now().toString());
        return statement;
    }

    ObjectNode withMoveOn(ObjectNode statement) {
        ((ArrayNode) statement.path("context").path("contextActivities").path("category")).addObject()
                .put("id", "https://w3id.org/xapi/cmi5/context/categories/moveon");
        return statement;
    }

    ObjectNode passed(double scaled) {
        ObjectNode statement = withMoveOn(statement("passed", true));
        statement.putObject("result").put("success", true).put("duration", "PT1M").putObject("score")
                .put("scaled", scaled);
        return statement;
    }

    ObjectNode failed(double scaled) {
        ObjectNode statement = withMoveOn(statement("failed", true));
        statement.putObject("result").put("success", false).put("duration", "PT1M").putObject("score")
                .put("scaled", scaled);
        return statement;
    }

    ObjectNode completed() {
        ObjectNode statement = withMoveOn(statement("completed", true));
        statement.putObject("result").put("completion", true).put("duration", "PT2M");
        return statement;
    }

    ObjectNode terminated() {
        ObjectNode statement = statement("terminated", true);
        statement.putObject("result").put("duration", "PT3M");
        return statement;
    }

    HttpResponse<String> send(JsonNode... statements) {
        ArrayNode batch = XapiJson.MAPPER.createArrayNode();
        for (JsonNode statement : statements) {
            batch.add(statement);
        }
        return xapi.post("/xapi/statements", XapiJson.write(batch));
    }

    /** Sends and insists the LRS took it. */
    TestAu sendOk(JsonNode... statements) {
        var response = send(statements);
        if (response.statusCode() != 200) {
            throw new AssertionError("The LRS answered " + response.statusCode() + ": " + response.body());
        }
        return this;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
