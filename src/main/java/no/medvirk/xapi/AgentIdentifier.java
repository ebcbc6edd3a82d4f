package no.medvirk.xapi;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * An agent's or identified group's inverse functional identifier as one comparable string, the key by which the
 * store finds statements about them: {@code mbox:mailto:a@b}, {@code account:https://home|name}.
 */
public final class AgentIdentifier {

    private AgentIdentifier() {}

    public static Optional<String> of(JsonNode agent) {
        for (String property : List.of("mbox", "mbox_sha1sum", "openid")) {
            String value = XapiJson.text(agent, property);
            if (value != null) {
                return Optional.of(property + ":" + value);
            }
        }
        JsonNode account = agent.path("account");
        if (account.isObject()) {
            return Optional.of("account:" + XapiJson.text(account, "homePage") + "|" + XapiJson.text(account, "name"));
        }
        return Optional.empty();
    }
}
