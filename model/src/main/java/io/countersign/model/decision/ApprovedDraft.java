package io.countersign.model.decision;

import io.countersign.model.format.AccessGrant;
import io.countersign.model.format.Draft;
import io.countersign.model.format.IdentityChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The draft as the approver would let it take effect: only the approved line items, with any shorter
 * expiry applied. Analysing it shows what the approval actually accepts.
 */
public final class ApprovedDraft {
    private ApprovedDraft() {}

    public static Draft of(Draft draft, List<LineItemChoice> choices) {
        if (choices.isEmpty()) {
            return draft;
        }
        Map<String, LineItemChoice> byItem =
                choices.stream().collect(Collectors.toMap(LineItemChoice::itemId, Function.identity(), (a, b) -> b));
        List<LineItem> items = LineItem.of(draft);
        List<IdentityChange> changes = new ArrayList<>();
        for (IdentityChange change : draft.changes()) {
            List<AccessGrant> add = new ArrayList<>();
            List<AccessGrant> remove = new ArrayList<>();
            for (LineItem item : items) {
                if (!item.identity().equals(change.identity())) {
                    continue;
                }
                LineItemChoice choice = byItem.get(item.id());
                if (choice != null && !choice.approved()) {
                    continue;
                }
                AccessGrant grant = new AccessGrant(
                        item.role() ? null : item.target(),
                        item.role() ? item.target() : null,
                        choice != null && choice.expiresAt() != null ? choice.expiresAt() : item.proposedExpiry(),
                        item.scope());
                (item.action() == LineItem.Action.ADD ? add : remove).add(grant);
            }
            changes.add(new IdentityChange(change.identity(), change.create(), add, remove));
        }
        return new Draft(
                draft.id(),
                draft.revision(),
                draft.kind(),
                draft.title(),
                draft.createdAt(),
                draft.drafter(),
                draft.initiatedBy(),
                draft.requester(),
                draft.requestedFor(),
                draft.editedBy(),
                draft.ticket(),
                draft.request(),
                draft.rationale(),
                draft.recommendation(),
                draft.confidence(),
                draft.sources(),
                draft.basis(),
                changes,
                draft.workflow(),
                draft.exception(),
                draft.credential(),
                draft.riskTier(),
                draft.rollback(),
                draft.changeWindow());
    }
}
