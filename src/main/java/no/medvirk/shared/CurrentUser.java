package no.medvirk.shared;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Who is signed in to this session, for views and services that act on behalf of the user. */
@Component
public class CurrentUser {

    private final transient AuthenticationContext authentication;

    CurrentUser(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public Optional<SignedInUser> get() {
        return authentication.getAuthenticatedUser(SignedInUser.class);
    }

    /** For views that only signed-in users may open; a missing user there is a bug, not a user error. */
    public SignedInUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    public UUID requirePersonId() {
        return require().personId();
    }

    public void signOut() {
        authentication.logout();
    }
}
