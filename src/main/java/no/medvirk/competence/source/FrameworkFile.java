package no.medvirk.competence.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.medvirk.catalog.source.CourseFolderReader;
import no.medvirk.catalog.source.Ids;
import no.medvirk.catalog.source.YamlFile;
import no.medvirk.competence.Checklist;
import no.medvirk.competence.Evidence;
import no.medvirk.competence.Framework;
import no.medvirk.competence.Item;
import no.medvirk.competence.Level;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The rules of one framework file (docs/competence-format.md). Reads on after a problem so that all are found at
 * once; the caller throws the framework away when there was any.
 */
final class FrameworkFile {

    static final Set<String> FRAMEWORK = Set.of("id", "title", "summary", "evidence", "validityMonths", "sources",
            "levels");
    static final Set<String> SOURCE = Set.of("id", "title", "publisher", "url", "year");
    static final Set<String> LEVEL = Set.of("id", "audience", "title", "items", "checklist");
    static final Set<String> ITEM = Set.of("id", "text", "source");
    static final Set<String> STATEMENT = Set.of("id", "text", "items");

    private final YamlFile yaml;
    private final Map<String, String> takenItemIds;
    private final Set<String> ids = new HashSet<>();

    /** @param takenItemIds item ids other framework files already use, with the file that uses each */
    FrameworkFile(YamlFile yaml, Map<String, String> takenItemIds) {
        this.yaml = yaml;
        this.takenItemIds = takenItemIds;
    }

    Framework read(MappingNode map, String expectedId) {
        var entries = yaml.entries(map, FRAMEWORK);
        String id = Ids.require(yaml, entries, map, "id");
        if (!id.isEmpty() && !id.equals(expectedId)) {
            yaml.problem(entries.get("id"), "Rammeverkets id «" + id + "» må være lik filnavnet uten .yaml, «"
                    + expectedId + "».");
        }
        var sources = sources(entries, map);
        List<Level> levels = new ArrayList<>();
        for (Node node : yaml.list(entries, map, "levels", true)) {
            Level level = level(node, id, sources);
            if (level != null) {
                levels.add(level);
            }
        }
        return new Framework(id, yaml.localized(entries, map, "title"), yaml.localized(entries, map, "summary"),
                evidence(entries, map), validityMonths(entries, map), List.copyOf(sources.values()), levels);
    }

    private Evidence evidence(Map<String, Node> entries, Node owner) {
        String code = yaml.text(entries, owner, "evidence", true);
        if (code == null) {
            return Evidence.ANY;
        }
        return Evidence.of(code).orElseGet(() -> {
            yaml.problem(entries.get("evidence"), "Ukjent verdi «" + code + "» i «evidence». Velg blant: "
                    + "course-completion, self-and-leader, any.");
            return Evidence.ANY;
        });
    }

    private @Nullable Integer validityMonths(Map<String, Node> entries, Node owner) {
        return entries.containsKey("validityMonths") ? yaml.integer(entries, owner, "validityMonths", 1, 600) : null;
    }

    private Map<String, Framework.Source> sources(Map<String, Node> entries, Node owner) {
        Map<String, Framework.Source> sources = new LinkedHashMap<>();
        for (Node node : yaml.list(entries, owner, "sources", true)) {
            if (!(node instanceof MappingNode map)) {
                yaml.problem(node, "Hver kilde må ha minst «id» og «title».");
                continue;
            }
            var source = yaml.entries(map, SOURCE);
            String id = unique(source, map, "Kilden");
            String title = yaml.text(source, map, "title", true);
            String url = yaml.text(source, map, "url", false);
            if (url != null && !url.startsWith("https://")) {
                yaml.problem(source.get("url"), "Lenken til kilden må begynne med https://.");
            }
            Integer year = source.containsKey("year") ? yaml.integer(source, map, "year", 1800, 2100) : null;
            sources.putIfAbsent(id, new Framework.Source(id, title == null ? "" : title,
                    yaml.text(source, map, "publisher", false), url, year));
        }
        return sources;
    }

    private @Nullable Level level(Node node, String frameworkId, Map<String, Framework.Source> sources) {
        if (!(node instanceof MappingNode map)) {
            yaml.problem(node, "Hvert nivå må ha id, title, items og checklist.");
            return null;
        }
        var level = yaml.entries(map, LEVEL);
        String id = unique(level, map, "Nivået");
        String audience = yaml.text(level, map, "audience", false);
        if (audience != null && !CourseFolderReader.AUDIENCES.contains(audience)) {
            yaml.problem(level.get("audience"), "Ukjent målgruppe «" + audience + "». Velg blant: "
                    + String.join(", ", CourseFolderReader.AUDIENCES.stream().sorted().toList()) + ".");
        }
        List<Item> items = new ArrayList<>();
        for (Node itemNode : yaml.list(level, map, "items", true)) {
            Item item = item(itemNode, frameworkId, id, sources);
            if (item != null) {
                items.add(item);
            }
        }
        return new Level(id, audience, yaml.localized(level, map, "title"), items, checklist(level, map, items));
    }

    private @Nullable Item item(Node node, String frameworkId, String levelId,
            Map<String, Framework.Source> sources) {
        if (!(node instanceof MappingNode map)) {
            yaml.problem(node, "Hvert kompetanseelement må ha id og text (med nb og en).");
            return null;
        }
        var item = yaml.entries(map, ITEM);
        String id = unique(item, map, "Kompetanseelementet");
        String otherFile = takenItemIds.get(id);
        if (otherFile != null) {
            yaml.problem(item.get("id"), "Kompetanse-id-en «" + id + "» er allerede brukt i " + otherFile
                    + ". En id må være unik i alle rammeverkene.");
        }
        String sourceId = yaml.text(item, map, "source", false);
        Framework.Source source = sourceId == null ? sources.values().stream().findFirst().orElse(null)
                : sources.get(sourceId);
        if (sourceId != null && source == null) {
            yaml.problem(item.get("source"), "Ukjent kilde «" + sourceId + "». Bruk id-en til en kilde under "
                    + "«sources»: " + String.join(", ", sources.keySet()) + ".");
        }
        var text = yaml.localized(item, map, "text");
        return source == null ? null : new Item(id, frameworkId, levelId, text, source);
    }

    private Checklist checklist(Map<String, Node> level, Node owner, List<Item> items) {
        List<Checklist.Statement> statements = new ArrayList<>();
        var itemIds = items.stream().map(Item::id).toList();
        for (Node node : yaml.list(level, owner, "checklist", true)) {
            if (!(node instanceof MappingNode map)) {
                yaml.problem(node, "Hvert utsagn i sjekklisten må ha id og text (med nb og en).");
                continue;
            }
            var statement = yaml.entries(map, STATEMENT);
            String id = unique(statement, map, "Utsagnet");
            var text = yaml.localized(statement, map, "text");
            List<String> refs = yaml.strings(statement, map, "items", false, null);
            for (String ref : refs) {
                if (!itemIds.contains(ref)) {
                    yaml.problem(statement.get("items"), "Utsagnet viser til «" + ref + "», som ikke er et "
                            + "kompetanseelement på dette nivået. Velg blant: " + String.join(", ", itemIds) + ".");
                }
            }
            statements.add(new Checklist.Statement(id, text, refs));
        }
        return new Checklist(statements);
    }

    /** The id of a source, level, item or statement; each may be used once in the file. */
    private String unique(Map<String, Node> entries, Node owner, String what) {
        String id = Ids.require(yaml, entries, owner, "id");
        if (!id.isEmpty() && !ids.add(id)) {
            yaml.problem(entries.get("id"), what + " har id-en «" + id + "», som er brukt før i filen. "
                    + "Gi hver del sin egen id.");
        }
        return id;
    }
}
