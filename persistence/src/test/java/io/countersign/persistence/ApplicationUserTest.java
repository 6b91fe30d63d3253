package io.countersign.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.persistence.jooq.Tables;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The repositories' own connections may read and append, and nothing more. */
class ApplicationUserTest extends WorkspaceFixture {

    private void execute(String sql) {
        workspace.dsl().connection(c -> {
            try (var statement = c.createStatement()) {
                statement.execute(sql);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"blob", "draft_revision", "signing_key", "key_retirement", "evidence_entry"})
    void cannotTruncate(String table) {
        assertThatThrownBy(() -> execute("TRUNCATE TABLE " + table)).hasRootCauseInstanceOf(SQLException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"blob", "draft_revision", "signing_key", "key_retirement", "evidence_entry"})
    void cannotDrop(String table) {
        assertThatThrownBy(() -> execute("DROP TABLE " + table + " CASCADE"))
                .hasRootCauseInstanceOf(SQLException.class);
    }

    @Test
    void cannotSwitchOffReferentialIntegrity() {
        assertThatThrownBy(() -> execute("SET REFERENTIAL_INTEGRITY FALSE")).hasRootCauseInstanceOf(SQLException.class);
    }

    @Test
    void canReadAndAppend() {
        workspace.blobs().put("snapshot", "{\"s\":1}".getBytes());

        assertThat(workspace.dsl().fetchCount(Tables.BLOB)).isEqualTo(1);
    }
}
