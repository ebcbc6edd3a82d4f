package no.medvirk.catalog.source;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import no.medvirk.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A course as its folder under courses/ describes it, checked and complete. */
public record CourseSource(
        String id,
        LocalizedText title,
        LocalizedText summary,
        List<String> audiences,
        List<String> levels,
        int estimatedMinutes,
        List<LocalizedText> objectives,
        List<String> competence,
        String licence,
        List<String> authors,
        List<Source> sources,
        List<Module> modules,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Certificate certificate,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String packageZip) {

    /**
     * Whether the course is a SCORM package the course folder wraps ({@code package:} in course.yaml, named as the
     * courses folder names it): it then has no modules, and the packages module plays it.
     */
    public boolean wrapsPackage() {
        return packageZip != null;
    }

    /**
     * How the course's certificate looks, within the sober default design: a logo (a PNG or JPEG under courses/,
     * named as the courses folder names it), the issuer printed instead of the learner's organisation, a signature
     * line and an accent colour (#rrggbb). Any of them may be left out.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Certificate(@Nullable String logo, @Nullable String issuer, @Nullable Signer signer,
            @Nullable String accent) {}

    /** The person who signs the certificates: a name and a title in both languages. */
    public record Signer(String name, LocalizedText title) {}

    /** Where the content comes from. */
    public record Source(String title, @Nullable String url, @Nullable String publisher, @Nullable Integer year) {}

    /** A module: lessons and quizzes in order. */
    public record Module(String id, LocalizedText title, List<Item> items) {}

    /** A lesson or a quiz, with the path it was read from (relative to courses/; shared pieces start "shared/"). */
    @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "kind")
    @JsonSubTypes({@JsonSubTypes.Type(Lesson.class), @JsonSubTypes.Type(Quiz.class)})
    public sealed interface Item permits Lesson, Quiz {
        String path();
    }

    /** A lesson: bokmål Markdown with a title in both languages and the minutes it takes. */
    public record Lesson(String path, LocalizedText title, int minutes, List<String> competence, String markdown)
            implements Item {}

    /** A quiz: questions, the share of scored questions to pass, and how many attempts a learner has (0: no limit). */
    public record Quiz(String path, String id, LocalizedText title, double passMark, int attempts,
            List<Question> questions) implements Item {}

    /** A question: single, multiple, true-false (scored) or reflection (unscored). */
    public record Question(String id, String type, String text, List<Option> options, @Nullable Boolean answer,
            @Nullable String feedbackCorrect, @Nullable String feedbackIncorrect, @Nullable String explanation,
            List<String> competence) {

        public boolean scored() {
            return !"reflection".equals(type);
        }
    }

    /** An answer option with the feedback shown after choosing it. */
    public record Option(String text, boolean correct, String feedback) {}
}
