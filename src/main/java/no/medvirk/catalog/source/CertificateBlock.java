package no.medvirk.catalog.source;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** The optional {@code certificate:} block of course.yaml: logo, issuer, signer and accent colour. */
final class CertificateBlock {

    static final Set<String> KEYS = Set.of("logo", "issuer", "signer", "accent");
    static final Set<String> LOGO_TYPES = Set.of("png", "jpg", "jpeg");

    private CertificateBlock() {}

    static CourseSource.@Nullable Certificate read(YamlFile yaml, Map<String, Node> entries, String folder,
            SourceFiles files) {
        Node node = entries.get("certificate");
        if (node == null) {
            return null;
        }
        if (!(node instanceof MappingNode map)) {
            yaml.problem(node, "«certificate» må ha ett eller flere av: logo, issuer, signer, accent.");
            return null;
        }
        var block = yaml.entries(map, KEYS);
        return new CourseSource.Certificate(logo(yaml, block, map, folder, files),
                yaml.text(block, map, "issuer", false), signer(yaml, block), accent(yaml, block, map));
    }

    private static @Nullable String logo(YamlFile yaml, Map<String, Node> block, Node owner, String folder,
            SourceFiles files) {
        String logo = yaml.text(block, owner, "logo", false);
        if (logo == null) {
            return null;
        }
        String extension = logo.substring(logo.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (!LOGO_TYPES.contains(extension)) {
            yaml.problem(block.get("logo"), "Logoen må være en PNG- eller JPEG-fil (.png, .jpg, .jpeg).");
            return null;
        }
        return files.resolve(folder, logo, folder + "/course.yaml", block.get("logo").getStartMark().getLine() + 1)
                .orElse(null);
    }

    private static CourseSource.@Nullable Signer signer(YamlFile yaml, Map<String, Node> block) {
        Node node = block.get("signer");
        if (node == null) {
            return null;
        }
        if (!(node instanceof MappingNode map)) {
            yaml.problem(node, "«signer» må ha «name» og «title» (med nb og en).");
            return null;
        }
        var signer = yaml.entries(map, Set.of("name", "title"));
        String name = yaml.text(signer, map, "name", true);
        return new CourseSource.Signer(name == null ? "" : name, yaml.localized(signer, map, "title"));
    }

    private static @Nullable String accent(YamlFile yaml, Map<String, Node> block, Node owner) {
        String accent = yaml.text(block, owner, "accent", false);
        if (accent != null && !accent.matches("#[0-9a-fA-F]{6}")) {
            yaml.problem(block.get("accent"), "«accent» må være en farge skrevet som #rrggbb, for eksempel #1f5f8b.");
            return null;
        }
        return accent == null ? null : accent.toLowerCase(Locale.ROOT);
    }
}
