package io.countersign.app.workbench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;

/**
 * The settings as a small properties file in the per-user config folder. Read before the window
 * opens and written after it closes, both on the launcher's thread, never on the FX thread.
 * A missing or unreadable file means defaults: settings are a convenience, never a reason to fail.
 */
public final class WorkbenchSettingsFile {
    private final Path file;

    public WorkbenchSettingsFile(Path file) {
        this.file = file;
    }

    /** {@code $XDG_CONFIG_HOME/countersign}, {@code ~/Library/Application Support/Countersign} or {@code %APPDATA%\Countersign}. */
    public static WorkbenchSettingsFile forCurrentUser() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        Path folder;
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            folder = Path.of(System.getenv("APPDATA"), "Countersign");
        } else if (os.contains("mac")) {
            folder = home.resolve("Library/Application Support/Countersign");
        } else {
            String xdg = System.getenv("XDG_CONFIG_HOME");
            folder = (xdg == null || xdg.isBlank() ? home.resolve(".config") : Path.of(xdg)).resolve("countersign");
        }
        return new WorkbenchSettingsFile(folder.resolve("workbench.properties"));
    }

    public WorkbenchSettings load() {
        if (!Files.isRegularFile(file)) {
            return WorkbenchSettings.DEFAULT;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
            return new WorkbenchSettings(
                    number(properties, "window.width", WorkbenchSettings.DEFAULT.width()),
                    number(properties, "window.height", WorkbenchSettings.DEFAULT.height()),
                    Boolean.parseBoolean(properties.getProperty("window.maximized", "false")),
                    "dark".equals(properties.getProperty("theme")) ? ThemeChoice.DARK : ThemeChoice.LIGHT,
                    lastWorkspace(properties.getProperty("workspace.last")));
        } catch (IOException | IllegalArgumentException e) {
            return WorkbenchSettings.DEFAULT;
        }
    }

    public void save(WorkbenchSettings settings) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("window.width", String.valueOf(Math.round(settings.width())));
        properties.setProperty("window.height", String.valueOf(Math.round(settings.height())));
        properties.setProperty("window.maximized", String.valueOf(settings.maximized()));
        properties.setProperty("theme", settings.theme().name().toLowerCase(Locale.ROOT));
        if (settings.lastWorkspace() != null) {
            properties.setProperty("workspace.last", settings.lastWorkspace().toString());
        }
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            properties.store(writer, "Countersign workbench: window and theme");
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path lastWorkspace(String value) {
        return value == null || value.isBlank() ? null : Path.of(value.strip());
    }

    private static double number(Properties properties, String key, double fallback) {
        String value = properties.getProperty(key);
        return value == null ? fallback : Double.parseDouble(value.strip());
    }
}
