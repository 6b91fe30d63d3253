package io.countersign.persistence.input;

import io.countersign.model.format.Casebook;
import io.countersign.model.format.Draft;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Snapshot;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The four input formats, each stored as a blob of its own media type. */
public enum InputKind {
    DRAFT(Draft.FORMAT),
    SNAPSHOT(Snapshot.FORMAT),
    POLICY(Policy.FORMAT),
    CASEBOOK(Casebook.FORMAT);

    private final String format;

    InputKind(String format) {
        this.format = format;
    }

    /** The {@code format} value that names this kind, e.g. {@code countersign.draft/v1}. */
    public String format() {
        return format;
    }

    /** The blob media type and import-log kind: {@code draft}, {@code snapshot}, {@code policy}, {@code casebook}. */
    public String storedName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<InputKind> fromFormat(String format) {
        return Arrays.stream(values())
                .filter(kind -> kind.format.equals(format))
                .findFirst();
    }

    public static InputKind fromStoredName(String storedName) {
        return valueOf(storedName.toUpperCase(Locale.ROOT));
    }
}
