package no.medvirk.resourcebank.ui;

import java.text.NumberFormat;
import java.util.Locale;

/** A file's size as people read it: kB below a megabyte, else MB with one decimal, in the user's locale. */
final class FileSizes {

    private static final double KB = 1024;
    private static final double MB = KB * 1024;

    private FileSizes() {}

    static String format(long bytes, Locale locale) {
        var number = NumberFormat.getNumberInstance(locale);
        if (bytes < MB) {
            number.setMaximumFractionDigits(0);
            return number.format(Math.max(1, Math.ceil(bytes / KB))) + " kB";
        }
        number.setMinimumFractionDigits(1);
        number.setMaximumFractionDigits(1);
        return number.format(bytes / MB) + " MB";
    }
}
