package io.countersign.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Raw JDBC, bypassing the repositories: the database itself must refuse to rewrite history. */
class AppendOnlyTest {

    @TempDir
    Path dir;

    private Connection jdbc;

    @BeforeEach
    void seedEveryTableThenReopenWithPlainJdbc() throws SQLException {
        try (Workspace workspace = Workspace.open(dir)) {
            String digest =
                    workspace.blobs().put("draft", "{\"d\":1}".getBytes()).digest();
            workspace.draftRevisions().record("d-1", 1, digest);
            var key = workspace
                    .signingKeys()
                    .register("alice", "Alice", new byte[] {1, 2, 3}, Instant.parse("2026-01-01T00:00:00Z"));
            workspace
                    .signingKeys()
                    .rotate(key.keyId(), "Alice 2", new byte[] {4, 5, 6}, Instant.parse("2026-06-01T00:00:00Z"));
            workspace.evidenceChain().append(Envelopes.decision("x"));
        }
        jdbc = DriverManager.getConnection(
                Workspace.jdbcUrl(dir.toAbsolutePath().normalize()));
    }

    @AfterEach
    void closeJdbc() throws SQLException {
        jdbc.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"blob", "draft_revision", "signing_key", "key_retirement", "evidence_entry"})
    void refusesUpdate(String table) throws SQLException {
        String firstColumn = firstColumnOf(table);
        try (Statement s = jdbc.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE " + table + " SET " + firstColumn + " = " + firstColumn))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only: UPDATE on " + table + " refused");
        }
        assertThat(rowCount(table)).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"blob", "draft_revision", "signing_key", "key_retirement", "evidence_entry"})
    void refusesDelete(String table) throws SQLException {
        long before = rowCount(table);
        try (Statement s = jdbc.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM " + table))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only: DELETE on " + table + " refused");
        }
        assertThat(rowCount(table)).isEqualTo(before);
    }

    @org.junit.jupiter.api.Test
    void refusesTruncatingTheChainEvenForTheAdmin() throws SQLException {
        try (Statement s = jdbc.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("TRUNCATE TABLE evidence_entry"))
                    .isInstanceOf(SQLException.class);
        }
        assertThat(rowCount("evidence_entry")).isEqualTo(1);
    }

    private String firstColumnOf(String table) throws SQLException {
        try (var rs = jdbc.getMetaData().getColumns(null, "PUBLIC", table.toUpperCase(), null)) {
            rs.next();
            return rs.getString("COLUMN_NAME");
        }
    }

    private long rowCount(String table) throws SQLException {
        try (Statement s = jdbc.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
