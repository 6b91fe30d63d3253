package io.countersign.services.snapshot;

import io.countersign.model.convert.AwsAuthorizationConverter;
import io.countersign.model.convert.CredentialReport;
import io.countersign.model.convert.IdentityMap;
import io.countersign.model.convert.ScimConverter;
import io.countersign.model.convert.ScimMapping;
import io.countersign.model.convert.ScimMappingReader;
import io.countersign.model.convert.SnapshotMerger;
import io.countersign.model.format.ManagedSystem;
import io.countersign.model.format.Snapshot;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.InputFiles;
import io.countersign.model.read.SnapshotReader;
import io.countersign.model.read.SourceNode;
import io.countersign.model.read.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The use case behind {@code countersign snapshot …} and the workbench's "Update snapshot": read the
 * exports where identity data lives (SCIM, AWS IAM) or per-system snapshots, and produce one
 * {@code countersign.snapshot/v1}. Each call reads every input strictly and returns a snapshot or
 * refuses with a {@link FormatException}; {@link SnapshotOutput} writes it.
 */
public final class SnapshotSources {
    private SnapshotSources() {}

    /** SCIM documents: files, or folders whose {@code *.json} files are read in name order. */
    public static Snapshot fromScim(List<Path> inputs, String system, Path mapping, String snapshotId, Instant takenAt)
            throws FormatException {
        ScimMapping rules = mapping == null ? ScimMapping.defaults() : ScimMappingReader.read(InputFiles.tree(mapping));
        List<SourceNode> documents = new ArrayList<>();
        for (Path file : expand(inputs)) {
            documents.add(InputFiles.tree(file));
        }
        return ScimConverter.convert(documents, system, rules, snapshotId, takenAt);
    }

    /** One account's {@code get-account-authorization-details} output, and its credential report if given. */
    public static Snapshot fromAws(
            Path details, Path credentialReport, ManagedSystem system, String snapshotId, Instant takenAt)
            throws FormatException {
        CredentialReport report = credentialReport == null
                ? CredentialReport.empty()
                : CredentialReport.read(credentialReport.toString(), bytes(credentialReport));
        return AwsAuthorizationConverter.convert(InputFiles.tree(details), report, system, snapshotId, takenAt);
    }

    /** Per-system snapshots merged in the order given; the identity map joins ids that differ. */
    public static Snapshot merge(List<Path> snapshots, Path identityMap, String snapshotId) throws FormatException {
        IdentityMap map = identityMap == null ? IdentityMap.none() : IdentityMap.read(InputFiles.tree(identityMap));
        List<SnapshotMerger.Input> inputs = new ArrayList<>();
        for (Path file : snapshots) {
            SourceNode root = InputFiles.tree(file);
            inputs.add(new SnapshotMerger.Input(root, SnapshotReader.read(root)));
        }
        return SnapshotMerger.merge(inputs, map, snapshotId);
    }

    static List<Path> expand(List<Path> inputs) throws FormatException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                files.add(input);
                continue;
            }
            try (Stream<Path> listing = Files.list(input)) {
                List<Path> json = listing.filter(p -> p.getFileName().toString().endsWith(".json"))
                        .filter(Files::isRegularFile)
                        .sorted()
                        .toList();
                if (json.isEmpty()) {
                    throw refused(input, "the folder holds no .json file");
                }
                files.addAll(json);
            } catch (IOException e) {
                throw refused(input, "the folder could not be read: " + e.getMessage());
            }
        }
        return files;
    }

    private static byte[] bytes(Path file) throws FormatException {
        try {
            if (Files.size(file) > InputFiles.MAX_BYTES) {
                throw refused(file, "the file is larger than " + (InputFiles.MAX_BYTES >> 20) + " MB");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw refused(file, "the file does not exist");
        } catch (IOException e) {
            throw refused(file, "the file could not be read: " + e.getMessage());
        }
    }

    private static FormatException refused(Path file, String reason) {
        return new FormatException(file.toString(), new SourcePosition(0, 0, ""), reason);
    }
}
