package io.countersign.app.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.app.common.Mark;
import io.countersign.model.decision.DecisionRecord;
import io.countersign.model.format.Outcome;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A verified decision laid out for people: facts, line items, acknowledged findings, mitigations
 * and the assistant's advice, all read from the signed predicate (docs/evidence.md).
 */
public record RecordDetails(
        String heading,
        String subheading,
        Mark outcome,
        List<Fact> facts,
        List<ItemChoice> lineItems,
        List<String> acknowledged,
        List<String> mitigations,
        Advice advice) {

    /** One labelled value; {@code technical} values (hashes, key ids) are shown in a monospaced face. */
    public record Fact(String label, String value, boolean technical) {}

    public record ItemChoice(String item, boolean approved, String expiry) {}

    /** What the assistant recommended, and whether the human decided otherwise. */
    public record Advice(String recommendation, String drafter, String confidence, boolean diverged) {}

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern(
                    "d MMM yyyy, HH:mm:ss 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter OPENED =
            DateTimeFormatter.ofPattern("HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    public static RecordDetails of(DecisionRecord record) {
        ObjectNode p = record.predicate();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(
                "Approver",
                record.approverName() == null
                        ? record.approverId()
                        : record.approverName() + " (" + record.approverId() + ")",
                false));
        facts.add(new Fact("Decided", WHEN.format(record.decidedAt()), false));
        String opened = text(p, "openedAt");
        if (opened != null) {
            facts.add(new Fact(
                    "Time on task",
                    seconds(p.path("timeOnTaskSeconds")) + " (opened " + OPENED.format(Instant.parse(opened)) + ")",
                    false));
        }
        facts.add(new Fact(
                "Justification", record.justification() == null ? "None given" : record.justification(), false));
        JsonNode shown = p.path("findingsShown");
        facts.add(new Fact(
                "Findings shown",
                shown.path("count").asInt()
                        + (text(shown, "highestSeverity") == null
                                ? ""
                                : " · highest " + text(shown, "highestSeverity")),
                false));
        JsonNode quorum = p.path("quorum");
        List<String> before = new ArrayList<>();
        quorum.path("approvalsBefore").forEach(id -> before.add(id.asText()));
        facts.add(new Fact(
                "Quorum",
                quorum.path("needed").asInt(1) + " approver"
                        + (quorum.path("needed").asInt(1) == 1 ? "" : "s")
                        + (before.isEmpty() ? "" : " · approved before: " + String.join(", ", before)),
                false));
        facts.add(new Fact("Record", "seq " + record.seq() + " · app " + text(p, "appVersion"), false));
        facts.add(new Fact("Key id", record.keyId(), true));
        facts.add(new Fact("Previous hash", text(p, "prevEntryHash"), true));

        List<ItemChoice> items = new ArrayList<>();
        p.path("lineItems")
                .forEach(item -> items.add(new ItemChoice(
                        item.path("item").asText(),
                        item.path("approved").asBoolean(),
                        text(item, "expiresAt") == null
                                ? "no expiry"
                                : "until " + WHEN.format(Instant.parse(text(item, "expiresAt"))))));
        List<String> acknowledged = new ArrayList<>();
        p.path("acknowledgedFindings").forEach(rule -> acknowledged.add(rule.asText()));
        List<String> mitigations = new ArrayList<>();
        p.path("mitigations")
                .forEach(m -> mitigations.add(
                        m.path("name").asText() + " (" + m.path("control").asText() + ") · valid "
                                + m.path("validFrom").asText() + " to "
                                + m.path("validTo").asText()));
        return new RecordDetails(
                record.draftId() + " r" + record.revision() + " · " + record.draftTitle(),
                kind(record.draftKind()) + " draft",
                EvidenceMarks.outcome(record.outcome()),
                facts,
                items,
                acknowledged,
                mitigations,
                advice(p.path("assistant")));
    }

    private static Advice advice(JsonNode assistant) {
        String code = text(assistant, "recommendation");
        String recommendation = Arrays.stream(Outcome.values())
                .filter(o -> o.code().equals(code))
                .findFirst()
                .map(EvidenceMarks::recommendation)
                .orElse(code == null ? "None" : code);
        String drafter = String.join(
                " · ", List.of(String.valueOf(text(assistant, "agent")), String.valueOf(text(assistant, "model"))));
        JsonNode confidence = assistant.path("confidence");
        return new Advice(
                recommendation,
                drafter,
                confidence.isNumber() ? Math.round(confidence.asDouble() * 100) + " %" : "not stated",
                assistant.path("diverged").asBoolean());
    }

    private static String kind(String code) {
        String words = code.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String seconds(JsonNode node) {
        if (!node.isNumber()) {
            return "not recorded";
        }
        long s = node.asLong();
        return s < 60 ? s + " s" : (s / 60) + " min " + (s % 60) + " s";
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }
}
