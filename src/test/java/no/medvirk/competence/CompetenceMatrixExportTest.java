package no.medvirk.competence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import no.medvirk.identity.OrganisationId;
import no.medvirk.identity.PersonId;
import no.medvirk.identity.UnitDetails;
import no.medvirk.identity.UnitId;
import no.medvirk.shared.Language;
import no.medvirk.shared.LocalizedText;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The overview's files say each status in words, flag what expires soon, and let no name become a formula. */
class CompetenceMatrixExportTest {

    static final CompetenceMatrixExport.Texts KEYS = (key, params) -> params.length == 0 ? key
            : key + " " + String.join(" ", Arrays.stream(params).map(String::valueOf).toList());
    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    static final Framework.Source SOURCE = new Framework.Source("s", "Kilde", null, null, null);
    static final Item FIRST = new Item("a", "f", "l", new LocalizedText("Første punkt", "First item"), SOURCE);
    static final Item SECOND = new Item("b", "f", "l", new LocalizedText("Andre punkt", "Second item"), SOURCE);
    static final Item THIRD = new Item("c", "f", "l2", new LocalizedText("=Tredje", "=Third"), SOURCE);

    static CompetenceMatrix matrix(String name) {
        var unit = new UnitDetails(new UnitId(UUID.randomUUID()), new OrganisationId(UUID.randomUUID()), "Kommune",
                null, "@Enhet");
        var soon = new ItemStatus("a", ItemStatus.Status.ACHIEVED, NOW.minus(1000, ChronoUnit.DAYS),
                NOW.plus(10, ChronoUnit.DAYS), Set.of(EvidenceKind.COURSE));
        var expired = new ItemStatus("b", ItemStatus.Status.EXPIRED, NOW.minus(2000, ChronoUnit.DAYS),
                Instant.parse("2026-05-01T12:00:00Z"), Set.of(EvidenceKind.COURSE));
        var row = new CompetenceMatrix.Row(new PersonId(UUID.randomUUID()), name, unit, Set.of("a", "b"),
                Map.of("a", soon, "b", expired));
        var other = new CompetenceMatrix.Row(new PersonId(UUID.randomUUID()), "Nina Ny", unit, Set.of("a", "b"),
                Map.of());
        var level = new CompetenceMatrix.FollowedLevel(new LevelRef("f", "l"), new LocalizedText("R", "F"),
                new LocalizedText("Nivå", "Level"));
        return new CompetenceMatrix(NOW, MatrixFilter.ALL, List.of(unit), List.of(level), List.of(FIRST, SECOND, THIRD),
                List.of(row, other));
    }

    @Test
    void the_csv_has_a_line_per_person_with_each_status_in_words_and_formulas_neutralised() throws IOException {
        byte[] csv = CompetenceMatrixExport.csv(matrix("=HYPERLINK(\"http://x\")"), KEYS, Language.NB,
                ZoneOffset.UTC);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = parse(csv);
        assertThat(records.getFirst().values()).containsExactly("competence-overview.unit",
                "competence-overview.person", "Første punkt", "Andre punkt", "'=Tredje");
        assertThat(records.get(1).values()).containsExactly("'@Enhet", "'=HYPERLINK(\"http://x\")",
                "competence-overview.expires-soon-on 2026-06-11", "competence-overview.expired-on 2026-05-01",
                "competence-overview.not-followed");
        assertThat(records.get(2).values()).containsExactly("'@Enhet", "Nina Ny",
                "competence-overview.status.not-started", "competence-overview.status.not-started",
                "competence-overview.not-followed");
    }

    @Test
    void the_xlsx_has_the_matrix_as_text_cells_and_a_sheet_naming_the_items() throws IOException {
        byte[] xlsx = CompetenceMatrixExport.xlsx(matrix("=1+2"), KEYS, Language.EN, ZoneOffset.UTC);

        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheets = workbook.getSheets().toList();
            // A sheet's name has at most 31 characters: fastexcel cuts the longer key.
            assertThat(sheets).extracting(s -> s.getName()).containsExactly("competence-overview.sheet.matri",
                    "competence-overview.sheet.items");
            List<Row> rows = rows(sheets.getFirst());
            assertThat(rows.getFirst().getCellText(2)).isEqualTo("First item");
            assertThat(rows.get(1).getCell(1).getType()).isEqualTo(CellType.STRING);
            assertThat(rows.get(1).getCellText(1)).isEqualTo("=1+2");
            assertThat(rows.get(1).getCellText(2)).isEqualTo("competence-overview.expires-soon-on 2026-06-11");
            assertThat(rows.get(2).getCellText(3)).isEqualTo("competence-overview.status.not-started");
            List<Row> items = rows(sheets.get(1));
            assertThat(items).hasSize(4);
            assertThat(items.get(1).getCellText(0)).isEqualTo("a");
            assertThat(items.get(1).getCellText(1)).isEqualTo("Level");
            assertThat(items.get(3).getCellText(2)).isEqualTo("=Third");
            assertThat(items.get(3).getCell(2).getType()).isEqualTo(CellType.STRING);
        }
    }

    private static List<Row> rows(org.dhatim.fastexcel.reader.Sheet sheet) throws IOException {
        try (Stream<Row> stream = sheet.openStream()) {
            return stream.toList();
        }
    }

    private static List<CSVRecord> parse(byte[] csv) throws IOException {
        var reader = new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.parse(reader).getRecords();
    }
}
