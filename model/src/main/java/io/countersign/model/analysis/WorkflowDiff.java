package io.countersign.model.analysis;

import io.countersign.model.format.Condition;
import io.countersign.model.format.Workflow;
import io.countersign.model.format.WorkflowStep;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Step-by-step comparison of an approval chain and its proposed replacement, steps matched by name. */
public record WorkflowDiff(String workflowId, Workflow before, Workflow after, List<StepRow> steps) {

    public WorkflowDiff {
        steps = List.copyOf(steps);
    }

    public enum Aspect {
        APPROVER,
        QUORUM,
        CONDITIONS,
        POSITION
    }

    /** One step before and after; {@code before} is null for added steps, {@code after} for removed ones. */
    public record StepRow(
            String name,
            AccessRow.Change change,
            WorkflowStep before,
            WorkflowStep after,
            Set<Aspect> changed,
            List<Condition> conditionsAdded,
            List<Condition> conditionsRemoved) {
        public StepRow {
            changed = Set.copyOf(changed);
            conditionsAdded = List.copyOf(conditionsAdded);
            conditionsRemoved = List.copyOf(conditionsRemoved);
        }
    }

    /** {@code before} is null when the draft introduces a new workflow. */
    public static WorkflowDiff compare(Workflow before, Workflow after) {
        Map<String, Integer> oldPositions = positions(before);
        Map<String, Integer> newPositions = positions(after);
        Map<String, WorkflowStep> oldSteps = byName(before);
        List<StepRow> rows = new ArrayList<>();
        for (WorkflowStep was : oldSteps.values()) {
            if (!newPositions.containsKey(was.name())) {
                rows.add(new StepRow(
                        was.name(), AccessRow.Change.REMOVED, was, null, Set.of(), List.of(), was.conditions()));
            }
        }
        for (WorkflowStep now : after.steps()) {
            WorkflowStep was = oldSteps.get(now.name());
            if (was == null) {
                rows.add(new StepRow(
                        now.name(), AccessRow.Change.ADDED, null, now, Set.of(), now.conditions(), List.of()));
                continue;
            }
            Set<Aspect> changed = EnumSet.noneOf(Aspect.class);
            if (!was.approver().equals(now.approver())) {
                changed.add(Aspect.APPROVER);
            }
            if (was.quorum() != now.quorum()) {
                changed.add(Aspect.QUORUM);
            }
            List<Condition> added = minus(now.conditions(), was.conditions());
            List<Condition> removed = minus(was.conditions(), now.conditions());
            if (!added.isEmpty() || !removed.isEmpty()) {
                changed.add(Aspect.CONDITIONS);
            }
            if (!relativeOrderKept(now.name(), oldPositions, newPositions)) {
                changed.add(Aspect.POSITION);
            }
            rows.add(new StepRow(
                    now.name(),
                    changed.isEmpty() ? AccessRow.Change.UNCHANGED : AccessRow.Change.CHANGED,
                    was,
                    now,
                    changed,
                    added,
                    removed));
        }
        return new WorkflowDiff(after.id(), before, after, rows);
    }

    private static boolean relativeOrderKept(
            String name, Map<String, Integer> oldPositions, Map<String, Integer> newPositions) {
        // A step moved when some other surviving step is now on its other side.
        for (Map.Entry<String, Integer> other : newPositions.entrySet()) {
            Integer oldOther = oldPositions.get(other.getKey());
            if (oldOther == null || other.getKey().equals(name)) {
                continue;
            }
            boolean wasBefore = oldOther < oldPositions.get(name);
            boolean isBefore = other.getValue() < newPositions.get(name);
            if (wasBefore != isBefore) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Integer> positions(Workflow workflow) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        if (workflow != null) {
            for (int i = 0; i < workflow.steps().size(); i++) {
                positions.put(workflow.steps().get(i).name(), i);
            }
        }
        return positions;
    }

    private static Map<String, WorkflowStep> byName(Workflow workflow) {
        Map<String, WorkflowStep> steps = new LinkedHashMap<>();
        if (workflow != null) {
            workflow.steps().forEach(step -> steps.put(step.name(), step));
        }
        return steps;
    }

    private static List<Condition> minus(List<Condition> from, List<Condition> other) {
        Set<Condition> exclude = new HashSet<>(other);
        return from.stream().filter(c -> !exclude.contains(c)).toList();
    }
}
