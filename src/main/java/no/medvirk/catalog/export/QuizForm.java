package no.medvirk.catalog.export;

import java.util.List;
import no.medvirk.catalog.source.CourseSource;
import org.jsoup.nodes.Element;

/**
 * A quiz as an HTML form: each scored question a fieldset whose legend is the question, with radio buttons (single,
 * true/false) or check boxes (multiple); a reflection a labelled text area. Which answers are right is not in the
 * markup: the player script has it in the page's data, scores the form and writes the feedback.
 */
final class QuizForm {

    private final Labels labels;

    QuizForm(Labels labels) {
        this.labels = labels;
    }

    void append(Element section, String id, CourseSource.Quiz quiz) {
        section.appendElement("p").addClass("quiz-intro").text(labels.get("export.pass-mark",
                Math.round(quiz.passMark() * 100)));
        Element form = section.appendElement("form").addClass("quiz-form").attr("novalidate", "")
                .attr("data-quiz", id);
        int number = 0;
        for (CourseSource.Question question : quiz.questions()) {
            number++;
            String questionId = id + "-q" + number;
            Element block = question.scored() ? choices(form, questionId, question, number)
                    : reflection(form, questionId, question, number);
            block.addClass("question").attr("data-question", question.id());
            block.appendElement("div").addClass("feedback").attr("id", questionId + "-feedback")
                    .attr("tabindex", "-1").attr("hidden", "");
        }
        Element actions = form.appendElement("div").addClass("quiz-actions");
        actions.appendElement("button").attr("type", "submit").addClass("hand-in").text(labels.get("quiz.hand-in"));
        actions.appendElement("button").attr("type", "button").addClass("retry").attr("hidden", "")
                .text(labels.get("export.retry"));
        form.appendElement("p").addClass("quiz-result").attr("role", "status");
        form.appendElement("p").addClass("quiz-attempts");
    }

    private Element choices(Element form, String id, CourseSource.Question question, int number) {
        Element fieldset = form.appendElement("fieldset");
        Element legend = fieldset.appendElement("legend");
        legend.appendElement("span").addClass("question-number").text(labels.get("quiz.question", number));
        legend.appendElement("span").addClass("question-text").text(question.text());
        boolean truth = "true-false".equals(question.type());
        String type = "multiple".equals(question.type()) ? "checkbox" : "radio";
        List<String> texts = truth ? List.of(labels.get("quiz.true"), labels.get("quiz.false"))
                : question.options().stream().map(CourseSource.Option::text).toList();
        for (int i = 0; i < texts.size(); i++) {
            Element option = fieldset.appendElement("div").addClass("option");
            String inputId = id + "-o" + i;
            option.appendElement("input").attr("type", type).attr("name", id).attr("id", inputId)
                    .attr("value", truth ? String.valueOf(i == 0) : String.valueOf(i));
            option.appendElement("label").attr("for", inputId).text(texts.get(i));
        }
        return fieldset;
    }

    private Element reflection(Element form, String id, CourseSource.Question question, int number) {
        Element block = form.appendElement("div");
        Element label = block.appendElement("label").attr("for", id + "-text");
        label.appendElement("span").addClass("question-number").text(labels.get("quiz.question", number));
        label.appendElement("span").addClass("question-text").text(question.text());
        block.appendElement("p").addClass("hint").attr("id", id + "-hint").text(labels.get("quiz.reflection-help"));
        block.appendElement("textarea").attr("id", id + "-text").attr("name", id).attr("rows", "4")
                .attr("aria-describedby", id + "-hint");
        return block;
    }
}
