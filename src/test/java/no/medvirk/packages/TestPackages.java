package no.medvirk.packages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Packages for tests: the shared samples, and small SCORM and cmi5 packages built here, hostile ones included. */
public final class TestPackages {

    /** The sample packages, relative to the project root (see their README). */
    public static final Path SAMPLES = Path.of("../shared/samples/packages");

    private TestPackages() {}

    public static Path sample(String name) {
        return SAMPLES.resolve(name);
    }

    /** A SCORM 1.2 package with one SCO, index.html, under this manifest identifier. */
    public static Map<String, byte[]> scorm12(String identifier) {
        return scorm12(identifier, """
                <organizations default="org">
                  <organization identifier="org">
                    <title>Testpakke</title>
                    <item identifier="item_1" identifierref="res_1" parameters="?side=1">
                      <title>Første del</title>
                      <adlcp:masteryscore>80</adlcp:masteryscore>
                      <adlcp:prerequisites type="aicc_script">item_0</adlcp:prerequisites>
                      <adlcp:datafromlms>start=1</adlcp:datafromlms>
                    </item>
                  </organization>
                </organizations>
                <resources>
                  <resource identifier="res_1" type="webcontent" adlcp:scormtype="sco" href="index.html">
                    <file href="index.html"/>
                  </resource>
                </resources>""");
    }

    /** A SCORM 1.2 package with this body (organizations and resources) and the files it names. */
    public static Map<String, byte[]> scorm12(String identifier, String body) {
        var files = new LinkedHashMap<String, byte[]>();
        files.put("imsmanifest.xml", utf8("""
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest identifier="%s" version="1" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
                    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
                  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
                %s
                </manifest>
                """.formatted(identifier, body)));
        files.put("index.html", utf8("<!doctype html><title>SCO</title><p>" + identifier));
        return files;
    }

    /** A cmi5 package with one AU, index.html. */
    public static Map<String, byte[]> cmi5(String courseId, String auAttributes) {
        var files = new LinkedHashMap<String, byte[]>();
        files.put("cmi5.xml", utf8("""
                <?xml version="1.0" encoding="utf-8"?>
                <courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
                  <course id="%1$s">
                    <title><langstring lang="en-US">A course</langstring><langstring lang="nb-NO">Et kurs</langstring></title>
                    <description><langstring lang="nb-NO">Om kurset</langstring></description>
                  </course>
                  <block id="%1$s/block">
                    <title><langstring lang="nb-NO">Blokk</langstring></title>
                    <au id="%1$s/au" %2$s>
                      <title><langstring lang="nb-NO">Første AU</langstring></title>
                      <url>index.html?lang=nb</url>
                      <launchParameters>{"level":1}</launchParameters>
                      <entitlementKey>nøkkel</entitlementKey>
                    </au>
                  </block>
                </courseStructure>
                """.formatted(courseId, auAttributes)));
        files.put("index.html", utf8("<!doctype html><title>AU</title>"));
        return files;
    }

    public static Path zip(Path folder, Map<String, byte[]> files) throws IOException {
        return write(folder, zipBytes("", files));
    }

    public static Path zip(Path folder, String prefix, Map<String, byte[]> files) throws IOException {
        return write(folder, zipBytes(prefix, files));
    }

    public static byte[] zipBytes(String prefix, Map<String, byte[]> files) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipArchiveOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putArchiveEntry(new ZipArchiveEntry(prefix + file.getKey()));
                zip.write(file.getValue());
                zip.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    public static Path write(Path folder, byte[] bytes) throws IOException {
        Path file = Files.createTempFile(folder, "package", ".zip");
        Files.write(file, bytes);
        return file;
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
