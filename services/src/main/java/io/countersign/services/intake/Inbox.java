package io.countersign.services.intake;

import io.countersign.model.read.FormatException;
import io.countersign.persistence.StoreRefusedException;
import io.countersign.persistence.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The workspace's {@code inbox/}: every file dropped there is imported. Imported files leave the
 * inbox (the store holds them); bad ones move to {@code inbox/rejected/<name>} with
 * {@code <name>.reason.txt} holding the one-line reason. A file is only ever moved, never
 * deleted, until the store has committed it.
 */
public final class Inbox {

    public static final String REJECTED = "rejected";
    public static final String REASON_SUFFIX = ".reason.txt";

    private final Path folder;
    private final Importer importer;

    public Inbox(Workspace workspace) {
        this(workspace.inbox(), new Importer(workspace));
    }

    Inbox(Path folder, Importer importer) {
        this.folder = folder;
        this.importer = importer;
    }

    public Path folder() {
        return folder;
    }

    /** Imports every file now in the inbox, in name order. Safe to call from one thread at a time. */
    public synchronized SweepReport sweep() {
        List<ImportResult> imported = new ArrayList<>();
        List<SweepReport.Rejection> rejected = new ArrayList<>();
        List<SweepReport.Rejection> left = new ArrayList<>();
        List<Path> done = new ArrayList<>();
        for (Path file : candidates()) {
            if (Files.isSymbolicLink(file)) {
                // Following it would read (and quote in a reason file) whatever it points at.
                rejected.add(
                        reject(file, file.getFileName() + " is a symbolic link; copy the file itself into the inbox"));
                continue;
            }
            try {
                imported.add(importer.importFile(file));
                done.add(file);
            } catch (FormatException | ImportRefusedException | StoreRefusedException e) {
                rejected.add(reject(file, e.getMessage()));
            } catch (RuntimeException e) {
                left.add(new SweepReport.Rejection(file, "not imported, will retry: " + e.getMessage()));
            }
        }
        // Removed only after the whole sweep: a casebook may reference a snapshot beside it.
        for (Path file : done) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                left.add(new SweepReport.Rejection(file, "imported, but could not be removed: " + e.getMessage()));
            }
        }
        return new SweepReport(imported, rejected, left);
    }

    /** Regular files waiting in the inbox; hidden and partial-download files are not ready. */
    List<Path> candidates() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(file -> Files.isRegularFile(file) || Files.isSymbolicLink(file))
                    .filter(Inbox::isReady)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inbox " + folder, e);
        }
    }

    static boolean isReady(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".")
                && !name.endsWith(".tmp")
                && !name.endsWith(".part")
                && !name.endsWith(".partial")
                && !name.endsWith(".crdownload")
                && !name.endsWith("~");
    }

    private SweepReport.Rejection reject(Path file, String reason) {
        String line = reason.replaceAll("[\\r\\n]+", " ").strip();
        try {
            Path rejectedFolder = Files.createDirectories(folder.resolve(REJECTED));
            Path target = freeName(rejectedFolder, file.getFileName().toString());
            move(file, target);
            Path reasonFile = target.resolveSibling(target.getFileName() + REASON_SUFFIX);
            Path temp = Files.createTempFile(rejectedFolder, ".reason-", ".tmp");
            Files.writeString(temp, line + System.lineSeparator(), StandardCharsets.UTF_8);
            move(temp, reasonFile);
            return new SweepReport.Rejection(target, line);
        } catch (IOException e) {
            return new SweepReport.Rejection(
                    file, line + " (and it could not be moved to " + REJECTED + "/: " + e.getMessage() + ")");
        }
    }

    /** {@code name}, or {@code name-2}, {@code name-3}… before the extension, whichever is free. */
    private static Path freeName(Path dir, String name) {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        Path candidate = dir.resolve(name);
        for (int n = 2;
                Files.exists(candidate) || Files.exists(dir.resolve(candidate.getFileName() + REASON_SUFFIX));
                n++) {
            candidate = dir.resolve(stem + "-" + n + extension);
        }
        return candidate;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
