package io.countersign.app.history;

import io.countersign.persistence.WorkspaceBusyException;

/** Why the store could not be read, in plain words; never a stack trace or an exception's class name. */
public final class StoreProblem {
    private StoreProblem() {}

    public static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root && !(root instanceof WorkspaceBusyException)) {
            root = root.getCause();
        }
        if (root instanceof WorkspaceBusyException) {
            return "Another Countersign window or command has this workspace open. Close it and try again.";
        }
        String message = root.getMessage();
        return "The evidence store could not be read"
                + (message == null || message.isBlank() ? "." : ": " + firstLine(message));
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
