package no.medvirk.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, UUID> {

    @Query("select p from Person p where lower(p.username) = lower(:username)")
    Optional<Person> findByUsername(String username);

    @Query("select p from Person p where lower(p.email) = lower(:email)")
    Optional<Person> findByEmail(String email);

    boolean existsByUsernameIgnoreCase(String username);

    boolean existsByEmailIgnoreCase(String email);

    @Query("""
            select p from Person p join fetch p.organisation left join fetch p.unit
            where :query = '' or lower(p.fullName) like lower(concat('%', :query, '%'))
               or lower(p.username) like lower(concat('%', :query, '%'))
               or lower(p.email) like lower(concat('%', :query, '%'))
            order by p.fullName""")
    List<Person> search(String query, Pageable page);

    @Query("select p from Person p join fetch p.organisation join p.unit u where u.id in :unitIds order by p.fullName")
    List<Person> findByUnitIdIn(java.util.Collection<UUID> unitIds);

    @Query("select p from Person p join fetch p.organisation left join fetch p.unit")
    List<Person> findAllPlaced();
}
