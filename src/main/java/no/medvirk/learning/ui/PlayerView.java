package no.medvirk.learning.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import no.medvirk.catalog.LessonHtml;
import no.medvirk.catalog.source.CourseSource;
import no.medvirk.identity.PersonId;
import no.medvirk.identity.Role;
import no.medvirk.learning.Enrolment;
import no.medvirk.learning.Enrolments;
import no.medvirk.shared.CurrentUser;
import no.medvirk.shared.DomainException;
import no.medvirk.shared.Language;

/**
 * The lesson player: one lesson at a time with the way back and on, a table of contents and a progress bar. Opening
 * a lesson records it as experienced; without a lesson number the learner goes on where they left off, on any
 * device, because what is done is read from the LRS.
 */
@Route("kurs/:courseId/laer/:lesson?")
@RolesAllowed(Role.Names.LEARNER)
public class PlayerView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final Enrolments enrolments;
    private final LessonHtml lessonHtml;
    private final CurrentUser currentUser;
    private final Clock clock;
    private String title = "";
    private Enrolment enrolment;
    private Instant sessionStart = Instant.EPOCH;

    public PlayerView(Enrolments enrolments, LessonHtml lessonHtml, CurrentUser currentUser, Clock clock) {
        this.enrolments = enrolments;
        this.lessonHtml = lessonHtml;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("page");
        addClassName("player");
        // Leaving the player (another page, closing the tab, the session ending) ends the learning session.
        addDetachListener(detach -> endSession());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseId = event.getRouteParameters().get("courseId").orElse("");
        Enrolment enrolment;
        try {
            enrolment = enrolments.start(new PersonId(currentUser.requirePersonId()), courseId);
        } catch (DomainException e) {
            throw new NotFoundException();
        }
        var version = enrolments.version(enrolment);
        if (version.course().wrapsPackage()) {
            // A course that wraps a SCORM package is played by the packages module's player, found by its address.
            event.forwardTo("kurs/" + courseId + "/pakke");
            return;
        }
        List<CourseSource.Item> lessons = Enrolments.items(version);
        if (lessons.isEmpty()) {
            throw new NotFoundException();
        }
        Set<String> doneBefore = enrolments.done(enrolment);
        int index = event.getRouteParameters().getInteger("lesson").map(n -> n - 1)
                .orElseGet(() -> firstNotDone(lessons, doneBefore));
        if (index < 0 || index >= lessons.size()) {
            throw new NotFoundException();
        }
        if (this.enrolment == null || !this.enrolment.id().equals(enrolment.id())) {
            endSession();
            enrolments.initialized(enrolment);
            sessionStart = clock.instant();
        }
        this.enrolment = enrolment;
        // What is done now is what was done plus this lesson: no second read of the registration's statements.
        Set<String> done = new java.util.HashSet<>(doneBefore);
        if (lessons.get(index) instanceof CourseSource.Lesson lesson) {
            enrolments.experienced(enrolment, lesson.path(), doneBefore);
            done.add(lesson.path());
        }
        show(courseId, version.id(), version.course(), lessons, index, done);
    }

    private void show(String courseId, java.util.UUID versionId, CourseSource course, List<CourseSource.Item> lessons,
            int index, Set<String> done) {
        Language language = Language.of(getLocale());
        CourseSource.Item item = lessons.get(index);
        title = titleOf(item).in(language);
        removeAll();
        var progress = new ProgressBar(0, lessons.size(), done.size());
        progress.getElement().setAttribute("aria-label", getTranslation("player.progress-label"));
        var progressText = new Span(getTranslation("player.progress", done.size(), lessons.size()));
        var header = new Div(coursePage(courseId, course.title().in(language)), progress, progressText);
        header.addClassName("player-header");
        // A new lesson starts at its top, with focus on its heading, as a new page would for a screen reader.
        var heading = new H1(title);
        heading.getElement().setAttribute("tabindex", "-1");
        heading.getElement().executeJs("this.scrollIntoView({block: 'end'}); this.focus({preventScroll: true});");
        add(header, heading);
        switch (item) {
            case CourseSource.Lesson lesson -> add(new Paragraph(getTranslation("player.position", index + 1,
                    lessons.size(), lesson.minutes())), new Html(lessonHtml.html(lesson, versionId)));
            case CourseSource.Quiz quiz -> add(new Paragraph(getTranslation("player.quiz-position", index + 1,
                    lessons.size(), (int) Math.round(quiz.passMark() * 100))), new QuizPanel(enrolments, enrolment,
                    quiz, () -> updateProgress(progress, progressText, lessons.size())));
        }
        add(navigation(courseId, lessons, index), contents(courseId, lessons, index, done, language));
    }

    private void endSession() {
        if (enrolment != null) {
            enrolments.terminated(enrolment, Duration.between(sessionStart, clock.instant()));
            enrolment = null;
        }
    }

    private void updateProgress(ProgressBar bar, Span text, int total) {
        int done = enrolments.done(enrolment).size();
        bar.setValue(done);
        text.setText(getTranslation("player.progress", done, total));
    }

    private static no.medvirk.shared.LocalizedText titleOf(CourseSource.Item item) {
        return switch (item) {
            case CourseSource.Lesson lesson -> lesson.title();
            case CourseSource.Quiz quiz -> quiz.title();
        };
    }

    private Nav navigation(String courseId, List<CourseSource.Item> lessons, int index) {
        var nav = new Nav();
        nav.getElement().setAttribute("aria-label", getTranslation("player.navigation"));
        nav.addClassName("player-navigation");
        if (index > 0) {
            nav.add(link(courseId, index, getTranslation("player.previous")));
        }
        if (index + 1 < lessons.size()) {
            nav.add(link(courseId, index + 2, getTranslation("player.next")));
        } else {
            nav.add(coursePage(courseId, getTranslation("player.back-to-course")));
        }
        return nav;
    }

    private Details contents(String courseId, List<CourseSource.Item> lessons, int index, Set<String> done,
            Language language) {
        var list = new OrderedList();
        for (int i = 0; i < lessons.size(); i++) {
            CourseSource.Item lesson = lessons.get(i);
            String label = titleOf(lesson).in(language) + (done.contains(lesson.path())
                    ? " (" + getTranslation("player.done") + ")" : "");
            var item = i == index ? new ListItem(new Span(label)) : new ListItem(link(courseId, i + 1, label));
            if (i == index) {
                item.getElement().setAttribute("aria-current", "page");
            }
            list.add(item);
        }
        return new Details(getTranslation("player.contents"), list);
    }

    /** The course's page is in the catalog module's UI: linked by its address, as the router knows it. */
    private static Anchor coursePage(String courseId, String text) {
        var anchor = new Anchor("kurs/" + courseId, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }

    private static RouterLink link(String courseId, int lessonNumber, String text) {
        return new RouterLink(text, PlayerView.class,
                new RouteParameters(java.util.Map.of("courseId", courseId, "lesson", String.valueOf(lessonNumber))));
    }

    private static int firstNotDone(List<CourseSource.Item> lessons, Set<String> done) {
        for (int i = 0; i < lessons.size(); i++) {
            if (!done.contains(lessons.get(i).path())) {
                return i;
            }
        }
        return lessons.size() - 1;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
