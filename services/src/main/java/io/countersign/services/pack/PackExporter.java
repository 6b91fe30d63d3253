package io.countersign.services.pack;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.model.evidence.ChainBreak;
import io.countersign.model.evidence.Digest;
import io.countersign.model.evidence.Dsse;
import io.countersign.model.evidence.HashChain;
import io.countersign.model.evidence.InTotoStatement;
import io.countersign.model.evidence.SigningKey;
import io.countersign.model.evidence.StatementSubject;
import io.countersign.model.evidence.VerificationKey;
import io.countersign.model.pack.ChainLine;
import io.countersign.model.pack.DecisionFacts;
import io.countersign.model.pack.PackBuilder;
import io.countersign.model.pack.PackKey;
import io.countersign.model.pack.PackSelection;
import io.countersign.model.pack.PackStatement;
import io.countersign.model.pack.PackedDecision;
import io.countersign.model.store.ChainEntry;
import io.countersign.model.store.ChainEntryKind;
import io.countersign.model.store.EntrySummary;
import io.countersign.model.store.NewChainEntry;
import io.countersign.model.store.RegisteredKey;
import io.countersign.persistence.ContentDigest;
import io.countersign.persistence.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Exports a decision pack from a workspace (ADR 0006): reads the whole chain, verifies every
 * decision envelope before trusting what it says, selects, lays the pack out with
 * {@link PackBuilder}, writes it atomically, then records the export in the chain, signed by
 * the exporter. Given the same store, selection and export time, the zip is byte-identical.
 */
public final class PackExporter {

    public static final String EXPORT_PREDICATE_TYPE = "https://countersign.io/export/v1";

    private final Workspace workspace;
    private final String softwareAgent;

    public PackExporter(Workspace workspace, String softwareAgent) {
        this.workspace = workspace;
        this.softwareAgent = softwareAgent;
    }

    /**
     * @param selection  which decisions
     * @param exporterId the compliance person exporting; must own a registered key valid at {@code exportedAt}
     * @param out        the pack file; refused if it already exists
     * @param exportedAt the export time, in the statement, the zip timestamps and bag-info
     */
    public record Request(PackSelection selection, String exporterId, Path out, Instant exportedAt) {}

    /** What was written and recorded. */
    public record Result(Path file, Digest packDigest, List<Long> seqs, ChainEntry exportEntry) {}

    public Result export(Request request, ExporterKeys keys) {
        Path target = request.out().toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new PackExportException(target + " already exists; a pack is never overwritten");
        }
        SigningKey exporterKey = keys.unlock(request.exporterId());
        RegisteredKey exporter = exporterRegistration(request, exporterKey);
        PackBuilder.Contents contents = contents(request, exporter);
        PackStatement[] statement = new PackStatement[1];
        // Streamed to the file and hashed on the way: a 10,000-decision pack is most of a gigabyte.
        Digest packDigest =
                PackFiles.writeAtomically(target, out -> statement[0] = PackBuilder.write(contents, exporterKey, out));
        List<Long> seqs = statement[0].seqs();
        ChainEntry recorded = record(request, exporter, exporterKey, target, packDigest, seqs);
        return new Result(target, packDigest, seqs, recorded);
    }

    /** The pack's contents without writing anything: for tests and previews. */
    public PackBuilder.Contents contents(Request request, RegisteredKey exporter) {
        List<ChainEntry> entries;
        try (Stream<ChainEntry> stream = workspace.evidenceChain().entries()) {
            entries = stream.toList();
        }
        List<ChainLine> chain = chainLines(entries);
        StoredDecisions verifier = new StoredDecisions(workspace.signingKeys().all());
        PackSelection selection = request.selection();
        List<StoredDecisions.Verified> candidates =
                verifier
                        .verifyAll(entries.stream()
                                .filter(e -> e.kind() == ChainEntryKind.DECISION)
                                .toList())
                        .stream()
                        .filter(v -> selection.matchesTimeAndApprover(
                                v.record().decidedAt(), v.record().approverId()))
                        .toList();
        Map<Long, byte[]> envelopes = new HashMap<>();
        entries.forEach(e -> envelopes.put(e.seq(), e.envelope()));
        SubjectBlobs subjects = new SubjectBlobs(workspace.blobs());
        subjects.read(candidates.stream().map(StoredDecisions.Verified::record).toList());
        subjects.checkDigests();
        // Each decision's systems need its draft and findings parsed; independent, so spread over the cores.
        List<Set<String>> systems = candidates.parallelStream()
                .map(v -> subjects.systems(v.record()))
                .toList();
        List<PackedDecision> decisions = new ArrayList<>();
        Map<String, byte[]> blobs = new TreeMap<>();
        Map<String, RegisteredKey> keys = new LinkedHashMap<>();
        keys.put(exporter.keyId(), exporter);
        for (int i = 0; i < candidates.size(); i++) {
            DecisionFacts record = candidates.get(i).record();
            if (!selection.matches(record.decidedAt(), record.approverId(), systems.get(i))) {
                continue;
            }
            decisions.add(new PackedDecision(envelopes.get(record.seq()), record, systems.get(i)));
            record.subjects()
                    .forEach(s -> blobs.put(
                            s.digest().hex(), subjects.content(s.digest().hex())));
            keys.putIfAbsent(candidates.get(i).key().keyId(), candidates.get(i).key());
        }
        List<PackBuilder.ShippedKey> shipped =
                keys.values().stream().map(PackExporter::shipped).toList();
        return new PackBuilder.Contents(
                request.selection(),
                request.exportedAt(),
                exporter.ownerId(),
                exporter.displayName(),
                softwareAgent,
                chain,
                decisions,
                blobs,
                shipped);
    }

    private RegisteredKey exporterRegistration(Request request, SigningKey exporterKey) {
        RegisteredKey exporter = workspace
                .signingKeys()
                .find(exporterKey.keyId().toString())
                .orElseThrow(() ->
                        new PackExportException("the exporter's key " + exporterKey.keyId() + " is not registered"));
        if (!exporter.ownerId().equals(request.exporterId())) {
            throw new PackExportException(
                    "key " + exporter.keyId() + " belongs to " + exporter.ownerId() + ", not " + request.exporterId());
        }
        if (!exporter.isValidAt(request.exportedAt())) {
            throw new PackExportException("the exporter's key is not valid at " + request.exportedAt());
        }
        return exporter;
    }

    /** Every entry from seq 1, checked for continuity: a pack is never made from a broken chain. */
    private static List<ChainLine> chainLines(List<ChainEntry> entries) {
        List<ChainLine> lines = new ArrayList<>();
        for (ChainEntry entry : entries) {
            if (!ContentDigest.sha256Hex(entry.envelope()).equals(entry.entryHash())) {
                throw new PackExportException(
                        "seq " + entry.seq() + ": the stored entry hash is not the envelope's SHA-256");
            }
            lines.add(new ChainLine(
                    entry.seq(),
                    entry.kind().storedName(),
                    new Digest(entry.entryHash()),
                    entry.prevEntryHash() == null ? Digest.ZERO : new Digest(entry.prevEntryHash())));
        }
        Optional<ChainBreak> broken =
                HashChain.firstBreak(lines.stream().map(ChainLine::link).toList());
        if (broken.isPresent()) {
            throw new PackExportException("the evidence chain is broken at seq "
                    + broken.get().seq() + ": " + broken.get().detail());
        }
        return lines;
    }

    private static PackBuilder.ShippedKey shipped(RegisteredKey key) {
        return new PackBuilder.ShippedKey(
                new PackKey(
                        Digest.parse(key.keyId()),
                        key.ownerId(),
                        key.displayName(),
                        key.validFrom(),
                        key.validTo().orElse(null)),
                VerificationKey.fromSpkiDer(key.publicKeySpki()));
    }

    /** The export entry (docs/evidence.md, "Export"), appended at the chain's next position. */
    private ChainEntry record(
            Request request, RegisteredKey exporter, SigningKey key, Path file, Digest packDigest, List<Long> seqs) {
        return workspace.evidenceChain().appendNext(position -> {
            ObjectNode p = JsonNodeFactory.instance.objectNode();
            p.put("seq", position.seq());
            p.put(
                    "prevEntryHash",
                    position.prevEntryHash() == null
                            ? Digest.ZERO.toString()
                            : new Digest(position.prevEntryHash()).toString());
            p.putObject("exporter")
                    .put("id", exporter.ownerId())
                    .put("name", exporter.displayName())
                    .put("keyId", exporter.keyId());
            p.put("exportedAt", request.exportedAt().toString());
            p.set("selection", request.selection().toJson());
            ObjectNode entries = p.putObject("entries");
            entries.put("count", seqs.size());
            entries.put("firstSeq", seqs.isEmpty() ? null : seqs.getFirst());
            entries.put("lastSeq", seqs.isEmpty() ? null : seqs.getLast());
            InTotoStatement statement = new InTotoStatement(
                    List.of(new StatementSubject("pack/" + file.getFileName(), packDigest)), EXPORT_PREDICATE_TYPE, p);
            byte[] envelope = Dsse.sign(InTotoStatement.PAYLOAD_TYPE, statement.toCanonicalJson(), key)
                    .toCanonicalJson();
            return new NewChainEntry(
                    ChainEntryKind.EXPORT, envelope, ContentDigest.sha256Hex(envelope), EntrySummary.NONE);
        });
    }
}
