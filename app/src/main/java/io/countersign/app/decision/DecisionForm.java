package io.countersign.app.decision;

import io.countersign.model.analysis.DraftAnalysis;
import io.countersign.model.analysis.Names;
import io.countersign.model.analysis.ReviewContext;
import io.countersign.model.decision.ApprovedDraft;
import io.countersign.model.decision.DecisionInput;
import io.countersign.model.decision.DecisionProblem;
import io.countersign.model.decision.DecisionRules;
import io.countersign.model.decision.LineItem;
import io.countersign.model.decision.LineItemChoice;
import io.countersign.model.finding.Finding;
import io.countersign.model.finding.RuleId;
import io.countersign.model.format.Draft;
import io.countersign.model.format.Outcome;
import io.countersign.model.format.Severity;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The decision form for one case: what the approver chose, and — re-checked on every change with
 * the same {@link DecisionRules} the store applies — every reason it cannot be signed yet. The
 * outcome starts empty: it is never pre-set, least of all to the assistant's recommendation.
 */
public final class DecisionForm {
    private final DecisionCase decisionCase;
    private final Clock clock;
    private final Instant openedAt;
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>(this, "outcome");
    private final ObservableList<LineItemRow> lineItems = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> shorterExpiry = new SimpleObjectProperty<>(this, "shorterExpiry");
    private final StringProperty justification = new SimpleStringProperty(this, "justification", "");
    private final ObservableList<ControlOption> controls = FXCollections.observableArrayList();
    private final ObjectProperty<ControlOption> mitigation = new SimpleObjectProperty<>(this, "mitigation");
    private final ObservableList<Acknowledgement> acknowledgements = FXCollections.observableArrayList();
    private final ObservableList<BlockingReason> reasons = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canSign = new ReadOnlyBooleanWrapper(this, "canSign");
    private final ReadOnlyBooleanWrapper justificationRequired =
            new ReadOnlyBooleanWrapper(this, "justificationRequired");
    private final ReadOnlyBooleanWrapper mitigationNeeded = new ReadOnlyBooleanWrapper(this, "mitigationNeeded");
    private final ReadOnlyStringWrapper justificationRule = new ReadOnlyStringWrapper(this, "justificationRule", "");
    private List<LineItemChoice> analysedChoices;
    private DraftAnalysis approvedAnalysis;

    public DecisionForm(DecisionCase decisionCase, Clock clock, Instant openedAt) {
        this.decisionCase = decisionCase;
        this.clock = clock;
        this.openedAt = openedAt;
        Names names = new Names(decisionCase.analyzer().catalog());
        LineItem.of(decisionCase.material().draft()).forEach(item -> lineItems.add(new LineItemRow(item, names)));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        decisionCase.material().policy().mitigatingControls().forEach(c -> controls.add(new ControlOption(c, today)));
        acknowledgements.setAll(serious(decisionCase.shown()));
        List<Observable> inputs = new ArrayList<>(List.of(outcome, shorterExpiry, justification, mitigation));
        lineItems.forEach(row -> inputs.add(row.approvedProperty()));
        acknowledgements.forEach(ack -> inputs.add(ack.acknowledgedProperty()));
        inputs.forEach(input -> input.addListener(changed -> check()));
        check();
    }

    /** High and critical findings that need attention, one entry per rule, most severe first. */
    private static List<Acknowledgement> serious(DraftAnalysis shown) {
        Map<RuleId, List<Finding>> byRule = new LinkedHashMap<>();
        shown.findings().stream()
                .filter(f -> f.needsAttention()
                        && f.severity().isAtLeast(Severity.HIGH)
                        && !f.rule().blocksDecision())
                .forEach(f -> byRule.computeIfAbsent(f.rule(), rule -> new ArrayList<>())
                        .add(f));
        return byRule.entrySet().stream()
                .map(e -> new Acknowledgement(e.getKey(), e.getValue()))
                .toList();
    }

    /** Runs the store's rules on what is chosen so far; nothing is signed or written. */
    private void check() {
        Outcome chosen = outcome.get();
        List<BlockingReason> found = new ArrayList<>();
        DecisionInput input = chosen != null ? input() : probe();
        List<DecisionProblem> problems = DecisionRules.check(
                input,
                decisionCase.shown(),
                approvedAnalysis(input.choices()),
                decisionCase.material().policy(),
                decisionCase.standing().forRules(),
                clock.instant());
        if (chosen == null) {
            found.add(BlockingReason.chooseOutcome());
        }
        boolean needsJustification = false;
        for (DecisionProblem problem : problems) {
            boolean aboutTheDraft = problem.code() == DecisionProblem.Code.INDEPENDENCE
                    || problem.code() == DecisionProblem.Code.STALE_REVISION
                    || problem.code() == DecisionProblem.Code.ALREADY_DECIDED;
            if (chosen != null || aboutTheDraft) {
                found.add(BlockingReason.of(problem));
            }
            if (problem.code() == DecisionProblem.Code.JUSTIFICATION_REQUIRED) {
                needsJustification = true;
                justificationRule.set(
                        "Required: " + problem.message().replace(" requires a justification", " requires it"));
            }
        }
        if (!needsJustification) {
            needsJustification = chosen != null && input.hasJustification() && requiredWithout(input);
            justificationRule.set(
                    needsJustification
                            ? "Required for this decision; thank you for giving it"
                            : chosen == null
                                    ? "Required to reject, request changes, or approve over a high or critical finding"
                                    : "Optional for this decision; it is signed with it if you write one");
        }
        justificationRequired.set(needsJustification);
        mitigationNeeded.set(chosen != null
                && input.approves()
                && approvedAnalysis(input.choices()).findings().stream()
                        .anyMatch(f -> f.rule() == RuleId.SOD_CONFLICT && f.needsAttention()));
        reasons.setAll(found);
        canSign.set(found.isEmpty());
    }

    /** Would the rules ask for a justification if it were blank? Keeps the "required" label on while typing. */
    private boolean requiredWithout(DecisionInput input) {
        DecisionInput blank = new DecisionInput(
                input.draftId(),
                input.revision(),
                input.outcome(),
                input.choices(),
                null,
                input.mitigationControl(),
                input.acknowledged(),
                input.openedAt());
        return DecisionRules.check(
                        blank,
                        decisionCase.shown(),
                        approvedAnalysis(input.choices()),
                        decisionCase.material().policy(),
                        decisionCase.standing().forRules(),
                        clock.instant())
                .stream()
                .anyMatch(p -> p.code() == DecisionProblem.Code.JUSTIFICATION_REQUIRED);
    }

    /** Before an outcome is chosen, a probe that no outcome-specific rule objects to surfaces the draft-wide reasons. */
    private DecisionInput probe() {
        return new DecisionInput(
                decisionCase.draftId(),
                decisionCase.revision(),
                Outcome.REQUEST_CHANGES,
                List.of(),
                "probe",
                null,
                Set.of(),
                openedAt);
    }

    /** What the approval would let through, analysed once per distinct set of line-item choices. */
    private DraftAnalysis approvedAnalysis(List<LineItemChoice> choices) {
        if (!choices.equals(analysedChoices)) {
            analysedChoices = choices;
            Draft approved = ApprovedDraft.of(decisionCase.material().draft(), choices);
            // Nothing reduced: what would be let through is what was shown, and the rules reading this
            // ignore independence findings; no second analysis on the FX thread (as DecisionService.record).
            approvedAnalysis = approved == decisionCase.material().draft()
                    ? decisionCase.shown()
                    : decisionCase
                            .analyzer()
                            .analyze(approved, decisionCase.material().pending(), ReviewContext.NONE);
        }
        return approvedAnalysis;
    }

    /** The decision as it would be signed. */
    public DecisionInput input() {
        Outcome chosen = outcome.get();
        Set<String> acknowledged = new LinkedHashSet<>();
        acknowledgements.stream()
                .filter(a -> a.acknowledgedProperty().get())
                .forEach(a -> acknowledged.add(a.ruleCode()));
        String text = justification.get() == null || justification.get().isBlank()
                ? null
                : justification.get().strip();
        String control =
                mitigation.get() == null ? null : mitigation.get().control().id();
        return new DecisionInput(
                decisionCase.draftId(),
                decisionCase.revision(),
                chosen,
                choices(chosen),
                text,
                control,
                acknowledged,
                openedAt);
    }

    /** For approve-reduced: every line item with the approver's choice, additions given the shorter expiry. */
    private List<LineItemChoice> choices(Outcome chosen) {
        if (chosen != Outcome.APPROVE_REDUCED) {
            return List.of();
        }
        Instant expiry = shorterExpiry.get() == null
                ? null
                : shorterExpiry.get().atStartOfDay(ZoneOffset.UTC).toInstant();
        List<LineItemChoice> choices = new ArrayList<>();
        for (LineItemRow row : lineItems) {
            LineItem item = row.item();
            boolean kept = row.approvedProperty().get();
            // Only additions that would last longer get the shorter date; approve-reduced may never lengthen.
            boolean shortens = kept
                    && expiry != null
                    && item.action() == LineItem.Action.ADD
                    && (item.proposedExpiry() == null || expiry.isBefore(item.proposedExpiry()));
            choices.add(new LineItemChoice(item.id(), kept, shortens ? expiry : null));
        }
        return choices;
    }

    public DecisionCase decisionCase() {
        return decisionCase;
    }

    public ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }

    public ObservableList<LineItemRow> lineItems() {
        return lineItems;
    }

    public ObjectProperty<LocalDate> shorterExpiryProperty() {
        return shorterExpiry;
    }

    public StringProperty justificationProperty() {
        return justification;
    }

    public ObservableList<ControlOption> controls() {
        return controls;
    }

    public ObjectProperty<ControlOption> mitigationProperty() {
        return mitigation;
    }

    public ObservableList<Acknowledgement> acknowledgements() {
        return acknowledgements;
    }

    /** Every reason the decision cannot be signed yet; empty when it can. */
    public ObservableList<BlockingReason> reasons() {
        return reasons;
    }

    public ReadOnlyBooleanProperty canSignProperty() {
        return canSign.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty justificationRequiredProperty() {
        return justificationRequired.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mitigationNeededProperty() {
        return mitigationNeeded.getReadOnlyProperty();
    }

    /** The rule behind the justification field, in words. */
    public ReadOnlyStringProperty justificationRuleProperty() {
        return justificationRule.getReadOnlyProperty();
    }
}
