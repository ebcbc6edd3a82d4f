package no.medvirk.identity;

import java.time.Clock;
import no.medvirk.shared.SignedInUser;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs people in by username or e-mail address; deactivated people cannot, locked ones not for a while. */
@Service
class PersonUserDetailsService implements UserDetailsService {

    private final People people;
    private final Clock clock;

    PersonUserDetailsService(People people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Person person = people.byUsernameOrEmail(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such person"));
        var authorities = person.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
        return new SignedInUser(person.id(), person.username(), person.passwordHash(), person.active(),
                !person.lockedAt(clock.instant()), authorities, person.fullName(), person.preferredLanguage());
    }
}
