package no.medvirk.shared;

/**
 * Text for CSV files that spreadsheets open: a text starting with = + - @ or a tab or carriage return would be taken
 * for a formula (CSV injection, OWASP), so it gets a leading apostrophe. Shared by every module that exports.
 */
public final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {}

    public static String neutralised(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
