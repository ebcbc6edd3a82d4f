package no.medvirk.catalog.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import no.medvirk.catalog.CourseCatalog;
import no.medvirk.catalog.CourseVersion;
import no.medvirk.catalog.EnrolmentLookup;
import no.medvirk.catalog.source.CourseSource;
import no.medvirk.shared.CurrentUser;
import no.medvirk.shared.Language;
import no.medvirk.shared.ui.Pages;

/** A course's page: what it is for, who it is for, its modules with lessons and quizzes and their minutes, sources. */
@Route("kurs/:courseId")
@PermitAll
public class CourseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseCatalog catalog;
    private final EnrolmentLookup enrolments;
    private final CurrentUser currentUser;
    private String title = "";

    public CourseView(CourseCatalog catalog, EnrolmentLookup enrolments, CurrentUser currentUser) {
        this.catalog = catalog;
        this.enrolments = enrolments;
        this.currentUser = currentUser;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("courseId").orElse("");
        Optional<EnrolmentLookup.EnrolmentState> enrolment = currentUser.get()
                .flatMap(user -> enrolments.latest(user.personId(), id));
        boolean inProgress = enrolment.isPresent() && !enrolment.get().finished();
        // A learner in progress sees the version they are taking, also when the course has been unpublished.
        CourseSource course = (inProgress ? catalog.version(enrolment.get().courseVersionId())
                .map(CourseVersion::course) : catalog.course(id)).orElseThrow(NotFoundException::new);
        Language language = Language.of(getLocale());
        title = course.title().in(language);
        removeAll();
        var facts = new CourseFacts(course.estimatedMinutes(), course.audiences(), course.levels());
        // The player is in the learning module, which depends on this one: linked by its address, not its class.
        var start = new Anchor("kurs/" + id + "/laer", getTranslation(inProgress ? "course.continue"
                : enrolment.isPresent() ? "course.again" : "course.start"));
        start.addClassName("start-course");
        start.getElement().setAttribute("router-link", true);
        add(new RouterLink(getTranslation("course.back"), CatalogView.class), new H1(title),
                new Paragraph(course.summary().in(language)), facts, start);
        var objectives = new UnorderedList();
        course.objectives().forEach(o -> objectives.add(new ListItem(o.in(language))));
        add(new Section(new H2(getTranslation("course.objectives")), objectives));
        var content = new Section(new H2(getTranslation("course.content")));
        course.modules().forEach(module -> {
            var items = new OrderedList();
            module.items().forEach(item -> items.add(new ListItem(describe(item, language))));
            content.add(new H3(module.title().in(language)), items);
        });
        add(content);
        var sources = new UnorderedList();
        course.sources().forEach(s -> sources.add(new ListItem(s.url() == null ? new Span(s.title())
                : new Anchor(s.url(), s.title()))));
        add(new Section(new H2(getTranslation("course.sources")), sources,
                new Paragraph(getTranslation("course.authors-licence", String.join(", ", course.authors()),
                        course.licence()))));
    }

    private String describe(CourseSource.Item item, Language language) {
        return switch (item) {
            case CourseSource.Lesson lesson -> getTranslation("course.lesson", lesson.title().in(language),
                    lesson.minutes());
            case CourseSource.Quiz quiz -> getTranslation("course.quiz", quiz.title().in(language),
                    quiz.questions().size());
        };
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? Pages.title(this, "catalog.title") : title + " – " + getTranslation("app.name");
    }
}
