package io.countersign.persistence;

import org.jooq.DSLContext;

/**
 * An open store transaction that several repositories join, so that one import stores all of its
 * rows or none. Repositories take this instead of a jOOQ type, keeping jOOQ out of their API.
 */
public final class StoreTransaction {
    private final DSLContext dsl;

    public StoreTransaction(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** For repositories: the transaction's jOOQ context. */
    public DSLContext dsl() {
        return dsl;
    }
}
