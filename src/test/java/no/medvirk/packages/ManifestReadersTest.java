package no.medvirk.packages;

import static no.medvirk.packages.TestPackages.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.medvirk.packages.PackageItem.Kind;
import no.medvirk.packages.ScormLaunch.ScormType;
import no.medvirk.shared.SafeZip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the manifest readers make of the sample packages and of manifests written to use each feature. */
class ManifestReadersTest {

    @TempDir
    Path folder;

    PackageManifest sample(String name) throws Exception {
        SafeZip.unpack(TestPackages.sample(name), folder, new SafeZip.Limits(5000, 500_000_000, 100));
        return PackageContent.find(folder).manifest();
    }

    PackageManifest read(Map<String, byte[]> files) throws Exception {
        for (var file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
        return PackageContent.find(folder).manifest();
    }

    @Test
    void the_scorm_12_runtime_sample_is_one_sco() throws Exception {
        var manifest = sample("scorm12-runtime-basic-calls.zip");

        assertThat(manifest.standard()).isEqualTo(Standard.SCORM_12);
        assertThat(manifest.identifier()).isEqualTo("com.scorm.golfsamples.runtime.basicruntime.12");
        assertThat(manifest.title()).isEqualTo("Golf Explained - Run-time Basic Calls");
        assertThat(manifest.launchable()).singleElement().satisfies(sco -> {
            assertThat(sco.kind()).isEqualTo(Kind.SCO);
            assertThat(sco.launchUrl()).isEqualTo("shared/launchpage.html");
            assertThat(sco.title()).isEqualTo("Golf Explained");
        });
    }

    @Test
    void the_scorm_12_multi_sco_sample_is_a_tree_with_parameters_added_to_the_quizzes() throws Exception {
        var manifest = sample("scorm12-multi-sco-one-file-per-sco.zip");

        PackageItem root = manifest.root();
        assertThat(root.children()).extracting(PackageItem::title)
                .containsExactly("Playing the Game", "Etiquette", "Handicapping", "Having Fun");
        assertThat(root.children()).extracting(PackageItem::kind).containsOnly(Kind.AGGREGATION);
        assertThat(manifest.launchable()).hasSize(18);
        assertThat(manifest.item("playing_quiz_item").orElseThrow().launchUrl())
                .isEqualTo("shared/assessmenttemplate.html?questions=Playing");
        assertThat(manifest.item("playing_par_item").orElseThrow().kind()).isEqualTo(Kind.ASSET);
        assertThat(manifest.resource("playing_par_resource").orElseThrow().dependencies())
                .containsExactly("common_files");
    }

    @Test
    void the_scorm_2004_runtime_sample_keeps_its_sequencing() throws Exception {
        var manifest = sample("scorm2004-3rd-runtime-basic-calls.zip");

        assertThat(manifest.standard()).isEqualTo(Standard.SCORM_2004_3RD);
        var organization = manifest.root().sequencing();
        assertThat(organization.controlMode().choice()).isTrue();
        assertThat(organization.controlMode().flow()).isTrue();
        var sco = manifest.launchable().getFirst();
        assertThat(sco.sequencing().deliveryControls())
                .isEqualTo(new Sequencing.DeliveryControls(true, true, true));
        assertThat(sco.sequencing().controlMode()).isEqualTo(Sequencing.ControlMode.DEFAULT);
        assertThat(sco.scorm().scormType()).isEqualTo(ScormType.SCO);
    }

    @Test
    void the_scorm_2004_metadata_sample_finds_its_external_metadata_files() throws Exception {
        var manifest = sample("scorm2004-3rd-metadata.zip");

        assertThat(manifest.standard()).isEqualTo(Standard.SCORM_2004_3RD);
        assertThat(manifest.launchable()).singleElement().extracting(PackageItem::launchUrl)
                .isEqualTo("shared/launchpage.html");
    }

    @Test
    void the_cmi5_sample_is_a_course_with_one_au_and_its_rules() throws Exception {
        var manifest = sample("cmi5-catapult-masteryscore-responsive.zip");

        assertThat(manifest.standard()).isEqualTo(Standard.CMI5);
        assertThat(manifest.identifier()).isEqualTo(
                "https://w3id.org/xapi/cmi5/catapult/lts/course/geology-intro-single-au-mastery-score-responsive");
        assertThat(manifest.title()).isEqualTo("Introduction to Geology - Responsive Style - Mastery Score");
        assertThat(manifest.description()).startsWith("This course will introduce you into the basics of geology.");
        assertThat(manifest.launchable()).singleElement().satisfies(au -> {
            assertThat(au.kind()).isEqualTo(Kind.AU);
            assertThat(au.launchUrl()).isEqualTo("index.html");
            assertThat(au.au().moveOn()).isEqualTo(Cmi5Au.MoveOn.CompletedOrPassed);
            assertThat(au.au().masteryScore()).isEqualByComparingTo("0.3");
            assertThat(au.au().launchMethod()).isEqualTo(Cmi5Au.LaunchMethod.OwnWindow);
            assertThat(au.au().external()).isFalse();
        });
    }

    @Test
    void a_cmi5_course_has_blocks_norwegian_titles_launch_parameters_and_entitlement_key() throws Exception {
        var manifest = read(TestPackages.cmi5("https://medvirk.no/kurs/a", "moveOn=\"Passed\" masteryScore=\"0.8\""));

        assertThat(manifest.title()).isEqualTo("Et kurs");
        var block = manifest.root().children().getFirst();
        assertThat(block.kind()).isEqualTo(Kind.BLOCK);
        assertThat(block.title()).isEqualTo("Blokk");
        var au = block.children().getFirst();
        assertThat(au.launchUrl()).isEqualTo("index.html?lang=nb");
        assertThat(au.au()).isEqualTo(new Cmi5Au(Cmi5Au.MoveOn.Passed, new BigDecimal("0.8"),
                Cmi5Au.LaunchMethod.AnyWindow, "{\"level\":1}", "nøkkel", null, false, List.of()));
    }

    @Test
    void a_scorm_12_item_keeps_mastery_score_prerequisites_and_launch_data_and_xml_base_applies() throws Exception {
        var files = TestPackages.scorm12("x", """
                <organizations default="org"><organization identifier="org"><title>T</title>
                  <item identifier="a" identifierref="r" parameters="&amp;del=2#start">
                    <title>A</title>
                    <adlcp:masteryscore>75.5</adlcp:masteryscore>
                    <adlcp:prerequisites type="aicc_script">b &amp; c</adlcp:prerequisites>
                    <adlcp:maxtimeallowed>00:30:00</adlcp:maxtimeallowed>
                    <adlcp:timelimitaction>exit,message</adlcp:timelimitaction>
                    <adlcp:datafromlms>data</adlcp:datafromlms>
                  </item>
                  <item identifier="skjult" identifierref="r" isvisible="false"><title>S</title></item>
                </organization></organizations>
                <resources xml:base="innhold/">
                  <resource identifier="r" type="webcontent" adlcp:scormtype="sco" xml:base="del%201/"
                      href="start%20her.html?a=1"><file href="start%20her.html"/></resource>
                </resources>""");
        files.put("innhold/del 1/start her.html", utf8("<p>"));

        var manifest = read(files);

        var item = manifest.item("a").orElseThrow();
        assertThat(item.launchUrl()).isEqualTo("innhold/del%201/start%20her.html?a=1&del=2#start");
        assertThat(item.scorm()).isEqualTo(new ScormLaunch("r", ScormType.SCO, "&del=2#start", "data",
                new BigDecimal("75.5"), "b & c", "00:30:00", "exit,message", null, null,
                List.of()));
        assertThat(manifest.resource("r").orElseThrow().files()).containsExactly("innhold/del 1/start her.html");
        assertThat(manifest.item("skjult").orElseThrow().visible()).isFalse();
        assertThat(manifest.launchable()).hasSize(2);
    }

    @Test
    void scorm_2004_4th_sequencing_rules_rollup_objectives_and_thresholds_are_kept() throws Exception {
        var manifest = read(scorm2004("""
                <organizations default="org">
                  <organization identifier="org">
                    <title>Sekvensert</title>
                    <item identifier="modul">
                      <title>Modul</title>
                      <item identifier="sco1" identifierref="r">
                        <title>Del 1</title>
                        <adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="0.8"
                            progressWeight="0.5"/>
                        <adlcp:timeLimitAction>continue,no message</adlcp:timeLimitAction>
                        <imsss:sequencing IDRef="felles">
                          <imsss:limitConditions attemptLimit="2" attemptAbsoluteDurationLimit="PT1H"/>
                          <imsss:objectives>
                            <imsss:primaryObjective objectiveID="mål" satisfiedByMeasure="true">
                              <imsss:minNormalizedMeasure>0.7</imsss:minNormalizedMeasure>
                              <imsss:mapInfo targetObjectiveID="global-mål" writeSatisfiedStatus="true"/>
                            </imsss:primaryObjective>
                          </imsss:objectives>
                        </imsss:sequencing>
                        <adlnav:presentation><adlnav:navigationInterface>
                          <adlnav:hideLMSUI>continue</adlnav:hideLMSUI><adlnav:hideLMSUI>previous</adlnav:hideLMSUI>
                        </adlnav:navigationInterface></adlnav:presentation>
                      </item>
                      <item identifier="sco2" identifierref="r"><title>Del 2</title></item>
                      <imsss:sequencing>
                        <imsss:controlMode choice="false" flow="true" forwardOnly="true"/>
                        <imsss:sequencingRules>
                          <imsss:preConditionRule>
                            <imsss:ruleConditions conditionCombination="any">
                              <imsss:ruleCondition condition="satisfied"/>
                              <imsss:ruleCondition referencedObjective="mål" measureThreshold="0.5"
                                  operator="not" condition="objectiveMeasureGreaterThan"/>
                            </imsss:ruleConditions>
                            <imsss:ruleAction action="skip"/>
                          </imsss:preConditionRule>
                        </imsss:sequencingRules>
                        <imsss:rollupRules rollupProgressCompletion="false" objectiveMeasureWeight="0.5">
                          <imsss:rollupRule childActivitySet="atLeastCount" minimumCount="1">
                            <imsss:rollupConditions><imsss:rollupCondition condition="satisfied"/>
                            </imsss:rollupConditions>
                            <imsss:rollupAction action="satisfied"/>
                          </imsss:rollupRule>
                        </imsss:rollupRules>
                        <adlseq:rollupConsiderations requiredForSatisfied="ifAttempted"/>
                      </imsss:sequencing>
                    </item>
                  </organization>
                </organizations>
                <resources>
                  <resource identifier="r" type="webcontent" adlcp:scormType="sco" href="index.html"/>
                </resources>
                <imsss:sequencingCollection>
                  <imsss:sequencing ID="felles">
                    <imsss:controlMode flow="true"/>
                    <imsss:limitConditions attemptLimit="9"/>
                    <imsss:deliveryControls completionSetByContent="true"/>
                  </imsss:sequencing>
                </imsss:sequencingCollection>"""));

        assertThat(manifest.standard()).isEqualTo(Standard.SCORM_2004_4TH);
        var modul = manifest.item("modul").orElseThrow().sequencing();
        assertThat(modul.controlMode()).isEqualTo(new Sequencing.ControlMode(false, true, true, true, true, true));
        assertThat(modul.preConditionRules()).singleElement().isEqualTo(new Sequencing.Rule("any", List.of(
                new Sequencing.Condition("satisfied", false, null, BigDecimal.ZERO),
                new Sequencing.Condition("objectiveMeasureGreaterThan", true, "mål",
                        new BigDecimal("0.5"))), "skip"));
        assertThat(modul.rollup().rollupProgressCompletion()).isFalse();
        assertThat(modul.rollup().rules()).singleElement().satisfies(rule -> {
            assertThat(rule.childActivitySet()).isEqualTo("atLeastCount");
            assertThat(rule.minimumCount()).isEqualTo(1);
            assertThat(rule.action()).isEqualTo("satisfied");
        });
        assertThat(modul.rollupConsiderations().requiredForSatisfied()).isEqualTo("ifAttempted");

        var sco1 = manifest.item("sco1").orElseThrow();
        assertThat(sco1.sequencing().controlMode().flow()).as("from the collection").isTrue();
        assertThat(sco1.sequencing().deliveryControls().completionSetByContent()).as("from the collection").isTrue();
        assertThat(sco1.sequencing().limitConditions())
                .as("its own, not the collection's").isEqualTo(new Sequencing.LimitConditions(2, "PT1H"));
        assertThat(sco1.sequencing().primaryObjective().mapInfo()).singleElement()
                .isEqualTo(new Sequencing.MapInfo("global-mål", true, true, true, false));
        assertThat(sco1.scorm().scaledPassingScore()).isEqualByComparingTo("0.7");
        assertThat(sco1.scorm().completionThreshold()).isEqualTo(new ScormLaunch.CompletionThreshold(true,
                new BigDecimal("0.8"), new BigDecimal("0.5")));
        assertThat(sco1.scorm().maxTimeAllowed()).isEqualTo("PT1H");
        assertThat(sco1.scorm().timeLimitAction()).isEqualTo("continue,no message");
        assertThat(sco1.scorm().hideLmsUi()).containsExactly("continue", "previous");
        assertThat(manifest.item("sco2").orElseThrow().sequencing()).isEqualTo(Sequencing.defaults());
    }

    @Test
    void a_scorm_2004_3rd_completion_threshold_is_a_number() throws Exception {
        var manifest = read(scorm2004("""
                <organizations default="org"><organization identifier="org"><title>T</title>
                  <item identifier="a" identifierref="r"><title>A</title>
                    <adlcp:completionThreshold>0.6</adlcp:completionThreshold></item>
                </organization></organizations>
                <resources><resource identifier="r" type="webcontent" adlcp:scormType="sco" href="index.html"/>
                </resources>""", "2004 3rd Edition"));

        assertThat(manifest.standard()).isEqualTo(Standard.SCORM_2004_3RD);
        assertThat(manifest.launchable().getFirst().scorm().completionThreshold()).isEqualTo(
                new ScormLaunch.CompletionThreshold(true, new BigDecimal("0.6"), BigDecimal.ONE));
    }

    @Test
    void a_sequencing_reference_to_nothing_is_refused() {
        assertThatThrownBy(() -> read(scorm2004("""
                <organizations default="org"><organization identifier="org"><title>T</title>
                  <item identifier="a" identifierref="r"><title>A</title>
                    <imsss:sequencing IDRef="mangler"/></item>
                </organization></organizations>
                <resources><resource identifier="r" type="webcontent" adlcp:scormType="sco" href="index.html"/>
                </resources>"""))).isInstanceOfSatisfying(PackageRefusal.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("package-upload.unknown-sequencing");
                    assertThat(refusal.arguments()).containsExactly("a", "mangler");
                });
    }

    @Test
    void scorm_12_mastery_score_above_100_is_refused() {
        var files = TestPackages.scorm12("x", """
                <organizations default="org"><organization identifier="org"><title>T</title>
                  <item identifier="a" identifierref="r"><title>A</title>
                    <adlcp:masteryscore>150</adlcp:masteryscore></item>
                </organization></organizations>
                <resources><resource identifier="r" type="webcontent" adlcp:scormtype="sco" href="index.html"/>
                </resources>""");

        assertThatThrownBy(() -> read(files)).isInstanceOfSatisfying(PackageRefusal.class,
                refusal -> assertThat(refusal.arguments()).containsExactly("adlcp:masteryscore", "a", "150"));
    }

    static Map<String, byte[]> scorm2004(String body) {
        return scorm2004(body, "2004 4th Edition");
    }

    static Map<String, byte[]> scorm2004(String body, String schemaVersion) {
        var files = new LinkedHashMap<String, byte[]>();
        files.put("imsmanifest.xml", utf8("""
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest identifier="sekvens" version="1" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
                    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
                    xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
                  <metadata><schema>ADL SCORM</schema><schemaversion>%s</schemaversion></metadata>
                %s
                </manifest>
                """.formatted(schemaVersion, body)));
        files.put("index.html", utf8("<p>"));
        return files;
    }
}
