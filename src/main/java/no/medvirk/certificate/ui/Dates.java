package no.medvirk.certificate.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import no.medvirk.certificate.Certificates;

/** Dates as the user's language writes them, on Norwegian time. */
final class Dates {

    private Dates() {}

    static String of(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    static String of(Instant instant, Locale locale) {
        return of(LocalDate.ofInstant(instant, Certificates.ZONE), locale);
    }
}
