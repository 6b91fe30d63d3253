package io.countersign.gate;

import com.fasterxml.jackson.databind.JsonNode;
import io.countersign.model.evidence.Digest;
import io.countersign.model.evidence.InTotoStatement;
import io.countersign.model.evidence.StatementSubject;
import io.countersign.model.format.Outcome;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the gate needs from a verified decision statement, read strictly: a missing or mistyped
 * field makes the record unusable, never a default (a missing quorum must not read as "one").
 */
record SignedDecision(
        String draftId,
        int revision,
        Digest draftDigest,
        Outcome outcome,
        String approverId,
        Digest keyId,
        Instant decidedAt,
        int approversNeeded,
        boolean training,
        List<SignedLineItem> lineItems) {

    /** One line item as the approver decided it. */
    record SignedLineItem(String item, boolean approved, Instant expiresAt) {}

    boolean approves() {
        return outcome == Outcome.APPROVE || outcome == Outcome.APPROVE_REDUCED;
    }

    static SignedDecision read(InTotoStatement statement) {
        if (!InTotoStatement.DECISION_PREDICATE_TYPE.equals(statement.predicateType())) {
            throw new IllegalArgumentException("not a decision: predicate type " + statement.predicateType());
        }
        JsonNode p = statement.predicate();
        JsonNode draft = object(p, "draft");
        String draftId = text(draft, "id");
        int revision = integer(draft, "revision");
        String subjectName = "draft/" + draftId + "/r" + revision;
        Digest draftDigest = statement.subjects().stream()
                .filter(subject -> subject.name().equals(subjectName))
                .map(StatementSubject::digest)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no subject " + subjectName));
        String outcomeCode = text(p, "outcome");
        Outcome outcome = Arrays.stream(Outcome.values())
                .filter(o -> o.code().equals(outcomeCode))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown outcome " + outcomeCode));
        JsonNode approver = object(p, "approver");
        int needed = integer(object(p, "quorum"), "needed");
        if (needed < 1) {
            throw new IllegalArgumentException("quorum.needed is " + needed);
        }
        List<SignedLineItem> items = new ArrayList<>();
        JsonNode lineItems = p.get("lineItems");
        if (lineItems == null || !lineItems.isArray()) {
            throw new IllegalArgumentException("lineItems is not an array");
        }
        for (JsonNode item : lineItems) {
            JsonNode approved = item.get("approved");
            if (approved == null || !approved.isBoolean()) {
                throw new IllegalArgumentException("a line item's approved is not true or false");
            }
            JsonNode expires = item.get("expiresAt");
            items.add(new SignedLineItem(
                    text(item, "item"),
                    approved.asBoolean(),
                    expires == null || expires.isNull() ? null : instant(expires)));
        }
        return new SignedDecision(
                draftId,
                revision,
                draftDigest,
                outcome,
                text(approver, "id"),
                Digest.parse(text(approver, "keyId")),
                instant(p.get("decidedAt")),
                needed,
                !"evidence".equals(text(p, "workspace")),
                items);
    }

    private static JsonNode object(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw new IllegalArgumentException(field + " is not an object");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(field + " is not text");
        }
        return value.asText();
    }

    private static int integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new IllegalArgumentException(field + " is not an integer");
        }
        return value.asInt();
    }

    private static Instant instant(JsonNode value) {
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("a time is not text");
        }
        try {
            return Instant.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a time: " + value.asText());
        }
    }
}
