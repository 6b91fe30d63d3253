package io.countersign.model.read;

import io.countersign.model.format.Casebook;
import io.countersign.model.format.Draft;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Loads the four input formats from files: strict, all or nothing. Every failure is a
 * {@link FormatException} whose message names the file, line:column, JSON pointer and what was expected.
 */
public final class InputFiles {
    private InputFiles() {}

    /** Inputs larger than this are refused before parsing: the largest real drafts are a few MB. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    public static Snapshot snapshot(Path file) throws FormatException {
        return SnapshotReader.read(tree(file));
    }

    public static Policy policy(Path file) throws FormatException {
        return PolicyReader.read(tree(file));
    }

    public static Draft draft(Path file) throws FormatException {
        return DraftReader.read(tree(file));
    }

    public static Casebook casebook(Path file) throws FormatException {
        Path folder = file.toAbsolutePath().getParent();
        return CasebookReader.read(tree(file), reference -> tree(folder.resolve(reference.asId()), reference));
    }

    /** Reads a file's syntax tree, refusing missing, unreadable or oversized files with a one-line reason. */
    public static SourceNode tree(Path file) throws FormatException {
        return tree(file, null);
    }

    private static SourceNode tree(Path file, SourceNode referencedFrom) throws FormatException {
        String name = file.toString();
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw failure(name, referencedFrom, "is larger than " + (MAX_BYTES >> 20) + " MB");
            }
            return SourceTreeReader.read(file);
        } catch (NoSuchFileException e) {
            throw failure(name, referencedFrom, "does not exist");
        } catch (IOException e) {
            throw failure(name, referencedFrom, "could not be read: " + e.getMessage());
        }
    }

    private static FormatException failure(String name, SourceNode referencedFrom, String reason) {
        if (referencedFrom != null) {
            return referencedFrom.error("referenced file " + name + " " + reason);
        }
        return new FormatException(name, new SourcePosition(0, 0, ""), "the file " + reason);
    }
}
