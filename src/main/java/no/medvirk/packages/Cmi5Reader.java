package no.medvirk.packages;

import static no.medvirk.packages.Xml.attribute;
import static no.medvirk.packages.Xml.child;
import static no.medvirk.packages.Xml.children;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.medvirk.packages.PackageItem.Kind;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a cmi5 course structure (cmi5.xml, cmi5 spec section 13) and checks it: a course id, at least one AU, each
 * AU's url a file in the package (or a web address), moveOn, masteryScore and launchMethod as the spec allows.
 */
final class Cmi5Reader {

    static final String FILE = "cmi5.xml";
    static final String NS = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";

    private final Set<String> files;
    private final Set<String> identifiers = new HashSet<>();

    private Cmi5Reader(Set<String> files) {
        this.files = files;
    }

    static PackageManifest read(Path root, Set<String> files) throws PackageRefusal {
        Element structure = Xml.parse(root.resolve(FILE), FILE).getDocumentElement();
        Element course = "courseStructure".equals(structure.getLocalName()) ? child(structure, "course", NS) : null;
        if (course == null) {
            throw new PackageRefusal("not-a-course-structure", FILE);
        }
        return new Cmi5Reader(files).read(structure, course);
    }

    private PackageManifest read(Element structure, Element course) throws PackageRefusal {
        String id = required(course, "course");
        List<PackageItem> children = nodes(structure);
        var root = new PackageItem(id, title(course, id), Kind.COURSE, null, true, description(course), null, null,
                null, children);
        if (root.flatten().noneMatch(item -> item.kind() == Kind.AU)) {
            throw new PackageRefusal("no-au");
        }
        return new PackageManifest(Standard.CMI5, id, root.title(), root.description(), null, id, List.of(root),
                List.of());
    }

    /** The blocks and AUs directly under an element, in order. */
    private List<PackageItem> nodes(Element parent) throws PackageRefusal {
        var items = new ArrayList<PackageItem>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && NS.equals(element.getNamespaceURI())) {
                if ("block".equals(element.getLocalName())) {
                    String id = required(element, "block");
                    items.add(new PackageItem(id, title(element, id), Kind.BLOCK, null, true, description(element),
                            null, null, null, nodes(element)));
                } else if ("au".equals(element.getLocalName())) {
                    items.add(au(element));
                }
            }
        }
        return items;
    }

    private PackageItem au(Element element) throws PackageRefusal {
        String id = required(element, "au");
        String url = Xml.text(element, "url", NS);
        if (url == null) {
            throw new PackageRefusal("no-launch", id, FILE);
        }
        PackagePaths.Ref ref;
        try {
            ref = PackagePaths.resolve(List.of(), url);
        } catch (PackagePaths.Unsafe e) {
            throw new PackageRefusal("unsafe-reference", url, id);
        }
        String launch = switch (ref) {
            case PackagePaths.External external -> external.url();
            case PackagePaths.Local local -> {
                if (!files.contains(local.path())) {
                    throw new PackageRefusal("missing-launch-file", local.path(), id);
                }
                yield local.url();
            }
        };
        var objectives = new ArrayList<String>();
        Element objectivesElement = child(element, "objectives", NS);
        if (objectivesElement != null) {
            for (Element objective : children(objectivesElement, "objective", NS)) {
                String idref = attribute(objective, "idref");
                if (idref != null) {
                    objectives.add(idref);
                }
            }
        }
        var au = new Cmi5Au(
                value(Cmi5Au.MoveOn.class, attribute(element, "moveOn"), Cmi5Au.MoveOn.NotApplicable, "moveOn", id),
                masteryScore(attribute(element, "masteryScore"), id),
                value(Cmi5Au.LaunchMethod.class, attribute(element, "launchMethod"), Cmi5Au.LaunchMethod.AnyWindow,
                        "launchMethod", id),
                Xml.text(element, "launchParameters", NS), Xml.text(element, "entitlementKey", NS),
                attribute(element, "activityType"), ref instanceof PackagePaths.External, objectives);
        return new PackageItem(id, title(element, id), Kind.AU, launch, true, description(element), null, null, au,
                List.of());
    }

    private static @Nullable BigDecimal masteryScore(@Nullable String text, String id) throws PackageRefusal {
        if (text == null) {
            return null;
        }
        try {
            var score = new BigDecimal(text);
            if (score.signum() >= 0 && score.compareTo(BigDecimal.ONE) <= 0) {
                return score;
            }
        } catch (NumberFormatException e) {
            // Refused below.
        }
        throw new PackageRefusal("bad-value", "masteryScore", id, text);
    }

    private static <E extends Enum<E>> E value(Class<E> type, @Nullable String text, E otherwise, String what,
            String id) throws PackageRefusal {
        if (text == null) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new PackageRefusal("bad-value", what, id, text);
        }
    }

    private String required(Element element, String what) throws PackageRefusal {
        String id = attribute(element, "id");
        if (id == null) {
            throw new PackageRefusal("missing-attribute", what, "id");
        }
        if (!identifiers.add(id) && !"course".equals(what)) {
            throw new PackageRefusal("duplicate-identifier", id);
        }
        return id;
    }

    /** The title in Norwegian when the course has one, else English, else the first. */
    private static String title(Element element, String id) {
        String title = langstring(child(element, "title", NS));
        return title == null ? id : title;
    }

    private static @Nullable String description(Element element) {
        String text = langstring(child(element, "description", NS));
        return text == null ? null : text.replaceAll("\\s+", " ");
    }

    private static @Nullable String langstring(@Nullable Element parent) {
        if (parent == null) {
            return null;
        }
        String english = null;
        String first = null;
        for (Element string : children(parent, "langstring", NS)) {
            String text = Xml.blankToNull(string.getTextContent());
            String lang = String.valueOf(attribute(string, "lang")).toLowerCase(Locale.ROOT);
            if (text == null) {
                continue;
            }
            if (lang.startsWith("nb") || lang.startsWith("no") || lang.startsWith("nn")) {
                return text;
            }
            if (english == null && lang.startsWith("en")) {
                english = text;
            }
            if (first == null) {
                first = text;
            }
        }
        return english != null ? english : first;
    }
}
