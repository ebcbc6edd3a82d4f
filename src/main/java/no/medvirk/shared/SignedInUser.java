package no.medvirk.shared;

import java.io.Serial;
import java.util.Collection;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal of a signed-in session: who it is, by name and id, and the language they prefer. */
public class SignedInUser extends User {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID personId;
    private final String fullName;
    private final Language language;

    public SignedInUser(UUID personId, String username, String passwordHash, boolean enabled, boolean nonLocked,
            Collection<? extends GrantedAuthority> authorities, String fullName, Language language) {
        super(username, passwordHash, enabled, true, true, nonLocked, authorities);
        this.personId = personId;
        this.fullName = fullName;
        this.language = language;
    }

    public UUID personId() {
        return personId;
    }

    public String fullName() {
        return fullName;
    }

    public Language language() {
        return language;
    }

    public boolean hasRole(String role) {
        return getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }
}
