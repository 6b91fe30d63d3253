package io.countersign.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where a user's workspace lives when none is named: the platform's per-user data folder. */
public final class WorkspaceLocation {

    private WorkspaceLocation() {}

    public static Path defaultDirectory() {
        return defaultDirectory(
                System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** Pure form for tests: the answer depends only on the OS name, environment and home. */
    static Path defaultDirectory(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base =
                    isSet(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Countersign");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Countersign");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if (isSet(xdg) && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("countersign");
        }
        return home.resolve(".local").resolve("share").resolve("countersign");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
