package no.medvirk.packages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import no.medvirk.catalog.export.CoursePackages;
import no.medvirk.catalog.export.PackageFormat;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The first half of the round trip: a course exported as a SCORM 2004 or cmi5 package (catalog.export) is a package
 * Medvirk's own import accepts, with the standard, the title and a launchable item it should have.
 */
@SpringBootTest
class ExportedCoursesImportTest {

    @Autowired
    CoursePackages export;

    @Autowired
    PackageUpload upload;

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource({
        "eksempelkurs, SCORM_2004, SCORM_2004_4TH",
        "eksempelkurs, CMI5, CMI5",
        "representant-rollen, SCORM_2004, SCORM_2004_4TH",
        "representant-rollen, CMI5, CMI5"})
    void an_exported_course_imports_as_a_package(String courseId, PackageFormat format, Standard standard)
            throws Exception {
        var exported = export.export(courseId, format).orElseThrow();
        Path zip = Files.write(folder.resolve(exported.fileName()), exported.zip());

        var result = upload.upload(zip);

        assertThat(result).isInstanceOf(PackageUpload.Imported.class);
        var version = ((PackageUpload.Imported) result).version();
        assertThat(version.standard()).isEqualTo(standard);
        assertThat(version.title()).isNotBlank();
        assertThat(launchable(version.items())).as("a launchable item").isTrue();
    }

    private static boolean launchable(PackageItem item) {
        return item.launchUrl() != null || item.children().stream().anyMatch(ExportedCoursesImportTest::launchable);
    }
}
