package no.medvirk.support;

import java.util.Set;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.People;
import no.medvirk.identity.PersonForm;
import no.medvirk.identity.Role;
import no.medvirk.shared.Language;

/** Learners of their own for tests, so that what other tests did in the shared database does not count. */
public final class TestLearners {

    private TestLearners() {}

    /** A new learner in Fjordvik kommune; returns the username (the password is "et langt passord"). */
    public static String create(People people, Organisations organisations) {
        String username = "laerer" + System.nanoTime();
        var kommune = organisations.all().stream().filter(o -> o.name().equals("Fjordvik kommune")).findFirst()
                .orElseThrow();
        people.create(new PersonForm(username, username + "@example.no", "Lene Lærer", "et langt passord",
                kommune.id(), null, Language.NB, Set.of(Role.LEARNER), Set.of()));
        return username;
    }
}
