package io.countersign.persistence.key;

import static io.countersign.persistence.jooq.Tables.KEY_RETIREMENT;
import static io.countersign.persistence.jooq.Tables.SIGNING_KEY;

import io.countersign.model.store.RegisteredKey;
import io.countersign.persistence.ContentDigest;
import io.countersign.persistence.DurableTransactions;
import io.countersign.persistence.StoreRefusedException;
import io.countersign.persistence.StoreTime;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;

/**
 * Approvers' public keys and their validity windows. Both tables are append-only: retiring a
 * key adds a {@code key_retirement} row, so an old key stays valid for signatures made inside
 * its window and nothing is ever updated.
 */
public final class SigningKeyRepository {

    private final DurableTransactions transactions;
    private final Clock clock;
    // Bumped after every key write through this repository has committed or failed.
    private final AtomicLong changes = new AtomicLong();

    public SigningKeyRepository(DurableTransactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The key id the store uses: {@code sha256:} and the hex digest of the SPKI DER bytes. */
    public static String keyIdOf(byte[] publicKeySpki) {
        return "sha256:" + ContentDigest.sha256Hex(publicKeySpki);
    }

    /**
     * Registers a public key for its owner, valid from {@code validFrom} until retired.
     * Registering the same key for the same owner again returns the existing registration.
     */
    public RegisteredKey register(String ownerId, String displayName, byte[] publicKeySpki, Instant validFrom) {
        return counted(
                () -> transactions.write(tx -> insertKey(tx.dsl(), ownerId, displayName, publicKeySpki, validFrom)));
    }

    /** Ends a key's validity at {@code retiredAt}; a key is retired at most once. */
    public RegisteredKey retire(String keyId, Instant retiredAt) {
        return counted(() -> transactions.write(tx -> {
            retireKey(tx.dsl(), keyId, retiredAt, null);
            return find(tx.dsl(), keyId).orElseThrow();
        }));
    }

    /**
     * Rotation in one transaction: registers the owner's new key valid from {@code at} and
     * retires the old one at the same instant, naming its successor.
     */
    public RegisteredKey rotate(String oldKeyId, String displayName, byte[] newPublicKeySpki, Instant at) {
        return counted(() -> transactions.write(tx -> {
            DSLContext dsl = tx.dsl();
            RegisteredKey old = find(dsl, oldKeyId).orElseThrow(() -> unknown(oldKeyId));
            RegisteredKey next = insertKey(dsl, old.ownerId(), displayName, newPublicKeySpki, at);
            retireKey(dsl, oldKeyId, at, next.keyId());
            return next;
        }));
    }

    public Optional<RegisteredKey> find(String keyId) {
        return transactions.read(tx -> find(tx.dsl(), keyId));
    }

    /** Every registered key, oldest registration first. */
    public List<RegisteredKey> all() {
        return transactions.read(tx -> withRetirement(tx.dsl())
                .orderBy(SIGNING_KEY.REGISTERED_AT, SIGNING_KEY.KEY_ID)
                .fetch(SigningKeyRepository::toKey));
    }

    /**
     * How many key writes this repository has made. Keys are written only through the open
     * workspace's repository (the workspace lock keeps other processes out), so a reader that
     * cached keys at one count knows they are still current while the count is unchanged.
     */
    public long changes() {
        return changes.get();
    }

    /** Every key of the owner, whatever its window, oldest validity first. */
    public List<RegisteredKey> ownedBy(String ownerId) {
        return transactions.read(tx -> withRetirement(tx.dsl())
                .where(SIGNING_KEY.OWNER_ID.eq(ownerId))
                .orderBy(SIGNING_KEY.VALID_FROM, SIGNING_KEY.KEY_ID)
                .fetch(SigningKeyRepository::toKey));
    }

    /** The owner's keys whose window contains {@code instant}: from inclusive, to exclusive. */
    public List<RegisteredKey> validFor(String ownerId, Instant instant) {
        OffsetDateTime at = StoreTime.toColumn(instant);
        return transactions.read(tx -> withRetirement(tx.dsl())
                .where(SIGNING_KEY.OWNER_ID.eq(ownerId))
                .and(SIGNING_KEY.VALID_FROM.le(at))
                .and(KEY_RETIREMENT.RETIRED_AT.isNull().or(KEY_RETIREMENT.RETIRED_AT.gt(at)))
                .orderBy(SIGNING_KEY.VALID_FROM, SIGNING_KEY.KEY_ID)
                .fetch(SigningKeyRepository::toKey));
    }

    // Counted after the transaction ends, so a reader that sees the new count also sees the write.
    private <T> T counted(Supplier<T> write) {
        try {
            return write.get();
        } finally {
            changes.incrementAndGet();
        }
    }

    private RegisteredKey insertKey(
            DSLContext dsl, String ownerId, String displayName, byte[] spki, Instant validFrom) {
        String keyId = keyIdOf(spki);
        Optional<RegisteredKey> existing = find(dsl, keyId);
        if (existing.isPresent()) {
            if (!existing.get().ownerId().equals(ownerId)) {
                throw new StoreRefusedException("key " + keyId + " is already registered to "
                        + existing.get().ownerId());
            }
            return existing.get();
        }
        dsl.insertInto(SIGNING_KEY)
                .set(SIGNING_KEY.KEY_ID, keyId)
                .set(SIGNING_KEY.OWNER_ID, ownerId)
                .set(SIGNING_KEY.DISPLAY_NAME, displayName)
                .set(SIGNING_KEY.PUBLIC_KEY, Arrays.copyOf(spki, spki.length))
                .set(SIGNING_KEY.VALID_FROM, StoreTime.toColumn(validFrom))
                .set(SIGNING_KEY.REGISTERED_AT, StoreTime.now(clock))
                .execute();
        return find(dsl, keyId).orElseThrow();
    }

    private void retireKey(DSLContext dsl, String keyId, Instant retiredAt, String successor) {
        RegisteredKey key = find(dsl, keyId).orElseThrow(() -> unknown(keyId));
        if (key.validTo().isPresent()) {
            throw new StoreRefusedException(
                    "key " + keyId + " was already retired at " + key.validTo().get());
        }
        if (retiredAt.isBefore(key.validFrom())) {
            throw new StoreRefusedException("key " + keyId + " cannot retire at " + retiredAt
                    + ", before it became valid at " + key.validFrom());
        }
        dsl.insertInto(KEY_RETIREMENT)
                .set(KEY_RETIREMENT.KEY_ID, keyId)
                .set(KEY_RETIREMENT.RETIRED_AT, StoreTime.toColumn(retiredAt))
                .set(KEY_RETIREMENT.SUCCESSOR_KEY_ID, successor)
                .set(KEY_RETIREMENT.RECORDED_AT, StoreTime.now(clock))
                .execute();
    }

    private static Optional<RegisteredKey> find(DSLContext dsl, String keyId) {
        return withRetirement(dsl).where(SIGNING_KEY.KEY_ID.eq(keyId)).fetchOptional(SigningKeyRepository::toKey);
    }

    private static SelectOnConditionStep<Record> withRetirement(DSLContext dsl) {
        return dsl.select(SIGNING_KEY.fields())
                .select(KEY_RETIREMENT.RETIRED_AT)
                .from(SIGNING_KEY)
                .leftJoin(KEY_RETIREMENT)
                .on(KEY_RETIREMENT.KEY_ID.eq(SIGNING_KEY.KEY_ID));
    }

    private static RegisteredKey toKey(Record r) {
        return new RegisteredKey(
                r.get(SIGNING_KEY.KEY_ID),
                r.get(SIGNING_KEY.OWNER_ID),
                r.get(SIGNING_KEY.DISPLAY_NAME),
                r.get(SIGNING_KEY.PUBLIC_KEY),
                StoreTime.fromColumn(r.get(SIGNING_KEY.VALID_FROM)),
                Optional.ofNullable(StoreTime.fromColumn(r.get(KEY_RETIREMENT.RETIRED_AT))),
                StoreTime.fromColumn(r.get(SIGNING_KEY.REGISTERED_AT)));
    }

    private static StoreRefusedException unknown(String keyId) {
        return new StoreRefusedException("no key " + keyId + " is registered");
    }
}
