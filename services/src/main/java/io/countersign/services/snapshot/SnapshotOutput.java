package io.countersign.services.snapshot;

import io.countersign.model.convert.SnapshotJson;
import io.countersign.model.evidence.Digest;
import io.countersign.model.format.Snapshot;
import io.countersign.model.read.FormatException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a snapshot file whole or not at all: the bytes are first read back through the strict
 * snapshot reader, then written to a hidden temporary file beside the target, forced to disk and
 * renamed over the target in one atomic step. A reader of the target sees the old file or the new
 * one, never part of either.
 */
public final class SnapshotOutput {
    private SnapshotOutput() {}

    /** What was written: where, and the SHA-256 of its bytes (as {@code countersign import} reports it). */
    public record Written(Path file, Digest digest, Snapshot snapshot) {}

    public static Written write(Snapshot snapshot, Path target) throws FormatException {
        byte[] bytes = SnapshotJson.writeChecked(snapshot, target + " (as converted)");
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                out.write(bytes);
                out.flush();
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
            return new Written(target, Digest.sha256(bytes), snapshot);
        } catch (AtomicMoveNotSupportedException e) {
            throw new SnapshotWriteException("cannot write " + target + ": this file system cannot rename atomically");
        } catch (IOException e) {
            throw new SnapshotWriteException("cannot write " + target + ": " + e.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a hidden .part file beside the target; never the target itself
                }
            }
        }
    }
}
