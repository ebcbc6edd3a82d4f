package no.medvirk.xapi.web;

import java.util.List;
import java.util.Map;
import no.medvirk.xapi.LearningRecordStore;
import no.medvirk.xapi.XapiClient;
import no.medvirk.xapi.XapiException;
import no.medvirk.xapi.XapiJson;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** GET /xapi/activities (an activity's full definition) and GET /xapi/agents (the Person object for an agent). */
@RestController
class ActivitiesAndAgentsController {

    private final LearningRecordStore lrs;

    ActivitiesAndAgentsController(LearningRecordStore lrs) {
        this.lrs = lrs;
    }

    @GetMapping(path = "/xapi/activities", produces = MediaType.APPLICATION_JSON_VALUE)
    String activity(@RequestParam Map<String, String> params, @AuthenticationPrincipal XapiClient client) {
        only(params, "activityId");
        String id = Parameters.iri("activityId", params.get("activityId"));
        if (id == null) {
            throw XapiException.badRequest("activityId is required");
        }
        return XapiJson.write(lrs.activity(id));
    }

    /** A Person combines what is known of an agent; this LRS knows what the request says, and gives it back so. */
    @GetMapping(path = "/xapi/agents", produces = MediaType.APPLICATION_JSON_VALUE)
    String agent(@RequestParam Map<String, String> params, @AuthenticationPrincipal XapiClient client) {
        only(params, "agent");
        String json = params.get("agent");
        if (json == null) {
            throw XapiException.badRequest("agent is required");
        }
        String agentIfi = Parameters.agent("agent", json);
        if (client.confinement() != null) {
            client.confinement().requireAgent(agentIfi);
        }
        JsonNode agent = XapiJson.parse(json);
        var person = XapiJson.MAPPER.createObjectNode();
        person.put("objectType", "Person");
        for (String property : List.of("name", "mbox", "mbox_sha1sum", "openid", "account")) {
            if (agent.has(property)) {
                person.putArray(property).add(agent.get(property));
            }
        }
        return XapiJson.write(person);
    }

    private static void only(Map<String, String> params, String allowed) {
        params.keySet().stream().filter(p -> !p.equals(allowed)).findFirst().ifPresent(p -> {
            throw XapiException.badRequest("Unknown parameter " + p);
        });
    }
}
