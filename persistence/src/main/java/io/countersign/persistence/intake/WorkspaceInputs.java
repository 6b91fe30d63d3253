package io.countersign.persistence.intake;

import io.countersign.model.evidence.Digest;
import io.countersign.model.format.Draft;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Snapshot;
import io.countersign.model.format.read.DraftReader;
import io.countersign.model.format.read.FormatException;
import io.countersign.model.format.read.PolicyReader;
import io.countersign.model.format.read.SnapshotReader;
import io.countersign.model.format.read.SourceNode;
import io.countersign.model.format.read.SourceTreeReader;
import io.countersign.model.store.DraftRevisionRef;
import io.countersign.model.store.StoredBlob;
import io.countersign.persistence.Workspace;
import io.countersign.persistence.blob.BlobRepository;
import io.countersign.persistence.draft.DraftRevisionRepository;
import java.util.List;
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

    private final BlobRepository blobs;
    private final DraftRevisionRepository revisions;
    private final InputImportLog log;

    public WorkspaceInputs(Workspace workspace) {
        this.blobs = workspace.blobs();
        this.revisions = workspace.draftRevisions();
        this.log = new InputImportLog(workspace.transactions(), workspace.clock());
    }

    public Optional<StoredInput<Snapshot>> currentSnapshot() {
        return current(InputKind.SNAPSHOT, SnapshotReader::read);
    }

    public Optional<StoredInput<Policy>> currentPolicy() {
        return current(InputKind.POLICY, PolicyReader::read);
    }

    /** The latest revision of every draft, by draft id, with its revision history. */
    public List<PendingDraft> pendingDrafts() {
        return revisions.latestOfEach().stream().map(this::pending).toList();
    }

    /** One draft's latest revision, if the draft was imported. */
    public Optional<PendingDraft> pendingDraft(String draftId) {
        return revisions.latest(draftId).map(this::pending);
    }

    /** One stored revision of a draft, superseded or not. */
    public Optional<StoredInput<Draft>> draftRevision(String draftId, int revision) {
        return revisions.revisions(draftId).stream().filter(ref -> ref.revision() == revision).findFirst()
                .map(ref -> new StoredInput<>(parse(blob(ref.blobDigest()), DraftReader::read), new Digest(ref.blobDigest()),
                        ref.importedAt()));
    }

    private PendingDraft pending(DraftRevisionRef latest) {
        Draft draft = parse(blob(latest.blobDigest()), DraftReader::read);
        return new PendingDraft(draft, new Digest(latest.blobDigest()), revisions.revisions(latest.draftId()));
    }

    private <T> Optional<StoredInput<T>> current(InputKind kind, Reader<T> reader) {
        return log.latest(kind).map(entry -> new StoredInput<>(
                parse(blob(entry.digest().hex()), reader), entry.digest(), entry.importedAt()));
    }

    private StoredBlob blob(String digest) {
        return blobs.get(digest).orElseThrow(() -> new IllegalStateException(
                "the store names blob " + digest + " but does not hold it"));
    }

    private static <T> T parse(StoredBlob blob, Reader<T> reader) {
        String source = "stored " + blob.mediaType() + " sha256:" + blob.digest();
        try {
            return reader.read(SourceTreeReader.read(source, blob.content(), SourceTreeReader.Syntax.JSON));
        } catch (FormatException e) {
            throw new IllegalStateException("the store holds a " + blob.mediaType()
                    + " this version cannot read: " + e.getMessage(), e);
        }
    }
}
