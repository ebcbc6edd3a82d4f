package no.medvirk.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.medvirk.catalog.source.CourseSource;
import no.medvirk.learning.Enrolment;
import no.medvirk.learning.Enrolments;
import no.medvirk.learning.QuizScoring;
import no.medvirk.shared.DomainException;

/**
 * A quiz in the player. Each scored question can be checked at once ("Sjekk svaret": its feedback and explanation
 * show and the answer is recorded and locked for this attempt); handing in scores them all, shows the feedback of
 * the rest, the score and whether the pass mark was reached. A checked answer's feedback gets the focus; the result
 * is announced (role status).
 */
class QuizPanel extends Div {

    private final Enrolments enrolments;
    private final Enrolment enrolment;
    private final CourseSource.Quiz quiz;
    private final Map<String, Supplier<QuizScoring.Answer>> answers = new HashMap<>();
    private final Map<String, HasValue<?, ?>> fields = new HashMap<>();
    private final Map<String, Button> checks = new HashMap<>();
    private final Map<String, Div> feedback = new HashMap<>();
    private final Set<String> answeredAlready = new HashSet<>();
    private final Paragraph result = new Paragraph();

    QuizPanel(Enrolments enrolments, Enrolment enrolment, CourseSource.Quiz quiz, Runnable onHandedIn) {
        this.enrolments = enrolments;
        this.enrolment = enrolment;
        this.quiz = quiz;
        addClassName("quiz");
        int number = 0;
        for (CourseSource.Question question : quiz.questions()) {
            number++;
            add(question(question, number));
        }
        result.getElement().setAttribute("role", "status");
        var handIn = new Button(getTranslation("quiz.hand-in"));
        handIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        handIn.addClickListener(click -> {
            Map<String, QuizScoring.Answer> given = new HashMap<>();
            answers.forEach((id, answer) -> given.put(id, answer.get()));
            try {
                var scored = enrolments.handIn(enrolment, quiz, given, answeredAlready);
                show(scored, given);
                if (!scored.passed()) {
                    newAttempt();
                }
                onHandedIn.run();
            } catch (DomainException e) {
                result.setText(getTranslation(e.messageKey(), e.arguments()));
            }
        });
        add(handIn, result);
        if (quiz.attempts() > 0) {
            add(new Paragraph(getTranslation("quiz.attempts", quiz.attempts() - enrolments.attemptsUsed(enrolment, quiz))));
        }
    }

    private Section question(CourseSource.Question question, int number) {
        var section = new Section(new H2(getTranslation("quiz.question", number)));
        section.addClassName("quiz-question");
        Component field = switch (question.type()) {
            case "single" -> {
                var radio = new RadioButtonGroup<Integer>(question.text());
                radio.setItems(indexes(question));
                radio.setItemLabelGenerator(i -> question.options().get(i).text());
                answers.put(question.id(), () -> QuizScoring.Answer.choices(radio.getValue() == null ? Set.of()
                        : Set.of(radio.getValue())));
                yield radio;
            }
            case "multiple" -> {
                var boxes = new CheckboxGroup<Integer>(question.text());
                boxes.setItems(indexes(question));
                boxes.setItemLabelGenerator(i -> question.options().get(i).text());
                answers.put(question.id(), () -> QuizScoring.Answer.choices(Set.copyOf(boxes.getValue())));
                yield boxes;
            }
            case "true-false" -> {
                var radio = new RadioButtonGroup<Boolean>(question.text());
                radio.setItems(true, false);
                radio.setItemLabelGenerator(b -> getTranslation(b ? "quiz.true" : "quiz.false"));
                answers.put(question.id(), () -> radio.getValue() == null ? QuizScoring.Answer.choices(Set.of())
                        : QuizScoring.Answer.truth(radio.getValue()));
                yield radio;
            }
            default -> {
                var text = new TextArea(question.text());
                text.setHelperText(getTranslation("quiz.reflection-help"));
                text.setWidthFull();
                answers.put(question.id(), () -> QuizScoring.Answer.reflection(text.getValue()));
                yield text;
            }
        };
        fields.put(question.id(), (HasValue<?, ?>) field);
        var after = new Div();
        after.addClassName("quiz-feedback");
        after.getElement().setAttribute("tabindex", "-1");
        feedback.put(question.id(), after);
        section.add(field);
        if (question.scored()) {
            var check = new Button(getTranslation("quiz.check"), click -> check(question));
            check.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            check.getElement().setAttribute("aria-label", getTranslation("quiz.check-question", number));
            checks.put(question.id(), check);
            section.add(check);
        }
        section.add(after);
        return section;
    }

    /** One question checked before handing in: feedback at once, the answer recorded and kept for this attempt. */
    private void check(CourseSource.Question question) {
        QuizScoring.Answer answer = answers.get(question.id()).get();
        Div after = feedback.get(question.id());
        if (answer.chosen().isEmpty() && answer.truth() == null) {
            after.removeAll();
            after.add(new Paragraph(getTranslation("quiz.choose-first")));
            after.getElement().executeJs("this.focus()");
            return;
        }
        boolean right = enrolments.answer(enrolment, quiz, question, answer);
        answeredAlready.add(question.id());
        fields.get(question.id()).setReadOnly(true);
        checks.get(question.id()).setEnabled(false);
        showFeedback(question, right, answer);
        // The button is now disabled: focus goes to the feedback, which a screen reader then reads.
        feedback.get(question.id()).getElement().executeJs("this.focus()");
    }

    private void show(QuizScoring.Result scored, Map<String, QuizScoring.Answer> given) {
        for (CourseSource.Question question : quiz.questions()) {
            if (question.scored()) {
                showFeedback(question, scored.correct().getOrDefault(question.id(), false), given.get(question.id()));
            }
        }
        int percent = (int) Math.round(scored.scaled() * 100);
        result.setText(getTranslation(scored.passed() ? "quiz.passed" : "quiz.failed", percent,
                (int) Math.round(quiz.passMark() * 100)));
    }

    private void showFeedback(CourseSource.Question question, boolean right,
            QuizScoring.@org.jspecify.annotations.Nullable Answer answer) {
        Div after = feedback.get(question.id());
        after.removeAll();
        after.add(new Paragraph(getTranslation(right ? "quiz.right" : "quiz.wrong")));
        feedbackFor(question, right, answer).forEach(text -> after.add(new Paragraph(text)));
        if (question.explanation() != null) {
            after.add(new Paragraph(question.explanation()));
        }
    }

    /** After a failed hand-in the learner may try again: every answer open, and checkable, once more. */
    private void newAttempt() {
        answeredAlready.clear();
        fields.values().forEach(field -> field.setReadOnly(false));
        checks.values().forEach(check -> check.setEnabled(true));
    }

    /** The feedback written for what the learner chose: per option, or for a right or wrong true/false. */
    private static List<String> feedbackFor(CourseSource.Question question, boolean right,
            QuizScoring.@org.jspecify.annotations.Nullable Answer answer) {
        if ("true-false".equals(question.type())) {
            String text = right ? question.feedbackCorrect() : question.feedbackIncorrect();
            return text == null ? List.of() : List.of(text);
        }
        if (answer == null) {
            return List.of();
        }
        return answer.chosen().stream().sorted().map(i -> question.options().get(i).feedback())
                .collect(Collectors.toList());
    }

    private static List<Integer> indexes(CourseSource.Question question) {
        return IntStream.range(0, question.options().size()).boxed().toList();
    }
}
