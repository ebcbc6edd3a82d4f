package no.medvirk.packages;

import static no.medvirk.packages.Xml.attribute;
import static no.medvirk.packages.Xml.attributeNs;
import static no.medvirk.packages.Xml.children;
import static no.medvirk.packages.Xml.text;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.medvirk.packages.PackageItem.Kind;
import no.medvirk.packages.ScormLaunch.ScormType;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a SCORM 1.2 or 2004 imsmanifest.xml and checks it against the package's files: every resource's launch file
 * and listed files are there, every item refers to a known resource, no reference leaves the package.
 */
final class ScormManifestReader {

    static final String MANIFEST = "imsmanifest.xml";
    static final String ADLCP_12 = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
    static final String ADLCP_2004 = "http://www.adlnet.org/xsd/adlcp_v1p3";
    static final String ADLNAV = "http://www.adlnet.org/xsd/adlnav_v1p3";
    private static final String[] ADLCP = {ADLCP_12, ADLCP_2004};

    private final Set<String> files;
    private final Element manifest;
    private final String cp;
    private final Standard standard;
    private final SequencingReader sequencing;
    private final Map<String, PackageResource> resources = new LinkedHashMap<>();
    private final Set<String> identifiers = new HashSet<>();

    private ScormManifestReader(Element manifest, Set<String> files) {
        this.manifest = manifest;
        this.files = files;
        this.cp = manifest.getNamespaceURI() == null ? "" : manifest.getNamespaceURI();
        this.standard = standard(manifest, cp);
        this.sequencing = new SequencingReader(manifest);
    }

    /** Reads the manifest at the package root; {@code files} are the package's files relative to the root. */
    static PackageManifest read(Path root, Set<String> files) throws PackageRefusal {
        Element manifest = Xml.parse(root.resolve(MANIFEST), MANIFEST).getDocumentElement();
        if (!"manifest".equals(manifest.getLocalName())) {
            throw new PackageRefusal("not-a-manifest", MANIFEST);
        }
        return new ScormManifestReader(manifest, files).read();
    }

    private PackageManifest read() throws PackageRefusal {
        String identifier = required(manifest, "identifier", "manifest");
        readResources();
        checkMetadataLocations(manifest);
        Element organizations = Xml.child(manifest, "organizations", cp);
        List<Element> elements = organizations == null ? List.of() : children(organizations, "organization", cp);
        if (elements.isEmpty()) {
            throw new PackageRefusal("no-organization");
        }
        var trees = new ArrayList<PackageItem>();
        for (Element organization : elements) {
            trees.add(item(organization, Kind.ORGANIZATION));
        }
        String defaultId = organizations == null ? null : attribute(organizations, "default");
        if (defaultId != null && trees.stream().noneMatch(t -> t.identifier().equals(defaultId))) {
            throw new PackageRefusal("unknown-organization", defaultId);
        }
        PackageItem root = defaultId == null ? trees.getFirst()
                : trees.stream().filter(t -> t.identifier().equals(defaultId)).findFirst().orElseThrow();
        if (root.flatten().noneMatch(PackageItem::launchable)) {
            throw new PackageRefusal("nothing-to-launch", root.title());
        }
        Element metadata = Xml.child(manifest, "metadata", cp);
        return new PackageManifest(standard, identifier, root.title(), null,
                metadata == null ? null : text(metadata, "schemaversion", cp), root.identifier(), trees,
                List.copyOf(resources.values()));
    }

    private void readResources() throws PackageRefusal {
        Element container = Xml.child(manifest, "resources", cp);
        List<Element> elements = container == null ? List.of() : children(container, "resource", cp);
        for (Element resource : elements) {
            String id = required(resource, "identifier", "resource");
            if (resources.containsKey(id)) {
                throw new PackageRefusal("duplicate-identifier", id);
            }
            String href = attribute(resource, "href");
            String launch = href == null ? null : file(resource, href, "missing-launch-file", id, true);
            var listed = new ArrayList<String>();
            for (Element file : children(resource, "file", cp)) {
                String fileHref = attribute(file, "href");
                if (fileHref != null) {
                    String path = file(file, fileHref, "missing-file", id, false);
                    if (path != null) {
                        listed.add(path);
                    }
                }
            }
            var dependencies = new ArrayList<String>();
            for (Element dependency : children(resource, "dependency", cp)) {
                dependencies.add(required(dependency, "identifierref", "dependency"));
            }
            String scormType = adlcp(resource, "scormtype", "scormType");
            resources.put(id, new PackageResource(id, attribute(resource, "type") == null ? ""
                    : attribute(resource, "type"), "sco".equalsIgnoreCase(scormType) ? ScormType.SCO : ScormType.ASSET,
                    launch, listed, dependencies));
        }
        for (PackageResource resource : resources.values()) {
            for (String dependency : resource.dependencies()) {
                if (!resources.containsKey(dependency)) {
                    throw new PackageRefusal("unknown-dependency", resource.identifier(), dependency);
                }
            }
        }
    }

    /** Resolves and checks a reference to a file; null for a web address that is not a launch. */
    private @Nullable String file(Element element, String href, String missing, String resource, boolean launch)
            throws PackageRefusal {
        PackagePaths.Ref ref;
        try {
            ref = PackagePaths.resolve(bases(element), href);
        } catch (PackagePaths.Unsafe e) {
            throw new PackageRefusal("unsafe-reference", href, resource);
        }
        return switch (ref) {
            case PackagePaths.External external -> {
                if (launch) {
                    throw new PackageRefusal("external-launch", resource, href);
                }
                yield null;
            }
            case PackagePaths.Local local -> {
                if (!files.contains(local.path())) {
                    throw new PackageRefusal(missing, local.path(), resource);
                }
                yield launch ? local.url() : local.path();
            }
        };
    }

    /** External metadata files ({@code adlcp:location}) must be in the package too. */
    private void checkMetadataLocations(Element element) throws PackageRefusal {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                if ("location".equals(child.getLocalName()) && List.of(ADLCP).contains(child.getNamespaceURI())) {
                    String href = child.getTextContent().strip();
                    file(child, href, "missing-file", MANIFEST, false);
                } else {
                    checkMetadataLocations(child);
                }
            }
        }
    }

    private PackageItem item(Element element, Kind organization) throws PackageRefusal {
        String id = required(element, "identifier", element.getLocalName());
        if (!identifiers.add(id)) {
            throw new PackageRefusal("duplicate-identifier", id);
        }
        String title = text(element, "title", cp);
        var children = new ArrayList<PackageItem>();
        for (Element child : children(element, "item", cp)) {
            children.add(item(child, Kind.AGGREGATION));
        }
        Sequencing rules = standard.scorm2004() ? sequencing.read(element) : null;
        String ref = attribute(element, "identifierref");
        Kind kind = organization;
        String launchUrl = null;
        ScormLaunch launch = null;
        if (ref != null && organization != Kind.ORGANIZATION) {
            PackageResource resource = resources.get(ref);
            if (resource == null) {
                throw new PackageRefusal("unknown-resource", id, ref);
            }
            if (resource.href() == null) {
                throw new PackageRefusal("no-launch", id, ref);
            }
            launch = launch(element, id, resource, rules);
            launchUrl = withParameters(resource.href(), launch.parameters());
            kind = resource.scormType() == ScormType.SCO ? Kind.SCO : Kind.ASSET;
        }
        return new PackageItem(id, title == null ? id : title, kind, launchUrl,
                !"false".equals(attribute(element, "isvisible")), null, launch, rules, null, children);
    }

    private ScormLaunch launch(Element item, String id, PackageResource resource, @Nullable Sequencing own)
            throws PackageRefusal {
        Sequencing.Objective primary = own == null ? null : own.primaryObjective();
        BigDecimal passing = primary != null && primary.satisfiedByMeasure() ? primary.minNormalizedMeasure() : null;
        check(passing, "-1", "1", "imsss:minNormalizedMeasure", id);
        BigDecimal mastery = decimal(adlcpText(item, "masteryscore"), "adlcp:masteryscore", id);
        check(mastery, "0", "100", "adlcp:masteryscore", id);
        String maxTime = standard.scorm2004() && own != null
                ? own.limitConditions().attemptAbsoluteDurationLimit() : adlcpText(item, "maxtimeallowed");
        return new ScormLaunch(resource.identifier(), resource.scormType(), attribute(item, "parameters"),
                adlcpText(item, standard.scorm2004() ? "dataFromLMS" : "datafromlms"), mastery,
                adlcpText(item, "prerequisites"), maxTime,
                adlcpText(item, standard.scorm2004() ? "timeLimitAction" : "timelimitaction"),
                completionThreshold(item, id), passing, hideLmsUi(item));
    }

    private ScormLaunch.@Nullable CompletionThreshold completionThreshold(Element item, String id)
            throws PackageRefusal {
        Element threshold = Xml.child(item, "completionThreshold", ADLCP_2004);
        if (threshold == null) {
            return null;
        }
        String text = Xml.blankToNull(threshold.getTextContent());
        BigDecimal min = text != null ? decimal(text, "adlcp:completionThreshold", id)
                : decimalOr(attribute(threshold, "minProgressMeasure"), BigDecimal.ONE, id);
        BigDecimal weight = decimalOr(attribute(threshold, "progressWeight"), BigDecimal.ONE, id);
        check(min, "0", "1", "adlcp:completionThreshold", id);
        check(weight, "0", "1", "adlcp:completionThreshold", id);
        boolean byMeasure = text != null || "true".equals(attribute(threshold, "completedByMeasure"));
        return new ScormLaunch.CompletionThreshold(byMeasure, min, weight);
    }

    private List<String> hideLmsUi(Element item) {
        var hidden = new ArrayList<String>();
        for (Element presentation : children(item, "presentation", ADLNAV)) {
            for (Element navigation : children(presentation, "navigationInterface", ADLNAV)) {
                for (Element hide : children(navigation, "hideLMSUI", ADLNAV)) {
                    hidden.add(hide.getTextContent().strip());
                }
            }
        }
        return hidden;
    }

    /**
     * Adds an item's parameters to its resource's URL as SCORM 2004 CAM (3.4.1.11) says: leading {@code ?} and
     * {@code &} dropped, a fragment added only when the URL has none, a query joined with {@code &} or {@code ?}.
     */
    static String withParameters(String url, @Nullable String parameters) {
        if (parameters == null || parameters.isBlank()) {
            return url;
        }
        String p = parameters.strip();
        while (p.startsWith("?") || p.startsWith("&")) {
            p = p.substring(1);
        }
        if (p.isEmpty()) {
            return url;
        }
        if (p.startsWith("#")) {
            return url.contains("#") ? url : url + p;
        }
        return url + (url.contains("?") ? "&" : "?") + p;
    }

    private @Nullable String adlcpText(Element item, String name) {
        return text(item, name, ADLCP);
    }

    private static @Nullable String adlcp(Element element, String... names) {
        for (String name : names) {
            String value = attributeNs(element, name, ADLCP);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The xml:base values that apply to an element, outermost first. */
    private static List<@Nullable String> bases(Element element) {
        Deque<@Nullable String> bases = new ArrayDeque<>();
        for (Node node = element; node instanceof Element e; node = node.getParentNode()) {
            String base = Xml.base(e);
            if (base != null) {
                bases.addFirst(base);
            }
        }
        return List.copyOf(bases);
    }

    private static String required(Element element, String attribute, String what) throws PackageRefusal {
        String value = attribute(element, attribute);
        if (value == null) {
            throw new PackageRefusal("missing-attribute", what, attribute);
        }
        return value;
    }

    private static @Nullable BigDecimal decimal(@Nullable String text, String what, String item)
            throws PackageRefusal {
        try {
            return text == null ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new PackageRefusal("bad-value", what, item, text);
        }
    }

    private static BigDecimal decimalOr(@Nullable String text, BigDecimal otherwise, String item)
            throws PackageRefusal {
        BigDecimal value = decimal(text, "adlcp:completionThreshold", item);
        return value == null ? otherwise : value;
    }

    private static void check(@Nullable BigDecimal value, String min, String max, String what, String item)
            throws PackageRefusal {
        if (value != null && (value.compareTo(new BigDecimal(min)) < 0 || value.compareTo(new BigDecimal(max)) > 0)) {
            throw new PackageRefusal("bad-value", what, item, value.toPlainString());
        }
    }

    /** The edition from {@code metadata/schemaversion}, else from the namespaces the manifest uses. */
    private static Standard standard(Element manifest, String cp) {
        Element metadata = Xml.child(manifest, "metadata", cp);
        String version = metadata == null ? null : text(metadata, "schemaversion", cp);
        if (version != null) {
            switch (version.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "1.2" -> {
                    return Standard.SCORM_12;
                }
                case "cam 1.3", "2004 2nd edition" -> {
                    return Standard.SCORM_2004_2ND;
                }
                case "2004 3rd edition" -> {
                    return Standard.SCORM_2004_3RD;
                }
                case "2004 4th edition" -> {
                    return Standard.SCORM_2004_4TH;
                }
                default -> {
                    // Not a value SCORM defines: judge by the namespaces below.
                }
            }
        }
        var attributes = manifest.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            String value = attributes.item(i).getNodeValue();
            if (ADLCP_2004.equals(value) || SequencingReader.IMSSS.equals(value)) {
                return Standard.SCORM_2004_3RD;
            }
        }
        return Standard.SCORM_12;
    }
}
