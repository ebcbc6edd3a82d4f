package no.medvirk.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A report as files: CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheets read the letters right) and XLSX.
 * Names come from people (organisations, units) and course files, so no text may become a formula when a spreadsheet
 * opens the file: in CSV a text starting with = + - @ or a tab or carriage return gets a leading apostrophe; in XLSX
 * every text is written as a text cell, which is never evaluated.
 */
public final class ReportExport {

    /** The texts of the user's language: a key from the bundles, with its arguments. */
    @FunctionalInterface
    public interface Texts {
        String get(String key, Object... params);
    }

    /** A line about what the report covers (period, organisation, course), first in the spreadsheet. */
    public record About(String label, String value) {}

    private ReportExport() {}

    /** Text that a spreadsheet would take for a formula, made plain text by a leading apostrophe (OWASP). */
    public static String neutralised(String text) {
        return no.medvirk.shared.SpreadsheetText.neutralised(text);
    }

    /** One table: the grouping, the row's name and its figures; the totals first. */
    public static byte[] csv(Report report, Texts texts) {
        var bytes = new ByteArrayOutputStream();
        try (var printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.RFC4180)) {
            bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            List<String> header = new ArrayList<>(List.of(texts.get("reports.grouping"), texts.get("reports.name")));
            header.addAll(figureHeaders(texts));
            printer.printRecord(header.stream().map(ReportExport::neutralised).toList());
            printer.printRecord(csvRow(texts.get("reports.total"), texts.get("reports.total"), report.total()));
            for (Report.Section section : report.sections()) {
                for (Report.Row row : section.rows()) {
                    printer.printRecord(csvRow(texts.get(section.grouping().i18nKey()), row.label(), row.figures()));
                }
            }
            if (!report.coverage().isEmpty()) {
                // A second table after an empty line: its columns are not the figures' columns.
                printer.println();
                printer.printRecord(coverageHeaders(texts).stream().map(ReportExport::neutralised).toList());
                for (Coverage.Row row : coverageRows(report.coverage())) {
                    printer.printRecord(neutralised(row.organisation()), neutralised(row.item()),
                            neutralised(row.level()), row.following(), row.achieved(),
                            String.valueOf(Math.round(row.share() * 1000) / 10.0));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A sheet with what the report covers and its totals, then a sheet per grouping. */
    public static byte[] xlsx(Report report, Texts texts, List<About> about) {
        var bytes = new ByteArrayOutputStream();
        try (var workbook = new Workbook(bytes, "Medvirk", "1.0")) {
            Worksheet overview = workbook.newWorksheet(texts.get("reports.sheet.overview"));
            int r = 0;
            for (About line : about) {
                overview.inlineString(r, 0, line.label());
                overview.inlineString(r++, 1, line.value());
            }
            r++;
            header(overview, r++, texts.get("reports.name"), texts);
            row(overview, r, texts.get("reports.total"), report.total());
            for (Report.Section section : report.sections()) {
                Worksheet sheet = workbook.newWorksheet(texts.get(section.grouping().i18nKey()));
                header(sheet, 0, texts.get(section.grouping().i18nKey()), texts);
                int n = 1;
                for (Report.Row row : section.rows()) {
                    row(sheet, n++, row.label(), row.figures());
                }
                sheet.width(0, 40);
            }
            overview.width(0, 40);
            if (!report.coverage().isEmpty()) {
                coverageSheet(workbook.newWorksheet(texts.get("reports.coverage.sheet")), report.coverage(), texts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static List<String> coverageHeaders(Texts texts) {
        return List.of(texts.get("reports.coverage.organisation"), texts.get("reports.coverage.item"),
                texts.get("reports.coverage.level"), texts.get("reports.coverage.following"),
                texts.get("reports.coverage.achieved"), texts.get("reports.coverage.share-percent"));
    }

    /** The totals per item first, then per organisation. */
    private static List<Coverage.Row> coverageRows(Coverage coverage) {
        List<Coverage.Row> rows = new ArrayList<>(coverage.items());
        rows.addAll(coverage.byOrganisation());
        return rows;
    }

    private static void coverageSheet(Worksheet sheet, Coverage coverage, Texts texts) {
        List<String> headers = coverageHeaders(texts);
        for (int c = 0; c < headers.size(); c++) {
            sheet.inlineString(0, c, headers.get(c));
        }
        sheet.range(0, 0, 0, headers.size() - 1).style().bold().set();
        int r = 1;
        for (Coverage.Row row : coverageRows(coverage)) {
            sheet.inlineString(r, 0, row.organisation());
            sheet.inlineString(r, 1, row.item());
            sheet.inlineString(r, 2, row.level());
            sheet.value(r, 3, row.following());
            sheet.value(r, 4, row.achieved());
            sheet.value(r, 5, Math.round(row.share() * 1000) / 10.0);
            r++;
        }
        sheet.width(0, 30);
        sheet.width(1, 60);
        sheet.width(2, 30);
    }

    private static List<String> figureHeaders(Texts texts) {
        return List.of(texts.get("reports.enrolments"), texts.get("reports.completions"),
                texts.get("reports.quiz-attempts"), texts.get("reports.pass-rate-percent"), texts.get("reports.hours"));
    }

    private static List<Object> csvRow(String grouping, String label, Figures figures) {
        Double rate = figures.passRate();
        return List.of(neutralised(grouping), neutralised(label), figures.enrolments(), figures.completions(),
                figures.quizAttempts(), rate == null ? "" : String.valueOf(Math.round(rate * 1000) / 10.0),
                String.valueOf(Math.round(figures.hours() * 10) / 10.0));
    }

    private static void header(Worksheet sheet, int r, String first, Texts texts) {
        sheet.inlineString(r, 0, first);
        List<String> headers = figureHeaders(texts);
        for (int c = 0; c < headers.size(); c++) {
            sheet.inlineString(r, c + 1, headers.get(c));
        }
        sheet.range(r, 0, r, headers.size()).style().bold().set();
    }

    private static void row(Worksheet sheet, int r, String label, Figures figures) {
        sheet.inlineString(r, 0, label);
        sheet.value(r, 1, figures.enrolments());
        sheet.value(r, 2, figures.completions());
        sheet.value(r, 3, figures.quizAttempts());
        Double rate = figures.passRate();
        if (rate != null) {
            sheet.value(r, 4, Math.round(rate * 1000) / 10.0);
        }
        sheet.value(r, 5, Math.round(figures.hours() * 10) / 10.0);
        sheet.style(r, 5).format("0.0").set();
    }
}
