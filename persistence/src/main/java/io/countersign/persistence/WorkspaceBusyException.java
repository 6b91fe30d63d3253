package io.countersign.persistence;

import java.nio.file.Path;

/**
 * Another process (or another handle in this one) already has the workspace open for writing.
 * The message is one line naming the folder, fit for a CLI's one-line reason.
 */
public final class WorkspaceBusyException extends RuntimeException {

    private final Path directory;

    public WorkspaceBusyException(Path directory, Throwable cause) {
        super(
                "Workspace " + directory + " is already open in another Countersign window or process;"
                        + " close it there and try again.",
                cause);
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
