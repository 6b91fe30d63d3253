package io.countersign.model.format;

import java.util.List;

/** An approval chain: the steps a request passes through, in order. */
public record Workflow(String id, String name, List<WorkflowStep> steps) {

    public Workflow {
        steps = List.copyOf(steps);
    }
}
