package io.countersign.persistence.input;

import io.countersign.model.evidence.Digest;
import io.countersign.model.format.Draft;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Snapshot;
import io.countersign.model.read.DraftReader;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.PolicyReader;
import io.countersign.model.read.SnapshotReader;
import io.countersign.model.read.SourceNode;
import io.countersign.model.read.SourceTreeReader;
import io.countersign.model.store.DraftRevisionRef;
import io.countersign.model.store.StoredBlob;
import io.countersign.persistence.Workspace;
import io.countersign.persistence.blob.BlobRepository;
import io.countersign.persistence.blob.ParsedBlobs;
import io.countersign.persistence.draft.DraftRevisionRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the workspace currently holds to review: the current snapshot and policy (the most
 * recently imported of each) and the latest revision of every draft. Every value is parsed back
 * from the stored canonical bytes, so what is shown is exactly what the digests name. Drafts
 * already decided are the decision service's to filter out.
 */
public final class WorkspaceInputs {

    /** Binds a stored document. */
    @FunctionalInterface
    private interface Reader<T> {
        T read(SourceNode root) throws FormatException;
    }

    /** Blobs read per query when parsing a queue: large enough to amortise the query, small enough to bound memory. */
    private static final int READ_CHUNK = 500;

    private final BlobRepository blobs;
    private final DraftRevisionRepository revisions;
    private final InputImportLog log;
    private final ParsedBlobs parsed;

    public WorkspaceInputs(Workspace workspace) {
        this.blobs = workspace.blobs();
        this.revisions = workspace.draftRevisions();
        this.log = new InputImportLog(workspace.transactions(), workspace.clock());
        this.parsed = workspace.parsedBlobs();
    }

    public Optional<StoredInput<Snapshot>> currentSnapshot() {
        return current(InputKind.SNAPSHOT, Snapshot.class, SnapshotReader::read);
    }

    public Optional<StoredInput<Policy>> currentPolicy() {
        return current(InputKind.POLICY, Policy.class, PolicyReader::read);
    }

    /**
     * The latest revision of every draft, by draft id, with its revision history. Two queries
     * whatever the queue's size; drafts this process has not parsed yet are read in chunks and
     * parsed on every core.
     */
    public List<StoredDraft> pendingDrafts() {
        Map<String, List<DraftRevisionRef>> byDraft = new LinkedHashMap<>();
        for (DraftRevisionRef ref : revisions.all()) {
            byDraft.computeIfAbsent(ref.draftId(), id -> new ArrayList<>()).add(ref);
        }
        Map<String, Draft> drafts = drafts(byDraft.values().stream()
                .map(refs -> refs.getLast().blobDigest())
                .toList());
        return byDraft.values().stream()
                .map(refs -> new StoredDraft(
                        drafts.get(refs.getLast().blobDigest()),
                        new Digest(refs.getLast().blobDigest()),
                        refs))
                .toList();
    }

    private Map<String, Draft> drafts(List<String> digests) {
        Map<String, Draft> drafts = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String digest : digests) {
            Draft held = parsed.held(digest, Draft.class);
            if (held != null) {
                drafts.put(digest, held);
            } else {
                missing.add(digest);
            }
        }
        for (int from = 0; from < missing.size(); from += READ_CHUNK) {
            List<String> chunk = missing.subList(from, Math.min(missing.size(), from + READ_CHUNK));
            Map<String, StoredBlob> stored = blobs.getAll(chunk);
            chunk.stream()
                    .filter(digest -> !stored.containsKey(digest))
                    .findFirst()
                    .ifPresent(digest -> {
                        throw absent(digest);
                    });
            // Parsing is the costly part and each blob stands alone: all cores share it.
            List<Draft> read = chunk.parallelStream()
                    .map(digest -> parse(stored.get(digest), DraftReader::read))
                    .toList();
            for (int i = 0; i < chunk.size(); i++) {
                parsed.put(chunk.get(i), read.get(i));
                drafts.put(chunk.get(i), read.get(i));
            }
        }
        return drafts;
    }

    /** One draft's latest revision, if the draft was imported. */
    public Optional<StoredDraft> pendingDraft(String draftId) {
        return revisions.latest(draftId).map(this::pending);
    }

    /** One stored revision of a draft, superseded or not. */
    public Optional<StoredInput<Draft>> draftRevision(String draftId, int revision) {
        return revisions.revisions(draftId).stream()
                .filter(ref -> ref.revision() == revision)
                .findFirst()
                .map(ref -> new StoredInput<>(
                        parsed.get(
                                ref.blobDigest(), Draft.class, () -> parse(blob(ref.blobDigest()), DraftReader::read)),
                        new Digest(ref.blobDigest()),
                        ref.importedAt()));
    }

    private StoredDraft pending(DraftRevisionRef latest) {
        Draft draft =
                parsed.get(latest.blobDigest(), Draft.class, () -> parse(blob(latest.blobDigest()), DraftReader::read));
        return new StoredDraft(draft, new Digest(latest.blobDigest()), revisions.revisions(latest.draftId()));
    }

    private <T> Optional<StoredInput<T>> current(InputKind kind, Class<T> type, Reader<T> reader) {
        return log.latest(kind)
                .map(entry -> new StoredInput<>(
                        parsed.get(
                                entry.digest().hex(),
                                type,
                                () -> parse(blob(entry.digest().hex()), reader)),
                        entry.digest(),
                        entry.importedAt()));
    }

    private StoredBlob blob(String digest) {
        return blobs.get(digest).orElseThrow(() -> absent(digest));
    }

    private static IllegalStateException absent(String digest) {
        return new IllegalStateException("the store names blob " + digest + " but does not hold it");
    }

    private static <T> T parse(StoredBlob blob, Reader<T> reader) {
        String source = "stored " + blob.mediaType() + " sha256:" + blob.digest();
        try {
            return reader.read(SourceTreeReader.read(source, blob.content(), SourceTreeReader.Syntax.JSON));
        } catch (FormatException e) {
            throw new IllegalStateException(
                    "the store holds a " + blob.mediaType() + " this version cannot read: " + e.getMessage(), e);
        }
    }
}
