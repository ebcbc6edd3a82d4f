package no.medvirk.resourcebank;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV export and import of each kind. An export holds only what the public may see, so a resource person without a
 * consent in force is never in it. An import adds every row as a new, unpublished entry, or none if a row is wrong.
 */
@Service
public class BankTransfers {

    private final EntryRows rows;
    private final ResourceBank bank;
    private final Clock clock;

    BankTransfers(EntryRows rows, ResourceBank bank, Clock clock) {
        this.rows = rows;
        this.bank = bank;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public byte[] export(EntryKind kind) {
        return BankCsv.write(kind, rows.visibleOfKind(kind), clock.getZone());
    }

    /** Adds the file's rows as unpublished entries; returns how many. */
    @Transactional
    public int importCsv(EntryKind kind, byte[] file, Actor actor) {
        List<EntryForm> forms = BankCsv.read(kind, file);
        forms.forEach(form -> bank.create(form, null, actor, Change.Action.IMPORTED));
        return forms.size();
    }
}
