package io.countersign.app.workbench;

import io.countersign.app.workspace.WorkspaceSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;

/**
 * Opens the workbench window from the command line and blocks until it closes. Not an
 * {@link Application} itself: on the plain class path the main class must not be one.
 */
public final class WorkbenchLauncher {
    /** Held so the level set below is not lost when the logger is collected. */
    private static final Logger JAVAFX_STARTUP = Logger.getLogger("javafx");

    private WorkbenchLauncher() {}

    /** @return the exit code: 0 when the window was closed, 2 when it could not open */
    public static int open(WorkbenchStart start, PrintWriter err) {
        String problem = DisplayCheck.problem(
                System.getProperty("os.name", ""), System.getenv(), System.getProperty("glass.platform"));
        if (problem != null) {
            err.println("countersign: " + problem);
            return 2;
        }
        // JavaFX warns that it runs from the class path; that is how ./countersign runs it, on purpose.
        JAVAFX_STARTUP.setLevel(Level.SEVERE);
        WorkbenchSettingsFile file = WorkbenchSettingsFile.forCurrentUser();
        WorkbenchSession session = new WorkbenchSession(start, file.load());
        WorkbenchApp.prepare(session);
        try {
            Application.launch(WorkbenchApp.class);
        } catch (RuntimeException | LinkageError e) {
            err.println("countersign: the workbench window could not open: " + reason(e));
            return 2;
        }
        WorkspaceSession workspace = session.openWorkspace();
        if (workspace != null) {
            try {
                workspace.close();
            } catch (RuntimeException e) {
                err.println("countersign: the workspace did not close cleanly: " + reason(e));
            }
        }
        WorkbenchSettings last = session.closingSettings();
        if (last != null) {
            try {
                file.save(last);
            } catch (IOException e) {
                err.println("countersign: the window size and theme were not remembered: " + reason(e));
            }
        }
        return 0;
    }

    private static String reason(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }
}
