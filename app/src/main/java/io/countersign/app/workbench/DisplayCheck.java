package io.countersign.app.workbench;

import java.util.Locale;
import java.util.Map;

/**
 * Whether a window can open at all. On Linux without DISPLAY or WAYLAND_DISPLAY the toolkit would
 * fail with a stack trace; saying so in one line, with what to do instead, is kinder.
 */
public final class DisplayCheck {
    private DisplayCheck() {}

    /** The reason no window can open, or null when one can (or we cannot tell and should try). */
    public static String problem(String osName, Map<String, String> environment, String glassPlatform) {
        if (!osName.toLowerCase(Locale.ROOT).contains("linux")) {
            return null;
        }
        if (glassPlatform != null && !glassPlatform.isBlank()) {
            return null; // Monocle or another headless platform was asked for explicitly
        }
        if (blank(environment.get("DISPLAY")) && blank(environment.get("WAYLAND_DISPLAY"))) {
            return "cannot open the workbench: there is no display (DISPLAY and WAYLAND_DISPLAY are not set). "
                    + "Run it in a desktop session or under Xvfb, or use 'countersign demo --print' to list the queue here.";
        }
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
