package io.countersign.cli;

import io.countersign.persistence.Workspace;
import io.countersign.persistence.WorkspaceBusyException;
import io.countersign.persistence.WorkspaceLocation;
import io.countersign.services.intake.Inbox;
import io.countersign.services.intake.SweepReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --workspace DIR} for every command that uses the store; without it, the per-user data
 * folder. Opening sweeps the inbox first, so files dropped there are in the store before the
 * command looks.
 */
public final class WorkspaceOption {

    @Option(
            names = "--workspace",
            paramLabel = "DIR",
            description = "Workspace folder (store and inbox/). Default: the per-user data folder.")
    Path directory;

    /** The folder named, or the per-user default. */
    public Path directory() {
        return (directory != null ? directory : WorkspaceLocation.defaultDirectory())
                .toAbsolutePath()
                .normalize();
    }

    /**
     * Opens the workspace, sweeps its inbox and notes on {@code err} (one line per file) what the
     * sweep imported or rejected. Close the workspace when done.
     *
     * @throws UserError when another process has the workspace open, or it cannot be opened
     */
    public Workspace open(PrintWriter err) {
        Workspace workspace = openWithoutSweep();
        try {
            report(new Inbox(workspace).sweep(), err);
            return workspace;
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
    }

    /** Opens the workspace without touching its inbox. */
    public Workspace openWithoutSweep() {
        Path dir = directory();
        try {
            return Workspace.open(dir);
        } catch (WorkspaceBusyException e) {
            throw busy(dir);
        } catch (RuntimeException e) {
            throw new UserError("cannot open workspace " + dir + ": " + e.getMessage());
        }
    }

    /** The one line a second process gets. */
    static UserError busy(Path dir) {
        return new UserError("workspace " + dir + " is in use by another Countersign process");
    }

    private static void report(SweepReport report, PrintWriter err) {
        report.imported()
                .forEach(result -> err.println("inbox: " + result.file().getFileName() + ": " + result.message()));
        report.rejected()
                .forEach(r -> err.println("inbox: rejected " + r.file().getFileName() + " (moved to inbox/"
                        + Inbox.REJECTED + "/): " + r.reason()));
        report.left().forEach(r -> err.println("inbox: " + r.file().getFileName() + ": " + r.reason()));
        err.flush();
    }
}
