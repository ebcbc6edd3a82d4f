package no.medvirk.resourcebank;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
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
    private final AccountLinks accountLinks;
    private final BankFiles files;
    private final Clock clock;

    ResourceBank(JdbcTemplate jdbc, EntryRows rows, ChangeHistory history, ResourceBankProperties properties,
            AccountLinks accountLinks, BankFiles files, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.history = history;
        this.properties = properties;
        this.accountLinks = accountLinks;
        this.files = files;
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
        return create(form, null, actor, Change.Action.CREATED);
    }

    /** A new entry; an open resource may come with a file (checked again here), besides or instead of a link. */
    @Transactional
    public UUID create(EntryForm form, @Nullable BankFile file, Actor actor) {
        return create(form, file, actor, Change.Action.CREATED);
    }

    UUID create(EntryForm form, @Nullable BankFile given, Actor actor, Change.Action action) {
        BankFile file = checkedFile(form.kind(), given);
        form.check(file != null);
        Optional<Account> account = accountLinks.check(null, null, form.personId());
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        accountLinks.write(() -> rows.insert(id, form, now));
        history.record(id, actor, action, "");
        accountLinks.recordChange(id, actor, null, form.personId(), account);
        if (file != null) {
            files.store(id, file, now);
            history.record(id, actor, Change.Action.FILE_ATTACHED, file.name());
        }
        return id;
    }

    @Transactional
    public void update(UUID id, EntryForm form, Actor actor) {
        update(id, form, FileChange.KEEP, actor);
    }

    /** Changes an entry, and an open resource's file as asked; the history says which fields changed. */
    @Transactional
    public void update(UUID id, EntryForm form, FileChange fileChange, Actor actor) {
        Entry before = rows.any(id).orElseThrow(() -> new DomainException("bank.not-found"));
        if (before.kind() != form.kind()) {
            throw new DomainException("bank.validation.kind-changed");
        }
        BankFile replacement = checkedFile(form.kind(), fileChange.replacement());
        Optional<FileInfo> oldFile = files.info(id);
        boolean removeFile = fileChange.remove() && replacement == null && oldFile.isPresent();
        form.check(replacement != null || oldFile.isPresent() && !removeFile);
        UUID linkedBefore = before.content().personId();
        Optional<Account> account = accountLinks.check(id, linkedBefore, form.personId());
        List<String> changed = changedFields(before.content(), form);
        Instant now = clock.instant();
        if (!changed.isEmpty() || !Objects.equals(linkedBefore, form.personId())) {
            accountLinks.write(() -> rows.update(id, form, now));
        }
        if (!changed.isEmpty()) {
            history.record(id, actor, Change.Action.EDITED, String.join(", ", changed));
        }
        accountLinks.recordChange(id, actor, linkedBefore, form.personId(), account);
        if (replacement != null) {
            files.store(id, replacement, now);
            history.record(id, actor, Change.Action.FILE_ATTACHED, replacement.name());
        } else if (removeFile) {
            files.remove(id);
            history.record(id, actor, Change.Action.FILE_REMOVED, oldFile.get().name());
        }
    }

    /** Before anything is written: only an open resource has a file, and the file passes the checks again. */
    private @Nullable BankFile checkedFile(EntryKind kind, @Nullable BankFile file) {
        if (file == null) {
            return null;
        }
        if (kind != EntryKind.RESOURCE) {
            throw new DomainException("bank.file.only-resources");
        }
        return files.checked(file);
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
