package io.countersign.app.review;

import io.countersign.model.analysis.AccessRow;
import io.countersign.model.analysis.WorkflowDiff;
import io.countersign.model.format.Condition;
import io.countersign.model.format.Workflow;
import io.countersign.model.format.WorkflowStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An approval chain before and after a workflow draft, as step cards marked added, removed or changed. */
public record WorkflowChain(String name, List<StepCard> before, List<StepCard> after) {

    public WorkflowChain {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** One step: who approves, how many must, its conditions, and what the draft does to it. */
    public record StepCard(
            String name,
            String approver,
            int quorum,
            List<String> conditions,
            AccessRow.Change change,
            List<String> notes) {
        public StepCard {
            conditions = List.copyOf(conditions);
            notes = List.copyOf(notes);
        }
    }

    public static WorkflowChain of(WorkflowDiff diff) {
        Map<String, WorkflowDiff.StepRow> rows = diff.steps().stream()
                .collect(Collectors.toMap(WorkflowDiff.StepRow::name, Function.identity(), (a, b) -> a));
        List<StepCard> before = new ArrayList<>();
        if (diff.before() != null) {
            for (WorkflowStep step : diff.before().steps()) {
                WorkflowDiff.StepRow row = rows.get(step.name());
                AccessRow.Change change = row == null ? AccessRow.Change.UNCHANGED : row.change();
                before.add(card(step, change, change == AccessRow.Change.CHANGED ? notes(row) : List.of()));
            }
        }
        List<StepCard> after = new ArrayList<>();
        for (WorkflowStep step : diff.after().steps()) {
            WorkflowDiff.StepRow row = rows.get(step.name());
            AccessRow.Change change = row == null ? AccessRow.Change.UNCHANGED : row.change();
            after.add(card(step, change, change == AccessRow.Change.CHANGED ? notes(row) : List.of()));
        }
        Workflow workflow = diff.after();
        String name = workflow.name() == null ? workflow.id() : workflow.name() + " (" + workflow.id() + ")";
        return new WorkflowChain(name, before, after);
    }

    private static StepCard card(WorkflowStep step, AccessRow.Change change, List<String> notes) {
        return new StepCard(
                step.name(),
                step.approver(),
                step.quorum(),
                step.conditions().stream().map(WorkflowChain::condition).toList(),
                change,
                notes);
    }

    private static List<String> notes(WorkflowDiff.StepRow row) {
        List<String> notes = new ArrayList<>();
        if (row.changed().contains(WorkflowDiff.Aspect.APPROVER)) {
            notes.add(
                    "approver " + row.before().approver() + " → " + row.after().approver());
        }
        if (row.changed().contains(WorkflowDiff.Aspect.QUORUM)) {
            notes.add("quorum " + row.before().quorum() + " → " + row.after().quorum());
        }
        row.conditionsAdded().forEach(c -> notes.add("+ " + condition(c)));
        row.conditionsRemoved().forEach(c -> notes.add("− " + condition(c)));
        if (row.changed().contains(WorkflowDiff.Aspect.POSITION)) {
            notes.add("moved in the chain");
        }
        return notes;
    }

    static String condition(Condition condition) {
        return condition.value() == null
                ? condition.type().code()
                : condition.type().code() + " " + condition.value();
    }
}
