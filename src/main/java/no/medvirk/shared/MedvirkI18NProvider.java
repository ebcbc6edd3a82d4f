package no.medvirk.shared;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every user-facing text comes from {@code i18n/messages*.properties}: the bundle without suffix is bokmål, the
 * {@code _en} bundle English. The JVM's default locale never decides which one is read.
 */
@Component
public class MedvirkI18NProvider implements I18NProvider {

    public static final String BUNDLE = "i18n/messages";

    private static final Logger log = LoggerFactory.getLogger(MedvirkI18NProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, @Nullable Locale locale, Object... params) {
        Language language = Language.of(locale);
        try {
            String pattern = bundle(language).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation for '{}' ({})", key, language);
            return "!" + key + "!";
        }
    }

    public static ResourceBundle bundle(Language language) {
        Locale bundleLocale = language == Language.NB ? Locale.ROOT : language.locale();
        return ResourceBundle.getBundle(BUNDLE, bundleLocale, NO_FALLBACK);
    }
}
