package no.medvirk.catalog.ui;

import java.util.List;
import java.util.Set;
import no.medvirk.shared.SignedInUser;

/** The audiences and levels of the course format, and which audiences a person's roles make recommended. */
final class Audiences {

    static final List<String> ALL = List.of("representative", "service-leader", "system-leader", "researcher",
            "student", "employee");
    static final List<String> LEVELS = List.of("individual", "service", "system");

    private Audiences() {}

    /** Leaders are offered the leader courses first; everyone else the representatives' (the most common role). */
    static Set<String> recommendedFor(SignedInUser user) {
        if (user.hasRole("LEADER")) {
            return Set.of("service-leader", "system-leader");
        }
        return Set.of("representative");
    }
}
