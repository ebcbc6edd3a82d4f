package no.medvirk.catalog.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.medvirk.shared.LocalizedText;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML file read as a node tree, so that every problem can name its line. Each accessor reports what is missing
 * or malformed, in bokmål, and returns something harmless so that reading goes on and all problems are found at once.
 * Public for the other files kept under courses/ (the competence frameworks), which follow the same habits.
 */
public final class YamlFile {

    private final String file;
    private final int lineOffset;
    private final List<SourceProblem> problems;

    public YamlFile(String file, int lineOffset, List<SourceProblem> problems) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.problems = problems;
    }

    /** The top-level mapping, or null (with a problem) when the text is not a YAML mapping. */
    public @Nullable MappingNode parse(String text) {
        try {
            var options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            Node root = new Yaml(options).compose(new java.io.StringReader(text));
            if (root instanceof MappingNode mapping) {
                return mapping;
            }
            problem(root, "Filen må være et YAML-kart med nøkler og verdier.");
        } catch (MarkedYAMLException e) {
            problems.add(new SourceProblem(file, lineOffset + e.getProblemMark().getLine() + 1,
                    "YAML-feil: " + e.getProblem() + ". Sjekk innrykk, kolon og anførselstegn."));
        } catch (RuntimeException e) {
            problems.add(new SourceProblem(file, 0, "YAML-feil: " + e.getMessage()));
        }
        return null;
    }

    public Map<String, Node> entries(MappingNode map, Set<String> allowed) {
        Map<String, Node> entries = new LinkedHashMap<>();
        for (var tuple : map.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            if (!allowed.contains(key)) {
                problem(tuple.getKeyNode(), "Ukjent nøkkel «" + key + "». Tillatt her: " + String.join(", ",
                        allowed.stream().sorted().toList()) + ".");
            }
            entries.put(key, tuple.getValueNode());
        }
        return entries;
    }

    public @Nullable String text(Map<String, Node> entries, Node owner, String key, boolean required) {
        Node node = entries.get(key);
        if (node == null) {
            if (required) {
                problem(owner, "Mangler «" + key + "».");
            }
            return null;
        }
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return scalar.getValue().strip();
        }
        problem(node, "«" + key + "» må være en tekst og kan ikke være tom.");
        return null;
    }

    public int integer(Map<String, Node> entries, Node owner, String key, int min, int max) {
        String value = text(entries, owner, key, true);
        if (value == null) {
            return min;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(entries.get(key), "«" + key + "» må være et helt tall fra " + min + " til " + max + ".");
        return min;
    }

    public @Nullable Boolean bool(Map<String, Node> entries, Node owner, String key, boolean required) {
        String value = text(entries, owner, key, required);
        if (value == null) {
            return null;
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        problem(entries.get(key), "«" + key + "» må være true eller false.");
        return null;
    }

    /** A text in both languages: a mapping with nb and en, both filled in. */
    public LocalizedText localized(Map<String, Node> entries, Node owner, String key) {
        Node node = entries.get(key);
        if (node == null) {
            problem(owner, "Mangler «" + key + "» (med nb og en).");
            return new LocalizedText("", "");
        }
        return localized(node, key);
    }

    public LocalizedText localized(Node node, String what) {
        if (!(node instanceof MappingNode map)) {
            problem(node, "«" + what + "» må ha en tekst på bokmål (nb) og en på engelsk (en).");
            return new LocalizedText("", "");
        }
        var languages = entries(map, Set.of("nb", "en"));
        String nb = text(languages, node, "nb", true);
        String en = text(languages, node, "en", true);
        return new LocalizedText(nb == null ? "" : nb, en == null ? "" : en);
    }

    /** A list; empty (with a problem) when missing or not a list, and a problem when it must not be empty. */
    public List<Node> list(Map<String, Node> entries, Node owner, String key, boolean required) {
        Node node = entries.get(key);
        if (node == null) {
            if (required) {
                problem(owner, "Mangler «" + key + "» (en liste).");
            }
            return List.of();
        }
        if (node instanceof SequenceNode sequence) {
            if (required && sequence.getValue().isEmpty()) {
                problem(node, "«" + key + "» kan ikke være tom.");
            }
            return sequence.getValue();
        }
        problem(node, "«" + key + "» må være en liste (hver linje begynner med «- »).");
        return List.of();
    }

    public List<String> strings(Map<String, Node> entries, Node owner, String key, boolean required,
            @Nullable Set<String> allowed) {
        List<String> values = new ArrayList<>();
        for (Node item : list(entries, owner, key, required)) {
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                String value = scalar.getValue().strip();
                if (allowed != null && !allowed.contains(value)) {
                    problem(item, "«" + value + "» er ikke en gyldig verdi i «" + key + "». Velg blant: "
                            + String.join(", ", allowed.stream().sorted().toList()) + ".");
                }
                values.add(value);
            } else {
                problem(item, "Hvert element i «" + key + "» må være en tekst.");
            }
        }
        return values;
    }

    public void problem(Node at, String message) {
        problems.add(new SourceProblem(file, lineOffset + at.getStartMark().getLine() + 1, message));
    }
}
