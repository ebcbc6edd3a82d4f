package no.medvirk.catalog.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.medvirk.shared.Language;
import no.medvirk.shared.MedvirkI18NProvider;

/**
 * The texts of the package's own page and script, from the i18n bundles in bokmål: the language the lessons and
 * questions are written in, whoever exports the course.
 */
final class Labels {

    /** The texts the player script shows; patterns with {0} are filled in by the script. */
    static final List<String> SCRIPT = List.of("quiz.right", "quiz.wrong", "quiz.passed", "quiz.failed",
            "quiz.attempts", "player.progress", "player.done", "export.no-attempts-left", "export.exited",
            "export.untracked", "export.no-connection", "export.course-passed", "export.course-completed");

    private final MedvirkI18NProvider i18n;

    Labels(MedvirkI18NProvider i18n) {
        this.i18n = i18n;
    }

    String get(String key, Object... arguments) {
        return i18n.getTranslation(key, Language.NB.locale(), arguments);
    }

    /** The script's texts as patterns, the way the bundle holds them. */
    Map<String, String> forScript() {
        var bundle = MedvirkI18NProvider.bundle(Language.NB);
        Map<String, String> texts = new LinkedHashMap<>();
        SCRIPT.forEach(key -> texts.put(key, bundle.getString(key)));
        return texts;
    }
}
