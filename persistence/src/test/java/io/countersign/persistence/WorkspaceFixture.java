package io.countersign.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh workspace per test, closed afterwards. */
public abstract class WorkspaceFixture {

    @TempDir
    protected Path dir;

    protected Workspace workspace;

    @BeforeEach
    void openWorkspace() {
        workspace = Workspace.open(dir);
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }
}
