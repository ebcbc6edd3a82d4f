package no.medvirk.catalog.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import no.medvirk.catalog.CourseVersion;
import no.medvirk.catalog.source.CourseSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the player script needs as JSON in the page: the items in order, each quiz's right answers, feedback and
 * pass mark, the course's mastery score and the texts it shows. The right answers are in the package, as they are
 * in any package that scores itself; the platform only learns the score.
 */
final class PlayerData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PlayerData() {}

    static String json(CourseVersion version, PackageFormat format, PackageScoring scoring, Labels labels) {
        CourseSource course = version.course();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("format", format.suffix());
        data.put("courseId", version.courseId());
        data.put("version", version.number());
        data.put("title", course.title().nb());
        data.put("masteryScore", scoring.masteryScore().orElse(null));
        data.put("scoredQuestions", scoring.scoredQuestions());
        List<Map<String, Object>> items = new ArrayList<>();
        List<CourseSource.Item> all = CoursePage.items(course);
        for (int i = 0; i < all.size(); i++) {
            items.add(item(CoursePage.sectionId(i + 1), all.get(i)));
        }
        data.put("items", items);
        data.put("labels", labels.forScript());
        return JSON.writeValueAsString(data);
    }

    private static Map<String, Object> item(String id, CourseSource.Item item) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id);
        data.put("title", CoursePage.title(item));
        if (item instanceof CourseSource.Quiz quiz) {
            data.put("kind", "quiz");
            data.put("passMark", quiz.passMark());
            data.put("attempts", quiz.attempts());
            data.put("questions", quiz.questions().stream().map(PlayerData::question).toList());
        } else {
            data.put("kind", "lesson");
        }
        return data;
    }

    private static Map<String, Object> question(CourseSource.Question question) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", question.id());
        data.put("type", question.type());
        switch (question.type()) {
            case "single", "multiple" -> {
                List<CourseSource.Option> options = question.options();
                data.put("correct", IntStream.range(0, options.size()).filter(i -> options.get(i).correct()).boxed()
                        .toList());
                data.put("feedback", options.stream().map(CourseSource.Option::feedback).toList());
            }
            case "true-false" -> {
                data.put("answer", question.answer());
                data.put("feedbackCorrect", question.feedbackCorrect());
                data.put("feedbackIncorrect", question.feedbackIncorrect());
            }
            default -> {
                return data;
            }
        }
        data.put("explanation", question.explanation());
        return data;
    }
}
