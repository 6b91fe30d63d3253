package io.countersign.persistence;

import io.countersign.model.store.ChainEntryKind;
import io.countersign.model.store.EntrySummary;
import io.countersign.model.store.NewChainEntry;
import java.nio.charset.StandardCharsets;

/** Stand-in envelopes: the store treats them as opaque bytes, so any JSON will do. */
final class Envelopes {

    private Envelopes() {}

    static NewChainEntry decision(String text) {
        byte[] bytes = ("{\"payloadType\":\"test\",\"payload\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8);
        return new NewChainEntry(
                ChainEntryKind.DECISION,
                bytes,
                ContentDigest.sha256Hex(bytes),
                new EntrySummary("draft-" + text, 1, "alice", "approved"));
    }
}
