package io.countersign.model.pack;

import io.countersign.model.evidence.Digest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks the exporter's pack statement: signature, exporter key, and that it describes this very pack. */
final class StatementCheck {

    private final Map<String, byte[]> bag;
    private final Map<String, Digest> digests;
    private final PackKeys keys;
    private final List<PackIssue> issues;

    StatementCheck(Map<String, byte[]> bag, Map<String, Digest> digests, PackKeys keys, List<PackIssue> issues) {
        this.bag = bag;
        this.digests = digests;
        this.keys = keys;
        this.issues = issues;
    }

    Optional<PackStatement> run(Map<Long, ChainLine> chain, Set<Long> envelopeSeqs) {
        String where = PackLayout.PACK_STATEMENT;
        byte[] bytes = bag.get(where);
        if (bytes == null) {
            return Optional.empty();
        }
        Optional<SignedPayload> opened = SignedPayload.open(bytes, where, keys, issues);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        PackStatement statement;
        try {
            statement = PackStatement.of(opened.get().statement());
        } catch (PackFormatException e) {
            issues.add(new PackIssue(PackReason.RECORD_MALFORMED, where, e.getMessage()));
            return Optional.empty();
        }
        PackKey key = opened.get().key().key();
        if (!key.keyId().toString().equals(statement.exporterKeyId())
                || !key.owner().equals(statement.exporterId())) {
            issues.add(new PackIssue(
                    PackReason.KEY_NOT_VALID,
                    where,
                    "signed with " + key.keyId() + " of " + key.owner() + ", but names exporter "
                            + statement.exporterId() + " with key " + statement.exporterKeyId()));
        } else if (!key.isValidAt(statement.exportedAt())) {
            issues.add(new PackIssue(
                    PackReason.KEY_NOT_VALID, where, "the exporter's key was not valid at " + statement.exportedAt()));
        }
        PackVerifier.subjectDifference(opened.get().statement().subjects(), digests)
                .ifPresent(difference -> issues.add(
                        new PackIssue(PackReason.STATEMENT_FOREIGN, where, "describes other files: it " + difference)));
        ChainLine head = chain.isEmpty()
                ? null
                : chain.get(chain.keySet().stream().max(Long::compare).orElseThrow());
        boolean sameHead = head == null
                ? statement.chainLastSeq() == null
                : Long.valueOf(head.seq()).equals(statement.chainLastSeq())
                        && head.entryHash().equals(statement.headEntryHash());
        if (!sameHead) {
            issues.add(new PackIssue(
                    PackReason.STATEMENT_FOREIGN,
                    where,
                    "names chain head seq "
                            + statement.chainLastSeq() + " " + statement.headEntryHash() + ", chain.jsonl ends "
                            + (head == null ? "empty" : "at seq " + head.seq() + " " + head.entryHash())));
        }
        if (!Set.copyOf(statement.seqs()).equals(envelopeSeqs)
                || statement.seqs().size() != envelopeSeqs.size()) {
            issues.add(new PackIssue(
                    PackReason.STATEMENT_FOREIGN,
                    where,
                    "lists decisions " + statement.seqs() + " but the pack holds " + envelopeSeqs));
        }
        return Optional.of(statement);
    }
}
