package no.medvirk.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A part of an organisation (a service, a department, a team); units nest. */
@Entity
@Table(name = "unit")
class Unit {

    static final int NAME_LENGTH = 200;

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private @Nullable Unit parent;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Unit() {}

    Unit(Organisation organisation, @Nullable Unit parent, String name) {
        if (parent != null && !parent.organisation().equals(organisation)) {
            throw new IllegalArgumentException("A unit's parent must belong to the same organisation");
        }
        this.id = UUID.randomUUID();
        this.organisation = organisation;
        this.parent = parent;
        this.name = Names.require(name, NAME_LENGTH);
    }

    UUID id() {
        return id;
    }

    Organisation organisation() {
        return organisation;
    }

    @Nullable Unit parent() {
        return parent;
    }

    String name() {
        return name;
    }

    void rename(String name) {
        this.name = Names.require(name, NAME_LENGTH);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other || other instanceof Unit that && id.equals(that.id());
    }

    @Override
    public int hashCode() {
        return Unit.class.hashCode();
    }
}
