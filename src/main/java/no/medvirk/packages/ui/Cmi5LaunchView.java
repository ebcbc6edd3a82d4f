package no.medvirk.packages.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import java.util.UUID;
import no.medvirk.identity.PersonId;
import no.medvirk.identity.Role;
import no.medvirk.packages.Cmi5Au;
import no.medvirk.packages.PackageId;
import no.medvirk.packages.PackageItem;
import no.medvirk.packages.PackageVersion;
import no.medvirk.packages.Packages;
import no.medvirk.packages.Standard;
import no.medvirk.packages.cmi5.Cmi5Courses;
import no.medvirk.shared.CurrentUser;
import no.medvirk.shared.DomainException;
import no.medvirk.shared.Language;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A minimal page that launches a cmi5 course's AUs ({@code /cmi5/<package id>}): the course's blocks and AUs with
 * where the learner stands in each, and a button per AU. An AnyWindow AU opens in a frame on this page, an OwnWindow
 * AU in a window of its own (cmi5 8.1); the AU comes back here (returnURL) when it has no window to close, and one in
 * the frame makes the whole page load again. Meant to be folded into the package player.
 */
@Route("cmi5/:packageId")
@RolesAllowed({Role.Names.LEARNER, Role.Names.COURSE_ADMIN})
public class Cmi5LaunchView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Where the package files are served (packages.web's content controller). */
    static final String CONTENT = "/pakkeinnhold/";
    /** The query parameter of the returnURL: the AU has exited. */
    static final String RETURNED = "avsluttet";

    private final Packages packages;
    private final Cmi5Courses courses;
    private final CurrentUser currentUser;
    private final Div standing = new Div();
    private final Paragraph status = new Paragraph();
    private final IFrame frame = new IFrame();
    private String title = "";
    private PackageVersion version;

    public Cmi5LaunchView(Packages packages, Cmi5Courses courses, CurrentUser currentUser) {
        this.packages = packages;
        this.courses = courses;
        this.currentUser = currentUser;
        addClassName("page");
        addClassName("cmi5-launch");
        status.getElement().setAttribute("role", "status");
        status.addClassName("cmi5-status");
        frame.addClassName("cmi5-frame");
        frame.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        version = event.getRouteParameters().get("packageId").flatMap(Cmi5LaunchView::packageId)
                .flatMap(packages::latest).filter(v -> v.standard() == Standard.CMI5)
                .orElseThrow(NotFoundException::new);
        title = version.title();
        show();
        if (event.getLocation().getQueryParameters().getParameters().containsKey(RETURNED)) {
            // An AU in the frame that exits goes to its returnURL, this page, inside the frame: the whole page is
            // loaded again instead, which also shows what the AU recorded.
            getElement().executeJs("if (window.top !== window) window.top.location.replace($0)", site() + home());
        }
    }

    private void show() {
        removeAll();
        add(new H1(title));
        if (version.items().description() != null) {
            add(new Paragraph(version.items().description()));
        }
        add(standing, status, frame);
        refresh();
        // Back from an AU's own window: what it recorded shows without reloading the page (and the frame).
        getElement().executeJs("window.removeEventListener('focus', window.medvirkCmi5Focus || (() => {}));"
                + "window.medvirkCmi5Focus = () => $0.$server.refresh();"
                + "window.addEventListener('focus', window.medvirkCmi5Focus)", getElement());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().getPage().executeJs("window.removeEventListener('focus', window.medvirkCmi5Focus || (() => {}));"
                + "window.medvirkCmi5Focus = null");
        super.onDetach(event);
    }

    /** Where the learner stands, read again from the LRS; the frame and the status line stay as they are. */
    @ClientCallable
    void refresh() {
        standing.removeAll();
        Cmi5Courses.Standing now = courses.standing(learner(), version.id());
        if (now.courseSatisfied()) {
            var done = new Paragraph(getTranslation("cmi5.course-satisfied"));
            done.addClassName("cmi5-course-satisfied");
            standing.add(done);
        }
        var heading = new H2(getTranslation("cmi5.contents"));
        heading.setId("cmi5-contents");
        var contents = new Section(heading, list(version.items(), now));
        contents.getElement().setAttribute("aria-labelledby", "cmi5-contents");
        standing.add(contents);
    }

    /** The blocks and AUs under a node, as a nested list in the course's order. */
    private UnorderedList list(PackageItem node, Cmi5Courses.Standing now) {
        var list = new UnorderedList();
        list.addClassName("cmi5-contents");
        for (PackageItem child : node.children()) {
            var item = new ListItem();
            if (child.kind() == PackageItem.Kind.AU) {
                item.addClassName("cmi5-au");
                var name = new Span(child.title());
                name.addClassName("cmi5-au-title");
                var state = new Span(statusText(now.aus().get(child.identifier())));
                state.addClassName("cmi5-au-status");
                var open = new Button(getTranslation("cmi5.open", child.title()), e -> launch(child));
                item.add(name, state, open);
            } else {
                var name = new Span(child.title());
                name.addClassName("cmi5-block-title");
                item.add(name, list(child, now));
            }
            list.add(item);
        }
        return list;
    }

    private String statusText(Cmi5Courses.AuStatus status) {
        String key = status.waived() ? "cmi5.status.waived" : status.passed() ? "cmi5.status.passed"
                : status.completed() ? "cmi5.status.completed" : status.satisfied() ? "cmi5.status.optional"
                : "cmi5.status.not-done";
        return getTranslation(key);
    }

    private void launch(PackageItem au) {
        String site = site();
        Cmi5Courses.Launch launch;
        try {
            launch = courses.launch(new Cmi5Courses.Request(learner(), version.id(), au.identifier(), site,
                    site + CONTENT + version.id() + "/", site + home() + "?" + RETURNED,
                    Language.of(getLocale()), null));
        } catch (DomainException e) {
            status.setText(getTranslation(e.getMessage()));
            return;
        }
        if (launch.method() == Cmi5Au.LaunchMethod.OwnWindow) {
            frame.setVisible(false);
            getUI().ifPresent(ui -> ui.getPage().open(launch.url(), "_blank"));
            status.removeAll();
            status.add(new Span(getTranslation("cmi5.opened-in-window", au.title()) + " "),
                    new Anchor(launch.url(), getTranslation("cmi5.open-window-again"), AnchorTarget.BLANK));
        } else {
            frame.setSrc(launch.url());
            frame.getElement().setAttribute("title", getTranslation("cmi5.frame", au.title()));
            frame.setVisible(true);
            status.setText(getTranslation("cmi5.opened-below", au.title()));
        }
    }

    /** Medvirk's address as this browser reaches it, for the AU's endpoint, fetch URL and returnURL. */
    private static String site() {
        return ServletUriComponentsBuilder.fromContextPath(VaadinServletRequest.getCurrent().getHttpServletRequest())
                .build().toUriString();
    }

    private String home() {
        return "/cmi5/" + version.packageId();
    }

    private PersonId learner() {
        return new PersonId(currentUser.requirePersonId());
    }

    private static Optional<PackageId> packageId(String text) {
        try {
            return Optional.of(new PackageId(UUID.fromString(text)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
