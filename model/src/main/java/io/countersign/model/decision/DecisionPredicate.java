package io.countersign.model.decision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.model.analysis.DraftAnalysis;
import io.countersign.model.evidence.Digest;
import io.countersign.model.evidence.InTotoStatement;
import io.countersign.model.evidence.StatementSubject;
import io.countersign.model.format.Draft;
import io.countersign.model.format.MitigatingControl;
import io.countersign.model.format.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the signed statement of a decision (docs/evidence.md) and reads it back. Building takes
 * everything the approver saw and chose; reading refuses a predicate that lacks a required field.
 */
public final class DecisionPredicate {
    private DecisionPredicate() {}

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** What a decision binds to, by digest. */
    public record Subjects(Digest draft, Digest snapshot, Digest policy, Digest findings) {}

    /** Who signs, and where in the chain the record goes. */
    public record Signer(String approverId, String approverName, Digest keyId) {}

    public static InTotoStatement statement(
            DraftAnalysis shown,
            DecisionInput input,
            Subjects subjects,
            Signer signer,
            MitigatingControl control,
            List<String> approvalsBefore,
            long seq,
            Digest prevEntryHash,
            Instant decidedAt,
            String appVersion,
            boolean training) {
        Draft draft = shown.draft();
        ObjectNode p = NODES.objectNode();
        p.put("seq", seq);
        p.put("prevEntryHash", prevEntryHash.toString());
        ObjectNode d = p.putObject("draft");
        d.put("id", draft.id());
        d.put("revision", draft.revision());
        d.put("kind", draft.kind().code());
        d.put("title", draft.title());
        p.put("outcome", input.outcome().code());
        p.set("lineItems", lineItems(draft, input));
        p.put("justification", input.hasJustification() ? input.justification().strip() : null);
        ArrayNode mitigations = p.putArray("mitigations");
        if (control != null) {
            mitigations
                    .addObject()
                    .put("control", control.id())
                    .put("name", control.name())
                    .put("validFrom", control.validFrom().toString())
                    .put("validTo", control.validTo().toString());
        }
        ArrayNode acknowledged = p.putArray("acknowledgedFindings");
        new TreeSet<>(input.acknowledged()).forEach(acknowledged::add);
        ObjectNode shownFindings = p.putObject("findingsShown");
        shownFindings.put("count", shown.findings().size());
        shownFindings.put(
                "highestSeverity",
                shown.highestSeverity() == null ? null : shown.highestSeverity().code());
        ObjectNode assistant = p.putObject("assistant");
        assistant.put("agent", draft.drafter().agent());
        assistant.put("model", draft.drafter().model());
        assistant.put("recommendation", draft.recommendation().code());
        if (draft.confidence() == null) {
            assistant.putNull("confidence");
        } else {
            assistant.put("confidence", draft.confidence());
        }
        assistant.put("diverged", draft.recommendation() != input.outcome());
        ObjectNode approver = p.putObject("approver");
        approver.put("id", signer.approverId());
        approver.put("name", signer.approverName());
        approver.put("keyId", signer.keyId().toString());
        ObjectNode quorum = p.putObject("quorum");
        quorum.put("needed", shown.approversNeeded());
        ArrayNode before = quorum.putArray("approvalsBefore");
        approvalsBefore.forEach(before::add);
        p.put("openedAt", input.openedAt() == null ? null : input.openedAt().toString());
        p.put("decidedAt", decidedAt.toString());
        if (input.openedAt() == null) {
            p.putNull("timeOnTaskSeconds");
        } else {
            p.put(
                    "timeOnTaskSeconds",
                    Math.max(0, Duration.between(input.openedAt(), decidedAt).toSeconds()));
        }
        p.put("appVersion", appVersion);
        p.put("workspace", training ? "training" : "evidence");
        List<StatementSubject> subjectList = List.of(
                new StatementSubject("draft/" + draft.id() + "/r" + draft.revision(), subjects.draft()),
                new StatementSubject("snapshot/" + shown.snapshotId(), subjects.snapshot()),
                new StatementSubject("policy/" + shown.policyId(), subjects.policy()),
                new StatementSubject("findings/" + draft.id() + "/r" + draft.revision(), subjects.findings()));
        return new InTotoStatement(subjectList, InTotoStatement.DECISION_PREDICATE_TYPE, p);
    }

    private static ArrayNode lineItems(Draft draft, DecisionInput input) {
        Map<String, LineItemChoice> choices = input.choices().stream()
                .collect(Collectors.toMap(LineItemChoice::itemId, Function.identity(), (a, b) -> b));
        ArrayNode items = NODES.arrayNode();
        for (LineItem item : LineItem.of(draft)) {
            LineItemChoice choice = choices.get(item.id());
            boolean approved = input.approves() && (choice == null || choice.approved());
            Instant expiry = choice != null && choice.expiresAt() != null ? choice.expiresAt() : item.proposedExpiry();
            items.addObject()
                    .put("item", item.id())
                    .put("approved", approved)
                    .put("expiresAt", expiry == null ? null : expiry.toString());
        }
        return items;
    }

    /** Reads a verified statement's predicate; a missing or mistyped field is an invalid record. */
    public static DecisionRecord read(long seq, InTotoStatement statement) {
        if (!InTotoStatement.DECISION_PREDICATE_TYPE.equals(statement.predicateType())) {
            throw new IllegalArgumentException(
                    "entry " + seq + " is not a decision (" + statement.predicateType() + ")");
        }
        ObjectNode p = statement.predicate();
        JsonNode draft = required(p, "draft", seq);
        JsonNode approver = required(p, "approver", seq);
        String outcomeCode = text(p, "outcome", seq);
        Outcome outcome = Arrays.stream(Outcome.values())
                .filter(o -> o.code().equals(outcomeCode))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalArgumentException("entry " + seq + " has unknown outcome \"" + outcomeCode + "\""));
        JsonNode justification = p.path("justification");
        return new DecisionRecord(
                seq,
                text(draft, "id", seq),
                draft.path("revision").asInt(),
                text(draft, "kind", seq),
                text(draft, "title", seq),
                outcome,
                text(approver, "id", seq),
                approver.path("name").asText(null),
                text(approver, "keyId", seq),
                Instant.parse(text(p, "decidedAt", seq)),
                justification.isTextual() ? justification.asText() : null,
                p.path("quorum").path("needed").asInt(1),
                "training".equals(p.path("workspace").asText()),
                p);
    }

    /** Approvers who approved before, as the record says (for display; quorum is recomputed). */
    public static List<String> approvalsBefore(DecisionRecord record) {
        List<String> ids = new ArrayList<>();
        record.predicate().path("quorum").path("approvalsBefore").forEach(node -> ids.add(node.asText()));
        return ids;
    }

    private static JsonNode required(JsonNode node, String field, long seq) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("entry " + seq + " lacks '" + field + "'");
        }
        return value;
    }

    private static String text(JsonNode node, String field, long seq) {
        JsonNode value = required(node, field, seq);
        if (!value.isTextual()) {
            throw new IllegalArgumentException("entry " + seq + ": '" + field + "' is not text");
        }
        return value.asText();
    }
}
