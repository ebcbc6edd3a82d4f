package no.medvirk.catalog.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads a quiz: questions of four kinds, feedback per option, explanations, the pass mark and the attempts. */
final class QuizReader {

    static final Set<String> QUIZ = Set.of("id", "title", "passMark", "attempts", "questions");
    static final Set<String> QUESTION = Set.of("id", "type", "text", "options", "answer", "feedback", "explanation",
            "competence");
    static final Set<String> TYPES = Set.of("single", "multiple", "true-false", "reflection");

    private final SourceFiles files;
    private final List<SourceProblem> problems;
    private final CompetenceIds competenceIds;

    QuizReader(SourceFiles files, List<SourceProblem> problems, CompetenceIds competenceIds) {
        this.files = files;
        this.problems = problems;
        this.competenceIds = competenceIds;
    }

    CourseSource.@Nullable Quiz read(String path) {
        String text = files.read(path).orElse(null);
        var yaml = new YamlFile(path, 0, problems);
        MappingNode map = text == null ? null : yaml.parse(text);
        if (map == null) {
            return null;
        }
        var entries = yaml.entries(map, QUIZ);
        String id = Ids.require(yaml, entries, map, "id");
        var title = yaml.localized(entries, map, "title");
        double passMark = passMark(yaml, entries, map);
        int attempts = attempts(yaml, entries, map);
        List<CourseSource.Question> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node node : yaml.list(entries, map, "questions", true)) {
            CourseSource.Question question = question(yaml, node);
            if (question != null) {
                if (!ids.add(question.id())) {
                    yaml.problem(node, "Spørsmålet «" + question.id() + "» finnes to ganger. Gi hvert spørsmål sin "
                            + "egen id.");
                }
                questions.add(question);
            }
        }
        if (!questions.isEmpty() && questions.stream().noneMatch(CourseSource.Question::scored)) {
            yaml.problem(map, "Quizen trenger minst ett spørsmål med riktig svar (single, multiple eller "
                    + "true-false), ellers kan ingen bestå den.");
        }
        return new CourseSource.Quiz(path, id, title, passMark, attempts, questions);
    }

    private static double passMark(YamlFile yaml, Map<String, Node> entries, Node owner) {
        String value = yaml.text(entries, owner, "passMark", true);
        try {
            double mark = value == null ? 1 : Double.parseDouble(value);
            if (mark > 0 && mark <= 1) {
                return mark;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        yaml.problem(entries.getOrDefault("passMark", owner), "«passMark» må være en andel over 0 og høyst 1, "
                + "for eksempel 0.8 for 80 prosent.");
        return 1;
    }

    /** A number of attempts, or "unlimited" (0). */
    private static int attempts(YamlFile yaml, Map<String, Node> entries, Node owner) {
        Node node = entries.get("attempts");
        if (node instanceof ScalarNode scalar && scalar.getValue().equals("unlimited")) {
            return 0;
        }
        return yaml.integer(entries, owner, "attempts", 1, 100);
    }

    private CourseSource.@Nullable Question question(YamlFile yaml, Node node) {
        if (!(node instanceof MappingNode map)) {
            yaml.problem(node, "Hvert spørsmål må ha id, type og text.");
            return null;
        }
        var entries = yaml.entries(map, QUESTION);
        String id = Ids.require(yaml, entries, map, "id");
        String type = yaml.text(entries, map, "type", true);
        if (type != null && !TYPES.contains(type)) {
            yaml.problem(entries.get("type"), "Ukjent spørsmålstype «" + type + "». Bruk single, multiple, "
                    + "true-false eller reflection.");
            return null;
        }
        String text = yaml.text(entries, map, "text", true);
        List<String> competence = competenceIds.read(yaml, entries, map);
        boolean scored = !"reflection".equals(type);
        String explanation = yaml.text(entries, map, "explanation", scored);
        List<CourseSource.Option> options = new ArrayList<>();
        Boolean answer = null;
        String correct = null;
        String incorrect = null;
        if ("single".equals(type) || "multiple".equals(type)) {
            options = options(yaml, entries, map, type);
        } else if ("true-false".equals(type)) {
            answer = yaml.bool(entries, map, "answer", true);
            Node feedback = entries.get("feedback");
            if (feedback instanceof MappingNode feedbackMap) {
                var texts = yaml.entries(feedbackMap, Set.of("correct", "incorrect"));
                correct = yaml.text(texts, feedback, "correct", true);
                incorrect = yaml.text(texts, feedback, "incorrect", true);
            } else {
                yaml.problem(feedback == null ? map : feedback, "Et sant/usant-spørsmål trenger «feedback» med "
                        + "«correct» og «incorrect».");
            }
        } else if (entries.containsKey("options") || entries.containsKey("answer")) {
            yaml.problem(map, "Et refleksjonsspørsmål har ikke svaralternativer eller fasit.");
        }
        return new CourseSource.Question(id, type == null ? "" : type, text == null ? "" : text, options, answer,
                correct, incorrect, explanation, competence);
    }

    private static List<CourseSource.Option> options(YamlFile yaml, Map<String, Node> entries, Node owner,
            String type) {
        List<CourseSource.Option> options = new ArrayList<>();
        for (Node node : yaml.list(entries, owner, "options", true)) {
            if (!(node instanceof MappingNode map)) {
                yaml.problem(node, "Hvert svaralternativ må ha text, correct og feedback.");
                continue;
            }
            var option = yaml.entries(map, Set.of("text", "correct", "feedback"));
            String text = yaml.text(option, map, "text", true);
            Boolean correct = yaml.bool(option, map, "correct", true);
            String feedback = yaml.text(option, map, "feedback", true);
            options.add(new CourseSource.Option(text == null ? "" : text, Boolean.TRUE.equals(correct),
                    feedback == null ? "" : feedback));
        }
        long right = options.stream().filter(CourseSource.Option::correct).count();
        if (options.size() < 2) {
            yaml.problem(owner, "Spørsmålet trenger minst to svaralternativer.");
        } else if ("single".equals(type) && right != 1) {
            yaml.problem(owner, "Et single-spørsmål skal ha nøyaktig ett riktig svar (correct: true), ikke " + right + ".");
        } else if ("multiple".equals(type) && right == 0) {
            yaml.problem(owner, "Et multiple-spørsmål trenger minst ett riktig svar (correct: true).");
        }
        return options;
    }
}
