package no.medvirk.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import no.medvirk.shared.DomainException;
import no.medvirk.shared.Language;
import org.jspecify.annotations.Nullable;

/** Someone who signs in to Medvirk: a representative, a leader, a course administrator or an administrator. */
@Entity
@Table(name = "person")
class Person {

    static final int USERNAME_LENGTH = 100;
    static final int EMAIL_LENGTH = 254;
    static final int NAME_LENGTH = 200;

    @Id
    private UUID id;

    @Column(name = "username", nullable = false, length = USERNAME_LENGTH)
    private String username;

    @Column(name = "email", nullable = false, length = EMAIL_LENGTH)
    private String email;

    @Column(name = "full_name", nullable = false, length = NAME_LENGTH)
    private String fullName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private @Nullable Unit unit;

    @Column(name = "preferred_language", nullable = false, length = 5)
    private String preferredLanguage;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = new HashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "person_led_unit", joinColumns = @JoinColumn(name = "person_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    private Set<Unit> ledUnits = new HashSet<>();

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Person() {}

    Person(String username, String email, String fullName, String passwordHash, Organisation organisation) {
        this.id = UUID.randomUUID();
        this.username = requireUsername(username);
        this.email = requireEmail(email);
        this.fullName = Names.require(fullName, NAME_LENGTH);
        this.passwordHash = passwordHash;
        this.organisation = organisation;
        this.preferredLanguage = Language.NB.code();
        this.roles.add(Role.LEARNER);
        this.active = true;
    }

    static String requireUsername(String username) {
        String value = username.strip().toLowerCase(Locale.ROOT);
        if (!value.matches("[a-z0-9._@+-]{2," + USERNAME_LENGTH + "}")) {
            throw new DomainException("validation.username");
        }
        return value;
    }

    static String requireEmail(String email) {
        String value = email.strip().toLowerCase(Locale.ROOT);
        if (value.length() > EMAIL_LENGTH || !value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new DomainException("validation.email");
        }
        return value;
    }

    UUID id() {
        return id;
    }

    String username() {
        return username;
    }

    String email() {
        return email;
    }

    String fullName() {
        return fullName;
    }

    String passwordHash() {
        return passwordHash;
    }

    Organisation organisation() {
        return organisation;
    }

    @Nullable Unit unit() {
        return unit;
    }

    Language preferredLanguage() {
        return Language.ofCode(preferredLanguage);
    }

    Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    Set<Unit> ledUnits() {
        return Set.copyOf(ledUnits);
    }

    boolean active() {
        return active;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void changeDetails(String username, String email, String fullName) {
        this.username = requireUsername(username);
        this.email = requireEmail(email);
        this.fullName = Names.require(fullName, NAME_LENGTH);
    }

    void placeIn(Organisation organisation, @Nullable Unit unit) {
        if (unit != null && !unit.organisation().equals(organisation)) {
            throw new DomainException("person.unit-outside-organisation");
        }
        this.organisation = organisation;
        this.unit = unit;
    }

    /** Roles and led units change together: only a leader leads units, and a leader leads at least one. */
    void assignRoles(Set<Role> roles, Set<Unit> ledUnits) {
        if (roles.isEmpty()) {
            throw new DomainException("person.no-role");
        }
        if (roles.contains(Role.LEADER) && ledUnits.isEmpty()) {
            throw new DomainException("person.leader-without-unit");
        }
        this.roles = new HashSet<>(roles);
        this.ledUnits = roles.contains(Role.LEADER) ? new HashSet<>(ledUnits) : new HashSet<>();
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void preferLanguage(Language language) {
        this.preferredLanguage = language.code();
    }

    void deactivate() {
        this.active = false;
    }

    void reactivate() {
        this.active = true;
    }

    /** Counts a failed sign-in; the account locks for a while once too many follow each other. */
    void signInFailed(Instant now, int maxFailures, Duration lockFor) {
        failedSignIns++;
        if (failedSignIns >= maxFailures) {
            lockedUntil = now.plus(lockFor);
            failedSignIns = 0;
        }
    }

    void signInSucceeded() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other || other instanceof Person that && id.equals(that.id());
    }

    @Override
    public int hashCode() {
        return Person.class.hashCode();
    }
}
