package io.countersign.app.queue;

import io.countersign.model.format.Severity;

/** The queue's severity filter: every draft, one highest severity, or drafts with nothing to look at. */
public enum SeverityFilter {
    ALL(null, "All severities"),
    CRITICAL(Severity.CRITICAL, "Critical"),
    HIGH(Severity.HIGH, "High"),
    MEDIUM(Severity.MEDIUM, "Medium"),
    LOW(Severity.LOW, "Low"),
    INFO(Severity.INFO, "Info"),
    NONE(null, "No findings");

    private final Severity severity;
    private final String label;

    SeverityFilter(Severity severity, String label) {
        this.severity = severity;
        this.label = label;
    }

    public Severity severity() {
        return severity;
    }

    public boolean matches(Severity highest) {
        return switch (this) {
            case ALL -> true;
            case NONE -> highest == null;
            default -> severity == highest;
        };
    }

    public static SeverityFilter of(Severity severity) {
        return severity == null ? NONE : valueOf(severity.name());
    }

    @Override
    public String toString() {
        return label;
    }
}
