package no.medvirk.xapi;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Access to /xapi that another module hands out for a while, beside the LRS clients' own keys: a cmi5 launch's
 * auth token. The xapi module declares it and knows nothing of who implements it (packages does), so the arrows
 * keep pointing one way.
 *
 * <p>The /xapi security chain asks each implementation about HTTP Basic credentials before the LRS clients; an
 * implementation answers only for keys it issued (by a prefix of its own) and returns a client with a
 * {@link Confinement}, which the resources enforce. Before storing a batch such a client sends, the LRS lets each
 * implementation check it, in the storing transaction.
 */
public interface DelegatedAccess {

    /** The confined client these Basic credentials stand for, when this implementation issued them and they hold. */
    Optional<XapiClient> authenticate(String key, String secret);

    /**
     * Checks a batch that a confined client sends, after the xAPI validation and before anything is stored, in the
     * same transaction: throw {@link XapiException} to refuse the whole batch (nothing is stored). Ignores clients
     * it did not issue.
     */
    void beforeRecording(XapiClient client, List<JsonNode> statements);
}
