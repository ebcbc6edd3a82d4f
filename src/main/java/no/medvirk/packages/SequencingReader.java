package no.medvirk.packages;

import static no.medvirk.packages.Xml.attribute;
import static no.medvirk.packages.Xml.child;
import static no.medvirk.packages.Xml.children;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.medvirk.packages.Sequencing.Condition;
import no.medvirk.packages.Sequencing.ControlMode;
import no.medvirk.packages.Sequencing.DeliveryControls;
import no.medvirk.packages.Sequencing.LimitConditions;
import no.medvirk.packages.Sequencing.MapInfo;
import no.medvirk.packages.Sequencing.Objective;
import no.medvirk.packages.Sequencing.Randomization;
import no.medvirk.packages.Sequencing.Rollup;
import no.medvirk.packages.Sequencing.RollupConsiderations;
import no.medvirk.packages.Sequencing.RollupRule;
import no.medvirk.packages.Sequencing.Rule;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads SCORM 2004 {@code imsss:sequencing} (and ADL's {@code adlseq} extensions) into {@link Sequencing}. An
 * element that refers to the manifest's {@code sequencingCollection} by {@code IDRef} takes the collection entry's
 * elements, and its own where it has them (SCORM 2004 CAM 5.1.1).
 */
final class SequencingReader {

    static final String IMSSS = "http://www.imsglobal.org/xsd/imsss";
    static final String ADLSEQ = "http://www.adlnet.org/xsd/adlseq_v1p3";

    private final Map<String, Element> collection;

    SequencingReader(Element manifest) {
        collection = new LinkedHashMap<>();
        for (Element set : children(manifest, "sequencingCollection", IMSSS)) {
            for (Element sequencing : children(set, "sequencing", IMSSS)) {
                String id = attribute(sequencing, "ID");
                if (id != null) {
                    collection.put(id, sequencing);
                }
            }
        }
    }

    /** The sequencing of an organization or item, defaults where it says nothing. */
    Sequencing read(Element activity) throws PackageRefusal {
        Element own = child(activity, "sequencing", IMSSS);
        Map<String, Element> parts = new LinkedHashMap<>();
        if (own != null) {
            String ref = attribute(own, "IDRef");
            if (ref != null) {
                Element shared = collection.get(ref);
                if (shared == null) {
                    throw new PackageRefusal("unknown-sequencing", attribute(activity, "identifier"), ref);
                }
                parts.putAll(parts(shared));
            }
            parts.putAll(parts(own));
        }
        try {
            return sequencing(parts);
        } catch (IllegalArgumentException e) {
            throw new PackageRefusal("bad-value", "imsss:sequencing", attribute(activity, "identifier"),
                    e.getMessage());
        }
    }

    private static Map<String, Element> parts(Element sequencing) {
        Map<String, Element> parts = new LinkedHashMap<>();
        for (Node node = sequencing.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                parts.put(element.getNamespaceURI() + " " + element.getLocalName(), element);
            }
        }
        return parts;
    }

    private static Sequencing sequencing(Map<String, Element> parts) {
        Element rules = parts.get(IMSSS + " sequencingRules");
        Element choice = parts.get(ADLSEQ + " constrainedChoiceConsiderations");
        return new Sequencing(
                map(parts.get(IMSSS + " controlMode"), ControlMode.DEFAULT, SequencingReader::controlMode),
                rules == null ? List.of() : rules(rules, "preConditionRule"),
                rules == null ? List.of() : rules(rules, "exitConditionRule"),
                rules == null ? List.of() : rules(rules, "postConditionRule"),
                map(parts.get(IMSSS + " limitConditions"), LimitConditions.NONE, e -> new LimitConditions(
                        integer(e, "attemptLimit"), attribute(e, "attemptAbsoluteDurationLimit"))),
                map(parts.get(IMSSS + " rollupRules"), Rollup.DEFAULT, SequencingReader::rollup),
                map(parts.get(IMSSS + " objectives"), List.of(), SequencingReader::objectives),
                map(parts.get(IMSSS + " randomizationControls"), Randomization.DEFAULT, e -> new Randomization(
                        string(e, "randomizationTiming", "never"), integer(e, "selectCount"),
                        bool(e, "reorderChildren", false), string(e, "selectionTiming", "never"))),
                map(parts.get(IMSSS + " deliveryControls"), DeliveryControls.DEFAULT, e -> new DeliveryControls(
                        bool(e, "tracked", true), bool(e, "completionSetByContent", false),
                        bool(e, "objectiveSetByContent", false))),
                map(parts.get(ADLSEQ + " rollupConsiderations"), RollupConsiderations.DEFAULT,
                        e -> new RollupConsiderations(string(e, "requiredForSatisfied", "always"),
                                string(e, "requiredForNotSatisfied", "always"),
                                string(e, "requiredForCompleted", "always"),
                                string(e, "requiredForIncomplete", "always"),
                                bool(e, "measureSatisfactionIfActive", true))),
                choice != null && bool(choice, "constrainChoice", false),
                choice != null && bool(choice, "preventActivation", false));
    }

    private static ControlMode controlMode(Element e) {
        return new ControlMode(bool(e, "choice", true), bool(e, "choiceExit", true), bool(e, "flow", false),
                bool(e, "forwardOnly", false), bool(e, "useCurrentAttemptObjectiveInfo", true),
                bool(e, "useCurrentAttemptProgressInfo", true));
    }

    private static List<Rule> rules(Element sequencingRules, String kind) {
        var rules = new ArrayList<Rule>();
        for (Element rule : children(sequencingRules, kind, IMSSS)) {
            Element conditions = child(rule, "ruleConditions", IMSSS);
            Element action = child(rule, "ruleAction", IMSSS);
            rules.add(new Rule(conditions == null ? "all" : string(conditions, "conditionCombination", "all"),
                    conditions == null ? List.of() : conditions(conditions, "ruleCondition"),
                    action == null ? "" : string(action, "action", "")));
        }
        return rules;
    }

    private static List<Condition> conditions(Element parent, String name) {
        var conditions = new ArrayList<Condition>();
        for (Element c : children(parent, name, IMSSS)) {
            conditions.add(new Condition(string(c, "condition", ""), "not".equals(attribute(c, "operator")),
                    attribute(c, "referencedObjective"), decimal(c, "measureThreshold", BigDecimal.ZERO)));
        }
        return conditions;
    }

    private static Rollup rollup(Element e) {
        var rules = new ArrayList<RollupRule>();
        for (Element rule : children(e, "rollupRule", IMSSS)) {
            Element conditions = child(rule, "rollupConditions", IMSSS);
            Element action = child(rule, "rollupAction", IMSSS);
            rules.add(new RollupRule(string(rule, "childActivitySet", "all"),
                    integer(rule, "minimumCount") == null ? 0 : integer(rule, "minimumCount"),
                    decimal(rule, "minimumPercent", BigDecimal.ZERO),
                    conditions == null ? "any" : string(conditions, "conditionCombination", "any"),
                    conditions == null ? List.of() : conditions(conditions, "rollupCondition"),
                    action == null ? "" : string(action, "action", "")));
        }
        return new Rollup(bool(e, "rollupObjectiveSatisfied", true), bool(e, "rollupProgressCompletion", true),
                decimal(e, "objectiveMeasureWeight", BigDecimal.ONE), rules);
    }

    private static List<Objective> objectives(Element e) {
        var objectives = new ArrayList<Objective>();
        Element primary = child(e, "primaryObjective", IMSSS);
        if (primary != null) {
            objectives.add(objective(primary, true));
        }
        for (Element objective : children(e, "objective", IMSSS)) {
            objectives.add(objective(objective, false));
        }
        return objectives;
    }

    private static Objective objective(Element e, boolean primary) {
        String measure = Xml.text(e, "minNormalizedMeasure", IMSSS);
        var maps = new ArrayList<MapInfo>();
        for (Element map : children(e, "mapInfo", IMSSS)) {
            maps.add(new MapInfo(string(map, "targetObjectiveID", ""), bool(map, "readSatisfiedStatus", true),
                    bool(map, "readNormalizedMeasure", true), bool(map, "writeSatisfiedStatus", false),
                    bool(map, "writeNormalizedMeasure", false)));
        }
        return new Objective(string(e, "objectiveID", ""), primary, bool(e, "satisfiedByMeasure", false),
                measure == null ? BigDecimal.ONE : number(measure, "minNormalizedMeasure"), maps);
    }

    private static <T> T map(@Nullable Element element, T otherwise, Function<Element, T> reader) {
        return element == null ? otherwise : reader.apply(element);
    }

    private static String string(Element e, String name, String otherwise) {
        String value = attribute(e, name);
        return value == null ? otherwise : value;
    }

    private static boolean bool(Element e, String name, boolean otherwise) {
        String value = attribute(e, name);
        if (value == null) {
            return otherwise;
        }
        return switch (value) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new IllegalArgumentException(name + "=\"" + value + "\"");
        };
    }

    private static @Nullable Integer integer(Element e, String name) {
        String value = attribute(e, name);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException(name + "=\"" + value + "\"");
        }
    }

    private static BigDecimal decimal(Element e, String name, BigDecimal otherwise) {
        String value = attribute(e, name);
        return value == null ? otherwise : number(value, name);
    }

    private static BigDecimal number(String value, String name) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException(name + "=\"" + value + "\"");
        }
    }
}
