package no.medvirk.identity;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UnitRepository extends JpaRepository<Unit, UUID> {

    @Query("select u from Unit u join fetch u.organisation left join fetch u.parent order by u.name")
    List<Unit> findAllWithOrganisation();

    @Query("select u from Unit u left join fetch u.parent where u.organisation.id = :organisationId order by u.name")
    List<Unit> findByOrganisationId(UUID organisationId);
}
