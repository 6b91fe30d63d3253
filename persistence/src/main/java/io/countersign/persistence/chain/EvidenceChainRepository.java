package io.countersign.persistence.chain;

import static io.countersign.persistence.jooq.Tables.EVIDENCE_ENTRY;

import io.countersign.model.store.ChainEntry;
import io.countersign.model.store.ChainEntryKind;
import io.countersign.model.store.ChainPosition;
import io.countersign.model.store.EntrySummary;
import io.countersign.model.store.NewChainEntry;
import io.countersign.persistence.ContentDigest;
import io.countersign.persistence.DurableTransactions;
import io.countersign.persistence.StoreRefusedException;
import io.countersign.persistence.StoreTime;
import io.countersign.persistence.StoreTransaction;
import io.countersign.persistence.jooq.tables.records.EvidenceEntryRecord;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Record2;

/**
 * The evidence hash chain: seq 1, 2, 3… without gaps, each entry naming its predecessor's hash.
 * Appends are serialised in this process (the workspace lock keeps other processes out) and
 * are on disk before any append method returns.
 */
public final class EvidenceChainRepository {

    private static final int STREAM_FETCH_SIZE = 64;

    private final DurableTransactions transactions;
    private final Clock clock;
    private final Lock appendLock = new ReentrantLock(true);
    // Where the next append goes, as of this repository's last committed append; null when unknown
    // (before the first append, after a failed one). Guarded by appendLock. Only this repository
    // appends, and were a row ever inserted behind its back, the stale seq would be refused by the
    // primary key and the position read again: never a fork.
    private ChainPosition nextAfterCommit;

    public EvidenceChainRepository(DurableTransactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Appends at the next position: seq = last + 1, prev = last entry's hash. */
    public ChainEntry append(ChainEntryKind kind, byte[] envelope, String entryHash, EntrySummary summary) {
        return append(new NewChainEntry(kind, envelope, entryHash, summary));
    }

    /** Appends at the next position: seq = last + 1, prev = last entry's hash. */
    public ChainEntry append(NewChainEntry entry) {
        return appendNext(position -> entry);
    }

    /**
     * Appends at {@code expected} only if that is still the next position; a signed record
     * carries its seq and previous hash, so it must land exactly where it was signed for.
     *
     * @throws StoreRefusedException if the chain has moved on since {@code expected} was read
     */
    public ChainEntry appendAt(ChainPosition expected, NewChainEntry entry) {
        return appendNext(position -> {
            if (!position.equals(expected)) {
                throw new StoreRefusedException(
                        "chain moved: next position is " + position + ", the entry was made for " + expected);
            }
            return entry;
        });
    }

    /**
     * Builds the entry for the next position while holding the append lock (so the signer can
     * put seq and previous hash into the signed bytes) and appends it in the same transaction.
     */
    public ChainEntry appendNext(Function<ChainPosition, NewChainEntry> build) {
        return appendNext(transaction -> {}, build);
    }

    /**
     * {@link #appendNext(Function)} with other rows written first in the same transaction, so they
     * commit with the entry or not at all, under one sync: a decision's findings blob and its entry.
     * If {@code alongside} or {@code build} throws, nothing is written.
     */
    public ChainEntry appendNext(Consumer<StoreTransaction> alongside, Function<ChainPosition, NewChainEntry> build) {
        return transactions.write(
                appendLock,
                tx -> {
                    DSLContext dsl = tx.dsl();
                    alongside.accept(new StoreTransaction(dsl));
                    ChainPosition position = nextAfterCommit != null ? nextAfterCommit : positionAfterLast(dsl);
                    nextAfterCommit = null; // known again only once this append commits
                    NewChainEntry entry = build.apply(position);
                    String actual = ContentDigest.sha256Hex(entry.envelope());
                    if (!actual.equals(entry.entryHash())) {
                        throw new StoreRefusedException("entry hash " + entry.entryHash()
                                + " is not the SHA-256 of the envelope (" + actual + ")");
                    }
                    EntrySummary s = entry.summary();
                    OffsetDateTime recordedAt = StoreTime.now(clock);
                    dsl.insertInto(EVIDENCE_ENTRY)
                            .set(EVIDENCE_ENTRY.SEQ, position.seq())
                            .set(EVIDENCE_ENTRY.KIND, entry.kind().storedName())
                            .set(EVIDENCE_ENTRY.ENVELOPE, entry.envelope())
                            .set(EVIDENCE_ENTRY.ENTRY_HASH, entry.entryHash())
                            .set(EVIDENCE_ENTRY.PREV_ENTRY_HASH, position.prevEntryHash())
                            .set(EVIDENCE_ENTRY.RECORDED_AT, recordedAt)
                            .set(EVIDENCE_ENTRY.DRAFT_ID, s.draftId())
                            .set(EVIDENCE_ENTRY.REVISION, s.revision())
                            .set(EVIDENCE_ENTRY.APPROVER_ID, s.approverId())
                            .set(EVIDENCE_ENTRY.OUTCOME, s.outcome())
                            .execute();
                    // Every column is set here (no defaults), so the stored row is what was inserted.
                    return new ChainEntry(
                            position.seq(),
                            entry.kind(),
                            entry.envelope(),
                            entry.entryHash(),
                            position.prevEntryHash(),
                            StoreTime.fromColumn(recordedAt),
                            s);
                },
                appended -> nextAfterCommit = appended.next());
    }

    // Only the two columns a position needs: the last entry's envelope is not read for an append.
    private static ChainPosition positionAfterLast(DSLContext dsl) {
        Record2<Long, String> last = dsl.select(EVIDENCE_ENTRY.SEQ, EVIDENCE_ENTRY.ENTRY_HASH)
                .from(EVIDENCE_ENTRY)
                .orderBy(EVIDENCE_ENTRY.SEQ.desc())
                .limit(1)
                .fetchOne();
        return last == null ? ChainPosition.GENESIS : new ChainPosition(last.value1() + 1, last.value2());
    }

    /** The newest entry, if any. */
    public Optional<ChainEntry> last() {
        return transactions.read(tx -> lastEntry(tx.dsl()));
    }

    /** Where the next append would go, as of now. */
    public ChainPosition nextPosition() {
        return last().map(ChainEntry::next).orElse(ChainPosition.GENESIS);
    }

    public Optional<ChainEntry> get(long seq) {
        return transactions.read(tx -> tx.dsl()
                .selectFrom(EVIDENCE_ENTRY)
                .where(EVIDENCE_ENTRY.SEQ.eq(seq))
                .fetchOptional(EvidenceChainRepository::toEntry));
    }

    public long size() {
        return transactions.read(tx -> (long) tx.dsl().fetchCount(EVIDENCE_ENTRY));
    }

    /**
     * Every entry in seq order, read lazily. The stream holds a database connection:
     * close it (try-with-resources).
     */
    public Stream<ChainEntry> entries() {
        return transactions
                .dsl()
                .selectFrom(EVIDENCE_ENTRY)
                .orderBy(EVIDENCE_ENTRY.SEQ.asc())
                .fetchSize(STREAM_FETCH_SIZE)
                .fetchStream()
                .map(EvidenceChainRepository::toEntry);
    }

    private static Optional<ChainEntry> lastEntry(DSLContext dsl) {
        return dsl.selectFrom(EVIDENCE_ENTRY)
                .orderBy(EVIDENCE_ENTRY.SEQ.desc())
                .limit(1)
                .fetchOptional(EvidenceChainRepository::toEntry);
    }

    private static ChainEntry toEntry(EvidenceEntryRecord r) {
        return new ChainEntry(
                r.getSeq(),
                ChainEntryKind.fromStoredName(r.getKind()),
                r.getEnvelope(),
                r.getEntryHash(),
                r.getPrevEntryHash(),
                StoreTime.fromColumn(r.getRecordedAt()),
                new EntrySummary(r.getDraftId(), r.getRevision(), r.getApproverId(), r.getOutcome()));
    }
}
