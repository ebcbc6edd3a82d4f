package no.medvirk.packages.cmi5;

import static no.medvirk.packages.TestPackages.utf8;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.UUID;
import no.medvirk.packages.PackageUpload;
import no.medvirk.packages.PackageVersion;
import no.medvirk.packages.TestPackages;

/**
 * A cmi5 course for tests, under a course id of its own: block 1 holds a quiz (moveOn Passed, masteryScore 0.8,
 * AnyWindow) and an info page (NotApplicable); block 2 only an extra page (NotApplicable, so it is satisfied as soon
 * as the registration exists); last comes a reading (moveOn Completed, OwnWindow, with a query of its own).
 */
public final class TestCourse {

    public final String id = "https://example.org/cmi5/" + UUID.randomUUID();
    public final String quiz = id + "/quiz";
    public final String info = id + "/info";
    public final String extra = id + "/extra";
    public final String reading = id + "/reading";
    public final String block1 = id + "/block-1";
    public final String block2 = id + "/block-2";
    public final PackageVersion version;

    public TestCourse(PackageUpload upload, Path folder) throws IOException {
        var files = new LinkedHashMap<String, byte[]>();
        files.put("cmi5.xml", utf8("""
                <?xml version="1.0" encoding="utf-8"?>
                <courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
                  <course id="%1$s">
                    <title><langstring lang="nb-NO">Testkurs</langstring></title>
                    <description><langstring lang="nb-NO">Om kurset</langstring></description>
                  </course>
                  <block id="%1$s/block-1">
                    <title><langstring lang="nb-NO">Blokk 1</langstring></title>
                    <description><langstring lang="nb-NO">Quiz og info</langstring></description>
                    <au id="%1$s/quiz" moveOn="Passed" masteryScore="0.8" launchMethod="AnyWindow">
                      <title><langstring lang="nb-NO">Quiz</langstring></title>
                      <description><langstring lang="nb-NO">Spørsmål</langstring></description>
                      <url>quiz.html</url>
                      <launchParameters>{"level":1}</launchParameters>
                      <entitlementKey>nøkkel-1</entitlementKey>
                    </au>
                    <au id="%1$s/info" moveOn="NotApplicable">
                      <title><langstring lang="nb-NO">Info</langstring></title>
                      <description><langstring lang="nb-NO">Til orientering</langstring></description>
                      <url>info.html</url>
                    </au>
                  </block>
                  <block id="%1$s/block-2">
                    <title><langstring lang="nb-NO">Blokk 2</langstring></title>
                    <description><langstring lang="nb-NO">Ekstra</langstring></description>
                    <au id="%1$s/extra" moveOn="NotApplicable">
                      <title><langstring lang="nb-NO">Ekstra</langstring></title>
                      <description><langstring lang="nb-NO">Frivillig</langstring></description>
                      <url>extra.html</url>
                    </au>
                  </block>
                  <au id="%1$s/reading" moveOn="Completed" launchMethod="OwnWindow">
                    <title><langstring lang="nb-NO">Lesing</langstring></title>
                    <description><langstring lang="nb-NO">Tekst</langstring></description>
                    <url>reading.html?part=1</url>
                  </au>
                </courseStructure>
                """.formatted(id)));
        for (String page : new String[] {"quiz.html", "info.html", "extra.html", "reading.html"}) {
            files.put(page, utf8("<!doctype html><title>" + page + "</title>"));
        }
        var result = upload.upload(TestPackages.zip(folder, files));
        if (!(result instanceof PackageUpload.Imported imported)) {
            throw new AssertionError("The test course was refused: " + result);
        }
        version = imported.version();
    }
}
