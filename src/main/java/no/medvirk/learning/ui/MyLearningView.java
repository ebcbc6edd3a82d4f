package no.medvirk.learning.ui;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import no.medvirk.identity.PersonId;
import no.medvirk.identity.Role;
import no.medvirk.learning.Enrolment;
import no.medvirk.learning.Enrolments;
import no.medvirk.shared.CurrentUser;
import no.medvirk.shared.Language;
import no.medvirk.shared.ui.Pages;

/** "Min læring": the learner's courses with their progress, read from the LRS. Until they have any, a friendly start. */
@Route("min-laering")
@Menu(title = "menu.my-learning", order = 10, icon = "vaadin:academy-cap")
@RolesAllowed(Role.Names.LEARNER)
public class MyLearningView extends Main implements HasDynamicTitle {

    public MyLearningView(CurrentUser currentUser, Enrolments enrolments) {
        addClassName("page");
        add(new H1(getTranslation("my-learning.title")),
                new Paragraph(getTranslation("my-learning.greeting", currentUser.require().fullName())));
        var mine = enrolments.of(new PersonId(currentUser.requirePersonId()));
        if (mine.isEmpty()) {
            var icon = VaadinIcon.ACADEMY_CAP.create();
            icon.getElement().setAttribute("aria-hidden", "true");
            var catalog = new Anchor("katalog", getTranslation("my-learning.to-catalog"));
            catalog.getElement().setAttribute("router-link", true);
            var empty = new Div(icon, new H2(getTranslation("my-learning.empty-title")),
                    new Paragraph(getTranslation("my-learning.empty-text")), catalog);
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        var cards = new Div();
        cards.addClassName("catalog-cards");
        mine.forEach(enrolment -> cards.add(card(enrolments, enrolment)));
        add(cards);
    }

    private Card card(Enrolments enrolments, Enrolment enrolment) {
        var course = enrolments.version(enrolment).course();
        var progress = enrolments.progress(enrolment);
        var card = new Card();
        card.setTitle(new H2(course.title().in(Language.of(getLocale()))));
        var bar = new ProgressBar(0, Math.max(1, progress.total()), progress.done());
        bar.getElement().setAttribute("aria-label", getTranslation("player.progress-label"));
        card.add(bar, new Paragraph(getTranslation("player.progress", progress.done(), progress.total())));
        if (progress.complete()) {
            var passed = new Paragraph(getTranslation("my-learning.passed", progress.percent()));
            passed.addClassName("course-passed");
            card.add(passed);
        }
        card.addToFooter(new RouterLink(getTranslation("my-learning.continue"), PlayerView.class,
                new RouteParameters("courseId", enrolment.courseId())));
        return card;
    }

    @Override
    public String getPageTitle() {
        return Pages.title(this, "my-learning.title");
    }
}
