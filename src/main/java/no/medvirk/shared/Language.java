package no.medvirk.shared;

import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The languages Medvirk speaks: Norwegian bokmål first, English second. */
public enum Language {
    NB(Locale.forLanguageTag("nb-NO")),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Bokmål for Norwegian in any form ("no", "nb", "nn") and for anything else we do not speak. */
    public static Language of(@Nullable Locale locale) {
        if (locale != null && "en".equals(locale.getLanguage())) {
            return EN;
        }
        return NB;
    }

    public static Language ofCode(@Nullable String code) {
        return Arrays.stream(values()).filter(l -> l.code().equalsIgnoreCase(code)).findFirst().orElse(NB);
    }
}
