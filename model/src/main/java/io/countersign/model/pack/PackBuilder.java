package io.countersign.model.pack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.model.evidence.CanonicalJson;
import io.countersign.model.evidence.Digest;
import io.countersign.model.evidence.Dsse;
import io.countersign.model.evidence.InTotoStatement;
import io.countersign.model.evidence.SigningKey;
import io.countersign.model.evidence.StatementSubject;
import io.countersign.model.evidence.VerificationKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Lays out a decision pack from verified inputs and signs its statement: a pure function of
 * its inputs, so the same inputs give the same zip, byte for byte.
 */
public final class PackBuilder {

    private PackBuilder() {}

    /** A public key to ship, with its registration. */
    public record ShippedKey(PackKey key, VerificationKey verificationKey) {
        public ShippedKey {
            Objects.requireNonNull(key, "key");
            if (!verificationKey.keyId().equals(key.keyId())) {
                throw new IllegalArgumentException("key id " + key.keyId() + " is not the key's digest");
            }
        }
    }

    /**
     * Everything a pack is made of.
     *
     * @param chain     every chain entry from seq 1 to the last, selected or not
     * @param decisions the selected, verified decisions
     * @param blobs     every subject blob of those decisions, by SHA-256 hex
     * @param keys      the approvers' keys and the exporter's
     */
    public record Contents(
            PackSelection selection,
            Instant exportedAt,
            String exporterId,
            String exporterName,
            String softwareAgent,
            List<ChainLine> chain,
            List<PackedDecision> decisions,
            Map<String, byte[]> blobs,
            List<ShippedKey> keys) {
        public Contents {
            chain = List.copyOf(chain);
            decisions = decisions.stream()
                    .sorted(Comparator.comparingLong(PackedDecision::seq))
                    .toList();
            blobs = new TreeMap<>(blobs);
            keys = keys.stream()
                    .sorted(Comparator.comparing(k -> k.key().keyId().hex()))
                    .toList();
        }
    }

    /** The pack and the statement signed into it. */
    public record Built(byte[] zip, PackStatement statement) {}

    public static Built build(Contents c, SigningKey exporterKey) {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try {
            PackStatement statement = write(c, exporterKey, zip);
            return new Built(zip.toByteArray(), statement);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
    }

    /** Streams the pack {@link #build} would return to {@code out} (left open); returns the signed statement. */
    public static PackStatement write(Contents c, SigningKey exporterKey, OutputStream out) throws IOException {
        PackStatement statement = statement(c, exporterKey);
        SortedMap<String, byte[]> data = new TreeMap<>();
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        for (PackedDecision d : c.decisions()) {
            data.put(PackLayout.envelopePath(d.seq()), d.envelope());
            jsonl.writeBytes(d.envelope());
            jsonl.write('\n');
        }
        data.put(PackLayout.ENVELOPES_JSONL, jsonl.toByteArray());
        c.blobs().forEach((hex, content) -> data.put(PackLayout.blobPath(hex), content));
        ArrayNode keyList = JsonNodeFactory.instance.arrayNode();
        for (ShippedKey k : c.keys()) {
            data.put(k.key().pemPath(), k.verificationKey().toPem().getBytes(StandardCharsets.US_ASCII));
            keyList.add(k.key().toJson());
        }
        ObjectNode keysJson = JsonNodeFactory.instance.objectNode().put("format", "countersign.pack-keys/v1");
        keysJson.set("keys", keyList);
        data.put(PackLayout.KEYS_JSON, CanonicalJson.canonicalize(keysJson));
        ByteArrayOutputStream chain = new ByteArrayOutputStream();
        c.chain().forEach(l -> {
            chain.writeBytes(l.toJson());
            chain.write('\n');
        });
        data.put(PackLayout.CHAIN_JSONL, chain.toByteArray());
        data.put(PackLayout.SUMMARY_CSV, SummaryCsv.write(c.decisions()));
        data.put(
                PackLayout.REPORT_HTML,
                PackReportHtml.render(
                        statement,
                        c.selection().label(),
                        c.decisions(),
                        c.keys().stream().map(ShippedKey::key).toList()));
        data.put(PackLayout.VERIFY_MD, VerifyGuide.render(statement));

        // Every data file is hashed once, on all cores; subjects, manifest and the blob check share the digests.
        Map<String, Digest> digests = FileDigests.of(data);
        c.blobs().keySet().forEach(hex -> {
            if (!digests.get(PackLayout.blobPath(hex)).hex().equals(hex)) {
                throw new IllegalArgumentException("blob " + hex + " does not have that digest");
            }
        });
        List<StatementSubject> subjects = new ArrayList<>();
        data.forEach((path, content) -> subjects.add(new StatementSubject(path, digests.get(path))));
        InTotoStatement signed = new InTotoStatement(subjects, PackStatement.PREDICATE_TYPE, statement.toPredicate());
        byte[] envelope = Dsse.sign(InTotoStatement.PAYLOAD_TYPE, signed.toCanonicalJson(), exporterKey)
                .toCanonicalJson();

        SortedMap<String, byte[]> bag = new TreeMap<>(data);
        bag.put(PackLayout.BAGIT_TXT, PackLayout.BAGIT_TXT_CONTENT.getBytes(StandardCharsets.UTF_8));
        bag.put(PackLayout.BAG_INFO_TXT, bagInfo(c, data));
        bag.put(PackLayout.MANIFEST, manifest(data.keySet(), digests));
        bag.put(PackLayout.PACK_STATEMENT, envelope);
        SortedMap<String, byte[]> tagged = new TreeMap<>();
        for (String tag : PackLayout.LISTED_TAG_FILES) {
            tagged.put(tag, bag.get(tag));
        }
        bag.put(PackLayout.TAG_MANIFEST, manifest(tagged));

        SortedMap<String, byte[]> entries = new TreeMap<>();
        bag.forEach((path, content) -> entries.put(PackLayout.zipName(path), content));
        DeterministicZip.write(entries, c.exportedAt(), out);
        return statement;
    }

    private static PackStatement statement(Contents c, SigningKey exporterKey) {
        List<ChainLine> chain = c.chain();
        ChainLine head = chain.isEmpty() ? null : chain.getLast();
        return new PackStatement(
                c.selection().toJson(),
                c.exportedAt(),
                c.exporterId(),
                c.exporterName(),
                exporterKey.keyId().toString(),
                chain.isEmpty() ? null : chain.getFirst().seq(),
                head == null ? null : head.seq(),
                head == null ? null : head.entryHash(),
                c.decisions().stream().map(PackedDecision::seq).toList());
    }

    /** {@code <hex>  <path>} lines in path order: the form both BagIt and {@code sha256sum -c} read. */
    static byte[] manifest(SortedMap<String, byte[]> files) {
        return manifest(files.keySet(), FileDigests.of(files));
    }

    /** The manifest of {@code paths} (in their order) from digests already computed. */
    private static byte[] manifest(Iterable<String> paths, Map<String, Digest> digests) {
        StringBuilder out = new StringBuilder();
        paths.forEach(path ->
                out.append(digests.get(path).hex()).append("  ").append(path).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Payload-Oxum is {@code <octets>.<files>} over the payload (RFC 8493 §2.2.2). */
    static String payloadOxum(Map<String, byte[]> data) {
        long octets = data.values().stream().mapToLong(b -> b.length).sum();
        return octets + "." + data.size();
    }

    private static byte[] bagInfo(Contents c, SortedMap<String, byte[]> data) {
        String text = "Bag-Software-Agent: " + oneLine(c.softwareAgent()) + "\n"
                + "Bagging-Date: " + c.exportedAt().atZone(ZoneOffset.UTC).toLocalDate() + "\n"
                + "Payload-Oxum: " + payloadOxum(data) + "\n"
                + "External-Description: Countersign decision pack: signed access decisions, their inputs and the"
                + " evidence chain. See data/VERIFY.md.\n"
                + "Countersign-Exported-At: " + c.exportedAt() + "\n"
                + "Countersign-Exporter: " + oneLine(c.exporterId()) + "\n"
                + "Countersign-Selection: " + oneLine(c.selection().label()) + "\n"
                + "Countersign-Decisions: " + c.decisions().size() + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String oneLine(String value) {
        return value.replaceAll("[\\r\\n]+", " ");
    }
}
