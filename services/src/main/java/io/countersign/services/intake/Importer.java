package io.countersign.services.intake;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.model.evidence.CanonicalJson;
import io.countersign.model.evidence.Digest;
import io.countersign.model.format.Draft;
import io.countersign.model.format.TrainingCase;
import io.countersign.model.read.DraftReader;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.InputFiles;
import io.countersign.model.read.PolicyReader;
import io.countersign.model.read.SnapshotReader;
import io.countersign.model.read.SourceJson;
import io.countersign.model.read.SourceNode;
import io.countersign.model.read.SourceTreeReader;
import io.countersign.model.store.DraftRevisionRef;
import io.countersign.model.store.StoredBlob;
import io.countersign.persistence.DurableTransactions;
import io.countersign.persistence.StoreTransaction;
import io.countersign.persistence.Workspace;
import io.countersign.persistence.blob.BlobRepository;
import io.countersign.persistence.draft.DraftRevisionRepository;
import io.countersign.persistence.input.InputImportLog;
import io.countersign.persistence.input.InputKind;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports input files into the workspace's store: parsed strictly (a bad file throws
 * {@link FormatException} and nothing is stored), kept as RFC 8785 canonical JSON under its
 * SHA-256, each file in one durable transaction. Importing the same content again changes
 * nothing.
 */
public final class Importer {

    private final DurableTransactions transactions;
    private final BlobRepository blobs;
    private final DraftRevisionRepository revisions;
    private final InputImportLog log;

    public Importer(Workspace workspace) {
        this.transactions = workspace.transactions();
        this.blobs = workspace.blobs();
        this.revisions = workspace.draftRevisions();
        this.log = new InputImportLog(workspace.transactions(), workspace.clock());
    }

    /**
     * @throws FormatException         the file is not a valid input (message names file, line:column, pointer)
     * @throws ImportRefusedException  the file contradicts what the store holds
     */
    public ImportResult importFile(Path file) throws FormatException {
        SourceNode root = InputFiles.tree(file);
        InputKind kind = kindOf(root);
        return switch (kind) {
            case DRAFT ->
                importDraft(file, DraftReader.read(root), SourceJson.toJson(root), InboxDelivery.delivered(file));
            case SNAPSHOT -> importCurrent(file, kind, SnapshotReader.read(root).id(), SourceJson.toJson(root));
            case POLICY -> importCurrent(file, kind, PolicyReader.read(root).id(), SourceJson.toJson(root));
            case CASEBOOK -> importCasebook(file, CasebookParts.read(file, root));
        };
    }

    private static InputKind kindOf(SourceNode root) throws FormatException {
        root.expectObject("a Countersign input document");
        SourceNode format = root.field("format");
        String name = format.asText();
        return InputKind.fromFormat(name)
                .orElseThrow(() -> format.error("unknown format \"" + name
                        + "\"; expected one of "
                        + Arrays.stream(InputKind.values())
                                .map(InputKind::format)
                                .collect(Collectors.joining(", "))));
    }

    /**
     * Imports a draft already read strictly; {@code json} is the same document as a plain tree.
     *
     * @param fromAssistant the draft came from an assistant (MCP, directly or through the inbox): it
     *     may only revise drafts whose latest revision names the same drafter workload identity, so
     *     one assistant cannot supersede, and so void the approvals of, another's or a person's draft
     */
    ImportResult importDraft(Path file, Draft draft, JsonNode json, boolean fromAssistant) {
        byte[] canonical = CanonicalJson.canonicalize(json);
        Digest digest = Digest.sha256(canonical);
        return transactions.writeStore(tx -> {
            Optional<DraftRevisionRef> before = revisions.latest(tx, draft.id());
            if (fromAssistant && before.isPresent()) {
                requireSameDrafter(draft, before.get());
            }
            if (storeDraft(tx, draft, canonical, digest, "")) {
                String supersedes = before.filter(ref -> ref.revision() < draft.revision())
                        .map(ref -> " (supersedes revision " + ref.revision() + ")")
                        .orElse("");
                return new ImportResult(
                        file,
                        InputKind.DRAFT,
                        draft.id(),
                        ImportResult.Status.IMPORTED,
                        digest,
                        "imported draft " + draft.id() + " revision " + draft.revision() + supersedes);
            }
            return new ImportResult(
                    file,
                    InputKind.DRAFT,
                    draft.id(),
                    ImportResult.Status.ALREADY_IMPORTED,
                    digest,
                    "already imported: draft " + draft.id() + " revision " + draft.revision());
        });
    }

    private void requireSameDrafter(Draft draft, DraftRevisionRef latest) {
        StoredBlob blob = blobs.get(latest.blobDigest())
                .orElseThrow(() -> new IllegalStateException(
                        "the store names blob " + latest.blobDigest() + " but does not hold it"));
        String owner;
        try {
            owner = DraftReader.read(SourceTreeReader.read(
                            "stored draft sha256:" + blob.digest(), blob.content(), SourceTreeReader.Syntax.JSON))
                    .drafter()
                    .workloadIdentity();
        } catch (FormatException e) {
            throw new IllegalStateException("the store holds a draft this version cannot read: " + e.getMessage(), e);
        }
        String claimed = draft.drafter().workloadIdentity();
        if (!Objects.equals(owner, claimed)) {
            throw new ImportRefusedException(
                    "draft " + draft.id() + " revision " + latest.revision() + " was drafted by "
                            + (owner == null ? "no workload identity" : "\"" + owner + "\"") + ", not \"" + claimed
                            + "\"; an assistant may only revise its own drafts (submit it under a new id)");
        }
    }

    /** Stores a draft revision; false when exactly this revision is already there. */
    private boolean storeDraft(StoreTransaction tx, Draft draft, byte[] canonical, Digest digest, String where) {
        Optional<DraftRevisionRef> existing = revisions.find(tx, draft.id(), draft.revision());
        if (existing.isPresent()) {
            if (existing.get().blobDigest().equals(digest.hex())) {
                return false;
            }
            throw new ImportRefusedException(where + "draft " + draft.id() + " revision " + draft.revision()
                    + " was already imported with different content (sha256:"
                    + existing.get().blobDigest()
                    + "); a changed draft needs a new revision number");
        }
        blobs.put(tx, InputKind.DRAFT.storedName(), canonical);
        revisions.record(tx, draft.id(), draft.revision(), digest.hex());
        log.append(tx, InputKind.DRAFT, draft.id(), digest);
        return true;
    }

    /** A snapshot or policy: the most recently imported one is the workspace's current one. */
    private ImportResult importCurrent(Path file, InputKind kind, String id, JsonNode json) {
        byte[] canonical = CanonicalJson.canonicalize(json);
        Digest digest = Digest.sha256(canonical);
        String what = kind.storedName() + " " + id;
        return transactions.writeStore(tx -> {
            if (log.latest(tx, kind)
                    .filter(entry -> entry.digest().equals(digest))
                    .isPresent()) {
                return new ImportResult(
                        file,
                        kind,
                        id,
                        ImportResult.Status.ALREADY_IMPORTED,
                        digest,
                        "already imported: " + what + " is the current " + kind.storedName());
            }
            boolean seenBefore = blobs.contains(tx, digest.hex());
            makeCurrent(tx, kind, id, canonical, digest);
            return new ImportResult(
                    file,
                    kind,
                    id,
                    ImportResult.Status.IMPORTED,
                    digest,
                    (seenBefore ? "imported " + what + " again" : "imported " + what) + "; it is now the current "
                            + kind.storedName());
        });
    }

    private void makeCurrent(StoreTransaction tx, InputKind kind, String id, byte[] canonical, Digest digest) {
        blobs.put(tx, kind.storedName(), canonical);
        log.append(tx, kind, id, digest);
    }

    private ImportResult importCasebook(Path file, CasebookParts parts) {
        byte[] canonical = CanonicalJson.canonicalize(parts.selfContained);
        Digest digest = Digest.sha256(canonical);
        String id = parts.casebook.id();
        return transactions.writeStore(tx -> {
            if (blobs.contains(tx, digest.hex())) {
                return new ImportResult(
                        file,
                        InputKind.CASEBOOK,
                        id,
                        ImportResult.Status.ALREADY_IMPORTED,
                        digest,
                        "already imported: casebook " + id);
            }
            storeAll(tx, InputKind.SNAPSHOT, parts.snapshots);
            storeAll(tx, InputKind.POLICY, parts.policies);
            if (parts.sharedSnapshot != null) {
                current(tx, InputKind.SNAPSHOT, parts.sharedSnapshot);
            }
            if (parts.sharedPolicy != null) {
                current(tx, InputKind.POLICY, parts.sharedPolicy);
            }
            int drafts = 0;
            List<TrainingCase> cases = parts.casebook.cases();
            for (int i = 0; i < cases.size(); i++) {
                byte[] draft = CanonicalJson.canonicalize(parts.drafts.get(i));
                if (storeDraft(
                        tx,
                        cases.get(i).draft(),
                        draft,
                        Digest.sha256(draft),
                        "case " + cases.get(i).id() + ": ")) {
                    drafts++;
                }
            }
            blobs.put(tx, InputKind.CASEBOOK.storedName(), canonical);
            log.append(tx, InputKind.CASEBOOK, id, digest);
            return new ImportResult(
                    file,
                    InputKind.CASEBOOK,
                    id,
                    ImportResult.Status.IMPORTED,
                    digest,
                    "imported casebook " + id + " (" + cases.size() + " cases, " + drafts + " new draft revisions)");
        });
    }

    private void storeAll(StoreTransaction tx, InputKind kind, List<JsonNode> documents) {
        Set<JsonNode> distinct = new LinkedHashSet<>(documents);
        for (JsonNode document : distinct) {
            blobs.put(tx, kind.storedName(), CanonicalJson.canonicalize(document));
        }
    }

    private void current(StoreTransaction tx, InputKind kind, JsonNode document) {
        byte[] canonical = CanonicalJson.canonicalize(document);
        Digest digest = Digest.sha256(canonical);
        if (log.latest(tx, kind).filter(entry -> entry.digest().equals(digest)).isEmpty()) {
            makeCurrent(tx, kind, document.get("id").asText(), canonical, digest);
        }
    }
}
