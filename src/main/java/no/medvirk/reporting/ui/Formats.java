package no.medvirk.reporting.ui;

import java.text.NumberFormat;
import java.util.Locale;
import no.medvirk.reporting.Figures;

/** Numbers as the user's language writes them. */
record Formats(Locale locale) {

    String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    String percent(double share) {
        return NumberFormat.getPercentInstance(locale).format(share);
    }

    String hours(Figures figures) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(figures.hours());
    }
}
