package no.medvirk.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A municipality, a hospital trust, a university or a user organisation. */
@Entity
@Table(name = "organisation")
class Organisation {

    static final int NAME_LENGTH = 200;

    @Id
    private UUID id;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private OrganisationKind kind;

    @Column(name = "open_for_registration", nullable = false)
    private boolean openForRegistration;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Organisation() {}

    Organisation(String name, OrganisationKind kind, boolean openForRegistration) {
        this.id = UUID.randomUUID();
        this.name = Names.require(name, NAME_LENGTH);
        this.kind = kind;
        this.openForRegistration = openForRegistration;
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    OrganisationKind kind() {
        return kind;
    }

    boolean openForRegistration() {
        return openForRegistration;
    }

    void change(String name, OrganisationKind kind, boolean openForRegistration) {
        this.name = Names.require(name, NAME_LENGTH);
        this.kind = kind;
        this.openForRegistration = openForRegistration;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other || other instanceof Organisation that && id.equals(that.id());
    }

    @Override
    public int hashCode() {
        return Organisation.class.hashCode();
    }
}
