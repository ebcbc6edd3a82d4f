package no.medvirk.packages;

import static no.medvirk.packages.TestPackages.scorm12;
import static no.medvirk.packages.TestPackages.utf8;
import static no.medvirk.packages.TestPackages.zip;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import no.medvirk.shared.CurrentUser;
import no.medvirk.shared.Language;
import no.medvirk.shared.MedvirkI18NProvider;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Uploading packages: valid ones are stored as versions of their package (the same content again is the same
 * version); every kind of bad zip is refused with a message in both languages, and then nothing is stored.
 */
@SpringBootTest
class PackageUploadTest {

    static final long MB = 1024 * 1024;

    @TempDir
    Path dataDir;

    @TempDir
    Path uploads;

    @Autowired
    PackageRows rows;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    JdbcTemplate jdbc;

    final List<Object> events = new ArrayList<>();
    FileSystemPackageStorage storage;
    PackageUpload upload;
    Packages packages;
    String id;

    @BeforeEach
    void anEmptyStorage() {
        storage = new FileSystemPackageStorage(dataDir.resolve("packages"));
        upload = upload(new PackageProperties(200 * MB, 500, 500 * MB, 100));
        packages = new Packages(rows, storage);
        id = "no.medvirk.test." + Long.toString(System.nanoTime(), 36);
    }

    PackageUpload upload(PackageProperties properties) {
        return new PackageUpload(properties, dataDir.resolve("packages/.staging"), storage, rows, transactions,
                events::add, currentUser, Clock.systemUTC());
    }

    @Test
    void a_scorm_12_package_is_stored_with_its_item_tree_and_launch_url() throws IOException {
        var result = upload.upload(zip(uploads, scorm12(id)));

        assertThat(result).isInstanceOf(PackageUpload.Imported.class);
        var imported = (PackageUpload.Imported) result;
        PackageVersion version = imported.version();
        assertThat(imported.created()).isTrue();
        assertThat(version.version()).isEqualTo(1);
        assertThat(version.standard()).isEqualTo(Standard.SCORM_12);
        assertThat(version.title()).isEqualTo("Testpakke");
        assertThat(version.fileCount()).isEqualTo(2);
        var sco = version.manifest().launchable().getFirst();
        assertThat(sco.launchUrl()).isEqualTo("index.html?side=1");
        assertThat(sco.scorm().masteryScore()).isEqualByComparingTo("80");
        assertThat(events).containsExactly(new PackageImported(version.packageId(), version.id(), 1,
                Standard.SCORM_12, "Testpakke"));

        var stored = packages.version(version.packageId(), 1).orElseThrow();
        assertThat(stored.manifest()).isEqualTo(version.manifest());
        assertThat(packages.find(version.packageId())).get().extracting(PackageSummary::latestVersion)
                .isEqualTo(1);
        var file = packages.file(version.id(), "index.html").orElseThrow();
        assertThat(file.mediaType()).isEqualTo("text/html");
        assertThat(file.content().getContentAsString(StandardCharsets.UTF_8)).endsWith(id);
        assertThat(stagingLeftovers()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "scorm12-runtime-basic-calls.zip         | SCORM_12       | 1  | shared/launchpage.html",
        "scorm12-multi-sco-one-file-per-sco.zip  | SCORM_12       | 18 | Playing/Playing.html",
        "scorm2004-3rd-runtime-basic-calls.zip   | SCORM_2004_3RD | 1  | shared/launchpage.html",
        "scorm2004-3rd-metadata.zip              | SCORM_2004_3RD | 1  | shared/launchpage.html",
        "cmi5-catapult-masteryscore-responsive.zip | CMI5         | 1  | index.html"})
    void every_sample_package_imports_and_its_first_launch_file_is_served(String sample, Standard standard,
            int launchable, String firstLaunch) {
        var result = upload.upload(TestPackages.sample(sample));

        assertThat(result).isInstanceOf(PackageUpload.Imported.class);
        var version = ((PackageUpload.Imported) result).version();
        assertThat(version.standard()).isEqualTo(standard);
        assertThat(version.manifest().launchable()).hasSize(launchable).first()
                .extracting(PackageItem::launchUrl).isEqualTo(firstLaunch);
        assertThat(packages.file(version.id(), firstLaunch)).get().satisfies(file -> {
            assertThat(file.mediaType()).isEqualTo("text/html");
            assertThat(file.size()).isPositive();
        });
        assertThat(packages.version(version.id())).contains(version);
    }

    @Test
    void the_same_content_again_is_the_same_version_even_zipped_in_a_folder() throws IOException {
        var first = (PackageUpload.Imported) upload.upload(zip(uploads, scorm12(id)));
        events.clear();

        var again = upload.upload(zip(uploads, "eksport/", scorm12(id)));

        assertThat(again).isEqualTo(new PackageUpload.Imported(first.version(), false));
        assertThat(events).isEmpty();
        assertThat(versions()).isEqualTo(1);
    }

    @Test
    void new_content_becomes_the_next_version_and_the_old_one_is_kept() throws IOException {
        var first = (PackageUpload.Imported) upload.upload(zip(uploads, scorm12(id)));
        var changed = scorm12(id);
        changed.put("index.html", utf8("<!doctype html><title>SCO</title><p>Ny tekst"));

        var second = (PackageUpload.Imported) upload.upload(zip(uploads, changed));

        assertThat(second.created()).isTrue();
        assertThat(second.version().packageId()).isEqualTo(first.version().packageId());
        assertThat(second.version().version()).isEqualTo(2);
        assertThat(packages.versions(first.version().packageId())).extracting(PackageVersion::version)
                .containsExactly(1, 2);
        assertThat(packages.file(first.version().id(), "index.html").orElseThrow().content()
                .getContentAsString(StandardCharsets.UTF_8)).endsWith(id);
        assertThat(packages.file(second.version().id(), "index.html").orElseThrow().content()
                .getContentAsString(StandardCharsets.UTF_8)).endsWith("Ny tekst");
    }

    @Test
    void a_file_path_that_leaves_the_package_finds_nothing() throws IOException {
        var version = ((PackageUpload.Imported) upload.upload(zip(uploads, scorm12(id)))).version();

        assertThat(packages.file(version.id(), "../" + version.contentSha256() + "/index.html")).isEmpty();
        assertThat(packages.file(version.id(), "/index.html")).isEmpty();
        assertThat(packages.file(version.id(), "finnes-ikke.html")).isEmpty();
    }

    // Refusals: each rule has its own hostile zip.

    @Test
    void a_file_that_is_not_a_zip_is_refused() throws IOException {
        assertRefused(TestPackages.write(uploads, utf8("ikke en zip")), "package-upload.not-zip");
    }

    @Test
    void a_zip_without_a_manifest_is_refused() throws IOException {
        assertRefused(zip(uploads, Map.of("index.html", utf8("<p>"))), "package-upload.no-manifest");
    }

    @Test
    void a_manifest_that_is_not_well_formed_is_refused_with_its_line() throws IOException {
        var files = scorm12(id, "<organizations><organization identifier=\"o\"><title>T</organization>");

        var refused = assertRefused(zip(uploads, files), "package-upload.malformed-xml");

        assertThat(refused.arguments()).startsWith("imsmanifest.xml", 5);
    }

    @Test
    void a_manifest_with_a_doctype_is_refused_so_no_entity_is_read() throws IOException {
        var files = scorm12(id);
        String xml = new String(files.get("imsmanifest.xml"), StandardCharsets.UTF_8);
        files.put("imsmanifest.xml", utf8(xml.replace("<manifest ",
                "<!DOCTYPE manifest [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<manifest ")
                .replace("<title>Testpakke</title>", "<title>&x;</title>")));

        assertRefused(zip(uploads, files), "package-upload.doctype");
    }

    @Test
    void a_missing_launch_file_is_refused() throws IOException {
        var files = scorm12(id);
        files.remove("index.html");

        assertRefused(zip(uploads, files), "package-upload.missing-launch-file", "index.html", "res_1");
    }

    @Test
    void a_listed_file_that_is_not_in_the_zip_is_refused() throws IOException {
        var files = scorm12(id, resources("""
                <resource identifier="res_1" type="webcontent" adlcp:scormtype="sco" href="index.html">
                  <file href="index.html"/><file href="bilder/Logo.png"/>
                </resource>"""));

        assertRefused(zip(uploads, files), "package-upload.missing-file", "bilder/Logo.png", "res_1");
    }

    @Test
    void an_item_that_refers_to_an_unknown_resource_is_refused() throws IOException {
        var files = scorm12(id, """
                <organizations default="org"><organization identifier="org"><title>T</title>
                  <item identifier="item_1" identifierref="finnes_ikke"><title>A</title></item>
                </organization></organizations>
                <resources><resource identifier="res_1" type="webcontent" adlcp:scormtype="sco" href="index.html"/>
                </resources>""");

        assertRefused(zip(uploads, files), "package-upload.unknown-resource", "item_1", "finnes_ikke");
    }

    @Test
    void a_dependency_on_an_unknown_resource_is_refused() throws IOException {
        var files = scorm12(id, resources("""
                <resource identifier="res_1" type="webcontent" adlcp:scormtype="sco" href="index.html">
                  <dependency identifierref="felles"/>
                </resource>"""));

        assertRefused(zip(uploads, files), "package-upload.unknown-dependency", "res_1", "felles");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../index.html", "innhold/../../index.html", "/etc/passwd", "C:/index.html",
            "innhold\\index.html", "file:///etc/passwd"})
    void a_reference_that_leaves_the_package_is_refused(String href) throws IOException {
        var files = scorm12(id, resources("""
                <resource identifier="res_1" type="webcontent" adlcp:scormtype="sco" href="%s"/>"""
                .formatted(href)));

        assertRefused(zip(uploads, files), "package-upload.unsafe-reference", href, "res_1");
    }

    @Test
    void an_xml_base_that_leaves_the_package_is_refused() throws IOException {
        var files = scorm12(id, resources("""
                <resource identifier="res_1" type="webcontent" adlcp:scormtype="sco" href="index.html"
                    xml:base="../../"/>"""));

        assertRefused(zip(uploads, files), "package-upload.unsafe-reference");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../utenfor.txt", "innhold/../../utenfor.txt", "/etc/utenfor.txt",
            "innhold\\..\\utenfor.txt", "C:/utenfor.txt", "c:utenfor.txt"})
    void a_zip_entry_that_would_land_outside_the_package_is_refused(String name) throws IOException {
        var files = scorm12(id);
        files.put(name, utf8("ond"));

        // Commons Compress reads a backslash in an entry name as the separator it stands for on Windows.
        assertRefused(zip(uploads, files), "package-upload.unsafe-entry", name.replace('\\', '/'));
        assertThat(dataDir.resolve("utenfor.txt")).doesNotExist();
    }

    @Test
    void a_symbolic_link_is_refused() throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipArchiveOutputStream(bytes)) {
            for (var file : scorm12(id).entrySet()) {
                zip.putArchiveEntry(new ZipArchiveEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeArchiveEntry();
            }
            var link = new ZipArchiveEntry("passord.txt");
            link.setUnixMode(0120777);
            zip.putArchiveEntry(link);
            zip.write(utf8("/etc/passwd"));
            zip.closeArchiveEntry();
        }

        assertRefused(TestPackages.write(uploads, bytes.toByteArray()), "package-upload.symlink", "passord.txt");
    }

    @Test
    void too_many_files_are_refused() throws IOException {
        upload = upload(new PackageProperties(200 * MB, 10, 500 * MB, 100));
        var files = scorm12(id);
        for (int i = 0; i < 10; i++) {
            files.put("bilder/" + i + ".png", new byte[] {1});
        }

        assertRefused(zip(uploads, files), "package-upload.too-many-entries", 10);
    }

    @Test
    void more_unpacked_bytes_than_allowed_are_refused() throws IOException {
        upload = upload(new PackageProperties(200 * MB, 500, 10_000, 100));
        var files = scorm12(id);
        var noise = new byte[20_000];
        new Random(1).nextBytes(noise);
        files.put("video.mp4", noise);

        assertRefused(zip(uploads, files), "package-upload.too-large-unpacked");
    }

    @Test
    void a_zip_bomb_is_refused_by_the_bytes_it_inflates_to() throws IOException {
        var files = scorm12(id);
        files.put("video.mp4", new byte[20 * (int) MB]);
        Path bomb = zip(uploads, files);
        assertThat(Files.size(bomb)).as("the zip itself is small").isLessThan(100_000);

        assertRefused(bomb, "package-upload.bomb");
    }

    @Test
    void an_upload_over_the_configured_size_is_refused() throws IOException {
        upload = upload(new PackageProperties(100, 500, 500 * MB, 100));

        assertRefused(zip(uploads, scorm12(id)), "package-upload.too-big");
    }

    @Test
    void a_scorm_launch_on_another_site_is_refused() throws IOException {
        var files = scorm12(id, resources("""
                <resource identifier="res_1" type="webcontent" adlcp:scormtype="sco"
                    href="https://example.org/sco.html"/>"""));

        assertRefused(zip(uploads, files), "package-upload.external-launch", "res_1");
    }

    @Test
    void a_cmi5_au_whose_url_is_not_in_the_package_is_refused() throws IOException {
        var files = TestPackages.cmi5(course(), "moveOn=\"Passed\"");
        files.remove("index.html");

        assertRefused(zip(uploads, files), "package-upload.missing-launch-file", "index.html");
    }

    @Test
    void a_cmi5_mastery_score_outside_0_to_1_is_refused() throws IOException {
        assertRefused(zip(uploads, TestPackages.cmi5(course(), "masteryScore=\"80\"")), "package-upload.bad-value",
                "masteryScore");
    }

    @Test
    void a_cmi5_move_on_the_spec_does_not_know_is_refused() throws IOException {
        assertRefused(zip(uploads, TestPackages.cmi5(course(), "moveOn=\"Finished\"")), "package-upload.bad-value",
                "moveOn");
    }

    @Test
    void the_invalid_sample_is_refused_with_a_clear_message() {
        var result = upload.upload(TestPackages.sample("invalid-scorm12-malformed-xml.zip"));

        assertThat(result).isInstanceOfSatisfying(PackageUpload.Refused.class, refused -> {
            assertThat(refused.messageKey()).isEqualTo("package-upload.malformed-xml");
            assertThat(new MedvirkI18NProvider().getTranslation(refused.messageKey(), Language.NB.locale(),
                    refused.arguments().toArray())).isEqualTo("imsmanifest.xml er ikke gyldig XML (linje 27, "
                            + "kolonne 7). Eksporter pakken på nytt fra forfatterverktøyet.");
            assertThat(new MedvirkI18NProvider().getTranslation(refused.messageKey(), Locale.ENGLISH,
                    refused.arguments().toArray())).startsWith("imsmanifest.xml is not well-formed XML (line 27");
        });
    }

    private String course() {
        return "https://medvirk.no/test/" + id;
    }

    private static String resources(String resources) {
        return """
                <organizations default="org"><organization identifier="org"><title>T</title>
                  <item identifier="item_1" identifierref="res_1"><title>A</title></item>
                </organization></organizations>
                <resources>%s</resources>""".formatted(resources);
    }

    private PackageUpload.Refused assertRefused(Path zip, String messageKey, Object... arguments) {
        long packagesBefore = count();
        var result = upload.upload(zip);

        assertThat(result).isInstanceOf(PackageUpload.Refused.class);
        var refused = (PackageUpload.Refused) result;
        assertThat(refused.messageKey()).isEqualTo(messageKey);
        if (arguments.length > 0) {
            assertThat(refused.arguments()).startsWith(arguments);
        }
        for (Language language : Language.values()) {
            assertThat(MedvirkI18NProvider.bundle(language).containsKey(messageKey)).as(language.code()).isTrue();
        }
        assertThat(count()).as("no package row").isEqualTo(packagesBefore);
        assertThat(events).as("no event").isEmpty();
        assertThat(storedVersions()).as("nothing in the storage").isEmpty();
        assertThat(stagingLeftovers()).as("nothing left unpacked").isEmpty();
        return refused;
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from package_version", Long.class);
    }

    private int versions() {
        return jdbc.queryForObject("select count(*) from package_version v join package p on p.id = v.package_id "
                + "where p.identifier = ?", Integer.class, id);
    }

    private List<Path> storedVersions() {
        return list(dataDir.resolve("packages")).stream().filter(p -> !p.getFileName().toString().startsWith("."))
                .toList();
    }

    private List<Path> stagingLeftovers() {
        return list(dataDir.resolve("packages/.staging"));
    }

    private static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
