package no.medvirk.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import no.medvirk.shared.CurrentUser;
import no.medvirk.shared.SessionLanguage;
import no.medvirk.shared.SignedInUser;

/**
 * The frame around every signed-in view: the product name, the language switch and the user menu at the top, and a
 * side navigation that lists only what the user's roles may open (Vaadin filters {@code @Menu} entries by access).
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final SideNav navigation = new SideNav();

    public MainLayout(CurrentUser currentUser, SessionLanguage sessionLanguage) {
        setPrimarySection(Section.DRAWER);
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu-toggle"));
        var product = new Anchor("", getTranslation("app.name"));
        product.addClassName("product-name");
        var spacer = new Span();
        spacer.addClassName("navbar-spacer");
        addToNavbar(toggle, product, spacer, new LanguageSwitch(sessionLanguage), userArea(currentUser));

        navigation.getElement().setAttribute("aria-label", getTranslation("layout.navigation"));
        MenuConfiguration.getMenuEntries().forEach(entry -> navigation.addItem(item(entry)));
        var scroller = new Scroller(navigation);
        scroller.addClassName("drawer-scroller");
        addToDrawer(scroller);
    }

    private SideNavItem item(MenuEntry entry) {
        var item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null && !entry.icon().isBlank()) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }

    private Component userArea(CurrentUser currentUser) {
        return currentUser.get().<Component>map(user -> userMenu(user, currentUser))
                .orElseGet(() -> new Anchor("login", getTranslation("layout.sign-in")));
    }

    private Component userMenu(SignedInUser user, CurrentUser currentUser) {
        var avatar = new Avatar(user.fullName());
        avatar.getElement().setAttribute("aria-hidden", "true");
        var name = new Span(user.fullName());
        name.addClassName("user-name");
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("user-menu");
        menu.getElement().setAttribute("aria-label", getTranslation("layout.user-menu"));
        var label = new Span(avatar, name);
        label.addClassName("user-menu-label");
        var root = menu.addItem(label);
        root.getElement().setAttribute("aria-label", getTranslation("layout.user-menu-for", user.fullName()));
        root.getSubMenu().addItem(getTranslation("layout.sign-out"), click -> currentUser.signOut());
        return menu;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (isOverlay()) {
            setDrawerOpened(false);
        }
    }
}
