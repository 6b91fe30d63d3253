package io.countersign.model.format;

import java.util.List;

/**
 * One approval step. {@code approver} is a relation ({@code manager}, {@code entitlement-owner},
 * {@code system-owner}, {@code requester}) or a reference ({@code role:ID}, {@code identity:ID}).
 */
public record WorkflowStep(String name, String approver, int quorum, List<Condition> conditions) {

    public WorkflowStep {
        conditions = List.copyOf(conditions);
    }

    public boolean has(ConditionType type) {
        return conditions.stream().anyMatch(condition -> condition.type() == type);
    }
}
