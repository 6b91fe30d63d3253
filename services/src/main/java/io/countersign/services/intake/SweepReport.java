package io.countersign.services.intake;

import java.nio.file.Path;
import java.util.List;

/**
 * What one inbox sweep did.
 *
 * @param imported imported (or already imported) files, now removed from the inbox
 * @param rejected bad files, moved to {@code inbox/rejected/} beside a reason file
 * @param left     files left in the inbox because the store, not the file, failed; retried next sweep
 */
public record SweepReport(List<ImportResult> imported, List<Rejection> rejected, List<Rejection> left) {

    /** A file not imported, where it is now, and the one-line reason. */
    public record Rejection(Path file, String reason) {}

    public SweepReport {
        imported = List.copyOf(imported);
        rejected = List.copyOf(rejected);
        left = List.copyOf(left);
    }

    public boolean isEmpty() {
        return imported.isEmpty() && rejected.isEmpty() && left.isEmpty();
    }
}
