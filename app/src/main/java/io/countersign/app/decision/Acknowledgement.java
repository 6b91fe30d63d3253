package io.countersign.app.decision;

import io.countersign.app.common.Mark;
import io.countersign.app.common.Marks;
import io.countersign.model.finding.Finding;
import io.countersign.model.finding.RuleId;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One high or critical rule the approver must acknowledge before approving; the rules check
 * acknowledgements by rule id, so several findings of one rule share a checkbox.
 */
public final class Acknowledgement {
    private final RuleId rule;
    private final List<Finding> findings;
    private final BooleanProperty acknowledged = new SimpleBooleanProperty(this, "acknowledged");

    Acknowledgement(RuleId rule, List<Finding> findings) {
        this.rule = rule;
        this.findings = List.copyOf(findings);
    }

    public String ruleCode() {
        return rule.code();
    }

    public Mark severity() {
        return Marks.severity(findings.getFirst().severity());
    }

    /** "I have read: SOD-CONFLICT — Separation-of-duties conflict". */
    public String label() {
        return rule.code() + " — " + rule.title();
    }

    /** The findings' one-line summaries, for the text under the checkbox. */
    public String detail() {
        return String.join(
                "\n", findings.stream().map(Finding::summary).distinct().toList());
    }

    public BooleanProperty acknowledgedProperty() {
        return acknowledged;
    }
}
