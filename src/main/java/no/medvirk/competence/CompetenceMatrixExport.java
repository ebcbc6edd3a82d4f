package no.medvirk.competence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import no.medvirk.shared.Language;
import no.medvirk.shared.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A leader's overview as files, the same way the reports are written: CSV (RFC 4180, UTF-8 with a byte order mark)
 * with every text that could start a formula neutralised, and XLSX where every text is a text cell, never evaluated.
 * One line per person, one column per item; each cell says the status in words, so nothing rests on colour.
 */
public final class CompetenceMatrixExport {

    /** The texts of the user's language: a key from the bundles, with its arguments. */
    @FunctionalInterface
    public interface Texts {
        String get(String key, Object... params);
    }

    private CompetenceMatrixExport() {}

    /** What a cell says: the status, when it expires soon or expired the date, or that the item is not followed. */
    public static String cell(CompetenceMatrix.Row row, Item item, CompetenceMatrix matrix, Texts texts,
            DateTimeFormatter dates) {
        if (!row.follows(item.id())) {
            return texts.get("competence-overview.not-followed");
        }
        ItemStatus status = row.status(item.id());
        if (status.expiresSoon(matrix.now()) && status.expiresAt() != null) {
            return texts.get("competence-overview.expires-soon-on", dates.format(status.expiresAt()));
        }
        if (status.status() == ItemStatus.Status.EXPIRED && status.expiresAt() != null) {
            return texts.get("competence-overview.expired-on", dates.format(status.expiresAt()));
        }
        return texts.get(statusKey(status.status()));
    }

    public static String statusKey(ItemStatus.Status status) {
        return "competence-overview." + status.i18nKey().substring("competence.".length());
    }

    public static byte[] csv(CompetenceMatrix matrix, Texts texts, Language language, ZoneId zone) {
        DateTimeFormatter dates = DateTimeFormatter.ISO_LOCAL_DATE.withZone(zone);
        var bytes = new ByteArrayOutputStream();
        try (var printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.RFC4180)) {
            bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            printer.printRecord(header(matrix, texts, language).stream().map(SpreadsheetText::neutralised).toList());
            for (CompetenceMatrix.Row row : matrix.rows()) {
                List<String> line = new ArrayList<>(List.of(row.unit().name(), row.fullName()));
                matrix.items().forEach(item -> line.add(cell(row, item, matrix, texts, dates)));
                printer.printRecord(line.stream().map(SpreadsheetText::neutralised).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A sheet with the matrix, frozen at the names and headings, and a sheet naming each item in full. */
    public static byte[] xlsx(CompetenceMatrix matrix, Texts texts, Language language, ZoneId zone) {
        DateTimeFormatter dates = DateTimeFormatter.ISO_LOCAL_DATE.withZone(zone);
        var bytes = new ByteArrayOutputStream();
        try (var workbook = new Workbook(bytes, "Medvirk", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(texts.get("competence-overview.sheet.matrix"));
            List<String> header = header(matrix, texts, language);
            for (int c = 0; c < header.size(); c++) {
                sheet.inlineString(0, c, header.get(c));
            }
            sheet.range(0, 0, 0, header.size() - 1).style().bold().wrapText(true).set();
            sheet.freezePane(2, 1);
            sheet.width(0, 30);
            sheet.width(1, 30);
            for (int c = 2; c < header.size(); c++) {
                sheet.width(c, 24);
            }
            int r = 1;
            for (CompetenceMatrix.Row row : matrix.rows()) {
                sheet.value(r, 0, row.unit().name());
                sheet.value(r, 1, row.fullName());
                int c = 2;
                for (Item item : matrix.items()) {
                    sheet.value(r, c++, cell(row, item, matrix, texts, dates));
                }
                r++;
            }
            Worksheet items = workbook.newWorksheet(texts.get("competence-overview.sheet.items"));
            items.inlineString(0, 0, texts.get("competence-overview.item-id"));
            items.inlineString(0, 1, texts.get("competence-overview.level"));
            items.inlineString(0, 2, texts.get("competence-overview.item"));
            items.range(0, 0, 0, 2).style().bold().set();
            int n = 1;
            for (Item item : matrix.items()) {
                items.inlineString(n, 0, item.id());
                items.inlineString(n, 1, levelTitle(matrix, item, language));
                items.inlineString(n++, 2, item.text().in(language));
            }
            items.width(0, 30);
            items.width(1, 40);
            items.width(2, 80);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static List<String> header(CompetenceMatrix matrix, Texts texts, Language language) {
        List<String> header = new ArrayList<>(List.of(texts.get("competence-overview.unit"),
                texts.get("competence-overview.person")));
        matrix.items().forEach(item -> header.add(item.text().in(language)));
        return header;
    }

    private static String levelTitle(CompetenceMatrix matrix, Item item, Language language) {
        return matrix.levels().stream()
                .filter(l -> l.ref().equals(new LevelRef(item.frameworkId(), item.levelId())))
                .map(l -> l.title().in(language)).findFirst().orElse(item.levelId());
    }
}
