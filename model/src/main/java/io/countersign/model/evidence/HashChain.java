package io.countersign.model.evidence;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Checks chain continuity and names the first broken link. */
public final class HashChain {

    private HashChain() {}

    /** Checks a whole chain from genesis: seq {@value ChainLink#FIRST_SEQ} after all zeros. */
    public static Optional<ChainBreak> firstBreak(List<ChainLink> links) {
        return firstBreak(links, ChainLink.FIRST_SEQ, Digest.ZERO);
    }

    /** Checks a stretch of chain that must start at {@code expectedSeq} after {@code expectedPrev}. */
    public static Optional<ChainBreak> firstBreak(List<ChainLink> links, long expectedSeq, Digest expectedPrev) {
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(expectedPrev, "expectedPrev");
        Set<Long> seen = new HashSet<>();
        long nextSeq = expectedSeq;
        Digest nextPrev = expectedPrev;
        for (int i = 0; i < links.size(); i++) {
            ChainLink link = links.get(i);
            if (link.seq() != nextSeq) {
                return Optional.of(new ChainBreak(
                        i,
                        link.seq(),
                        seqReason(links, i, nextSeq, seen),
                        "expected seq " + nextSeq + " but found " + link.seq()));
            }
            if (!link.prevEntryHash().equals(nextPrev)) {
                return Optional.of(new ChainBreak(
                        i,
                        link.seq(),
                        ChainBreakReason.PREV_HASH_MISMATCH,
                        "seq " + link.seq() + " follows " + link.prevEntryHash() + " but the previous entry is "
                                + nextPrev));
            }
            seen.add(link.seq());
            nextSeq = link.seq() + 1;
            nextPrev = link.entryHash();
        }
        return Optional.empty();
    }

    private static ChainBreakReason seqReason(List<ChainLink> links, int index, long expected, Set<Long> seen) {
        if (seen.contains(links.get(index).seq())) {
            return ChainBreakReason.SEQ_REPEATED;
        }
        for (int j = index + 1; j < links.size(); j++) {
            if (links.get(j).seq() == expected) {
                return ChainBreakReason.SEQ_REORDERED;
            }
        }
        return ChainBreakReason.SEQ_GAP;
    }
}
