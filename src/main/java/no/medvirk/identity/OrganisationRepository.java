package no.medvirk.identity;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

    List<Organisation> findAllByOrderByNameAsc();

    List<Organisation> findByOpenForRegistrationTrueOrderByNameAsc();

    boolean existsByNameIgnoreCase(String name);
}
