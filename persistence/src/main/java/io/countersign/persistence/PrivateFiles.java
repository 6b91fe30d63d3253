package io.countersign.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only their owner may read, written so that a reader or a crash sees either nothing or
 * the whole file: bytes go to a temporary file in the same folder (owner-only from the start,
 * so the content is never briefly world-readable), are forced to disk, then moved into place
 * with {@code ATOMIC_MOVE}.
 */
public final class PrivateFiles {

    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {}

    /** Creates the folder (and parents) if missing; a new leaf folder is owner-only on POSIX. */
    public static Path createPrivateDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        Files.createDirectories(dir.getParent());
        try {
            return POSIX
                    ? Files.createDirectory(
                            dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                    : Files.createDirectory(dir);
        } catch (FileAlreadyExistsException e) {
            return dir;
        }
    }

    /**
     * Writes {@code content} to {@code target}, which must not exist yet: a keystore is never
     * overwritten. The temporary file is removed on any failure.
     */
    public static void writeNew(Path target, byte[] content) throws IOException {
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path temp = createTemp(target);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                out.write(content);
                out.flush();
                channel.force(true);
            }
            moveAtomically(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Path createTemp(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        String prefix = "." + target.getFileName() + ".";
        if (POSIX) {
            FileAttribute<Set<PosixFilePermission>> ownerOnly =
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
            return Files.createTempFile(dir, prefix, ".tmp", ownerOnly);
        }
        return Files.createTempFile(dir, prefix, ".tmp");
    }

    private static void moveAtomically(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot replace " + target + " atomically on this file system", e);
        }
    }
}
