package io.countersign.model.evidence;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HashChainTest {

    private static Digest hash(String name) {
        return Digest.sha256(name.getBytes(UTF_8));
    }

    /** A valid chain of {@code length} links, seq 1..length. */
    private static List<ChainLink> chain(int length) {
        List<ChainLink> links = new ArrayList<>();
        ChainLink link = ChainLink.genesis(hash("e1"));
        links.add(link);
        for (int i = 2; i <= length; i++) {
            link = link.next(hash("e" + i));
            links.add(link);
        }
        return links;
    }

    @Test
    void acceptsAnUnbrokenChain() {
        assertThat(HashChain.firstBreak(chain(5))).isEmpty();
    }

    @Test
    void acceptsAnEmptyChain() {
        assertThat(HashChain.firstBreak(List.of())).isEmpty();
    }

    @Test
    void namesASequenceGap() {
        List<ChainLink> links = chain(5);
        links.remove(2); // seq 3 missing
        ChainBreak broken = HashChain.firstBreak(links).orElseThrow();
        assertThat(broken.reason()).isEqualTo(ChainBreakReason.SEQ_GAP);
        assertThat(broken.index()).isEqualTo(2);
        assertThat(broken.seq()).isEqualTo(4);
        assertThat(broken.detail()).isEqualTo("expected seq 3 but found 4");
    }

    @Test
    void namesAReorder() {
        List<ChainLink> links = chain(5);
        links.add(2, links.remove(3)); // 1,2,4,3,5
        ChainBreak broken = HashChain.firstBreak(links).orElseThrow();
        assertThat(broken.reason()).isEqualTo(ChainBreakReason.SEQ_REORDERED);
        assertThat(broken.seq()).isEqualTo(4);
    }

    @Test
    void namesARepeatedSequenceNumber() {
        List<ChainLink> links = chain(3);
        links.add(links.get(1)); // 1,2,3,2
        ChainBreak broken = HashChain.firstBreak(links).orElseThrow();
        assertThat(broken.reason()).isEqualTo(ChainBreakReason.SEQ_REPEATED);
        assertThat(broken.index()).isEqualTo(3);
    }

    @Test
    void namesAWrongPreviousHash() {
        List<ChainLink> links = chain(4);
        links.set(2, new ChainLink(3, hash("forged"), links.get(2).entryHash()));
        ChainBreak broken = HashChain.firstBreak(links).orElseThrow();
        assertThat(broken.reason()).isEqualTo(ChainBreakReason.PREV_HASH_MISMATCH);
        assertThat(broken.seq()).isEqualTo(3);
    }

    @Test
    void namesARewrittenEntryByItsSuccessor() {
        List<ChainLink> links = chain(4);
        links.set(1, new ChainLink(2, links.get(1).prevEntryHash(), hash("rewritten")));
        ChainBreak broken = HashChain.firstBreak(links).orElseThrow();
        assertThat(broken.reason()).isEqualTo(ChainBreakReason.PREV_HASH_MISMATCH);
        assertThat(broken.seq()).isEqualTo(3);
    }

    @Test
    void requiresGenesisToFollowZeros() {
        List<ChainLink> links = List.of(new ChainLink(1, hash("elsewhere"), hash("e1")));
        assertThat(HashChain.firstBreak(links).orElseThrow().reason()).isEqualTo(ChainBreakReason.PREV_HASH_MISMATCH);
    }

    @Test
    void requiresChainToStartAtFirstSeq() {
        List<ChainLink> links = chain(3).subList(1, 3);
        assertThat(HashChain.firstBreak(links).orElseThrow().reason()).isEqualTo(ChainBreakReason.SEQ_GAP);
    }

    @Test
    void checksAStretchFromAKnownPoint() {
        List<ChainLink> links = chain(5);
        ChainLink before = links.get(1);
        assertThat(HashChain.firstBreak(links.subList(2, 5), before.seq() + 1, before.entryHash()))
                .isEmpty();
    }

    @Test
    void hashesTheEnvelopesCanonicalBytes() {
        DsseEnvelope envelope = Dsse.sign("text/plain", "x".getBytes(UTF_8), SigningKey.generate());
        assertThat(ChainLink.entryHashOf(envelope)).isEqualTo(Digest.sha256(envelope.toCanonicalJson()));
    }
}
