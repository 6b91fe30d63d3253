package io.countersign.persistence.blob;

import java.lang.ref.SoftReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Parsed forms of stored blobs, by digest. A blob never changes under its digest, so a parsed value
 * can never go stale; keeping it saves re-reading a 44 MB queue (or a 5 MB snapshot) every time a
 * decision is checked or the queue reloads. Values are softly held: under memory pressure they are
 * parsed again rather than kept.
 */
public final class ParsedBlobs {
    private final ConcurrentHashMap<String, SoftReference<Object>> values = new ConcurrentHashMap<>();

    /** The parsed value of the blob, parsing it with {@code parse} when it is not held. */
    public <T> T get(String digest, Class<T> type, Supplier<T> parse) {
        T held = held(digest, type);
        if (held != null) {
            return held;
        }
        T value = parse.get();
        values.put(digest, new SoftReference<>(value));
        return value;
    }

    /** The held value, or null when it was never parsed, was collected, or is of another type. */
    public <T> T held(String digest, Class<T> type) {
        SoftReference<Object> reference = values.get(digest);
        Object value = reference == null ? null : reference.get();
        return type.isInstance(value) ? type.cast(value) : null;
    }

    public void put(String digest, Object value) {
        values.put(digest, new SoftReference<>(value));
    }
}
