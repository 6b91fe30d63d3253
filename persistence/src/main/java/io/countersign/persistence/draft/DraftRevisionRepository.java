package io.countersign.persistence.draft;

import static io.countersign.persistence.jooq.Tables.DRAFT_REVISION;

import io.countersign.model.store.DraftRevisionRef;
import io.countersign.persistence.DurableTransactions;
import io.countersign.persistence.StoreRefusedException;
import io.countersign.persistence.StoreTime;
import io.countersign.persistence.StoreTransaction;
import io.countersign.persistence.jooq.tables.records.DraftRevisionRecord;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Imported revisions of AI drafts; the draft itself is a blob. */
public final class DraftRevisionRepository {

    private final DurableTransactions transactions;
    private final Clock clock;

    public DraftRevisionRepository(DurableTransactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Records that {@code blobDigest} (already stored as a blob) is revision {@code revision} of
     * the draft. Re-recording the same revision with the same blob is a no-op (re-import);
     * a different blob for an existing revision, or a blob already used elsewhere, is refused.
     */
    public DraftRevisionRef record(String draftId, int revision, String blobDigest) {
        return transactions.write(tx -> record(new StoreTransaction(tx.dsl()), draftId, revision, blobDigest));
    }

    /** {@link #record(String, int, String)} inside the caller's transaction, which must be a write. */
    public DraftRevisionRef record(StoreTransaction transaction, String draftId, int revision, String blobDigest) {
        DSLContext dsl = transaction.dsl();
        DraftRevisionRecord existing = dsl.selectFrom(DRAFT_REVISION)
                .where(DRAFT_REVISION.DRAFT_ID.eq(draftId))
                .and(DRAFT_REVISION.REVISION.eq(revision))
                .fetchOne();
        if (existing != null) {
            if (!existing.getBlobDigest().equals(blobDigest)) {
                throw new StoreRefusedException("draft " + draftId + " revision " + revision
                        + " is already recorded with blob " + existing.getBlobDigest());
            }
            return toRef(existing);
        }
        DraftRevisionRecord elsewhere = dsl.selectFrom(DRAFT_REVISION)
                .where(DRAFT_REVISION.BLOB_DIGEST.eq(blobDigest))
                .fetchOne();
        if (elsewhere != null) {
            throw new StoreRefusedException("blob " + blobDigest + " is already draft " + elsewhere.getDraftId()
                    + " revision " + elsewhere.getRevision());
        }
        return toRef(dsl.insertInto(DRAFT_REVISION)
                .set(DRAFT_REVISION.DRAFT_ID, draftId)
                .set(DRAFT_REVISION.REVISION, revision)
                .set(DRAFT_REVISION.BLOB_DIGEST, blobDigest)
                .set(DRAFT_REVISION.IMPORTED_AT, StoreTime.now(clock))
                .returning()
                .fetchSingle());
    }

    /** The recorded revision, inside the caller's transaction. */
    public Optional<DraftRevisionRef> find(StoreTransaction transaction, String draftId, int revision) {
        DSLContext dsl = transaction.dsl();
        return dsl.selectFrom(DRAFT_REVISION)
                .where(DRAFT_REVISION.DRAFT_ID.eq(draftId))
                .and(DRAFT_REVISION.REVISION.eq(revision))
                .fetchOptional(DraftRevisionRepository::toRef);
    }

    /** The highest recorded revision, inside the caller's transaction. */
    public Optional<DraftRevisionRef> latest(StoreTransaction transaction, String draftId) {
        DSLContext dsl = transaction.dsl();
        return dsl.selectFrom(DRAFT_REVISION)
                .where(DRAFT_REVISION.DRAFT_ID.eq(draftId))
                .orderBy(DRAFT_REVISION.REVISION.desc())
                .limit(1)
                .fetchOptional(DraftRevisionRepository::toRef);
    }

    /** Every draft's highest revision, by draft id. */
    public List<DraftRevisionRef> latestOfEach() {
        return transactions.read(tx -> {
            var dsl = tx.dsl();
            var newest = DRAFT_REVISION.as("newer");
            return dsl.selectFrom(DRAFT_REVISION)
                    .whereNotExists(dsl.selectOne()
                            .from(newest)
                            .where(newest.DRAFT_ID.eq(DRAFT_REVISION.DRAFT_ID))
                            .and(newest.REVISION.gt(DRAFT_REVISION.REVISION)))
                    .orderBy(DRAFT_REVISION.DRAFT_ID)
                    .fetch(DraftRevisionRepository::toRef);
        });
    }

    /** The highest revision of the draft: the one that supersedes all others. */
    public Optional<DraftRevisionRef> latest(String draftId) {
        return transactions.read(tx -> tx.dsl()
                .selectFrom(DRAFT_REVISION)
                .where(DRAFT_REVISION.DRAFT_ID.eq(draftId))
                .orderBy(DRAFT_REVISION.REVISION.desc())
                .limit(1)
                .fetchOptional()
                .map(DraftRevisionRepository::toRef));
    }

    /** All revisions of the draft, lowest first. */
    public List<DraftRevisionRef> revisions(String draftId) {
        return transactions.read(tx -> tx.dsl()
                .selectFrom(DRAFT_REVISION)
                .where(DRAFT_REVISION.DRAFT_ID.eq(draftId))
                .orderBy(DRAFT_REVISION.REVISION.asc())
                .fetch(DraftRevisionRepository::toRef));
    }

    /** Every revision of every draft, by draft id and then lowest revision first: one query for a whole queue. */
    public List<DraftRevisionRef> all() {
        return transactions.read(tx -> tx.dsl()
                .selectFrom(DRAFT_REVISION)
                .orderBy(DRAFT_REVISION.DRAFT_ID.asc(), DRAFT_REVISION.REVISION.asc())
                .fetch(DraftRevisionRepository::toRef));
    }

    /** Derived, never stored: a revision is superseded when a higher one exists. */
    public boolean isSuperseded(DraftRevisionRef ref) {
        return transactions.read(tx -> tx.dsl()
                .fetchExists(
                        DRAFT_REVISION,
                        DRAFT_REVISION.DRAFT_ID.eq(ref.draftId()).and(DRAFT_REVISION.REVISION.gt(ref.revision()))));
    }

    private static DraftRevisionRef toRef(DraftRevisionRecord r) {
        return new DraftRevisionRef(
                r.getDraftId(), r.getRevision(), r.getBlobDigest(), StoreTime.fromColumn(r.getImportedAt()));
    }
}
