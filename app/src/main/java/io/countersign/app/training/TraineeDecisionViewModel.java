package io.countersign.app.training;

import io.countersign.model.decision.DecisionInput;
import io.countersign.model.decision.LineItem;
import io.countersign.model.decision.LineItemChoice;
import io.countersign.model.finding.Finding;
import io.countersign.model.format.MitigatingControl;
import io.countersign.model.format.Outcome;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The trainee's decision on one case, before it is checked: the outcome (never pre-set), which
 * findings they acknowledge, the line items they keep when approving reduced, a mitigating control
 * when approving, and why. The rules' objections come back here in plain words.
 */
public final class TraineeDecisionViewModel {
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>(this, "outcome");
    private final StringProperty justification = new SimpleStringProperty(this, "justification", "");
    private final ObjectProperty<MitigatingControl> mitigation = new SimpleObjectProperty<>(this, "mitigation");
    private final ObservableList<Acknowledgement> acknowledgements = FXCollections.observableArrayList();
    private final ObservableList<LineItemToggle> lineItems = FXCollections.observableArrayList();
    private final ObservableList<MitigatingControl> controls = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> blockReasons = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper actingAs = new ReadOnlyStringWrapper(this, "actingAs", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanBinding canSubmit = outcome.isNotNull().and(busy.not());
    private final BooleanBinding reducing =
            Bindings.createBooleanBinding(() -> outcome.get() == Outcome.APPROVE_REDUCED, outcome);
    private final BooleanBinding approving = Bindings.createBooleanBinding(
            () -> outcome.get() == Outcome.APPROVE || outcome.get() == Outcome.APPROVE_REDUCED, outcome);
    private TrainingCaseItem item;
    private Instant openedAt;

    /** A fresh, empty form for the case. */
    public void load(TrainingCaseItem next, Instant now) {
        item = next;
        openedAt = now;
        outcome.set(null);
        justification.set("");
        mitigation.set(null);
        problems.clear();
        if (next == null) {
            acknowledgements.clear();
            lineItems.clear();
            controls.clear();
            blockReasons.clear();
            actingAs.set("");
            return;
        }
        acknowledgements.setAll(next.item().analysis().findings().stream()
                .map(Acknowledgement::new)
                .toList());
        lineItems.setAll(LineItem.of(next.material().draft()).stream()
                .map(LineItemToggle::new)
                .toList());
        controls.setAll(next.material().policy().mitigatingControls());
        blockReasons.setAll(next.blockReasons());
        actingAs.set(next.actingAsName());
    }

    /** Rule ids of every finding the trainee ticked. */
    public Set<String> acknowledgedRules() {
        Set<String> rules = new LinkedHashSet<>();
        acknowledgements.stream()
                .filter(a -> a.checked().get())
                .forEach(a -> rules.add(a.finding().rule().code()));
        return rules;
    }

    public DecisionInput toInput() {
        Outcome chosen = outcome.get();
        List<LineItemChoice> choices = chosen == Outcome.APPROVE_REDUCED
                ? lineItems.stream()
                        .map(t -> new LineItemChoice(t.item().id(), t.approved().get(), null))
                        .toList()
                : List.of();
        String control = chosen == Outcome.APPROVE || chosen == Outcome.APPROVE_REDUCED
                ? (mitigation.get() == null ? null : mitigation.get().id())
                : null;
        String why = justification.get() == null || justification.get().isBlank()
                ? null
                : justification.get().strip();
        return new DecisionInput(
                item.material().draft().id(),
                item.material().draft().revision(),
                chosen,
                choices,
                why,
                control,
                acknowledgedRules(),
                openedAt);
    }

    /** One finding as a tick box: the trainee says they noticed it. */
    public record Acknowledgement(Finding finding, BooleanProperty checked) {
        Acknowledgement(Finding finding) {
            this(finding, new SimpleBooleanProperty(false));
        }
    }

    /** One line item kept (ticked) or left out when approving reduced. */
    public record LineItemToggle(LineItem item, BooleanProperty approved) {
        LineItemToggle(LineItem item) {
            this(item, new SimpleBooleanProperty(true));
        }

        public String text() {
            return (item.action() == LineItem.Action.ADD ? "Add " : "Remove ") + (item.role() ? "role " : "")
                    + item.target() + " · " + item.identity()
                    + (item.scope() == null ? "" : " · scope " + item.scope());
        }
    }

    public TrainingCaseItem item() {
        return item;
    }

    public ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }

    public StringProperty justificationProperty() {
        return justification;
    }

    public ObjectProperty<MitigatingControl> mitigationProperty() {
        return mitigation;
    }

    public ObservableList<Acknowledgement> acknowledgements() {
        return acknowledgements;
    }

    public ObservableList<LineItemToggle> lineItems() {
        return lineItems;
    }

    public ObservableList<MitigatingControl> controls() {
        return controls;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ObservableList<String> blockReasons() {
        return blockReasons;
    }

    public ReadOnlyStringProperty actingAsProperty() {
        return actingAs.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canSubmit() {
        return canSubmit;
    }

    public BooleanBinding reducing() {
        return reducing;
    }

    public BooleanBinding approving() {
        return approving;
    }
}
