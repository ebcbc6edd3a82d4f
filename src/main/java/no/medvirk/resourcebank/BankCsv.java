package no.medvirk.resourcebank;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import no.medvirk.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * Entries of one kind as CSV (RFC 4180, UTF-8 with a byte order mark) and back. Column names are stable English
 * ids, so a file exported in one language imports in the other; lists are separated by semicolons, times are ISO
 * 8601 with an offset. No text may become a formula when a spreadsheet opens the file: text starting with = + - @ or
 * a tab or carriage return gets a leading apostrophe (OWASP), which an import takes off again.
 */
public final class BankCsv {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final List<String> COMMON = List.of("title", "summary", "body", "tags", "audiences", "level",
            "region", "languages");
    private static final Map<EntryKind, List<String>> OWN = Map.of(
            EntryKind.PERSON, List.of("organisation", "person_role", "contact"),
            EntryKind.METHOD, List.of("sources", "examples"),
            EntryKind.THEORY, List.of("sources", "examples"),
            EntryKind.RESOURCE, List.of("link", "licence", "organisation"),
            EntryKind.EVENT, List.of("starts_at", "ends_at", "place", "online_link", "organiser", "capacity",
                    "cancelled"),
            EntryKind.CONSULTATION, List.of("agenda", "questions", "opens_at", "closes_at", "organiser"));

    /** The texts of the user's language: a key from the bundles, with its arguments. */
    @FunctionalInterface
    public interface Texts {
        String get(String key, Object... params);
    }

    private BankCsv() {}

    public static List<String> columns(EntryKind kind) {
        List<String> columns = new ArrayList<>(COMMON);
        columns.addAll(OWN.get(kind));
        return columns;
    }

    public static String neutralised(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    static String restored(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && FORMULA_STARTS.indexOf(text.charAt(1)) >= 0
                ? text.substring(1) : text;
    }

    static byte[] write(EntryKind kind, List<Entry> entries, ZoneId zone) {
        var bytes = new ByteArrayOutputStream();
        List<String> columns = columns(kind);
        try (var printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            bytes.write(BOM);
            printer.printRecord(columns);
            for (Entry entry : entries) {
                Map<String, String> row = row(entry.content(), zone);
                printer.printRecord(columns.stream().map(c -> neutralised(row.getOrDefault(c, ""))).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The rows of a file as entries; a row that breaks a rule fails the file with its line number. */
    static List<EntryForm> read(EntryKind kind, byte[] file) {
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .get();
        List<EntryForm> forms = new ArrayList<>();
        try (var parser = CSVParser.parse(new InputStreamReader(new java.io.ByteArrayInputStream(withoutBom(file)),
                StandardCharsets.UTF_8), format)) {
            if (!parser.getHeaderNames().contains("title")) {
                throw new DomainException("bank.csv.no-title-column");
            }
            for (CSVRecord record : parser) {
                try {
                    forms.add(form(kind, record).check());
                } catch (DomainException | IllegalArgumentException | DateTimeParseException e) {
                    throw new DomainException("bank.csv.bad-row", record.getRecordNumber() + 1,
                            e instanceof DomainException d ? d.messageKey() : e.getMessage());
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new DomainException("bank.csv.unreadable");
        }
        return forms;
    }

    private static byte[] withoutBom(byte[] file) {
        return file.length >= 3 && file[0] == BOM[0] && file[1] == BOM[1] && file[2] == BOM[2]
                ? Arrays.copyOfRange(file, 3, file.length) : file;
    }

    private static Map<String, String> row(EntryForm f, ZoneId zone) {
        var row = new LinkedHashMap<String, String>();
        row.put("title", f.title());
        row.put("summary", f.summary());
        row.put("body", f.body());
        row.put("sources", f.sources());
        row.put("examples", f.examples());
        row.put("tags", String.join(";", f.tags()));
        row.put("audiences", String.join(";", f.audiences()));
        row.put("level", text(f.level()));
        row.put("region", text(f.region()));
        row.put("languages", String.join(";", f.languages()));
        row.put("organisation", f.organisation());
        row.put("person_role", text(f.personRole()));
        row.put("contact", f.contact());
        row.put("link", f.link());
        row.put("licence", text(f.licence()));
        row.put("starts_at", time(f.startsAt(), zone));
        row.put("ends_at", time(f.endsAt(), zone));
        row.put("place", f.place());
        row.put("online_link", f.onlineLink());
        row.put("organiser", f.organiser());
        row.put("capacity", f.capacity() == null ? "" : f.capacity().toString());
        row.put("cancelled", f.cancelled() ? "true" : "");
        row.put("agenda", f.agenda());
        row.put("questions", f.questions());
        row.put("opens_at", time(f.opensAt(), zone));
        row.put("closes_at", time(f.closesAt(), zone));
        return row;
    }

    private static EntryForm form(EntryKind kind, CSVRecord r) {
        return new EntryForm(kind, get(r, "title"), get(r, "summary"), get(r, "body"), get(r, "sources"),
                get(r, "examples"), list(r, "tags"), list(r, "audiences"), blankToNull(get(r, "level")),
                blankToNull(get(r, "region")), list(r, "languages"), get(r, "organisation"),
                blankToNull(get(r, "person_role")), get(r, "contact"), null, get(r, "link"),
                blankToNull(get(r, "licence")), instant(get(r, "starts_at")), instant(get(r, "ends_at")),
                get(r, "place"), get(r, "online_link"), get(r, "organiser"),
                get(r, "capacity").isBlank() ? null : Integer.valueOf(get(r, "capacity").strip()),
                "true".equalsIgnoreCase(get(r, "cancelled").strip()), get(r, "agenda"), get(r, "questions"),
                instant(get(r, "opens_at")), instant(get(r, "closes_at")));
    }

    private static String get(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? restored(record.get(column)) : "";
    }

    private static List<String> list(CSVRecord record, String column) {
        return Arrays.stream(get(record, column).split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }

    private static @Nullable Instant instant(String text) {
        return text.isBlank() ? null : OffsetDateTime.parse(text.strip()).toInstant();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static String time(@Nullable Instant instant, ZoneId zone) {
        return instant == null ? "" : instant.atZone(zone).toOffsetDateTime().toString();
    }
}
