package io.countersign.persistence.intake;

import static io.countersign.persistence.jooq.Tables.INPUT_IMPORT;

import io.countersign.model.evidence.Digest;
import io.countersign.persistence.DurableTransactions;
import io.countersign.persistence.StoreTime;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The append-only log of imports ({@code input_import}, V4). The workspace's current snapshot
 * and policy are simply the most recently imported of their kind.
 */
final class InputImportLog {

    /** One logged import. */
    record Entry(long seq, InputKind kind, String inputId, Digest digest, Instant importedAt) {
    }

    private final DurableTransactions transactions;
    private final Clock clock;

    InputImportLog(DurableTransactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    void append(DSLContext tx, InputKind kind, String inputId, Digest digest) {
        tx.insertInto(INPUT_IMPORT)
                .set(INPUT_IMPORT.KIND, kind.storedName())
                .set(INPUT_IMPORT.INPUT_ID, inputId)
                .set(INPUT_IMPORT.BLOB_DIGEST, digest.hex())
                .set(INPUT_IMPORT.IMPORTED_AT, StoreTime.now(clock))
                .execute();
    }

    Optional<Entry> latest(DSLContext tx, InputKind kind) {
        return tx.selectFrom(INPUT_IMPORT)
                .where(INPUT_IMPORT.KIND.eq(kind.storedName()))
                .orderBy(INPUT_IMPORT.SEQ.desc())
                .limit(1)
                .fetchOptional(r -> new Entry(r.getSeq(), InputKind.fromStoredName(r.getKind()),
                        r.getInputId(), new Digest(r.getBlobDigest()),
                        StoreTime.fromColumn(r.getImportedAt())));
    }

    Optional<Entry> latest(InputKind kind) {
        return transactions.read(tx -> latest(tx.dsl(), kind));
    }
}
