package no.medvirk.reporting.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.text.DateFormatSymbols;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Date pickers that speak the user's language: month and day names from the locale, buttons from the bundles. */
final class PeriodPicker {

    private PeriodPicker() {}

    static DatePicker of(String label, Locale locale) {
        var picker = new DatePicker(label);
        picker.setLocale(locale);
        var symbols = DateFormatSymbols.getInstance(locale);
        // Sunday first, as the component expects; the week starts on Monday in Norway and in the ISO calendar.
        List<DayOfWeek> week = Stream.concat(Stream.of(DayOfWeek.SUNDAY),
                Arrays.stream(DayOfWeek.values()).limit(6)).toList();
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(week.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(week.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(1)
                .setToday(picker.getTranslation("reports.today"))
                .setCancel(picker.getTranslation("reports.cancel"))
                .setBadInputErrorMessage(picker.getTranslation("reports.bad-date")));
        return picker;
    }
}
