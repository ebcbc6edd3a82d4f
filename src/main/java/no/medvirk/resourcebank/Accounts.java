package no.medvirk.resourcebank;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.medvirk.identity.People;
import no.medvirk.identity.PersonDetails;
import no.medvirk.identity.PersonId;
import org.springframework.stereotype.Service;

/**
 * The Medvirk accounts a course administrator can link a resource person's entry to, found by name or username
 * through the identity module's API. Only active accounts are offered; the person signs in with it to see and
 * withdraw their own consent.
 */
@Service
public class Accounts {

    private final People people;

    Accounts(People people) {
        this.people = people;
    }

    /** Active accounts whose name, username or e-mail contains the words, by name (at most {@code limit}). */
    public List<Account> search(String words, int offset, int limit) {
        return people.search(words).stream().filter(PersonDetails::active).skip(offset).limit(limit)
                .map(Accounts::account).toList();
    }

    public Optional<Account> find(UUID personId) {
        return people.find(new PersonId(personId)).map(Accounts::account);
    }

    public Optional<Account> byUsername(String username) {
        return people.findByUsername(username).filter(PersonDetails::active).map(Accounts::account);
    }

    private static Account account(PersonDetails person) {
        return new Account(person.id().value(), person.fullName(), person.username());
    }
}
