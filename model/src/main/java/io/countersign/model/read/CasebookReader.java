package io.countersign.model.read;

import io.countersign.model.finding.RuleId;
import io.countersign.model.format.Casebook;
import io.countersign.model.format.Difficulty;
import io.countersign.model.format.Outcome;
import io.countersign.model.format.Policy;
import io.countersign.model.format.Snapshot;
import io.countersign.model.format.TrainingCase;

/**
 * Binds a {@code countersign.casebook/v1} document. A snapshot or policy is given inline or as a
 * reference (a path relative to the casebook) at the top, and may be overridden per case.
 */
public final class CasebookReader {

    /** Loads a referenced snapshot or policy document. */
    @FunctionalInterface
    public interface References {
        SourceNode load(SourceNode reference) throws FormatException;
    }

    private final References references;

    private CasebookReader(References references) {
        this.references = references;
    }

    public static Casebook read(SourceNode root, References references) throws FormatException {
        FormatCheck.expect(root, Casebook.FORMAT);
        root.onlyFields(Fields.CASEBOOK);
        CasebookReader reader = new CasebookReader(references);
        Snapshot snapshot = root.has("snapshot") ? reader.snapshot(root.field("snapshot")) : null;
        Policy policy = root.has("policy") ? reader.policy(root.field("policy")) : null;
        IdSet.of("case", root.field("cases").arrayItems("'cases'"));
        return new Casebook(
                root.text("id"),
                root.text("title"),
                root.optionalText("description"),
                root.list("cases", node -> reader.trainingCase(node, snapshot, policy)));
    }

    private TrainingCase trainingCase(SourceNode node, Snapshot sharedSnapshot, Policy sharedPolicy)
            throws FormatException {
        node.onlyFields(Fields.CASE);
        Snapshot snapshot = node.has("snapshot") ? snapshot(node.field("snapshot")) : sharedSnapshot;
        Policy policy = node.has("policy") ? policy(node.field("policy")) : sharedPolicy;
        if (snapshot == null) {
            throw node.absent("snapshot", "a case needs a snapshot, here or at the casebook's top");
        }
        if (policy == null) {
            throw node.absent("policy", "a case needs a policy, here or at the casebook's top");
        }
        return new TrainingCase(
                node.text("id"),
                node.text("title"),
                snapshot,
                policy,
                DraftReader.read(node.field("draft")),
                node.optionalList("pending", DraftReader::read),
                node.optionalText("reviewAs"),
                node.optionalTextList("priorApprovers"),
                expected(node.field("expected")),
                node.optionalCode("difficulty", Difficulty.class, Difficulty.INTERMEDIATE),
                node.optionalText("trainerNotes"));
    }

    private static TrainingCase.Expected expected(SourceNode node) throws FormatException {
        node.expectObject("'expected'").onlyFields(Fields.EXPECTED);
        return new TrainingCase.Expected(
                node.code("outcome", Outcome.class),
                node.optionalList("mustNotice", CasebookReader::ruleCode),
                node.text("explanation"));
    }

    private static String ruleCode(SourceNode node) throws FormatException {
        String code = node.asId();
        if (RuleId.fromCode(code).isEmpty()) {
            throw node.error(
                    "unknown rule id \"" + code + "\"; expected one of the catalog's ids such as LP-WILDCARD-SCOPE");
        }
        return code;
    }

    private Snapshot snapshot(SourceNode node) throws FormatException {
        return SnapshotReader.read(node.kind() == SourceNode.Kind.STRING ? references.load(node) : node);
    }

    private Policy policy(SourceNode node) throws FormatException {
        return PolicyReader.read(node.kind() == SourceNode.Kind.STRING ? references.load(node) : node);
    }
}
