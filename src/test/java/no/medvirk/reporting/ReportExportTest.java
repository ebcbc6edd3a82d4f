package no.medvirk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** The files hold what the page shows, and no name can turn into a formula in a spreadsheet. */
class ReportExportTest {

    static final ReportExport.Texts TEXTS = (key, params) -> key;

    static final Figures SOME = new Figures(3, 1, 4, 3, Duration.ofMinutes(90));

    static Report report(String organisationName) {
        var filter = new ReportFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), null, null);
        var sections = Arrays.stream(Report.Grouping.values()).map(g -> new Report.Section(g, switch (g) {
            case ORGANISATION -> List.of(new Report.Row("o1", organisationName, SOME),
                    new Report.Row("o2", "Fjordvik kommune", Figures.NONE));
            case COURSE -> List.of(new Report.Row("c1", "Å medvirke", SOME));
            default -> List.<Report.Row>of();
        })).toList();
        return new Report(filter, SOME, sections);
    }

    @Test
    void text_that_a_spreadsheet_would_take_for_a_formula_gets_a_leading_apostrophe() {
        assertThat(ReportExport.neutralised("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(ReportExport.neutralised("+47 99 99 99 99")).isEqualTo("'+47 99 99 99 99");
        assertThat(ReportExport.neutralised("-2+3")).isEqualTo("'-2+3");
        assertThat(ReportExport.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ReportExport.neutralised("\t=1")).isEqualTo("'\t=1");
        assertThat(ReportExport.neutralised("\r=1")).isEqualTo("'\r=1");
        assertThat(ReportExport.neutralised("Fjordvik kommune")).isEqualTo("Fjordvik kommune");
        assertThat(ReportExport.neutralised("Helse = omsorg")).isEqualTo("Helse = omsorg");
        assertThat(ReportExport.neutralised("")).isEmpty();
    }

    @Test
    void the_csv_has_a_header_the_totals_and_a_row_per_row_shown_with_numbers_as_numbers() throws IOException {
        byte[] csv = ReportExport.csv(report("Fjordvik brukerråd"), TEXTS);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = parse(csv);
        assertThat(records.getFirst().values()).containsExactly("reports.grouping", "reports.name",
                "reports.enrolments", "reports.completions", "reports.quiz-attempts", "reports.pass-rate-percent",
                "reports.hours");
        assertThat(records.get(1).values()).containsExactly("reports.total", "reports.total", "3", "1", "4", "75.0",
                "1.5");
        assertThat(records).extracting(r -> r.get(1)).containsSubsequence("Å medvirke", "Fjordvik brukerråd",
                "Fjordvik kommune");
        assertThat(records).filteredOn(r -> r.get(1).equals("Fjordvik kommune")).singleElement()
                .satisfies(r -> assertThat(r.values()).containsExactly("reports.by.organisation", "Fjordvik kommune",
                        "0", "0", "0", "", "0.0"));
    }

    @Test
    void a_name_like_a_formula_is_written_to_csv_as_text() throws IOException {
        byte[] csv = ReportExport.csv(report("=cmd|' /C calc'!A0"), TEXTS);

        assertThat(parse(csv)).extracting(r -> r.get(1)).contains("'=cmd|' /C calc'!A0")
                .doesNotContain("=cmd|' /C calc'!A0");
    }

    @Test
    void the_xlsx_has_an_overview_and_a_sheet_per_grouping_with_numbers_as_numbers() throws IOException {
        byte[] xlsx = ReportExport.xlsx(report("Fjordvik brukerråd"), TEXTS,
                List.of(new ReportExport.About("reports.from", "2026-01-01")));

        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("reports.sheet.overview",
                    "reports.by.month", "reports.by.course", "reports.by.organisation", "reports.by.unit",
                    "reports.by.audience");
            List<Row> overview = sheets.getFirst().read();
            assertThat(overview.getFirst().getCellText(1)).isEqualTo("2026-01-01");
            Row total = overview.getLast();
            assertThat(total.getCellText(0)).isEqualTo("reports.total");
            assertThat(total.getCell(1).getType()).isEqualTo(CellType.NUMBER);
            assertThat(total.getCellAsNumber(1)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(3));
            assertThat(total.getCellAsNumber(4)).hasValueSatisfying(n -> assertThat(n.doubleValue()).isEqualTo(75.0));
            assertThat(total.getCellAsNumber(5)).hasValueSatisfying(n -> assertThat(n.doubleValue()).isEqualTo(1.5));

            List<Row> organisations = sheets.get(3).read();
            assertThat(organisations.getFirst().getCellText(0)).isEqualTo("reports.by.organisation");
            assertThat(organisations).extracting(r -> r.getCellText(0)).containsExactly("reports.by.organisation",
                    "Fjordvik brukerråd", "Fjordvik kommune");
            assertThat(organisations.get(2).getCellText(4)).as("no quizzes, no pass rate").isEmpty();
        }
    }

    @Test
    void a_name_like_a_formula_is_written_to_xlsx_as_a_text_cell_never_a_formula() throws IOException {
        String evil = "=HYPERLINK(\"http://evil.example\",\"Klikk\")";
        byte[] xlsx = ReportExport.xlsx(report(evil), TEXTS, List.of(new ReportExport.About("reports.organisation",
                "+47 12345678")));

        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheets = workbook.getSheets().toList();
            var cell = sheets.get(3).read().get(1).getCell(0);
            assertThat(cell.getType()).isEqualTo(CellType.STRING);
            assertThat(cell.getText()).isEqualTo(evil);
            assertThat(cell.getFormula()).isNull();
            assertThat(sheets.getFirst().read().getFirst().getCell(1).getType()).isEqualTo(CellType.STRING);
        }
    }

    static Report withCoverage(String organisationName) {
        Report report = report(organisationName);
        var coverage = new Coverage(List.of(new Coverage.Row("reports.coverage.all-organisations", "rep-egen-rolle",
                "Vet hva rollen er", "Representanter", 4, 1)), List.of(new Coverage.Row(organisationName,
                "rep-egen-rolle", "Vet hva rollen er", "Representanter", 4, 1)));
        return new Report(report.filter(), report.total(), report.sections(), coverage);
    }

    @Test
    void competence_coverage_follows_the_figures_in_the_csv_as_a_table_of_its_own() throws IOException {
        List<CSVRecord> records = parse(ReportExport.csv(withCoverage("=cmd|' /C calc'!A0"), TEXTS));

        int header = records.stream().map(r -> r.get(0)).toList().indexOf("reports.coverage.organisation");
        assertThat(header).isPositive();
        assertThat(records.get(header).values()).containsExactly("reports.coverage.organisation",
                "reports.coverage.item", "reports.coverage.level", "reports.coverage.following",
                "reports.coverage.achieved", "reports.coverage.share-percent");
        assertThat(records.get(header + 1).values()).containsExactly("reports.coverage.all-organisations",
                "Vet hva rollen er", "Representanter", "4", "1", "25.0");
        assertThat(records.get(header + 2).get(0)).isEqualTo("'=cmd|' /C calc'!A0");
    }

    @Test
    void competence_coverage_has_a_sheet_with_numbers_as_numbers() throws IOException {
        byte[] xlsx = ReportExport.xlsx(withCoverage("Fjordvik brukerråd"), TEXTS, List.of());

        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet coverage = workbook.getSheets().toList().getLast();
            assertThat(coverage.getName()).isEqualTo("reports.coverage.sheet");
            List<Row> rows = coverage.read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(2).getCellText(0)).isEqualTo("Fjordvik brukerråd");
            assertThat(rows.get(2).getCell(3).getType()).isEqualTo(CellType.NUMBER);
            assertThat(rows.get(2).getCellAsNumber(5)).hasValueSatisfying(n -> assertThat(n.doubleValue())
                    .isEqualTo(25.0));
        }
    }

    private static List<CSVRecord> parse(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        try (var parser = CSVFormat.RFC4180.parse(new java.io.StringReader(text))) {
            return parser.getRecords();
        }
    }
}
