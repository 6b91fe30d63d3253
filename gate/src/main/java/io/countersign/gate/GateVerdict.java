package io.countersign.gate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * The gate's answer. Allowed only when there is not a single problem; then {@code lineItems} is
 * exactly what may be carried out, with the expiry to set on each.
 */
public record GateVerdict(
        String draftId,
        int revision,
        String draftDigest,
        Instant checkedAt,
        List<String> approvers,
        int approversNeeded,
        List<AllowedLineItem> lineItems,
        List<GateProblem> problems) {

    public GateVerdict {
        approvers = List.copyOf(approvers);
        lineItems = List.copyOf(lineItems);
        problems = List.copyOf(problems);
    }

    /** A verdict for input that could not be read: refused, with nothing allowed. */
    public static GateVerdict unreadable(GateReason reason, String message, Instant at) {
        return new GateVerdict(null, 0, null, at, List.of(), 0, List.of(), List.of(new GateProblem(reason, message)));
    }

    public boolean allowed() {
        return problems.isEmpty() && !lineItems.isEmpty();
    }

    /** The process exit code: 0 allowed, 2 when an input could not be read, 1 for every other refusal. */
    public int exitCode() {
        if (allowed()) {
            return 0;
        }
        return problems.stream().anyMatch(p -> p.reason().unreadable()) ? 2 : 1;
    }

    public ObjectNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("allowed", allowed());
        ObjectNode draft = root.putObject("draft");
        draft.put("id", draftId);
        draft.put("revision", revision == 0 ? null : revision);
        draft.put("digest", draftDigest);
        root.put("checkedAt", checkedAt.toString());
        ArrayNode approverArray = root.putArray("approvers");
        approvers.forEach(approverArray::add);
        root.put("approversNeeded", approversNeeded);
        ArrayNode items = root.putArray("lineItems");
        if (allowed()) {
            lineItems.forEach(item -> items.addObject()
                    .put("item", item.item())
                    .put(
                            "expiresAt",
                            item.expiresAt() == null ? null : item.expiresAt().toString()));
        }
        ArrayNode reasons = root.putArray("reasons");
        problems.forEach(problem ->
                reasons.addObject().put("code", problem.reason().name()).put("message", problem.message()));
        return root;
    }
}
