package no.medvirk.packages.cmi5;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import no.medvirk.packages.Cmi5Au;
import no.medvirk.packages.PackageItem;
import no.medvirk.shared.Language;
import no.medvirk.xapi.DocumentKey;
import no.medvirk.xapi.XapiDocuments;
import no.medvirk.xapi.XapiJson;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/** The documents the LMS writes before a launch: LMS.LaunchData (cmi5 10) and the learner preferences (cmi5 11). */
@Component
class LaunchDocuments {

    private final XapiDocuments documents;

    LaunchDocuments(XapiDocuments documents) {
        this.documents = documents;
    }

    /** LMS.LaunchData in the AU's state for the agent in the registration, replacing the last launch's. */
    void writeLaunchData(String agent, UUID registration, String activityId, UUID session, PackageItem au,
            String returnUrl) {
        Cmi5Au rules = Objects.requireNonNull(au.au());
        ObjectNode data = XapiJson.MAPPER.createObjectNode();
        data.set("contextTemplate", Cmi5Statements.contextTemplate(session, au.identifier()));
        data.put("launchMode", Cmi5Vocabulary.NORMAL);
        data.put("moveOn", rules.moveOn().name());
        if (rules.masteryScore() != null) {
            data.put("masteryScore", rules.masteryScore());
        }
        if (rules.launchParameters() != null) {
            data.put("launchParameters", rules.launchParameters());
        }
        data.put("returnURL", returnUrl);
        if (rules.entitlementKey() != null) {
            data.putObject("entitlementKey").put("courseStructure", rules.entitlementKey());
        }
        documents.put(new DocumentKey(DocumentKey.Kind.STATE, activityId, agent, registration,
                Cmi5Vocabulary.LAUNCH_DATA), "application/json", json(data), XapiDocuments.Preconditions.NONE);
    }

    /**
     * The learner's language first, the other one second, merged into the agent profile (an AU's own properties
     * stay); Medvirk keeps no audio setting, so audio is on.
     */
    void writePreferences(String agent, Language language) {
        String preference = language == Language.EN ? "en-US,nb-NO" : "nb-NO,en-US";
        ObjectNode preferences = XapiJson.MAPPER.createObjectNode().put("languagePreference", preference)
                .put("audioPreference", "on");
        documents.post(new DocumentKey(DocumentKey.Kind.AGENT_PROFILE, null, agent, null,
                Cmi5Vocabulary.LEARNER_PREFERENCES), "application/json", json(preferences),
                XapiDocuments.Preconditions.NONE);
    }

    private static byte[] json(ObjectNode node) {
        return XapiJson.write(node).getBytes(StandardCharsets.UTF_8);
    }
}
