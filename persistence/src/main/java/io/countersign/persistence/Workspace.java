package io.countersign.persistence;

import io.countersign.persistence.blob.BlobRepository;
import io.countersign.persistence.blob.ParsedBlobs;
import io.countersign.persistence.chain.EvidenceChainRepository;
import io.countersign.persistence.draft.DraftRevisionRepository;
import io.countersign.persistence.key.SigningKeyRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

/**
 * An open workspace: a folder holding the H2 evidence store ({@code store.mv.db}) and an
 * {@code inbox/}, nothing else. Only one handle, in one process, may have it open at a time.
 */
public final class Workspace implements AutoCloseable {

    public static final String STORE_NAME = "store";
    public static final String STORE_FILE = STORE_NAME + ".mv.db";
    public static final String INBOX = "inbox";

    // The store's admin is the user that created it; the repositories run as APP_USER (V3).
    private static final String ADMIN_USER = "";
    static final String APP_USER = "countersign_app";
    private static final String APP_PASSWORD = "append-only";

    // H2 shares one database between handles of the same JVM; refuse a second handle here too.
    private static final Set<Path> OPEN_IN_THIS_PROCESS = ConcurrentHashMap.newKeySet();

    private final Path directory;
    private final JdbcConnectionPool adminPool;
    private final Connection lockHolder;
    private final JdbcConnectionPool appPool;
    private final DurableTransactions transactions;
    private final int migrationsApplied;
    private final BlobRepository blobs;
    private final DraftRevisionRepository draftRevisions;
    private final SigningKeyRepository signingKeys;
    private final EvidenceChainRepository evidenceChain;
    private final ParsedBlobs parsedBlobs = new ParsedBlobs();
    private final Clock clock;

    private Workspace(
            Path directory,
            JdbcConnectionPool adminPool,
            Connection lockHolder,
            JdbcConnectionPool appPool,
            int migrationsApplied,
            Clock clock) {
        this.directory = directory;
        this.adminPool = adminPool;
        this.lockHolder = lockHolder;
        this.appPool = appPool;
        this.migrationsApplied = migrationsApplied;
        this.clock = clock;
        Settings settings = new Settings()
                // Codegen names are lower case; unquoted they match H2's upper-case catalog.
                .withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withExecuteLogging(false);
        DSLContext dsl = DSL.using(
                new DefaultConfiguration().set(appPool).set(SQLDialect.H2).set(settings));
        this.transactions = new DurableTransactions(dsl, lockHolder);
        this.blobs = new BlobRepository(transactions, clock);
        this.draftRevisions = new DraftRevisionRepository(transactions, clock);
        this.signingKeys = new SigningKeyRepository(transactions, clock);
        this.evidenceChain = new EvidenceChainRepository(transactions, clock);
    }

    /** Opens the workspace in the platform's per-user data folder. */
    public static Workspace openDefault() {
        return open(WorkspaceLocation.defaultDirectory());
    }

    public static Workspace open(Path dir) {
        return open(dir, Clock.systemUTC());
    }

    /**
     * Creates what is missing (folder, inbox, store), migrates the schema and takes the
     * workspace's single-writer lock.
     *
     * @throws WorkspaceBusyException if another process or handle has it open
     */
    public static Workspace open(Path dir, Clock clock) {
        Path directory = dir.toAbsolutePath().normalize();
        if (directory.toString().contains(";")) {
            // H2 would read the rest of the path as connection settings.
            throw new IllegalArgumentException("A workspace path cannot contain ';': " + directory);
        }
        createDirectories(directory.resolve(INBOX));
        if (!OPEN_IN_THIS_PROCESS.add(directory)) {
            throw new WorkspaceBusyException(directory, null);
        }
        try {
            String url = jdbcUrl(directory);
            // Admin connections stay open for the handle's lifetime: H2 keeps using the session
            // that ran a CREATE TABLE for its check constraints, so Flyway's must not close.
            JdbcConnectionPool adminPool = JdbcConnectionPool.create(url, ADMIN_USER, "");
            try {
                // Held until close: it owns H2's lock on store.mv.db and keeps the database open.
                Connection lockHolder = connect(directory, adminPool);
                int applied = migrate(adminPool, lockHolder);
                // Settings in the URL need admin rights; the database is already open with them.
                JdbcConnectionPool appPool = JdbcConnectionPool.create(
                        "jdbc:h2:file:" + directory.resolve(STORE_NAME), APP_USER, APP_PASSWORD);
                return new Workspace(directory, adminPool, lockHolder, appPool, applied, clock);
            } catch (RuntimeException e) {
                adminPool.dispose();
                throw e;
            }
        } catch (RuntimeException e) {
            OPEN_IN_THIS_PROCESS.remove(directory);
            throw e;
        }
    }

    static String jdbcUrl(Path directory) {
        // TRACE_LEVEL_FILE=0: H2 must not leave a store.trace.db next to the store.
        // WRITE_DELAY=0: no background writer, so every chunk is written by the thread that
        // stores it and CHECKPOINT SYNC never races an asynchronous write (ADR 0004).
        return "jdbc:h2:file:" + directory.resolve(STORE_NAME) + ";TRACE_LEVEL_FILE=0;WRITE_DELAY=0";
    }

    private static Connection connect(Path directory, JdbcConnectionPool adminPool) {
        try {
            return adminPool.getConnection();
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new WorkspaceBusyException(directory, e);
            }
            throw new IllegalStateException("Cannot open the store in " + directory + ": " + e.getMessage(), e);
        }
    }

    private static int migrate(JdbcConnectionPool adminPool, Connection admin) {
        int applied = Flyway.configure()
                .dataSource(adminPool)
                .locations("classpath:db/migration")
                .load()
                .migrate()
                .migrationsExecuted;
        if (applied > 0) {
            DurableTransactions.sync(admin);
        }
        return applied;
    }

    private static void createDirectories(Path path) {
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + path, e);
        }
    }

    public Path directory() {
        return directory;
    }

    public Path inbox() {
        return directory.resolve(INBOX);
    }

    /** How many Flyway migrations this open applied (0 when the schema was already current). */
    public int migrationsApplied() {
        return migrationsApplied;
    }

    /**
     * Direct jOOQ access, as the application user, for queries the repositories do not cover.
     * Writes belong in the repositories, which make them durable.
     */
    public DSLContext dsl() {
        return transactions.dsl();
    }

    /** The clock the store's repositories stamp rows with. */
    public Clock clock() {
        return clock;
    }

    /**
     * Durable transactions as the application user, for work that spans repositories and must
     * commit as one (an import writes a blob, a draft revision and a log row together).
     */
    public DurableTransactions transactions() {
        return transactions;
    }

    public BlobRepository blobs() {
        return blobs;
    }

    public DraftRevisionRepository draftRevisions() {
        return draftRevisions;
    }

    public SigningKeyRepository signingKeys() {
        return signingKeys;
    }

    /** Parsed inputs of this store, by blob digest: shared by everything that reads them in this process. */
    public ParsedBlobs parsedBlobs() {
        return parsedBlobs;
    }

    public EvidenceChainRepository evidenceChain() {
        return evidenceChain;
    }

    @Override
    public void close() {
        try {
            appPool.dispose();
            lockHolder.close();
            adminPool.dispose(); // last connections: H2 writes everything and releases the file lock
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot close the store in " + directory, e);
        } finally {
            OPEN_IN_THIS_PROCESS.remove(directory);
        }
    }
}
