package io.countersign.model.pack;

import java.util.Objects;

/**
 * One problem found in a pack.
 *
 * @param reason the stable code
 * @param where  the bag-relative path or zip entry name it concerns, or {@code "archive"}
 * @param detail one line for people
 */
public record PackIssue(PackReason reason, String where, String detail) {

    public PackIssue {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return reason + " " + where + ": " + detail;
    }
}
