package no.medvirk.resourcebank;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import no.medvirk.resourcebank.SearchResult.Facet;
import no.medvirk.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resource bank: one search across every kind, an entry's page, and what course administrators do with entries
 * (create, edit, publish, unpublish), each step written to the entry's change history.
 */
@Service
public class ResourceBank {

    static final int SEARCH_LIMIT = 1000;
    /** How close a name must be to the words, by trigrams, to count as found (0 to 1). */
    static final double NAME_SIMILARITY = 0.5;

    private final JdbcTemplate jdbc;
    private final EntryRows rows;
    private final ChangeHistory history;
    private final ResourceBankProperties properties;
    private final Accounts accounts;
    private final Clock clock;

    ResourceBank(JdbcTemplate jdbc, EntryRows rows, ChangeHistory history, ResourceBankProperties properties,
            Accounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.history = history;
        this.properties = properties;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Whether people who have not signed in may read the bank. */
    public boolean isOpenToPublic() {
        return properties.open();
    }

    /**
     * The visible entries matching the words, best first: full text with Norwegian stemming (title weighs most, then
     * summary, then the rest) plus trigram similarity on the title, so a misspelt name is still found.
     */
    @Transactional(readOnly = true)
    public SearchResult search(BankQuery query) {
        String words = query.words().strip();
        List<Entry> matches = words.isEmpty()
                ? jdbc.query("select " + EntryRows.COLUMNS + " from bank_entry e where " + EntryRows.VISIBLE
                        + " order by e.kind, lower(e.title) limit " + SEARCH_LIMIT, EntryRows.ENTRY)
                : jdbc.query("select " + EntryRows.COLUMNS + """
                        , ts_rank_cd(e.search, q, 1) + word_similarity(?, e.title) as rank
                        from bank_entry e, websearch_to_tsquery('norwegian'::regconfig, ?) q
                        where (e.search @@ q or word_similarity(?, e.title) >= ?)""" + " and " + EntryRows.VISIBLE
                        + " order by rank desc, lower(e.title) limit " + SEARCH_LIMIT, EntryRows.ENTRY, words, words,
                        words, NAME_SIMILARITY);
        Map<Facet, Predicate<Entry>> filters = filters(query);
        var facets = new EnumMap<Facet, Map<String, Long>>(Facet.class);
        for (Facet facet : Facet.values()) {
            var counts = new LinkedHashMap<String, Long>();
            matches.stream().filter(e -> filters.entrySet().stream()
                    .allMatch(f -> f.getKey() == facet || f.getValue().test(e)))
                    .forEach(e -> values(facet, e).forEach(v -> counts.merge(v, 1L, Long::sum)));
            facets.put(facet, counts);
        }
        List<Entry> found = matches.stream().filter(e -> filters.values().stream().allMatch(f -> f.test(e))).toList();
        return new SearchResult(found, facets);
    }

    private static Map<Facet, Predicate<Entry>> filters(BankQuery query) {
        var filters = new EnumMap<Facet, Predicate<Entry>>(Facet.class);
        filters.put(Facet.KIND, any(query.kinds().stream().map(EntryKind::code).toList(), Facet.KIND));
        filters.put(Facet.TAG, any(query.tags(), Facet.TAG));
        filters.put(Facet.AUDIENCE, any(query.audiences(), Facet.AUDIENCE));
        filters.put(Facet.LEVEL, any(query.levels(), Facet.LEVEL));
        filters.put(Facet.REGION, any(query.regions(), Facet.REGION));
        return filters;
    }

    private static Predicate<Entry> any(java.util.Collection<String> chosen, Facet facet) {
        return entry -> chosen.isEmpty() || values(facet, entry).stream().anyMatch(chosen::contains);
    }

    private static List<String> values(Facet facet, Entry entry) {
        EntryForm c = entry.content();
        return switch (facet) {
            case KIND -> List.of(c.kind().code());
            case TAG -> c.tags();
            case AUDIENCE -> c.audiences();
            case LEVEL -> c.level() == null ? List.of() : List.of(c.level());
            case REGION -> c.region() == null ? List.of() : List.of(c.region());
        };
    }

    /** An entry as anyone may see it: published, and for a resource person only with a consent in force. */
    @Transactional(readOnly = true)
    public Optional<Entry> find(UUID id) {
        return rows.visible(id);
    }

    /** Any entry, published or not, for course administrators. */
    @Transactional(readOnly = true)
    public Optional<Entry> findForAdmin(UUID id) {
        return rows.any(id);
    }

    @Transactional(readOnly = true)
    public List<Entry> all() {
        return rows.all();
    }

    @Transactional
    public UUID create(EntryForm form, Actor actor) {
        return create(form, actor, Change.Action.CREATED);
    }

    UUID create(EntryForm form, Actor actor, Change.Action action) {
        form.check();
        Optional<Account> account = account(null, form.personId());
        UUID id = UUID.randomUUID();
        try {
            rows.insert(id, form, clock.instant());
        } catch (DuplicateKeyException e) {
            throw new DomainException("bank.validation.account-taken-now");
        }
        history.record(id, actor, action, "");
        account.ifPresent(a -> history.record(id, actor, Change.Action.ACCOUNT_LINKED, a.label()));
        return id;
    }

    @Transactional
    public void update(UUID id, EntryForm form, Actor actor) {
        Entry before = rows.any(id).orElseThrow(() -> new DomainException("bank.not-found"));
        if (before.kind() != form.kind()) {
            throw new DomainException("bank.validation.kind-changed");
        }
        form.check();
        UUID linkedBefore = before.content().personId();
        Optional<Account> account = Objects.equals(linkedBefore, form.personId()) ? Optional.empty()
                : account(id, form.personId());
        List<String> changed = changedFields(before.content(), form);
        if (changed.isEmpty() && Objects.equals(linkedBefore, form.personId())) {
            return;
        }
        try {
            rows.update(id, form, clock.instant());
        } catch (DuplicateKeyException e) {
            throw new DomainException("bank.validation.account-taken-now");
        }
        if (!changed.isEmpty()) {
            history.record(id, actor, Change.Action.EDITED, String.join(", ", changed));
        }
        if (!Objects.equals(linkedBefore, form.personId())) {
            if (linkedBefore != null) {
                history.record(id, actor, Change.Action.ACCOUNT_UNLINKED,
                        accounts.find(linkedBefore).map(Account::label).orElse(linkedBefore.toString()));
            }
            account.ifPresent(a -> history.record(id, actor, Change.Action.ACCOUNT_LINKED, a.label()));
        }
    }

    /**
     * The account an entry is to be linked to: it must exist, and no other entry may have it (one account, one
     * resource person, so Mitt samtykke shows that person's consents and nobody else's).
     */
    private Optional<Account> account(@Nullable UUID entryId, @Nullable UUID personId) {
        if (personId == null) {
            return Optional.empty();
        }
        Account account = accounts.find(personId).orElseThrow(() -> new DomainException(
                "bank.validation.account-unknown"));
        jdbc.queryForList("select title from bank_entry where person_id = ? and id is distinct from ?", String.class,
                personId, entryId).stream().findFirst().ifPresent(other -> {
                    throw new DomainException("bank.validation.account-taken", other);
                });
        return Optional.of(account);
    }

    @Transactional
    public void setPublished(UUID id, boolean published, Actor actor) {
        Entry entry = rows.any(id).orElseThrow(() -> new DomainException("bank.not-found"));
        if (entry.published() == published) {
            return;
        }
        rows.setPublished(id, published, clock.instant());
        history.record(id, actor, published ? Change.Action.PUBLISHED : Change.Action.UNPUBLISHED, "");
    }

    @Transactional(readOnly = true)
    public List<Change> history(UUID id) {
        return history.of(id);
    }

    /** The names of the fields that differ, as the change history lists them. */
    static List<String> changedFields(EntryForm before, EntryForm after) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : EntryForm.class.getRecordComponents()) {
            if (component.getName().equals("personId")) {
                continue; // linking an account has lines of its own in the history
            }
            Function<EntryForm, Object> read = form -> {
                try {
                    return component.getAccessor().invoke(form);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            };
            if (!Objects.equals(read.apply(before), read.apply(after))) {
                changed.add(component.getName());
            }
        }
        return changed;
    }

    /** The kinds a search can narrow to, in the order the bank shows them. */
    public static Set<EntryKind> kinds() {
        return java.util.EnumSet.allOf(EntryKind.class);
    }
}
