package io.countersign.app.decision;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps what the approver has entered when the same draft revision is prepared again for the same
 * approver (the queue reloaded because a file arrived): a refresh must not wipe a half-written form.
 */
final class FormCarryOver {
    private FormCarryOver() {}

    static void copy(DecisionForm from, DecisionForm to) {
        DecisionCase a = from.decisionCase();
        DecisionCase b = to.decisionCase();
        if (!a.draftId().equals(b.draftId())
                || a.revision() != b.revision()
                || !a.approverId().equals(b.approverId())) {
            return;
        }
        Map<String, Boolean> kept = from.lineItems().stream()
                .collect(Collectors.toMap(
                        row -> row.item().id(), row -> row.approvedProperty().get(), (x, y) -> x));
        to.lineItems()
                .forEach(row ->
                        row.approvedProperty().set(kept.getOrDefault(row.item().id(), true)));
        Map<String, Acknowledgement> acks = from.acknowledgements().stream()
                .collect(Collectors.toMap(Acknowledgement::ruleCode, Function.identity(), (x, y) -> x));
        to.acknowledgements()
                .forEach(ack -> ack.acknowledgedProperty()
                        .set(acks.containsKey(ack.ruleCode())
                                && acks.get(ack.ruleCode())
                                        .acknowledgedProperty()
                                        .get()));
        to.shorterExpiryProperty().set(from.shorterExpiryProperty().get());
        to.justificationProperty().set(from.justificationProperty().get());
        if (from.mitigationProperty().get() != null) {
            String id = from.mitigationProperty().get().control().id();
            to.controls().stream()
                    .filter(c -> c.control().id().equals(id))
                    .findFirst()
                    .ifPresent(to.mitigationProperty()::set);
        }
        to.outcomeProperty().set(from.outcomeProperty().get());
    }
}
