package no.medvirk.packages.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.medvirk.identity.PersonId;
import no.medvirk.identity.Role;
import no.medvirk.learning.Enrolment;
import no.medvirk.learning.Enrolments;
import no.medvirk.packages.WrappedPackages;
import no.medvirk.packages.PackageId;
import no.medvirk.packages.PackageVersion;
import no.medvirk.packages.Packages;
import no.medvirk.packages.ScormRuntime;
import no.medvirk.shared.CurrentUser;
import no.medvirk.shared.DomainException;
import no.medvirk.shared.Language;
import no.medvirk.shared.SignedInUser;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SCORM player: Medvirk's own chrome (title, the package's table of contents, previous, next and exit, a
 * status line for saving) around the SCO in an iframe, with scorm-again as the runtime API in this page. A catalog
 * course that wraps a package plays here ({@code /kurs/<id>/pakke}, with the enrolment as registration); a package
 * can also be played alone ({@code /pakke/<package id>}). Without an item number the learner comes back to the SCO
 * they had open, at its bookmark.
 */
@Route("kurs/:courseId/pakke/:item?")
@RouteAlias("pakke/:packageId/:item?")
@RolesAllowed({Role.Names.LEARNER, Role.Names.COURSE_ADMIN})
public class PackagePlayerView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final Enrolments enrolments;
    private final WrappedPackages wrappedPackages;
    private final Packages packages;
    private final ScormRuntime runtime;
    private final CurrentUser currentUser;
    private String title = "";
    private @Nullable String courseId;
    private @Nullable String packageId;
    private ScormRuntime.@Nullable Learner learner;
    private ScormRuntime.@Nullable Launch launch;
    private final Div contents = new Div();

    public PackagePlayerView(Enrolments enrolments, WrappedPackages wrappedPackages, Packages packages,
            ScormRuntime runtime, CurrentUser currentUser) {
        this.enrolments = enrolments;
        this.wrappedPackages = wrappedPackages;
        this.packages = packages;
        this.runtime = runtime;
        this.currentUser = currentUser;
        addClassName("page");
        addClassName("package-player");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getRouteParameters();
        courseId = parameters.get("courseId").orElse(null);
        packageId = parameters.get("packageId").orElse(null);
        SignedInUser user = currentUser.require();
        PackageVersion version;
        try {
            if (courseId != null) {
                Enrolment enrolment = enrolments.start(new PersonId(user.personId()), courseId);
                var course = enrolments.version(enrolment);
                if (!course.course().wrapsPackage()) {
                    event.forwardTo("kurs/" + courseId + "/laer");
                    return;
                }
                version = wrappedPackages.packageOf(course);
                learner = new ScormRuntime.Learner(user.personId(), user.fullName(), new ScormRuntime.CourseContext(
                        courseId, course.course().title(), enrolment.id()));
                title = course.course().title().in(Language.of(getLocale()));
            } else {
                version = packageVersion(packageId).orElseThrow(NotFoundException::new);
                learner = new ScormRuntime.Learner(user.personId(), user.fullName(), null);
                title = version.title();
            }
            launch = runtime.launch(learner, version, parameters.getInteger("item").orElse(null));
        } catch (DomainException e) {
            if (e.messageKey().startsWith("package-player.course-package")) {
                showProblem(e.messageKey());
                return;
            }
            throw new NotFoundException();
        }
        show(launch);
    }

    private Optional<PackageVersion> packageVersion(@Nullable String id) {
        try {
            return id == null ? Optional.empty() : packages.latest(new PackageId(UUID.fromString(id)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void show(ScormRuntime.Launch launch) {
        removeAll();
        var heading = new H1(title);
        heading.getElement().setAttribute("tabindex", "-1");
        var header = new Div(heading);
        header.addClassName("player-header");
        if (launch.items().size() > 1) {
            header.add(new Paragraph(getTranslation("package-player.position", launch.index() + 1,
                    launch.items().size(), launch.item().title())));
        }
        var saving = new Span();
        saving.setId("package-save-status");
        saving.getElement().setAttribute("role", "status");
        saving.addClassName("package-save-status");
        header.add(saving);
        var frame = new IFrame();
        frame.addClassName("package-frame");
        frame.getElement().setAttribute("title", getTranslation("package-player.frame", launch.item().title()));
        frame.getElement().setAttribute("allow", "fullscreen");
        frame.getElement().addEventListener("medvirk-nav", e -> navigationRequest(
                e.getEventData().get("event.detail.request").asString())).addEventData("event.detail.request");
        frame.getElement().addEventListener("medvirk-committed", e -> refreshContents());
        frame.getElement().addEventListener("medvirk-replayed", e -> go(launch.index() + 1, false));
        add(header, frame, navigation(launch));
        if (launch.items().size() > 1) {
            refreshContents();
            add(contents);
        }
        frame.getElement().executeJs("""
                const frame = this;
                const ready = window.medvirkScorm ? Promise.resolve() : new Promise((resolve, reject) => {
                  const script = document.createElement('script');
                  script.src = $3;
                  script.onload = resolve;
                  script.onerror = reject;
                  document.head.appendChild(script);
                });
                return ready.then(() => window.medvirkScorm.start(frame, $0, $1, $2));""",
                launch.runtime(), launch.contentUrl(), messages(), "/scripts/medvirk-scorm.js");
    }

    private String messages() {
        return JSON.writeValueAsString(Map.of("saved", getTranslation("package-player.saved"),
                "retrying", getTranslation("package-player.retrying")));
    }

    private Nav navigation(ScormRuntime.Launch launch) {
        var nav = new Nav();
        nav.getElement().setAttribute("aria-label", getTranslation("package-player.navigation"));
        nav.addClassName("player-navigation");
        PlayerRules rules = PlayerRules.of(launch);
        if (rules.previous()) {
            nav.add(new Button(getTranslation("package-player.previous"), e -> go(launch.index(), true)));
        }
        if (rules.next()) {
            nav.add(new Button(getTranslation("package-player.next"), e -> go(launch.index() + 2, true)));
        }
        var exit = new Button(getTranslation("package-player.exit"), e -> exit());
        exit.addThemeVariants(ButtonVariant.PRIMARY);
        nav.add(exit);
        return nav;
    }

    private void refreshContents() {
        if (launch == null || launch.items().size() < 2) {
            return;
        }
        var status = runtime.status(launch.attemptId());
        contents.removeAll();
        contents.add(new PackageContents(launch, status, PlayerRules.of(launch).choice(), number -> go(number, true)));
    }

    /** A SCORM 2004 SCO asked to go on, back, somewhere else or out when it ended. */
    private void navigationRequest(String request) {
        if (launch == null) {
            return;
        }
        int index = launch.index();
        if (request.equals("continue") && index + 1 < launch.items().size()) {
            go(index + 2, false);
        } else if (request.equals("previous") && index > 0) {
            go(index, false);
        } else if (request.startsWith("{target=")) {
            String target = request.substring("{target=".length(), request.indexOf('}'));
            for (int i = 0; i < launch.items().size(); i++) {
                if (launch.items().get(i).identifier().equals(target)) {
                    go(i + 1, false);
                    return;
                }
            }
        } else if (request.equals("exit") || request.equals("exitAll") || request.equals("suspendAll")
                || request.equals("abandon") || request.equals("abandonAll")) {
            leave();
        }
    }

    /** Ends the SCO's session in the browser first (its last commit sent), then opens the other item. */
    private void go(int itemNumber, boolean unload) {
        UI ui = UI.getCurrent();
        Runnable navigate = () -> ui.navigate(courseId != null ? "kurs/" + courseId + "/pakke/" + itemNumber
                : "pakke/" + packageId + "/" + itemNumber);
        if (unload) {
            ui.getPage().executeJs("return window.medvirkScorm ? window.medvirkScorm.unload() : null")
                    .then(ignored -> navigate.run(), error -> navigate.run());
        } else {
            navigate.run();
        }
    }

    private void exit() {
        UI ui = UI.getCurrent();
        ui.getPage().executeJs("return window.medvirkScorm ? window.medvirkScorm.unload() : null")
                .then(ignored -> leave(), error -> leave());
    }

    private void leave() {
        UI.getCurrent().navigate(courseId != null ? "kurs/" + courseId : "");
    }

    private void showProblem(String messageKey) {
        removeAll();
        var back = new Anchor("kurs/" + courseId, getTranslation("package-player.back-to-course"));
        back.getElement().setAttribute("router-link", true);
        add(new H1(title.isEmpty() ? getTranslation("package-player.problem-title") : title),
                new Paragraph(getTranslation(messageKey)), back);
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("package-player.problem-title") : title) + " – "
                + getTranslation("app.name");
    }
}
