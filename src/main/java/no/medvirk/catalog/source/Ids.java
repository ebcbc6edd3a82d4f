package no.medvirk.catalog.source;

import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The one rule for ids in the files under courses/ (courses, competence frameworks): lower-case letters, digits and
 * hyphens, 2 to 60 characters.
 */
public final class Ids {

    public static final String PATTERN = "[a-z0-9][a-z0-9-]{0,58}[a-z0-9]";

    private Ids() {}

    public static String require(YamlFile yaml, Map<String, Node> entries, Node owner, String key) {
        String id = yaml.text(entries, owner, key, true);
        if (id == null) {
            return "";
        }
        if (!id.matches(PATTERN)) {
            yaml.problem(entries.get(key), "«" + id + "» kan ikke brukes som id. Bruk små bokstaver a–z, tall og "
                    + "bindestrek, 2–60 tegn, for eksempel «rollen-som-representant».");
        }
        return id;
    }
}
