package io.countersign.persistence.intake;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.model.evidence.CanonicalJson;
import io.countersign.model.evidence.Digest;
import io.countersign.model.format.Draft;
import io.countersign.model.format.TrainingCase;
import io.countersign.model.format.read.DraftReader;
import io.countersign.model.format.read.FormatException;
import io.countersign.model.format.read.InputFiles;
import io.countersign.model.format.read.PolicyReader;
import io.countersign.model.format.read.SnapshotReader;
import io.countersign.model.format.read.SourceNode;
import io.countersign.persistence.DurableTransactions;
import io.countersign.persistence.Workspace;
import io.countersign.persistence.blob.BlobRepository;
import io.countersign.persistence.draft.DraftRevisionRepository;
import io.countersign.model.store.DraftRevisionRef;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import io.countersign.persistence.StoreTransaction;
import org.jooq.DSLContext;

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
            case DRAFT -> importDraft(file, DraftReader.read(root), SourceJson.toJson(root));
            case SNAPSHOT -> importCurrent(file, kind, SnapshotReader.read(root).id(), SourceJson.toJson(root));
            case POLICY -> importCurrent(file, kind, PolicyReader.read(root).id(), SourceJson.toJson(root));
            case CASEBOOK -> importCasebook(file, CasebookParts.read(file, root));
        };
    }

    private static InputKind kindOf(SourceNode root) throws FormatException {
        root.expectObject("a Countersign input document");
        SourceNode format = root.field("format");
        String name = format.asText();
        return InputKind.fromFormat(name).orElseThrow(() -> format.error("unknown format \"" + name
                + "\"; expected one of " + Arrays.stream(InputKind.values())
                .map(InputKind::format).collect(Collectors.joining(", "))));
    }

    private ImportResult importDraft(Path file, Draft draft, JsonNode json) {
        byte[] canonical = CanonicalJson.canonicalize(json);
        Digest digest = Digest.sha256(canonical);
        return transactions.write(tx -> {
            DSLContext dsl = tx.dsl();
            Optional<DraftRevisionRef> before = revisions.latest(new StoreTransaction(dsl), draft.id());
            if (storeDraft(dsl, draft, canonical, digest, "")) {
                String supersedes = before.filter(ref -> ref.revision() < draft.revision())
                        .map(ref -> " (supersedes revision " + ref.revision() + ")").orElse("");
                return new ImportResult(file, InputKind.DRAFT, draft.id(), ImportResult.Status.IMPORTED, digest,
                        "imported draft " + draft.id() + " revision " + draft.revision() + supersedes);
            }
            return new ImportResult(file, InputKind.DRAFT, draft.id(), ImportResult.Status.ALREADY_IMPORTED,
                    digest, "already imported: draft " + draft.id() + " revision " + draft.revision());
        });
    }

    /** Stores a draft revision; false when exactly this revision is already there. */
    private boolean storeDraft(DSLContext dsl, Draft draft, byte[] canonical, Digest digest, String where) {
        Optional<DraftRevisionRef> existing = revisions.find(new StoreTransaction(dsl), draft.id(), draft.revision());
        if (existing.isPresent()) {
            if (existing.get().blobDigest().equals(digest.hex())) {
                return false;
            }
            throw new ImportRefusedException(where + "draft " + draft.id() + " revision " + draft.revision()
                    + " was already imported with different content (sha256:" + existing.get().blobDigest()
                    + "); a changed draft needs a new revision number");
        }
        blobs.put(new StoreTransaction(dsl), InputKind.DRAFT.storedName(), canonical);
        revisions.record(new StoreTransaction(dsl), draft.id(), draft.revision(), digest.hex());
        log.append(dsl, InputKind.DRAFT, draft.id(), digest);
        return true;
    }

    /** A snapshot or policy: the most recently imported one is the workspace's current one. */
    private ImportResult importCurrent(Path file, InputKind kind, String id, JsonNode json) {
        byte[] canonical = CanonicalJson.canonicalize(json);
        Digest digest = Digest.sha256(canonical);
        String what = kind.storedName() + " " + id;
        return transactions.write(tx -> {
            DSLContext dsl = tx.dsl();
            if (log.latest(dsl, kind).filter(entry -> entry.digest().equals(digest)).isPresent()) {
                return new ImportResult(file, kind, id, ImportResult.Status.ALREADY_IMPORTED, digest,
                        "already imported: " + what + " is the current " + kind.storedName());
            }
            boolean seenBefore = blobs.contains(new StoreTransaction(dsl), digest.hex());
            makeCurrent(dsl, kind, id, canonical, digest);
            return new ImportResult(file, kind, id, ImportResult.Status.IMPORTED, digest,
                    (seenBefore ? "imported " + what + " again" : "imported " + what)
                            + "; it is now the current " + kind.storedName());
        });
    }

    private void makeCurrent(DSLContext dsl, InputKind kind, String id, byte[] canonical, Digest digest) {
        blobs.put(new StoreTransaction(dsl), kind.storedName(), canonical);
        log.append(dsl, kind, id, digest);
    }

    private ImportResult importCasebook(Path file, CasebookParts parts) {
        byte[] canonical = CanonicalJson.canonicalize(parts.selfContained);
        Digest digest = Digest.sha256(canonical);
        String id = parts.casebook.id();
        return transactions.write(tx -> {
            DSLContext dsl = tx.dsl();
            if (blobs.contains(new StoreTransaction(dsl), digest.hex())) {
                return new ImportResult(file, InputKind.CASEBOOK, id, ImportResult.Status.ALREADY_IMPORTED,
                        digest, "already imported: casebook " + id);
            }
            storeAll(dsl, InputKind.SNAPSHOT, parts.snapshots);
            storeAll(dsl, InputKind.POLICY, parts.policies);
            if (parts.sharedSnapshot != null) {
                current(dsl, InputKind.SNAPSHOT, parts.sharedSnapshot);
            }
            if (parts.sharedPolicy != null) {
                current(dsl, InputKind.POLICY, parts.sharedPolicy);
            }
            int drafts = 0;
            List<TrainingCase> cases = parts.casebook.cases();
            for (int i = 0; i < cases.size(); i++) {
                byte[] draft = CanonicalJson.canonicalize(parts.drafts.get(i));
                if (storeDraft(dsl, cases.get(i).draft(), draft, Digest.sha256(draft),
                        "case " + cases.get(i).id() + ": ")) {
                    drafts++;
                }
            }
            blobs.put(new StoreTransaction(dsl), InputKind.CASEBOOK.storedName(), canonical);
            log.append(dsl, InputKind.CASEBOOK, id, digest);
            return new ImportResult(file, InputKind.CASEBOOK, id, ImportResult.Status.IMPORTED, digest,
                    "imported casebook " + id + " (" + cases.size() + " cases, " + drafts + " new draft revisions)");
        });
    }

    private void storeAll(DSLContext dsl, InputKind kind, List<JsonNode> documents) {
        Set<JsonNode> distinct = new LinkedHashSet<>(documents);
        for (JsonNode document : distinct) {
            blobs.put(new StoreTransaction(dsl), kind.storedName(), CanonicalJson.canonicalize(document));
        }
    }

    private void current(DSLContext dsl, InputKind kind, JsonNode document) {
        byte[] canonical = CanonicalJson.canonicalize(document);
        Digest digest = Digest.sha256(canonical);
        if (log.latest(dsl, kind).filter(entry -> entry.digest().equals(digest)).isEmpty()) {
            makeCurrent(dsl, kind, document.get("id").asText(), canonical, digest);
        }
    }
}
