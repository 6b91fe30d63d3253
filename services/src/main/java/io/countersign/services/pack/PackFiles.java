package io.countersign.services.pack;

import io.countersign.model.evidence.Digest;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Writes a file so that its final name either holds all of it or does not exist. */
final class PackFiles {

    private PackFiles() {}

    /** Writes what {@code content} streams; see {@link #writeAtomically(Path, Content)}. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes to a hidden temporary file beside the target, forces it to disk, then renames it
     * into place in one atomic step. A crash at any point leaves no file at the final name.
     *
     * @return the SHA-256 of the bytes written, hashed as they were written
     */
    static Digest writeAtomically(Path target, Content content) {
        Path dir = target.getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (FileChannel channel =
                    FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream file = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 20);
                content.writeTo(new DigestOutputStream(file, sha256));
                file.flush();
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            syncDirectory(dir);
            return new Digest(HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary name is hidden and never the pack's name
                }
            }
        }
    }

    /** Makes the rename itself durable where the platform allows opening a folder (Linux, macOS). */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself.
        }
    }
}
