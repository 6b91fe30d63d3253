package io.countersign.benchmarks.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The X display the start-up runs draw on: the caller's {@code DISPLAY} when set, otherwise an Xvfb
 * started for the harness (software rendering either way on a machine without a GPU).
 */
final class VirtualDisplay implements AutoCloseable {
    private final String name;
    private final Process xvfb;

    private VirtualDisplay(String name, Process xvfb) {
        this.name = name;
        this.xvfb = xvfb;
    }

    static VirtualDisplay open() throws IOException {
        String existing = System.getenv("DISPLAY");
        if (existing != null && !existing.isBlank()) {
            return new VirtualDisplay(existing, null);
        }
        Process xvfb;
        try {
            // -displayfd 1: Xvfb picks a free display and prints its number on standard output.
            xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1920x1200x24", "-nolisten", "tcp")
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new IOException("S1 needs a display: set DISPLAY or install Xvfb (apt-get install xvfb)", e);
        }
        String number =
                new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        if (number == null || number.isBlank()) {
            xvfb.destroy();
            throw new IOException("Xvfb did not start; S1 needs a display");
        }
        return new VirtualDisplay(":" + number.strip(), xvfb);
    }

    String name() {
        return name;
    }

    @Override
    public void close() {
        if (xvfb != null) {
            xvfb.destroy();
        }
    }
}
