package io.countersign.model.pack;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.model.evidence.Digest;
import io.countersign.model.evidence.InTotoStatement;
import io.countersign.model.evidence.StatementSubject;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * What a pack needs from a decision statement (docs/evidence.md): its place in the chain, who
 * decided what and when, and the subjects it binds. A lenient, pack-side view (the outcome stays
 * text, so a verifier can report on records from newer versions) beside
 * {@code io.countersign.model.decision.DecisionRecord}. Read only from a verified statement.
 */
public record DecisionFacts(
        long seq,
        Digest prevEntryHash,
        String draftId,
        Integer revision,
        String kind,
        String title,
        String outcome,
        String justification,
        String approverId,
        String approverName,
        String approverKeyId,
        Instant decidedAt,
        List<StatementSubject> subjects) {

    public DecisionFacts {
        subjects = List.copyOf(subjects);
    }

    /** Reads a decision statement; anything missing or of the wrong type is a {@link PackFormatException}. */
    public static DecisionFacts of(InTotoStatement statement) {
        if (!InTotoStatement.DECISION_PREDICATE_TYPE.equals(statement.predicateType())) {
            throw new PackFormatException("predicateType is " + statement.predicateType() + ", not "
                    + InTotoStatement.DECISION_PREDICATE_TYPE);
        }
        JsonNode p = statement.predicate();
        JsonNode draft = p.path("draft");
        JsonNode approver = p.path("approver");
        try {
            return new DecisionFacts(
                    requiredLong(p, "seq"),
                    Digest.parse(required(p, "prevEntryHash")),
                    required(draft, "id"),
                    draft.path("revision").isIntegralNumber()
                            ? draft.path("revision").intValue()
                            : null,
                    optional(draft, "kind"),
                    optional(draft, "title"),
                    required(p, "outcome"),
                    optional(p, "justification"),
                    required(approver, "id"),
                    optional(approver, "name"),
                    required(approver, "keyId"),
                    Instant.parse(required(p, "decidedAt")),
                    statement.subjects());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new PackFormatException("decision predicate: " + e.getMessage());
        }
    }

    /** The subject whose name starts with {@code prefix} ({@code draft/}, {@code snapshot/}…), if any. */
    public Optional<StatementSubject> subject(String prefix) {
        return subjects.stream().filter(s -> s.name().startsWith(prefix)).findFirst();
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.textValue().isEmpty()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a non-empty string");
        }
        return value.textValue();
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.textValue() : null;
    }

    private static long requiredLong(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isIntegralNumber() || value.longValue() < 1) {
            throw new IllegalArgumentException("\"" + field + "\" must be a positive integer");
        }
        return value.longValue();
    }
}
