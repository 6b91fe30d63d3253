package io.countersign.app.queue;

import io.countersign.model.format.DraftKind;

/** The queue's draft-kind filter. */
public enum KindFilter {
    ALL(null, "All kinds"),
    ACCESS_CHANGE(DraftKind.ACCESS_CHANGE, "Access changes"),
    WORKFLOW_CHANGE(DraftKind.WORKFLOW_CHANGE, "Workflow changes"),
    EXCEPTION(DraftKind.EXCEPTION, "Exceptions"),
    CREDENTIAL(DraftKind.CREDENTIAL, "Credentials");

    private final DraftKind kind;
    private final String label;

    KindFilter(DraftKind kind, String label) {
        this.kind = kind;
        this.label = label;
    }

    public boolean matches(DraftKind other) {
        return kind == null || kind == other;
    }

    @Override
    public String toString() {
        return label;
    }
}
