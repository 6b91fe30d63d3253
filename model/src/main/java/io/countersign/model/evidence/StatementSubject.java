package io.countersign.model.evidence;

import java.util.Objects;

/** An in-toto subject: what the statement is about, named and pinned by its SHA-256 digest. */
public record StatementSubject(String name, Digest digest) {

    public StatementSubject {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(digest, "digest");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("subject name is empty");
        }
    }
}
