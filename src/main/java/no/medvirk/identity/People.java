package no.medvirk.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.medvirk.shared.DomainException;
import no.medvirk.shared.Language;
import no.medvirk.shared.LanguageChosen;
import no.medvirk.shared.MedvirkProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people who use Medvirk: finding, creating and changing them, and what their sign-ins did. */
@Service
public class People {

    static final int SEARCH_LIMIT = 200;

    private final PersonRepository persons;
    private final OrganisationRepository organisations;
    private final UnitRepository units;
    private final Passwords passwords;
    private final MedvirkProperties properties;
    private final Clock clock;

    People(PersonRepository persons, OrganisationRepository organisations, UnitRepository units,
            Passwords passwords, MedvirkProperties properties, Clock clock) {
        this.persons = persons;
        this.organisations = organisations;
        this.units = units;
        this.passwords = passwords;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PersonDetails> search(String query) {
        return persons.search(query.strip(), PageRequest.of(0, SEARCH_LIMIT)).stream().map(PersonDetails::of).toList();
    }

    @Transactional(readOnly = true)
    public long count() {
        return persons.count();
    }

    @Transactional(readOnly = true)
    public Optional<PersonDetails> find(PersonId id) {
        return persons.findById(id.value()).map(PersonDetails::of);
    }

    @Transactional(readOnly = true)
    public Optional<PersonDetails> findByUsername(String username) {
        return persons.findByUsername(username).map(PersonDetails::of);
    }

    /** Where everyone sits, by person: what reports count by organisation and unit. */
    @Transactional(readOnly = true)
    public Map<PersonId, Placement> placements() {
        var placements = new HashMap<PersonId, Placement>();
        persons.findAllPlaced().forEach(p -> placements.put(new PersonId(p.id()), Placement.of(p)));
        return placements;
    }

    /** Everyone who holds the role (few do, except learners): for defaults that depend on a role, in bulk. */
    @Transactional(readOnly = true)
    public Set<PersonId> withRole(Role role) {
        var ids = new HashSet<PersonId>();
        persons.idsWithRole(role).forEach(id -> ids.add(new PersonId(id)));
        return ids;
    }

    @Transactional
    public PersonId create(PersonForm form) {
        requireFree(form.username(), form.email(), null);
        Organisation organisation = organisation(form.organisationId());
        var person = new Person(form.username(), form.email(), form.fullName(), passwords.hash(form.password()),
                organisation);
        apply(person, form, organisation);
        persons.save(person);
        return new PersonId(person.id());
    }

    @Transactional
    public void update(PersonId id, PersonForm form) {
        Person person = person(id);
        requireFree(form.username(), form.email(), person);
        person.changeDetails(form.username(), form.email(), form.fullName());
        if (form.password() != null && !form.password().isBlank()) {
            person.changePasswordHash(passwords.hash(form.password()));
        }
        apply(person, form, organisation(form.organisationId()));
    }

    /** A representative registers themselves as a learner in an organisation that is open for it. */
    @Transactional
    public PersonId register(Registration registration) {
        if (!properties.registration().enabled()) {
            throw new DomainException("registration.closed");
        }
        Organisation organisation = organisation(registration.organisationId());
        if (!organisation.openForRegistration()) {
            throw new DomainException("registration.organisation-closed");
        }
        requireFree(registration.email(), registration.email(), null);
        var person = new Person(registration.email(), registration.email(), registration.fullName(),
                passwords.hash(registration.password()), organisation);
        person.preferLanguage(registration.language());
        persons.save(person);
        return new PersonId(person.id());
    }

    @Transactional
    public void deactivate(PersonId id) {
        person(id).deactivate();
    }

    @Transactional
    public void reactivate(PersonId id) {
        person(id).reactivate();
    }

    @Transactional
    public void preferLanguage(PersonId id, Language language) {
        person(id).preferLanguage(language);
    }

    /** Published by the UI outside any transaction, so a plain listener with a transaction of its own. */
    @EventListener
    @Transactional
    void on(LanguageChosen event) {
        preferLanguage(new PersonId(event.personId()), event.language());
    }

    @Transactional
    void signInFailed(String username) {
        var rule = properties.signIn();
        byUsernameOrEmail(username).ifPresent(p -> p.signInFailed(clock.instant(), rule.maxFailures(),
                Duration.ofMinutes(rule.lockMinutes())));
    }

    @Transactional
    void signInSucceeded(String username) {
        byUsernameOrEmail(username).ifPresent(Person::signInSucceeded);
    }

    /** People sign in with either; the sign-in events carry whichever was typed. */
    Optional<Person> byUsernameOrEmail(String name) {
        return persons.findByUsername(name.strip()).or(() -> persons.findByEmail(name.strip()));
    }

    private void apply(Person person, PersonForm form, Organisation organisation) {
        Unit unit = form.unitId() == null ? null : unit(form.unitId());
        person.placeIn(organisation, unit);
        person.preferLanguage(form.preferredLanguage());
        Set<Unit> led = new HashSet<>();
        form.ledUnitIds().forEach(id -> led.add(unit(id)));
        person.assignRoles(form.roles(), led);
    }

    private void requireFree(String username, String email, @Nullable Person current) {
        persons.findByUsername(Person.requireUsername(username)).filter(p -> !p.equals(current)).ifPresent(p -> {
            throw new DomainException("person.username-taken");
        });
        String normalised = Person.requireEmail(email);
        if ((current == null || !current.email().equals(normalised)) && persons.existsByEmailIgnoreCase(normalised)) {
            throw new DomainException("person.email-taken");
        }
    }

    private Person person(PersonId id) {
        return persons.findById(id.value()).orElseThrow(() -> new DomainException("person.not-found"));
    }

    private Organisation organisation(OrganisationId id) {
        return organisations.findById(id.value()).orElseThrow(() -> new DomainException("organisation.not-found"));
    }

    private Unit unit(UnitId id) {
        return units.findById(id.value()).orElseThrow(() -> new DomainException("unit.not-found"));
    }
}
