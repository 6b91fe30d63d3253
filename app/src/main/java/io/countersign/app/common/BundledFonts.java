package io.countersign.app.common;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

/**
 * Loads Inter (SIL Open Font License 1.1, see fonts/OFL.txt) from the app's resources, so the
 * workbench and its screenshots look the same on every machine whatever fonts it has installed.
 */
public final class BundledFonts {
    public static final String FAMILY = "Inter";
    private static final String[] FILES = {"Inter-Regular.otf", "Inter-SemiBold.otf", "Inter-Bold.otf"};
    private static boolean loaded;

    private BundledFonts() {}

    /** Idempotent. Reads from the class path (the app's jar), not from the user's disk. */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String file : FILES) {
            try (InputStream in = BundledFonts.class.getResourceAsStream("fonts/" + file)) {
                if (in != null) {
                    Font.loadFont(in, 14);
                }
            } catch (IOException e) {
                // A missing font only changes the look; the theme falls back to the system font.
            }
        }
        loaded = true;
    }
}
