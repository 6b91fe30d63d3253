package io.countersign.benchmarks.queue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The S2 floor: Jackson's tokenizer walking the bytes, building nothing. Every strict read does at
 * least this; the rest of its cost is what the ratio shows.
 */
public final class TokenScan {
    private static final JsonFactory JSON = new JsonFactory();

    private TokenScan() {}

    /** Tokens in {@code bytes}; returned so the JIT cannot drop the scan. */
    public static long tokens(byte[] bytes) {
        long tokens = 0;
        try (JsonParser parser = JSON.createParser(bytes)) {
            while (parser.nextToken() != null) {
                tokens++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    public static long tokens(QueueBytes queue, boolean withSnapshotAndPolicy) {
        long tokens = withSnapshotAndPolicy ? tokens(queue.snapshot()) + tokens(queue.policy()) : 0;
        for (QueueBytes.Named draft : queue.drafts()) {
            tokens += tokens(draft.bytes());
        }
        return tokens;
    }
}
