package io.countersign.services.pack;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.model.evidence.CanonicalJson;
import io.countersign.model.evidence.Digest;
import io.countersign.model.evidence.StatementSubject;
import io.countersign.model.pack.DecisionFacts;
import io.countersign.model.pack.DecisionSystems;
import io.countersign.model.store.StoredBlob;
import io.countersign.persistence.blob.BlobRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The subject blobs of the decisions an export considers, each read from the store and checked
 * against its digest once however many decisions share it (every decision names the same
 * snapshot and policy), and each snapshot's system catalog built once.
 */
final class SubjectBlobs {

    /** The first decision subject that named a blob: what a refusal names. */
    private record FirstUse(long seq, String name, byte[] content) {}

    private final BlobRepository store;
    /** By SHA-256 hex, in the order first named; content null when the store lacks it. */
    private final Map<String, FirstUse> blobs = new LinkedHashMap<>();

    private final Map<String, DecisionSystems.Catalog> catalogs = new ConcurrentHashMap<>();

    SubjectBlobs(BlobRepository store) {
        this.store = store;
    }

    /** Reads the subject blobs of the records, each once, in one read of the store. */
    void read(List<DecisionFacts> records) {
        Map<String, StoredBlob> stored = store.getAll(records.stream()
                .flatMap(r -> r.subjects().stream())
                .map(s -> s.digest().hex())
                .toList());
        for (DecisionFacts record : records) {
            for (StatementSubject subject : record.subjects()) {
                String hex = subject.digest().hex();
                if (!blobs.containsKey(hex)) {
                    StoredBlob blob = stored.get(hex);
                    blobs.put(hex, new FirstUse(record.seq(), subject.name(), blob == null ? null : blob.content()));
                }
            }
        }
    }

    /**
     * Hashes every blob read (in parallel) and refuses the export at the first one, in the order
     * they were named, that is missing or does not match its digest.
     */
    void checkDigests() {
        Map<String, Boolean> matches = new ConcurrentHashMap<>();
        blobs.entrySet().parallelStream()
                .filter(e -> e.getValue().content() != null)
                .forEach(e -> matches.put(
                        e.getKey(), Digest.sha256(e.getValue().content()).hex().equals(e.getKey())));
        blobs.forEach((hex, use) -> {
            if (use.content() == null) {
                throw new PackExportException("seq " + use.seq() + ": subject " + use.name() + " (" + Digest.PREFIX
                        + hex + ") is not in the store");
            }
            if (!matches.get(hex)) {
                throw new PackExportException(
                        "seq " + use.seq() + ": the stored blob for " + use.name() + " does not match its digest");
            }
        });
    }

    /** A checked blob's bytes. */
    byte[] content(String hex) {
        return blobs.get(hex).content();
    }

    /** The systems the decision touches ({@link DecisionSystems}); safe to call from several threads after {@link #checkDigests()}. */
    Set<String> systems(DecisionFacts record) {
        Optional<StatementSubject> snapshot = record.subject("snapshot/");
        DecisionSystems.Catalog catalog = snapshot.isEmpty()
                ? DecisionSystems.Catalog.EMPTY
                : catalogs.computeIfAbsent(snapshot.get().digest().hex(), hex -> DecisionSystems.catalog(json(hex)));
        return catalog.systems(bytes(record, "draft/"), bytes(record, "findings/"));
    }

    private byte[] bytes(DecisionFacts record, String prefix) {
        return record.subject(prefix).map(s -> content(s.digest().hex())).orElse(null);
    }

    private JsonNode json(String hex) {
        return CanonicalJson.parse(content(hex));
    }
}
