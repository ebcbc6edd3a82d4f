package no.medvirk.resourcebank;

import java.util.UUID;

/** A Medvirk account a resource person's entry can be linked to: who it is, as a course administrator picks it. */
public record Account(UUID personId, String name, String username) {

    /** The name with the username, which tells two people of the same name apart. */
    public String label() {
        return name + " (" + username + ")";
    }
}
