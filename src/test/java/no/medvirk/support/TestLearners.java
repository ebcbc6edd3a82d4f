package no.medvirk.support;

import java.util.Set;
import no.medvirk.identity.Organisations;
import no.medvirk.identity.People;
import no.medvirk.identity.PersonForm;
import no.medvirk.identity.Role;
import no.medvirk.identity.UnitId;
import org.jspecify.annotations.Nullable;
import no.medvirk.shared.Language;

/** Learners of their own for tests, so that what other tests did in the shared database does not count. */
public final class TestLearners {

    private TestLearners() {}

    /** A new learner in Fjordvik kommune; returns the username (the password is "et langt passord"). */
    public static String create(People people, Organisations organisations) {
        return create(people, organisations, null);
    }

    /** The same, in the named unit of Fjordvik kommune (for example one the demo leader leads). */
    public static String create(People people, Organisations organisations, @Nullable String unitName) {
        String username = "laerer" + System.nanoTime();
        var kommune = organisations.all().stream().filter(o -> o.name().equals("Fjordvik kommune")).findFirst()
                .orElseThrow();
        UnitId unit = unitName == null ? null : organisations.unitsOf(kommune.id()).stream()
                .filter(u -> u.name().equals(unitName)).findFirst().orElseThrow().id();
        people.create(new PersonForm(username, username + "@example.no", "Lene Lærer", "et langt passord",
                kommune.id(), unit, Language.NB, Set.of(Role.LEARNER), Set.of()));
        return username;
    }
}
