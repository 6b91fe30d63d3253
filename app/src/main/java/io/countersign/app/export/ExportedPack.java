package io.countersign.app.export;

import java.nio.file.Path;
import java.util.Locale;

/** A pack that was written and recorded: where, how big, its digest, how many decisions, and its place in the chain. */
public record ExportedPack(Path file, long sizeBytes, String digest, int decisions, long exportSeq, String exporter) {

    /** "12.4 KB", "1.2 MB": for people; the exact size is in the accessible text. */
    public String sizeLabel() {
        if (sizeBytes < 1024) {
            return sizeBytes + " bytes";
        }
        double kb = sizeBytes / 1024.0;
        return kb < 1024 ? String.format(Locale.ROOT, "%.1f KB", kb) : String.format(Locale.ROOT, "%.1f MB", kb / 1024);
    }
}
