package no.medvirk.resourcebank;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import no.medvirk.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Medvirk account a resource person's entry is linked to: it must exist, and no other entry may have it (one
 * account, one resource person, so Mitt samtykke shows that person's consents and nobody else's). A unique index
 * holds the rule when two administrators link the same account at once. Linking and unlinking are in the history.
 */
@Component
class AccountLinks {

    private final JdbcTemplate jdbc;
    private final Accounts accounts;
    private final ChangeHistory history;

    AccountLinks(JdbcTemplate jdbc, Accounts accounts, ChangeHistory history) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.history = history;
    }

    /** Checks the account an entry is to have, before it is written; nothing when it keeps the one it has. */
    Optional<Account> check(@Nullable UUID entryId, @Nullable UUID before, @Nullable UUID after) {
        if (after == null || after.equals(before)) {
            return Optional.empty();
        }
        Account account = accounts.find(after).orElseThrow(() -> new DomainException(
                "bank.validation.account-unknown"));
        jdbc.queryForList("select title from bank_entry where person_id = ? and id is distinct from ?", String.class,
                after, entryId).stream().findFirst().ifPresent(other -> {
                    throw new DomainException("bank.validation.account-taken", other);
                });
        return Optional.of(account);
    }

    /** Writes the entry's rows; a concurrent link of the same account loses with a message, not a stack trace. */
    void write(Runnable write) {
        try {
            write.run();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new DomainException("bank.validation.account-taken-now");
        }
    }

    void recordChange(UUID entryId, Actor actor, @Nullable UUID before, @Nullable UUID after,
            Optional<Account> linked) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before != null) {
            history.record(entryId, actor, Change.Action.ACCOUNT_UNLINKED,
                    accounts.find(before).map(Account::label).orElse(before.toString()));
        }
        linked.ifPresent(account -> history.record(entryId, actor, Change.Action.ACCOUNT_LINKED, account.label()));
    }
}
