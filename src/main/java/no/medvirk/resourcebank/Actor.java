package no.medvirk.resourcebank;

import java.util.UUID;
import no.medvirk.shared.SignedInUser;

/** Who does something in the bank, as the change history names them. */
public record Actor(UUID personId, String name) {

    public static Actor of(SignedInUser user) {
        return new Actor(user.personId(), user.fullName());
    }
}
