package io.countersign.persistence.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.model.store.ChainEntry;
import io.countersign.model.store.ChainEntryKind;
import io.countersign.model.store.ChainPosition;
import io.countersign.model.store.EntrySummary;
import io.countersign.model.store.NewChainEntry;
import io.countersign.persistence.ContentDigest;
import io.countersign.persistence.StoreRefusedException;
import io.countersign.persistence.Workspace;
import io.countersign.persistence.jooq.Tables;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceChainRepositoryTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private EvidenceChainRepository chain;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir);
        chain = workspace.evidenceChain();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    static NewChainEntry entry(String text) {
        byte[] bytes = ("{\"payload\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8);
        return new NewChainEntry(
                ChainEntryKind.DECISION,
                bytes,
                ContentDigest.sha256Hex(bytes),
                new EntrySummary("draft-" + text, 2, "alice", "approved"));
    }

    @Test
    void startsTheChainAtSeqOneWithNoPreviousHash() {
        ChainEntry first = chain.append(entry("a"));

        assertThat(first.seq()).isEqualTo(1);
        assertThat(first.prevEntryHash()).isNull();
    }

    @Test
    void assignsConsecutiveSeqsEachLinkedToThePreviousHash() {
        ChainEntry a = chain.append(entry("a"));
        ChainEntry b = chain.append(entry("b"));
        ChainEntry c = chain.append(entry("c"));

        assertThat(List.of(a.seq(), b.seq(), c.seq())).containsExactly(1L, 2L, 3L);
        assertThat(b.prevEntryHash()).isEqualTo(a.entryHash());
        assertThat(c.prevEntryHash()).isEqualTo(b.entryHash());
    }

    @Test
    void keepsTheExactEnvelopeBytesAndListingColumns() {
        NewChainEntry sent = entry("bytes");
        chain.append(sent);

        ChainEntry stored = chain.get(1).orElseThrow();
        assertThat(stored.envelope()).isEqualTo(sent.envelope());
        assertThat(stored.summary()).isEqualTo(sent.summary());
        assertThat(stored.kind()).isEqualTo(ChainEntryKind.DECISION);
    }

    @Test
    void returnsTheEntryAsStored() {
        ChainEntry first = chain.append(entry("a"));
        ChainEntry second = chain.append(entry("b"));

        assertThat(chain.get(1)).contains(first);
        assertThat(chain.get(2)).contains(second);
    }

    @Test
    void commitsRowsWrittenAlongsideTogetherWithTheEntry() {
        byte[] blob = "{\"findings\":[]}".getBytes(StandardCharsets.UTF_8);

        ChainEntry appended =
                chain.appendNext(tx -> workspace.blobs().put(tx, "findings", blob), position -> entry("with-blob"));

        assertThat(chain.get(appended.seq())).contains(appended);
        assertThat(workspace.blobs().contains(ContentDigest.sha256Hex(blob))).isTrue();
    }

    @Test
    void aFailureBuildingTheEntryLeavesNoRowWrittenAlongside() {
        chain.append(entry("a"));
        byte[] blob = "{\"findings\":[1]}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> chain.appendNext(tx -> workspace.blobs().put(tx, "findings", blob), position -> {
                    assertThat(workspace.blobs().contains(ContentDigest.sha256Hex(blob)))
                            .as("not visible outside the transaction")
                            .isFalse();
                    throw new IllegalStateException("signing failed");
                }))
                .hasMessage("signing failed");

        assertThat(workspace.blobs().contains(ContentDigest.sha256Hex(blob))).isFalse();
        assertThat(chain.size()).isEqualTo(1);
        assertThat(chain.append(entry("b")).seq())
                .as("the chain goes on where it was")
                .isEqualTo(2);
    }

    @Test
    void anEntryInsertedBehindTheRepositorysBackIsNeverForkedFrom() {
        ChainEntry first = chain.append(entry("a"));
        workspace
                .dsl()
                .insertInto(Tables.EVIDENCE_ENTRY)
                .set(Tables.EVIDENCE_ENTRY.SEQ, 2L)
                .set(Tables.EVIDENCE_ENTRY.KIND, "decision")
                .set(Tables.EVIDENCE_ENTRY.ENVELOPE, entry("x").envelope())
                .set(Tables.EVIDENCE_ENTRY.ENTRY_HASH, entry("x").entryHash())
                .set(Tables.EVIDENCE_ENTRY.PREV_ENTRY_HASH, first.entryHash())
                .set(Tables.EVIDENCE_ENTRY.RECORDED_AT, OffsetDateTime.now())
                .execute();

        assertThatThrownBy(() -> chain.append(entry("b"))).as("seq 2 is taken").isInstanceOf(RuntimeException.class);
        ChainEntry third = chain.append(entry("b"));

        assertThat(third.seq()).isEqualTo(3);
        assertThat(third.prevEntryHash()).isEqualTo(entry("x").entryHash());
    }

    @Test
    void aRefusedEntryLeavesNoRowWrittenAlongside() {
        byte[] blob = "{\"findings\":[2]}".getBytes(StandardCharsets.UTF_8);
        NewChainEntry wrongHash = new NewChainEntry(
                ChainEntryKind.DECISION, blob, "0".repeat(64), new EntrySummary("d", 1, "alice", "approved"));

        assertThatThrownBy(() ->
                        chain.appendNext(tx -> workspace.blobs().put(tx, "findings", blob), position -> wrongHash))
                .isInstanceOf(StoreRefusedException.class);

        assertThat(workspace.blobs().contains(ContentDigest.sha256Hex(blob))).isFalse();
        assertThat(chain.size()).isZero();
    }

    @Test
    void refusesAnEntryWhoseHashIsNotTheEnvelopeDigest() {
        NewChainEntry good = entry("a");
        NewChainEntry lying = new NewChainEntry(good.kind(), good.envelope(), "0".repeat(64), good.summary());

        assertThatThrownBy(() -> chain.append(lying)).isInstanceOf(StoreRefusedException.class);
        assertThat(chain.size()).isZero();
    }

    @Test
    void refusesTheSameEnvelopeTwice() {
        chain.append(entry("a"));

        assertThatThrownBy(() -> chain.append(entry("a"))).isInstanceOf(RuntimeException.class);
        assertThat(chain.size()).isEqualTo(1);
    }

    @Test
    void refusesAnAppendMadeForAPositionTheChainHasLeft() {
        ChainPosition signedFor = chain.nextPosition();
        chain.append(entry("someone else"));

        assertThatThrownBy(() -> chain.appendAt(signedFor, entry("late")))
                .isInstanceOf(StoreRefusedException.class)
                .hasMessageContaining("chain moved");
    }

    @Test
    void handsTheSignerTheNextPosition() {
        ChainEntry first = chain.append(entry("a"));

        ChainEntry second =
                chain.appendNext(position -> entry("seq " + position.seq() + " after " + position.prevEntryHash()));

        assertThat(second.seq()).isEqualTo(2);
        assertThat(new String(second.envelope(), StandardCharsets.UTF_8)).contains("seq 2 after " + first.entryHash());
    }

    @Test
    void reportsTheLastEntry() {
        assertThat(chain.last()).isEmpty();
        chain.append(entry("a"));
        ChainEntry b = chain.append(entry("b"));

        assertThat(chain.last()).contains(b);
    }

    @Test
    void streamsEveryEntryInSeqOrder() {
        IntStream.range(0, 150).forEach(i -> chain.append(entry("e" + i)));

        try (Stream<ChainEntry> entries = chain.entries()) {
            assertThat(entries.mapToLong(ChainEntry::seq))
                    .containsExactlyElementsOf(
                            IntStream.rangeClosed(1, 150).asLongStream().boxed().toList());
        }
    }

    @Test
    void keepsTheChainConsistentUnderConcurrentAppendsFromTwoThreads() throws Exception {
        int perThread = 100;
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Callable<Void>> writers = Stream.of("left", "right")
                    .<Callable<Void>>map(name -> () -> {
                        for (int i = 0; i < perThread; i++) {
                            chain.append(entry(name + i));
                        }
                        return null;
                    })
                    .toList();
            for (var result : pool.invokeAll(writers)) {
                result.get();
            }
        }

        try (Stream<ChainEntry> entries = chain.entries()) {
            List<ChainEntry> all = entries.toList();
            assertThat(all).hasSize(2 * perThread);
            for (int i = 0; i < all.size(); i++) {
                assertThat(all.get(i).seq()).isEqualTo(i + 1);
                assertThat(all.get(i).prevEntryHash())
                        .isEqualTo(i == 0 ? null : all.get(i - 1).entryHash());
            }
        }
    }
}
