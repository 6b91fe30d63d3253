package io.countersign.persistence.input;

import static io.countersign.persistence.jooq.Tables.INPUT_IMPORT;

import io.countersign.model.evidence.Digest;
import io.countersign.persistence.DurableTransactions;
import io.countersign.persistence.StoreTime;
import io.countersign.persistence.StoreTransaction;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The append-only log of imports ({@code input_import}, V4). The workspace's current snapshot
 * and policy are simply the most recently imported of their kind.
 */
public final class InputImportLog {

    /** One logged import. */
    public record Entry(long seq, InputKind kind, String inputId, Digest digest, Instant importedAt) {}

    private final DurableTransactions transactions;
    private final Clock clock;

    public InputImportLog(DurableTransactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    public void append(StoreTransaction tx, InputKind kind, String inputId, Digest digest) {
        tx.dsl()
                .insertInto(INPUT_IMPORT)
                .set(INPUT_IMPORT.KIND, kind.storedName())
                .set(INPUT_IMPORT.INPUT_ID, inputId)
                .set(INPUT_IMPORT.BLOB_DIGEST, digest.hex())
                .set(INPUT_IMPORT.IMPORTED_AT, StoreTime.now(clock))
                .execute();
    }

    public Optional<Entry> latest(StoreTransaction tx, InputKind kind) {
        return tx.dsl()
                .selectFrom(INPUT_IMPORT)
                .where(INPUT_IMPORT.KIND.eq(kind.storedName()))
                .orderBy(INPUT_IMPORT.SEQ.desc())
                .limit(1)
                .fetchOptional(r -> new Entry(
                        r.getSeq(),
                        InputKind.fromStoredName(r.getKind()),
                        r.getInputId(),
                        new Digest(r.getBlobDigest()),
                        StoreTime.fromColumn(r.getImportedAt())));
    }

    public Optional<Entry> latest(InputKind kind) {
        return transactions.read(tx -> latest(new StoreTransaction(tx.dsl()), kind));
    }
}
