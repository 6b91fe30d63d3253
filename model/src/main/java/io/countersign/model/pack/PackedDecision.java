package io.countersign.model.pack;

import io.countersign.model.evidence.Digest;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A verified decision on its way into a pack: the exact envelope bytes as stored, what they say,
 * and the systems derived from its blobs.
 */
public record PackedDecision(byte[] envelope, DecisionFacts record, Set<String> systems) {

    public PackedDecision {
        envelope = Objects.requireNonNull(envelope, "envelope").clone();
        Objects.requireNonNull(record, "record");
        systems = Set.copyOf(systems);
    }

    @Override
    public byte[] envelope() {
        return envelope.clone();
    }

    public long seq() {
        return record.seq();
    }

    public Digest entryHash() {
        return Digest.sha256(envelope);
    }

    /** Systems in name order. */
    public List<String> sortedSystems() {
        return systems.stream().sorted().toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PackedDecision that
                && Arrays.equals(envelope, that.envelope)
                && record.equals(that.record)
                && systems.equals(that.systems);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(envelope);
    }
}
