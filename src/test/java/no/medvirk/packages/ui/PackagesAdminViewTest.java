package no.medvirk.packages.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static no.medvirk.support.Uploads.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import no.medvirk.packages.PackageSummary;
import no.medvirk.packages.Packages;
import no.medvirk.packages.TestPackages;
import no.medvirk.shared.ui.AccessDeniedView;
import no.medvirk.support.KaribuViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The packages page of course administration, the upload driven through the Upload component's own handler as the
 * browser's request would.
 */
class PackagesAdminViewTest extends KaribuViewTest {

    @Autowired
    Packages packages;

    void onThePackagesPage() {
        signInAs("kursadmin");
        UI.getCurrent().navigate("kursadmin/pakker");
        MockVaadin.clientRoundtrip(false);
    }

    @Test
    void the_upload_is_offered_in_bokmal_and_accepts_one_zip() {
        onThePackagesPage();

        var upload = _get(Upload.class);
        assertThat(_get(H1.class).getText()).isEqualTo("E-læringspakker");
        assertThat(upload.getMaxFiles()).isEqualTo(1);
        assertThat(upload.getAcceptedFileTypes()).contains(".zip");
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Velg pakke (zip) …");
        assertThat(upload.getI18n().getError().getFileIsTooBig()).isEqualTo(
                "Zip-filen er for stor. En pakke kan være høyst 200 MB.");
        assertThat(texts()).anyMatch(text -> text.startsWith("Velg zip-filen slik den kom fra forfatterverktøyet"));
    }

    @Test
    void a_package_uploaded_is_announced_with_its_version_and_listed() throws IOException {
        onThePackagesPage();
        String id = "no.medvirk.ui-test." + System.nanoTime();

        send("pakke.zip", TestPackages.zipBytes("", TestPackages.scorm12(id)));

        assertThat(texts()).contains("«Testpakke» (SCORM 1.2) er lastet opp som versjon 1.");
        @SuppressWarnings("unchecked")
        Grid<PackageSummary> grid = _get(Grid.class);
        assertThat(grid.isVisible()).isTrue();
        var rows = java.util.stream.IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i));
        assertThat(rows.filter(p -> p.identifier().equals(id))).singleElement().satisfies(row -> {
            assertThat(row.title()).isEqualTo("Testpakke");
            assertThat(row.latestVersion()).isEqualTo(1);
        });

        send("pakke.zip", TestPackages.zipBytes("", TestPackages.scorm12(id)));

        assertThat(texts()).contains("«Testpakke» er lastet opp, men innholdet er det samme som i versjon 1. "
                + "Ingen ny versjon.");
    }

    @Test
    void the_invalid_sample_is_refused_with_what_is_wrong_and_nothing_is_stored() throws IOException {
        onThePackagesPage();
        List<PackageSummary> before = packages.list();

        send("invalid.zip", Files.readAllBytes(TestPackages.sample("invalid-scorm12-malformed-xml.zip")));

        assertThat(texts()).contains("Pakken er ikke lastet opp, og ingenting er lagret.",
                "imsmanifest.xml er ikke gyldig XML (linje 27, kolonne 7). Eksporter pakken på nytt fra "
                        + "forfatterverktøyet.");
        assertThat(packages.list()).isEqualTo(before);
    }

    @Test
    void a_file_that_is_not_a_zip_is_refused_in_english_for_an_english_user() throws IOException {
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        onThePackagesPage();

        send("pakke.zip", TestPackages.utf8("ikke en zip"));

        assertThat(texts()).contains("The package was not uploaded, and nothing has been stored.",
                "The file is not a zip file. Upload the package as a .zip file, as the authoring tool makes it.");
    }

    @Test
    void a_leader_cannot_open_the_packages_page() {
        signInAs("leder");

        UI.getCurrent().navigate("kursadmin/pakker");

        _get(AccessDeniedView.class);
    }

    private static List<String> texts() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }
}
