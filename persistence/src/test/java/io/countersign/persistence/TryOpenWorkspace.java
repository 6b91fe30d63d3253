package io.countersign.persistence;

import java.nio.file.Path;

/** Child-process main: tries to open the workspace and reports on one line how that went. */
public final class TryOpenWorkspace {

    static final int EXIT_BUSY = 3;

    public static void main(String[] args) {
        try (Workspace ignored = Workspace.open(Path.of(args[0]))) {
            System.out.println("OPENED");
        } catch (WorkspaceBusyException e) {
            System.out.println(e.getMessage());
            System.exit(EXIT_BUSY);
        }
    }
}
