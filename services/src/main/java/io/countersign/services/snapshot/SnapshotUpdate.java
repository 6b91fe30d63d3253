package io.countersign.services.snapshot;

import io.countersign.model.analysis.SnapshotChanges;
import io.countersign.model.convert.IdentityMap;
import io.countersign.model.convert.SnapshotJson;
import io.countersign.model.convert.SnapshotMerger;
import io.countersign.model.evidence.Digest;
import io.countersign.model.format.ManagedSystem;
import io.countersign.model.format.Snapshot;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.InputFiles;
import io.countersign.model.read.SnapshotReader;
import io.countersign.model.read.SourceNode;
import io.countersign.model.read.SourceTreeReader;
import io.countersign.persistence.Workspace;
import io.countersign.persistence.input.StoredInput;
import io.countersign.persistence.input.WorkspaceInputs;
import io.countersign.services.intake.ImportResult;
import io.countersign.services.intake.Importer;
import io.countersign.services.snapshot.UpdateSource.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The workbench's "Update snapshot", in two steps. {@link #prepare} reads the chosen files — a
 * Countersign snapshot, SCIM exports, AWS authorization details, optionally a SCIM mapping and an
 * identity map — converts and merges them as {@code countersign snapshot from-scim | from-aws |
 * merge} would, writes the result to a private staging file and lists what changed since the
 * current snapshot. Nothing in the workspace changes. {@link #makeCurrent} then imports exactly
 * the staged bytes through the same {@link Importer} as {@code countersign import}.
 */
public final class SnapshotUpdate {
    private SnapshotUpdate() {}

    /**
     * A snapshot ready to be made current, the changes it brings against {@code against} (the
     * current snapshot when they were worked out, or null), and the file that holds its bytes.
     */
    public record Prepared(
            Snapshot snapshot, SnapshotChanges changes, Path staged, Snapshot against, Digest stagedDigest) {

        /** Forgets the staged file (after cancelling or importing). */
        public void discard() {
            try {
                Files.deleteIfExists(staged);
                Files.deleteIfExists(staged.getParent());
            } catch (IOException ignored) {
                // a file in a private temporary folder; the platform cleans those
            }
        }
    }

    /**
     * @param current the workspace's current snapshot, or null when it has none
     * @param now     the new snapshot's time when converting, and part of its id
     * @throws FormatException a file is refused: the message names file, line:column and pointer
     */
    public static Prepared prepare(List<UpdateSource> sources, Snapshot current, Instant now) throws FormatException {
        Path mapping = single(sources, Kind.SCIM_MAPPING);
        Path identityMap = single(sources, Kind.IDENTITY_MAP);
        List<Part> parts = new ArrayList<>();
        Map<String, List<Path>> scim = new LinkedHashMap<>();
        // The directory comes first: a merged identity takes its name from the first input that has it.
        for (UpdateSource source : sources.stream()
                .sorted(Comparator.comparingInt(source -> mergeRank(source.kind())))
                .toList()) {
            switch (source.kind()) {
                case SNAPSHOT -> parts.add(nativePart(source.path()));
                case SCIM ->
                    scim.computeIfAbsent(system(source), id -> new ArrayList<>())
                            .add(source.path());
                case AWS ->
                    parts.add(converted(
                            source.path().getFileName().toString(),
                            SnapshotSources.fromAws(
                                    source.path(), null, systemEntry(system(source), current), id(source, now), now)));
                default -> {}
            }
        }
        List<Part> directories = new ArrayList<>();
        for (Map.Entry<String, List<Path>> directory : scim.entrySet()) {
            String system = directory.getKey();
            Snapshot snapshot =
                    SnapshotSources.fromScim(directory.getValue(), system, mapping, system + "-" + now, now);
            directories.add(
                    converted(directory.getValue().getFirst().getFileName().toString(), snapshot));
        }
        parts.addAll(0, directories);
        if (parts.isEmpty()) {
            throw SourceRecognizer.refused(
                    mapping != null ? mapping : identityMap != null ? identityMap : Path.of("(no file)"),
                    "choose a Countersign snapshot, a SCIM export or AWS authorization details to update from");
        }
        Path staging = stagingFolder();
        Path staged = staging.resolve("snapshot.json");
        try {
            Snapshot next;
            if (parts.size() == 1 && identityMap == null) {
                Part only = parts.getFirst();
                next = only.snapshot();
                Files.write(staged, only.bytes());
            } else {
                IdentityMap map =
                        identityMap == null ? IdentityMap.none() : IdentityMap.read(InputFiles.tree(identityMap));
                next = SnapshotMerger.merge(parts.stream().map(Part::input).toList(), map, "merged-" + now);
                SnapshotOutput.write(next, staged);
            }
            return new Prepared(
                    next,
                    SnapshotChanges.between(current, next),
                    staged,
                    current,
                    Digest.sha256(Files.readAllBytes(staged)));
        } catch (IOException e) {
            deleteQuietly(staging);
            throw new UncheckedIOException("the update could not be staged in " + staging, e);
        } catch (FormatException | RuntimeException e) {
            deleteQuietly(staging);
            throw e;
        }
    }

    /**
     * Imports the staged snapshot as {@code countersign import} would; the importer makes it current.
     * Refused when another snapshot became current since the changes were worked out (the inbox or
     * another command imported one): the changes shown would no longer be the changes made.
     *
     * @throws FormatException the staged file did not load (it was changed by someone else since)
     * @throws StaleUpdateException the current snapshot is no longer the one compared against
     */
    public static ImportResult makeCurrent(Workspace workspace, Prepared prepared) throws FormatException {
        Snapshot now = new WorkspaceInputs(workspace)
                .currentSnapshot()
                .map(StoredInput::value)
                .orElse(null);
        if (!Objects.equals(now, prepared.against())) {
            throw new StaleUpdateException("the current snapshot changed since these changes were shown (it is now "
                    + (now == null ? "none" : now.id()) + "); show the changes again");
        }
        byte[] staged;
        try {
            staged = Files.readAllBytes(prepared.staged());
        } catch (IOException e) {
            throw new StaleUpdateException(
                    "the prepared snapshot " + prepared.staged() + " is gone; show the changes again");
        }
        if (!Digest.sha256(staged).equals(prepared.stagedDigest())) {
            throw new StaleUpdateException("the prepared snapshot " + prepared.staged()
                    + " was changed on disk since the changes were shown; show the changes again");
        }
        return new Importer(workspace).importFile(prepared.staged());
    }

    /** Another snapshot became current after the preview; nothing was imported. */
    public static final class StaleUpdateException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StaleUpdateException(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * A system id for a SCIM or AWS export: the current snapshot's system for the same directory
     * groups or the same account when there is one, so an update keeps the ids the policy names.
     */
    public static String suggestedSystem(UpdateSource source, Snapshot current) {
        if (source.kind() == Kind.AWS) {
            String prefix = source.hint() == null ? null : "arn:aws:iam::" + source.hint() + ":";
            if (current != null && prefix != null) {
                String known = systemWhere(current, id -> id.startsWith(prefix));
                if (known != null) {
                    return known;
                }
            }
            return source.hint() == null ? "aws" : "aws-" + source.hint();
        }
        if (source.kind() == Kind.SCIM) {
            String known = current == null ? null : systemWhere(current, id -> id.contains(":group/"));
            return known != null ? known : "directory";
        }
        return null;
    }

    private static String systemWhere(Snapshot current, Predicate<String> entitlementId) {
        return current.entitlements().stream()
                .filter(entitlement -> entitlementId.test(entitlement.id()))
                .map(entitlement -> entitlement.system())
                .findFirst()
                .orElse(null);
    }

    /** The system's entry as the current snapshot has it, so its name and owner survive the update. */
    private static ManagedSystem systemEntry(String id, Snapshot current) {
        if (current != null) {
            for (ManagedSystem system : current.systems()) {
                if (system.id().equals(id)) {
                    return system;
                }
            }
        }
        return new ManagedSystem(id, null, null);
    }

    private record Part(SnapshotMerger.Input input, byte[] bytes) {
        Snapshot snapshot() {
            return input.snapshot();
        }
    }

    /** Read once from bytes, so the bytes staged are exactly the bytes checked. */
    private static Part nativePart(Path file) throws FormatException {
        byte[] bytes;
        try {
            if (Files.size(file) > InputFiles.MAX_BYTES) {
                throw SourceRecognizer.refused(file, "the file is larger than " + (InputFiles.MAX_BYTES >> 20) + " MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw SourceRecognizer.refused(file, "the file does not exist");
        } catch (IOException e) {
            throw SourceRecognizer.refused(file, "the file could not be read: " + e.getMessage());
        }
        SourceNode root = SourceTreeReader.read(file.toString(), bytes, SourceTreeReader.Syntax.JSON);
        return new Part(new SnapshotMerger.Input(root, SnapshotReader.read(root)), bytes);
    }

    private static Part converted(String from, Snapshot snapshot) throws FormatException {
        byte[] bytes = SnapshotJson.writeChecked(snapshot, from + " (as converted)");
        SourceNode root = SourceTreeReader.read(from + " (as converted)", bytes, SourceTreeReader.Syntax.JSON);
        return new Part(new SnapshotMerger.Input(root, snapshot), bytes);
    }

    private static int mergeRank(Kind kind) {
        return switch (kind) {
            case SCIM -> 0;
            case SNAPSHOT -> 1;
            case AWS -> 2;
            default -> 3;
        };
    }

    private static String system(UpdateSource source) throws FormatException {
        if (source.system() == null || source.system().isBlank()) {
            throw SourceRecognizer.refused(
                    source.path(), "name the system this " + source.kind().label() + " belongs to");
        }
        return source.system().strip();
    }

    private static String id(UpdateSource source, Instant now) {
        return source.system().strip() + "-" + now;
    }

    private static Path single(List<UpdateSource> sources, Kind kind) throws FormatException {
        List<Path> found = sources.stream()
                .filter(source -> source.kind() == kind)
                .map(UpdateSource::path)
                .toList();
        if (found.size() > 1) {
            throw SourceRecognizer.refused(found.get(1), "only one " + kind.label() + " applies; remove one");
        }
        return found.isEmpty() ? null : found.getFirst();
    }

    private static Path stagingFolder() {
        try {
            return Files.createTempDirectory("countersign-update-");
        } catch (IOException e) {
            throw new UncheckedIOException("no temporary folder to stage the update in", e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException ignored) {
            // a private temporary folder
        }
    }
}
