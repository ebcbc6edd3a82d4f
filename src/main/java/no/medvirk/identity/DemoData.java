package no.medvirk.identity;

import java.util.Set;
import no.medvirk.shared.EmbeddedDatabase;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fictional organisations and the four demo accounts (password {@code demo}), listed in the README. Loaded only on
 * the embedded database outside the {@code prod} profile, and only into an empty database.
 */
@Component
@Profile("!prod")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final ObjectProvider<EmbeddedDatabase> embeddedDatabase;
    private final OrganisationRepository organisations;
    private final UnitRepository units;
    private final PersonRepository persons;
    private final Passwords passwords;

    DemoData(ObjectProvider<EmbeddedDatabase> embeddedDatabase, OrganisationRepository organisations,
            UnitRepository units, PersonRepository persons, Passwords passwords) {
        this.embeddedDatabase = embeddedDatabase;
        this.organisations = organisations;
        this.units = units;
        this.persons = persons;
        this.passwords = passwords;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (embeddedDatabase.getIfAvailable() == null || organisations.count() > 0) {
            return;
        }
        var kommune = organisations.save(new Organisation("Fjordvik kommune", OrganisationKind.MUNICIPALITY, false));
        var helse = units.save(new Unit(kommune, null, "Helse og velferd"));
        var psykiskHelse = units.save(new Unit(kommune, helse, "Psykisk helse og rus"));
        var hjemmetjenesten = units.save(new Unit(kommune, helse, "Hjemmetjenesten"));
        // The municipality's user council for the service, where user and next-of-kin representatives sit.
        var brukerrad = units.save(new Unit(kommune, psykiskHelse, "Brukerrådet for psykisk helse og rus"));
        var forening = organisations.save(
                new Organisation("Brukerforeningen Vest", OrganisationKind.USER_ORGANISATION, true));
        units.save(new Unit(forening, null, "Lokallag Fjordvik"));

        person("deltaker", "Dina Deltaker", kommune, brukerrad, Set.of(Role.LEARNER), Set.of());
        person("leder", "Lars Leder", kommune, psykiskHelse, Set.of(Role.LEADER, Role.LEARNER),
                Set.of(psykiskHelse, brukerrad));
        person("kursadmin", "Kari Kursadmin", kommune, helse, Set.of(Role.COURSE_ADMIN), Set.of());
        person("admin", "Anne Admin", kommune, null, Set.of(Role.ADMIN), Set.of());
        person("aud", "Aud Eksempel", kommune, psykiskHelse, Set.of(Role.LEARNER), Set.of());
        person("per", "Per Prøve", kommune, hjemmetjenesten, Set.of(Role.LEARNER), Set.of());
        log.info("Demo data loaded: sign in as deltaker, leder, kursadmin or admin with the password '{}'", PASSWORD);
    }

    private void person(String username, String name, Organisation organisation, @Nullable Unit unit, Set<Role> roles,
            Set<Unit> ledUnits) {
        var person = new Person(username, username + "@demo.medvirk.no", name, passwords.hashWithoutRule(PASSWORD),
                organisation);
        person.placeIn(organisation, unit);
        person.assignRoles(roles, ledUnits);
        persons.save(person);
    }
}
