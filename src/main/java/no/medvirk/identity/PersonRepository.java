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

    /** The members of these units as plain rows: no entities, so no roles loaded one person at a time. */
    @Query("""
            select new no.medvirk.identity.MemberRow(p.id, p.fullName, p.email, p.active, u.id)
            from Person p join p.unit u where u.id in :unitIds order by p.fullName""")
    List<MemberRow> membersOf(java.util.Collection<UUID> unitIds);

    @Query("select p.id from Person p join p.roles r where r = :role")
    List<UUID> idsWithRole(Role role);

    @Query("select p from Person p join fetch p.organisation left join fetch p.unit")
    List<Person> findAllPlaced();
}
