package io.countersign.benchmarks.decision;

import io.countersign.model.evidence.Dsse;
import io.countersign.model.evidence.DsseEnvelope;
import io.countersign.model.evidence.SigningKey;
import io.countersign.model.store.ChainEntry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The S5 floor: for each recorded decision, sign its statement with the same kind of key (Ed25519),
 * insert its envelope bytes into a bare H2 table with plain JDBC and force the file to disk with
 * {@code CHECKPOINT SYNC}, on a store opened with the workspace's own settings.
 */
public final class SignSyncInsertFloor implements AutoCloseable {
    private final Connection connection;
    private final PreparedStatement insert;
    private final Statement sync;
    private long seq;
    /** Kept so the signing cannot be optimised away. */
    private long signatureBytes;

    public SignSyncInsertFloor(Path dir) throws SQLException {
        connection = DriverManager.getConnection(
                "jdbc:h2:file:" + dir.resolve("floor").toAbsolutePath() + ";TRACE_LEVEL_FILE=0;WRITE_DELAY=0", "", "");
        try (Statement create = connection.createStatement()) {
            create.execute(
                    "CREATE TABLE raw_entry (seq BIGINT PRIMARY KEY, envelope BLOB NOT NULL, entry_hash VARCHAR(64) NOT NULL)");
        }
        insert = connection.prepareStatement("INSERT INTO raw_entry (seq, envelope, entry_hash) VALUES (?, ?, ?)");
        sync = connection.createStatement();
    }

    public Latencies run(List<ChainEntry> entries, SigningKey key) throws SQLException {
        long[] nanos = new long[entries.size()];
        List<DsseEnvelope> recorded =
                entries.stream().map(e -> DsseEnvelope.parse(e.envelope())).toList();
        long start = System.nanoTime();
        for (int i = 0; i < entries.size(); i++) {
            ChainEntry entry = entries.get(i);
            long before = System.nanoTime();
            DsseEnvelope signed =
                    Dsse.sign(recorded.get(i).payloadType(), recorded.get(i).payload(), key);
            signatureBytes += signed.signature().sig().length;
            insert.setLong(1, ++seq);
            insert.setBytes(2, entry.envelope());
            insert.setString(3, entry.entryHash());
            insert.executeUpdate();
            sync.execute("CHECKPOINT SYNC");
            nanos[i] = System.nanoTime() - before;
        }
        return new Latencies(nanos, System.nanoTime() - start);
    }

    public long signatureBytes() {
        return signatureBytes;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
