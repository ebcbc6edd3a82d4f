package no.medvirk.certificate.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.medvirk.shared.Language;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The certificate PDF: every field in its text, a QR code that opens the verification page, PDF/A and tagging. */
class CertificatePdfTest {

    static final CertificatePdf PDF = new CertificatePdf();
    static final UUID ID = UUID.fromString("0195b6a4-7c1e-7a3b-9d2f-3c4d5e6f7a8b");

    static CertificateDocument document(Language language, CertificateDocument.Logo logo) {
        return new CertificateDocument(ID, "7K3QF-M9XTZ-2HB4R", "https://medvirk.example/verifiser/7K3QF-M9XTZ-2HB4R",
                language, "Åse Ødegård-Æsøy", "Eksempelkurs: slik fungerer et Medvirk-kurs", 3,
                LocalDate.of(2026, 3, 12), 42, true, List.of("Individnivå", "Tjenestenivå", "Systemnivå"),
                List.of("Kjenne til hva bruker- og pårørendemedvirkning er.",
                        "Kjenne til de tre nivåene for medvirkning: individ, tjeneste og system."),
                "Fjordvik kommune", logo, "Kari Kursadmin", "Kursansvarlig i Medvirk", 0x1f5f8b,
                Instant.parse("2026-03-12T10:15:30Z"));
    }

    @Test
    void the_text_shows_every_field_of_the_certificate() throws Exception {
        String text = PdfChecks.text(PDF.render(document(Language.NB, null)));

        assertThat(text).contains("Kursbevis", "Dette bekrefter at", "Åse Ødegård-Æsøy", "har fullført kurset",
                "Eksempelkurs: slik fungerer et Medvirk-kurs", "Versjon 3 · fullført 12. mars 2026",
                "tidsbruk 42 minutter", "Nivå i de nasjonale faglige rådene: Individnivå, Tjenestenivå, Systemnivå",
                "Kompetanse kurset gir grunnlag for", "Kjenne til hva bruker- og pårørendemedvirkning er.",
                "Kjenne til de tre nivåene for medvirkning: individ, tjeneste og system.", "Kari Kursadmin",
                "Kursansvarlig i Medvirk", "Utstedt av Fjordvik kommune gjennom Medvirk.", "Kontroller kursbeviset",
                "https://medvirk.example/verifiser/7K3QF-M9XTZ-2HB4R", "Kode: 7K3QF-M9XTZ-2HB4R",
                "Kursbevis-ID: " + ID);
    }

    @Test
    void an_english_certificate_speaks_english_and_says_when_the_time_is_an_estimate() throws Exception {
        var english = document(Language.EN, null);
        english = new CertificateDocument(english.id(), english.code(), english.verifyUrl(), Language.EN,
                english.fullName(), "Sample course", 1, english.completedOn(), 35, false, List.of("Individual level"),
                List.of(), english.issuer(), null, null, null, english.accentRgb(), english.issuedAt());

        String text = PdfChecks.text(PDF.render(english));

        assertThat(text).contains("Course certificate", "This certifies that", "has completed the course",
                "Version 1 · completed March 12, 2026 · estimated time 35 minutes", "Code: 7K3QF-M9XTZ-2HB4R")
                .doesNotContain("Competence the course");
    }

    @Test
    void the_qr_code_opens_the_verification_page() throws Exception {
        assertThat(PdfChecks.qrCode(PDF.render(document(Language.NB, null))))
                .isEqualTo("https://medvirk.example/verifiser/7K3QF-M9XTZ-2HB4R");
    }

    @Test
    void it_conforms_to_pdf_a_2a_and_pdf_ua_1() throws Exception {
        byte[] pdf = PDF.render(document(Language.NB, new CertificateDocument.Logo("logo", logo())));
        // Left for a person to look at: target/certificate-sample.pdf.
        java.nio.file.Files.write(java.nio.file.Path.of("target/certificate-sample.pdf"), pdf);

        assertThat(PdfChecks.violations(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(PdfChecks.violations(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    /** The check above can fail: a PDF that is neither gives veraPDF plenty to say. */
    @Test
    void the_validator_finds_what_an_untagged_pdf_without_metadata_lacks() throws Exception {
        byte[] plain;
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(out);
            plain = out.toByteArray();
        }

        assertThat(PdfChecks.violations(plain, PDFAFlavour.PDFA_2_A)).isNotEmpty();
        assertThat(PdfChecks.violations(plain, PDFAFlavour.PDFUA_1)).isNotEmpty();
    }

    @Test
    void the_title_language_and_figures_alt_texts_are_set_and_the_same_input_gives_the_same_bytes()
            throws Exception {
        byte[] pdf = PDF.render(document(Language.NB, null));

        assertThat(PDF.render(document(Language.NB, null))).isEqualTo(pdf);
        try (var document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("nb-NO");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Kursbevis: Eksempelkurs: slik fungerer et Medvirk-kurs – Åse Ødegård-Æsøy");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            var root = (PDStructureElement) catalog.getStructureTreeRoot().getKids().getFirst();
            List<String> alts = new java.util.ArrayList<>();
            List<String> types = new java.util.ArrayList<>();
            collect(root, types, alts);
            assertThat(types).startsWith("Figure", "H1", "P", "P", "P", "H2").contains("L", "LI", "Lbl", "LBody",
                    "Sect");
            assertThat(alts).containsExactly(
                    "Medvirk-logo: tre ringer for individnivå, tjenestenivå og systemnivå",
                    "QR-kode som åpner https://medvirk.example/verifiser/7K3QF-M9XTZ-2HB4R");
        }
    }

    @Test
    void a_long_list_of_competence_goes_on_to_a_second_page_that_still_conforms() throws Exception {
        var many = document(Language.NB, null);
        var items = java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> "Punkt " + i + ": kjenne til hvordan erfaringer fra brukere og pårørende kan brukes i "
                        + "forbedringsarbeid i tjenesten, og hvordan tilbakemeldinger følges opp.").toList();
        many = new CertificateDocument(many.id(), many.code(), many.verifyUrl(), many.language(), many.fullName(),
                many.courseTitle(), 1, many.completedOn(), 10, true, many.levels(), items, many.issuer(), null,
                many.signerName(), many.signerTitle(), many.accentRgb(), many.issuedAt());

        byte[] pdf = PDF.render(many);

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
        assertThat(PdfChecks.text(pdf)).contains("Punkt 39:", "Kari Kursadmin");
        assertThat(PdfChecks.violations(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(PdfChecks.violations(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void a_character_the_font_lacks_is_printed_as_a_question_mark_and_the_pdf_stays_valid() throws Exception {
        var odd = document(Language.NB, null);
        odd = new CertificateDocument(odd.id(), odd.code(), odd.verifyUrl(), odd.language(), "Ola 🙂 Nordmann",
                odd.courseTitle(), 1, odd.completedOn(), 10, true, List.of(), List.of(), odd.issuer(), null, null,
                null, odd.accentRgb(), odd.issuedAt());

        byte[] pdf = PDF.render(odd);

        assertThat(PdfChecks.text(pdf)).contains("Ola ? Nordmann");
        assertThat(PdfChecks.violations(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
    }

    private static void collect(PDStructureElement element, List<String> types, List<String> alts) {
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement child) {
                types.add(child.getStructureType());
                if (child.getAlternateDescription() != null) {
                    alts.add(child.getAlternateDescription());
                }
                collect(child, types, alts);
            }
        }
    }

    static byte[] logo() throws java.io.IOException {
        return java.nio.file.Files.readAllBytes(java.nio.file.Path.of("courses/eksempelkurs/logo.png"));
    }
}
