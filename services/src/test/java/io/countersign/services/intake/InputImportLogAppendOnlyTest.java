package io.countersign.services.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.persistence.Workspace;
import io.countersign.persistence.input.WorkspaceInputs;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The import log is evidence of what was current when: as append-only as the rest of the store. */
class InputImportLogAppendOnlyTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "UPDATE input_import SET input_id = 'other'",
                "DELETE FROM input_import",
                "TRUNCATE TABLE input_import",
                "DROP TABLE input_import CASCADE"
            })
    void refusesToRewriteTheImportLog(String sql) throws Exception {
        try (Workspace workspace = Workspace.open(dir)) {
            new Importer(workspace).importFile(Examples.copy("snapshot.json", dir));

            assertThatThrownBy(() -> workspace.dsl().connection(c -> {
                        try (var statement = c.createStatement()) {
                            statement.execute(sql);
                        }
                    }))
                    .hasRootCauseInstanceOf(SQLException.class);

            assertThat(new WorkspaceInputs(workspace)
                            .currentSnapshot()
                            .orElseThrow()
                            .value()
                            .id())
                    .isEqualTo("snap-2026-02-02");
        }
    }
}
