package io.countersign.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.Lock;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.TransactionalCallable;

/**
 * Runs each write in its own transaction and forces it to disk before returning.
 *
 * <p>H2's MVStore does not fsync on COMMIT: a commit only reaches the OS page cache (with
 * WRITE_DELAY=0) or memory (default, up to 500 ms). {@code CHECKPOINT SYNC} writes the pending
 * chunk and calls {@code FileChannel.force}, so a caller told "recorded" survives a power cut,
 * not just a crashed process. See ADR 0004.
 */
public final class DurableTransactions {

    private final DSLContext dsl;
    private final Connection admin;

    /**
     * @param dsl   runs the transactions, as the least-privileged application user
     * @param admin the workspace's admin connection; CHECKPOINT SYNC needs admin rights
     */
    DurableTransactions(DSLContext dsl, Connection admin) {
        this.dsl = dsl;
        this.admin = admin;
    }

    /** Commits {@code work} and returns only after the commit is synced to the device. */
    public <T> T write(TransactionalCallable<T> work) {
        T result = dsl.transactionResult(work);
        sync();
        return result;
    }

    /**
     * Like {@link #write(TransactionalCallable)}, with the transaction — up to and including its
     * commit — run while holding {@code serializeWith}. The sync runs after the lock is released;
     * it still covers this commit, and lets the next writer proceed meanwhile.
     */
    public <T> T write(Lock serializeWith, TransactionalCallable<T> work) {
        return write(serializeWith, work, result -> {});
    }

    /**
     * Like {@link #write(Lock, TransactionalCallable)}; {@code committed} runs with the result once the
     * commit has succeeded, still holding {@code serializeWith} (for state that must follow the store).
     */
    public <T> T write(Lock serializeWith, TransactionalCallable<T> work, Consumer<T> committed) {
        T result;
        serializeWith.lock();
        try {
            result = dsl.transactionResult(work);
            committed.accept(result);
        } finally {
            serializeWith.unlock();
        }
        sync();
        return result;
    }

    /** Work on the store inside one transaction, through repositories that join it. */
    @FunctionalInterface
    public interface StoreWork<T> {
        T run(StoreTransaction tx);
    }

    /**
     * Like {@link #write(TransactionalCallable)}, for callers above the storage layer: the work sees
     * a {@link StoreTransaction} that repositories join, never a jOOQ type.
     */
    public <T> T writeStore(StoreWork<T> work) {
        return write(configuration -> work.run(new StoreTransaction(configuration.dsl())));
    }

    /** A read in one transaction, so what it sees is consistent. */
    public <T> T read(TransactionalCallable<T> work) {
        return dsl.transactionResult(work);
    }

    /** Forces every committed change of the database to disk. */
    public void sync() {
        sync(admin);
    }

    static void sync(Connection admin) {
        // One JDBC connection, many writer threads: take turns on it.
        synchronized (admin) {
            try (Statement statement = admin.createStatement()) {
                statement.execute("CHECKPOINT SYNC");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot force the store to disk", e);
            }
        }
    }

    public DSLContext dsl() {
        return dsl;
    }
}
