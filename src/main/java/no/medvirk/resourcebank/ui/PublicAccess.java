package no.medvirk.resourcebank.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import no.medvirk.resourcebank.ResourceBank;
import no.medvirk.shared.CurrentUser;

/** The bank's pages are open to all only when the installation allows it; otherwise a visitor signs in first. */
final class PublicAccess {

    private PublicAccess() {}

    static void check(BeforeEnterEvent event, ResourceBank bank, CurrentUser currentUser) {
        if (!bank.isOpenToPublic() && currentUser.get().isEmpty()) {
            event.forwardTo("login");
        }
    }
}
