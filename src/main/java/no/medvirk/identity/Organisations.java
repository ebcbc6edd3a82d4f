package no.medvirk.identity;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import no.medvirk.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations and their nested units, and which units a leader leads. */
@Service
public class Organisations {

    private final OrganisationRepository organisations;
    private final UnitRepository units;
    private final PersonRepository persons;

    Organisations(OrganisationRepository organisations, UnitRepository units, PersonRepository persons) {
        this.organisations = organisations;
        this.units = units;
        this.persons = persons;
    }

    @Transactional(readOnly = true)
    public List<OrganisationDetails> all() {
        return organisations.findAllByOrderByNameAsc().stream().map(OrganisationDetails::of).toList();
    }

    /** The organisations a representative may choose when registering. */
    @Transactional(readOnly = true)
    public List<OrganisationDetails> openForRegistration() {
        return organisations.findByOpenForRegistrationTrueOrderByNameAsc().stream()
                .map(OrganisationDetails::of).toList();
    }

    @Transactional(readOnly = true)
    public List<UnitDetails> units() {
        return units.findAllWithOrganisation().stream().map(UnitDetails::of).toList();
    }

    @Transactional(readOnly = true)
    public List<UnitDetails> unitsOf(OrganisationId organisationId) {
        return units.findByOrganisationId(organisationId.value()).stream().map(UnitDetails::of).toList();
    }

    @Transactional
    public OrganisationId create(String name, OrganisationKind kind, boolean openForRegistration) {
        if (organisations.existsByNameIgnoreCase(name.strip())) {
            throw new DomainException("organisation.name-taken");
        }
        var organisation = organisations.save(new Organisation(name, kind, openForRegistration));
        return new OrganisationId(organisation.id());
    }

    @Transactional
    public void change(OrganisationId id, String name, OrganisationKind kind, boolean openForRegistration) {
        Organisation organisation = organisation(id);
        if (!organisation.name().equalsIgnoreCase(name.strip()) && organisations.existsByNameIgnoreCase(name.strip())) {
            throw new DomainException("organisation.name-taken");
        }
        organisation.change(name, kind, openForRegistration);
    }

    @Transactional
    public UnitId addUnit(OrganisationId organisationId, @Nullable UnitId parentId, String name) {
        Organisation organisation = organisation(organisationId);
        Unit parent = parentId == null ? null : unit(parentId);
        if (parent != null && !parent.organisation().equals(organisation)) {
            throw new DomainException("unit.parent-outside-organisation");
        }
        boolean taken = units.findByOrganisationId(organisation.id()).stream()
                .anyMatch(u -> Objects.equals(idOf(u.parent()), idOf(parent)) && u.name().equalsIgnoreCase(name.strip()));
        if (taken) {
            throw new DomainException("unit.name-taken");
        }
        return new UnitId(units.save(new Unit(organisation, parent, name)).id());
    }

    @Transactional
    public void renameUnit(UnitId id, String name) {
        unit(id).rename(name);
    }

    /** Only the units the person leads, each with its members; nothing of any other unit. */
    @Transactional(readOnly = true)
    public List<UnitMembers> ledBy(PersonId leaderId) {
        Person leader = persons.findById(leaderId.value()).orElseThrow(() -> new DomainException("person.not-found"));
        if (!leader.roles().contains(Role.LEADER)) {
            return List.of();
        }
        List<Unit> led = leader.ledUnits().stream().sorted(Comparator.comparing(Unit::name)).toList();
        Map<UUID, List<UnitMembers.Member>> membersByUnit = persons
                .membersOf(led.stream().map(Unit::id).toList()).stream()
                .collect(Collectors.groupingBy(MemberRow::unitId, Collectors.mapping(
                        p -> new UnitMembers.Member(new PersonId(p.id()), p.fullName(), p.email(), p.active()),
                        Collectors.toList())));
        return led.stream()
                .map(u -> new UnitMembers(UnitDetails.of(u), membersByUnit.getOrDefault(u.id(), List.of())))
                .toList();
    }

    private static @Nullable UUID idOf(@Nullable Unit unit) {
        return unit == null ? null : unit.id();
    }

    private Organisation organisation(OrganisationId id) {
        return organisations.findById(id.value()).orElseThrow(() -> new DomainException("organisation.not-found"));
    }

    private Unit unit(UnitId id) {
        return units.findById(id.value()).orElseThrow(() -> new DomainException("unit.not-found"));
    }
}
