package no.medvirk.resourcebank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.nio.charset.StandardCharsets;
import no.medvirk.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

/** What an open resource's file may be: checked by size, by extension and by what its first bytes say it is. */
class BankFilesTest {

    final BankFiles files = new BankFiles(mock(FileStore.class), mock(EntryRows.class),
            new ResourceBankProperties(true, DataSize.ofKilobytes(64)));

    @Test
    void documents_images_and_video_whose_content_matches_their_name_are_accepted_with_their_type() {
        assertThat(files.accept("rapport.pdf", SampleFiles.pdf()).mediaType()).isEqualTo("application/pdf");
        assertThat(files.accept("bilde.PNG", SampleFiles.png()).mediaType()).isEqualTo("image/png");
        assertThat(files.accept("foto.jpg", SampleFiles.jpeg()).mediaType()).isEqualTo("image/jpeg");
        assertThat(files.accept("film.mp4", SampleFiles.mp4()).mediaType()).isEqualTo("video/mp4");
        assertThat(files.accept("veileder.docx", SampleFiles.docx()).mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(files.accept("lysark.pptx", SampleFiles.pptx()).mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.presentationml.presentation");
        assertThat(files.accept("notat.odt", SampleFiles.odt()).mediaType())
                .isEqualTo("application/vnd.oasis.opendocument.text");
    }

    @Test
    void a_file_whose_content_is_not_what_its_name_says_is_refused() {
        assertRefused("faktura.pdf", SampleFiles.program(), "bank.file.content");
        assertRefused("bilde.png", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                "bank.file.content");
        assertRefused("lysark.pptx", SampleFiles.docx(), "bank.file.content");
        assertRefused("notat.odt", SampleFiles.docx(), "bank.file.content");
        assertRefused("veileder.docx", SampleFiles.zip(false, "readme.txt", "hei"), "bank.file.content");
        assertRefused("veileder.docx", "PK\u0003\u0004 ikke en zip".getBytes(StandardCharsets.ISO_8859_1),
                "bank.file.content");
    }

    @ParameterizedTest
    @ValueSource(strings = {"side.html", "tegning.svg", "program.exe", "skript.js", "uten-endelse"})
    void a_kind_of_file_a_browser_could_run_or_that_is_not_listed_is_refused(String name) {
        assertRefused(name, SampleFiles.pdf(), "bank.file.kind");
    }

    @Test
    void an_empty_file_or_one_over_the_limit_is_refused_and_named() {
        assertRefused("tom.pdf", new byte[0], "bank.file.empty");
        byte[] big = new byte[64 * 1024 + 1];
        System.arraycopy(SampleFiles.pdf(), 0, big, 0, SampleFiles.pdf().length);
        assertThatThrownBy(() -> files.accept("stor.pdf", big)).isInstanceOf(DomainException.class)
                .hasMessage("bank.file.too-big")
                .satisfies(e -> assertThat(((DomainException) e).arguments()).containsExactly("stor.pdf", 1L));
    }

    @Test
    void the_name_keeps_no_folder_and_no_control_characters() {
        assertThat(files.accept("C:\\fakepath\\rapport.pdf", SampleFiles.pdf()).name()).isEqualTo("rapport.pdf");
        assertThat(files.accept("../../etc/rapport.pdf", SampleFiles.pdf()).name()).isEqualTo("rapport.pdf");
        assertThat(files.accept("rap\u0000port\n.pdf", SampleFiles.pdf()).name()).isEqualTo("rapport.pdf");
        assertThat(BankFiles.cleanName("a".repeat(300) + ".pdf")).hasSize(200).endsWith(".pdf");
    }

    private void assertRefused(String name, byte[] bytes, String key) {
        assertThatThrownBy(() -> files.accept(name, bytes)).isInstanceOf(DomainException.class).hasMessage(key);
    }
}
