package io.countersign.persistence.blob;

import static io.countersign.persistence.jooq.Tables.BLOB;

import io.countersign.model.store.StoredBlob;
import io.countersign.persistence.ContentDigest;
import io.countersign.persistence.DurableTransactions;
import io.countersign.persistence.StoreRefusedException;
import io.countersign.persistence.StoreTime;
import io.countersign.persistence.StoreTransaction;
import io.countersign.persistence.jooq.tables.records.BlobRecord;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** Content-addressed canonical JSON: the same bytes are stored once, under their SHA-256. */
public final class BlobRepository {

    private final DurableTransactions transactions;
    private final Clock clock;

    public BlobRepository(DurableTransactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Stores {@code content} under its digest, or returns the blob already stored there.
     * The digest is computed here, so a blob can never sit under a wrong address.
     */
    public StoredBlob put(String mediaType, byte[] content) {
        return transactions.write(tx -> put(new StoreTransaction(tx.dsl()), mediaType, content));
    }

    /** {@link #put(String, byte[])} inside the caller's transaction, which must be a write. */
    public StoredBlob put(StoreTransaction transaction, String mediaType, byte[] content) {
        DSLContext tx = transaction.dsl();
        String digest = ContentDigest.sha256Hex(content);
        BlobRecord existing = tx.selectFrom(BLOB).where(BLOB.DIGEST.eq(digest)).fetchOne();
        if (existing != null) {
            if (!existing.getMediaType().equals(mediaType)) {
                throw new StoreRefusedException(
                        "blob " + digest + " is already stored as " + existing.getMediaType() + ", not " + mediaType);
            }
            return toStored(existing);
        }
        OffsetDateTime importedAt = StoreTime.now(clock);
        tx.insertInto(BLOB)
                .set(BLOB.DIGEST, digest)
                .set(BLOB.MEDIA_TYPE, mediaType)
                .set(BLOB.CONTENT, content)
                .set(BLOB.IMPORTED_AT, importedAt)
                .execute();
        // Every column is set here, so the stored row is what was inserted; no need to read it back.
        return new StoredBlob(digest, mediaType, content, StoreTime.fromColumn(importedAt));
    }

    public Optional<StoredBlob> get(String digest) {
        return transactions.read(tx -> tx.dsl()
                .selectFrom(BLOB)
                .where(BLOB.DIGEST.eq(digest))
                .fetchOptional()
                .map(BlobRepository::toStored));
    }

    /**
     * The stored blobs among {@code digests}, by digest, read in one transaction a few hundred at
     * a time: an export reads twenty thousand, and a transaction per blob costs more than the read.
     */
    public Map<String, StoredBlob> getAll(Collection<String> digests) {
        List<String> wanted = List.copyOf(new LinkedHashSet<>(digests));
        return transactions.read(tx -> {
            Map<String, StoredBlob> found = new HashMap<>();
            for (int from = 0; from < wanted.size(); from += BATCH) {
                tx.dsl()
                        .selectFrom(BLOB)
                        .where(BLOB.DIGEST.in(wanted.subList(from, Math.min(wanted.size(), from + BATCH))))
                        .fetch()
                        .forEach(r -> found.put(r.getDigest(), toStored(r)));
            }
            return found;
        });
    }

    private static final int BATCH = 500;

    public boolean contains(String digest) {
        return transactions.read(tx -> tx.dsl().fetchExists(BLOB, BLOB.DIGEST.eq(digest)));
    }

    /** Whether the digest is stored, inside the caller's transaction. */
    public boolean contains(StoreTransaction transaction, String digest) {
        DSLContext tx = transaction.dsl();
        return tx.fetchExists(BLOB, BLOB.DIGEST.eq(digest));
    }

    private static StoredBlob toStored(BlobRecord r) {
        return new StoredBlob(r.getDigest(), r.getMediaType(), r.getContent(), StoreTime.fromColumn(r.getImportedAt()));
    }
}
