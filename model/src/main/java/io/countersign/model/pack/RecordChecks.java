package io.countersign.model.pack;

import io.countersign.model.evidence.Digest;
import io.countersign.model.evidence.StatementSubject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks one decision envelope in the pack (docs/evidence.md, "Verifying"): its place in
 * chain.jsonl, strict form, the approver's key valid at decidedAt, the signature, the
 * predicate's seq and previous hash, and its subject blobs.
 */
final class RecordChecks {

    private final Map<String, byte[]> bag;
    private final Map<String, Digest> digests;
    private final PackKeys keys;
    private final Map<Long, ChainLine> chain;

    /** Everything here is only read, so one instance checks records from many threads at once. */
    RecordChecks(Map<String, byte[]> bag, Map<String, Digest> digests, PackKeys keys, Map<Long, ChainLine> chain) {
        this.bag = bag;
        this.digests = digests;
        this.keys = keys;
        this.chain = chain;
    }

    RecordVerdict check(long seq, String path) {
        List<PackIssue> issues = new ArrayList<>();
        byte[] envelope = bag.get(path);
        ChainLine line = chain.get(seq);
        if (line == null) {
            issues.add(new PackIssue(PackReason.CHAIN_BROKEN, path, "seq " + seq + " is not in chain.jsonl"));
        } else {
            if (!line.entryHash().equals(digests.get(path))) {
                issues.add(new PackIssue(
                        PackReason.CHAIN_BROKEN,
                        path,
                        "its SHA-256 is not the entryHash chain.jsonl records for seq " + seq));
            }
            if (!"decision".equals(line.kind())) {
                issues.add(new PackIssue(
                        PackReason.CHAIN_BROKEN, path, "chain.jsonl records seq " + seq + " as " + line.kind()));
            }
        }
        Optional<SignedPayload> opened = SignedPayload.open(envelope, path, keys, issues);
        if (opened.isEmpty()) {
            return new RecordVerdict(seq, path, null, null, issues);
        }
        DecisionFacts record;
        try {
            record = DecisionFacts.of(opened.get().statement());
        } catch (PackFormatException e) {
            issues.add(new PackIssue(PackReason.RECORD_MALFORMED, path, e.getMessage()));
            return new RecordVerdict(seq, path, null, null, issues);
        }
        PackKey key = opened.get().key().key();
        if (!key.owner().equals(record.approverId()) || !key.keyId().toString().equals(record.approverKeyId())) {
            issues.add(new PackIssue(
                    PackReason.KEY_NOT_VALID,
                    path,
                    "signed with " + key.keyId() + " of " + key.owner() + ", but names approver " + record.approverId()
                            + " with key " + record.approverKeyId()));
        } else if (!key.isValidAt(record.decidedAt())) {
            issues.add(new PackIssue(
                    PackReason.KEY_NOT_VALID,
                    path,
                    "the approver's key was not valid at decidedAt " + record.decidedAt()));
        }
        if (record.seq() != seq) {
            issues.add(new PackIssue(PackReason.CHAIN_BROKEN, path, "its payload says seq " + record.seq()));
        } else if (line != null && !line.prevEntryHash().equals(record.prevEntryHash())) {
            issues.add(new PackIssue(
                    PackReason.CHAIN_BROKEN,
                    path,
                    "its payload's prevEntryHash is not the one chain.jsonl records for seq " + seq));
        }
        for (StatementSubject subject : record.subjects()) {
            String blob = PackLayout.blobPath(subject.digest().hex());
            Digest content = digests.get(blob);
            if (content == null) {
                issues.add(new PackIssue(
                        PackReason.SUBJECT_MISSING, path, subject.name() + " (" + blob + ") is not in the pack"));
            } else if (!content.equals(subject.digest())) {
                issues.add(new PackIssue(
                        PackReason.SUBJECT_MISMATCH, path, subject.name() + " (" + blob + ") has other content"));
            }
        }
        String draft = record.draftId() + (record.revision() == null ? "" : " r" + record.revision());
        return new RecordVerdict(seq, path, draft, record.approverId(), issues);
    }
}
