package no.medvirk.resourcebank;

import org.jspecify.annotations.Nullable;

/** What an edit does to an open resource's file: keep it, remove it, or put a new one in its place. */
public record FileChange(@Nullable BankFile replacement, boolean remove) {

    public static final FileChange KEEP = new FileChange(null, false);
    public static final FileChange REMOVE = new FileChange(null, true);

    public static FileChange replaceWith(BankFile file) {
        return new FileChange(file, false);
    }
}
