package io.countersign.model.store;

import java.util.Locale;

/** What a chain entry records. */
public enum ChainEntryKind {
    DECISION,
    EXPORT;

    /** The lower-case name stored in the chain, {@code decision} or {@code export}. */
    public String storedName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ChainEntryKind fromStoredName(String storedName) {
        return valueOf(storedName.toUpperCase(Locale.ROOT));
    }
}
