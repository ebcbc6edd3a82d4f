package no.medvirk.catalog.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The competence lists of course.yaml, lesson front matter and quiz questions: each id follows the id rule and, when
 * the known item ids are given, names an item of a competence framework under courses/competence/.
 */
final class CompetenceIds {

    static final String KEY = "competence";

    private final @Nullable Set<String> known;

    /** @param known the item ids of the published frameworks; null skips that check (reading without frameworks) */
    CompetenceIds(@Nullable Set<String> known) {
        this.known = known;
    }

    List<String> read(YamlFile yaml, Map<String, Node> entries, Node owner) {
        List<String> ids = new ArrayList<>();
        for (Node node : yaml.list(entries, owner, KEY, false)) {
            if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                yaml.problem(node, "Hvert element i «competence» må være en kompetanse-id.");
                continue;
            }
            String id = scalar.getValue().strip();
            if (!id.matches(Ids.PATTERN)) {
                yaml.problem(node, "«" + id + "» kan ikke brukes som kompetanse-id. Bruk små bokstaver a–z, tall og "
                        + "bindestrek, for eksempel «rep-tre-nivaer».");
            } else if (known != null && !known.contains(id)) {
                yaml.problem(node, "Ukjent kompetanse-id «" + id + "». Bruk en id fra et kompetanserammeverk i "
                        + "courses/competence/, for eksempel «rep-tre-nivaer».");
            } else if (ids.contains(id)) {
                yaml.problem(node, "Kompetanse-id-en «" + id + "» står to ganger i listen. Fjern den ene.");
            }
            ids.add(id);
        }
        return ids;
    }
}
