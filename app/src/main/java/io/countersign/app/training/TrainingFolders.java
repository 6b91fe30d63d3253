package io.countersign.app.training;

import io.countersign.persistence.WorkspaceLocation;
import java.nio.file.Path;

/**
 * Where training workspaces are made: a folder beside the user's evidence workspace, never inside
 * it, so that no training record can ever share a store, a lock or an inbox with real evidence.
 */
public record TrainingFolders(Path root) {

    public static TrainingFolders forCurrentUser() {
        Path evidence = WorkspaceLocation.defaultDirectory();
        return new TrainingFolders(evidence.resolveSibling(evidence.getFileName() + "-training"));
    }
}
