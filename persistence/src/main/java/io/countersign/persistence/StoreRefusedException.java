package io.countersign.persistence;

/**
 * The store refused a write that would contradict what it already holds: a digest that does not
 * match its bytes, a chain append at a stale position, a second retirement of a key, and so on.
 */
public final class StoreRefusedException extends RuntimeException {

    public StoreRefusedException(String message) {
        super(message);
    }
}
