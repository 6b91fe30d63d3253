package io.countersign.app.decision;

import io.countersign.app.common.MarkLabel;
import io.countersign.model.format.Outcome;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The form for one case: outcome, line items, acknowledgements, control, justification. Built afresh per case. */
final class DecisionFormPane extends VBox {
    private final DecisionForm form;
    private final TextArea justification = new TextArea();
    private final SegmentedButton outcomes = new SegmentedButton();

    DecisionFormPane(DecisionForm form) {
        this.form = form;
        getStyleClass().add("decision-form");
        setSpacing(14);
        getChildren()
                .addAll(
                        outcomeSection(),
                        lineItemSection(),
                        acknowledgementSection(),
                        mitigationSection(),
                        justificationSection(),
                        new BlockingReasonsView(form));
    }

    private Node outcomeSection() {
        for (DecisionBar.OutcomeChoice choice : DecisionBar.OutcomeChoice.values()) {
            ToggleButton button = new ToggleButton(choice.label(), new FontIcon(choice.icon()));
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            button.setTooltip(new javafx.scene.control.Tooltip(choice.label() + "  ( " + choice.key() + " )"));
            button.setId("decision-outcome-" + choice.outcome().code());
            button.setUserData(choice.outcome());
            button.setAccessibleText(choice.label() + " (key " + choice.key() + ")");
            button.getStyleClass().add(choice.styleClass());
            outcomes.getButtons().add(button);
        }
        outcomes.setId("decision-outcome");
        outcomes.getToggleGroup()
                .selectedToggleProperty()
                .addListener((obs, was, now) ->
                        form.outcomeProperty().set(now == null ? null : (Outcome) now.getUserData()));
        form.outcomeProperty().addListener((obs, was, now) -> select(now));
        select(form.outcomeProperty().get());
        Outcome advice = form.decisionCase().material().draft().recommendation();
        Label note = new Label((advice == null
                        ? "The assistant made no recommendation."
                        : "The assistant recommends " + advice.code() + " — advisory only; the choice is yours.")
                + "  Keys: A approve · E reduced · R reject · C request changes.");
        note.getStyleClass().add("decision-advice");
        note.setWrapText(true);
        return section("Outcome", outcomes, note);
    }

    private void select(Outcome outcome) {
        outcomes.getButtons().forEach(b -> b.setSelected(b.getUserData() == outcome));
    }

    private Node lineItemSection() {
        CheckListView<LineItemRow> items = new CheckListView<>(form.lineItems());
        items.setId("decision-line-items");
        items.setAccessibleText("Line items to keep");
        items.setPrefHeight(Math.min(6, Math.max(2, form.lineItems().size())) * 30 + 4);
        form.lineItems().forEach(row -> {
            if (row.approvedProperty().get()) {
                items.getCheckModel().check(row);
            }
            row.approvedProperty().addListener((obs, was, now) -> {
                if (now) {
                    items.getCheckModel().check(row);
                } else {
                    items.getCheckModel().clearCheck(row);
                }
            });
        });
        items.getCheckModel().getCheckedItems().addListener((ListChangeListener<LineItemRow>) change -> form.lineItems()
                .forEach(row -> row.approvedProperty().set(items.getCheckModel().isChecked(row))));
        DatePicker expiry = new DatePicker();
        expiry.setId("decision-expiry");
        expiry.setAccessibleText("Shorter expiry for the additions");
        expiry.setPromptText("Keep the proposed expiry");
        expiry.valueProperty().bindBidirectional(form.shorterExpiryProperty());
        Label expiryLabel = new Label("Shorter expiry for additions");
        expiryLabel.setLabelFor(expiry);
        HBox expiryRow = new HBox(10, expiryLabel, expiry);
        expiryRow.setAlignment(Pos.CENTER_LEFT);
        VBox section = section("Keep these line items", items, expiryRow);
        bindVisible(section, form.outcomeProperty().isEqualTo(Outcome.APPROVE_REDUCED));
        return section;
    }

    private Node acknowledgementSection() {
        VBox list = new VBox(8);
        for (Acknowledgement ack : form.acknowledgements()) {
            CheckBox box = new CheckBox(ack.label());
            box.setId("decision-ack-" + ack.ruleCode());
            box.setAccessibleText("I have read and accept the risk of " + ack.label());
            box.setGraphic(MarkLabel.of(ack.severity()));
            box.selectedProperty().bindBidirectional(ack.acknowledgedProperty());
            Label detail = new Label(ack.detail());
            detail.setWrapText(true);
            detail.getStyleClass().add("decision-ack-detail");
            list.getChildren().add(new VBox(2, box, detail));
        }
        VBox section = section("Acknowledge the high and critical findings", list);
        bindVisible(
                section,
                Bindings.createBooleanBinding(
                        () -> !form.acknowledgements().isEmpty()
                                && (form.outcomeProperty().get() == Outcome.APPROVE
                                        || form.outcomeProperty().get() == Outcome.APPROVE_REDUCED),
                        form.outcomeProperty()));
        return section;
    }

    private Node mitigationSection() {
        ComboBox<ControlOption> controls = new ComboBox<>(form.controls());
        controls.setId("decision-mitigation");
        controls.setAccessibleText("Mitigating control for the separation-of-duties conflict");
        controls.setPromptText("Choose the control that covers the conflict");
        controls.setMaxWidth(Double.MAX_VALUE);
        controls.valueProperty().bindBidirectional(form.mitigationProperty());
        controls.setCellFactory(list -> new ControlCell());
        controls.setButtonCell(new ControlCell());
        VBox section = section("Mitigating control", controls);
        bindVisible(section, form.mitigationNeededProperty());
        return section;
    }

    private Node justificationSection() {
        justification.setId("decision-justification");
        justification.setAccessibleText("Justification");
        justification.setPromptText("Why you decide this way, in a sentence or two");
        justification.setWrapText(true);
        justification.setPrefRowCount(3);
        justification.textProperty().bindBidirectional(form.justificationProperty());
        Label rule = new Label();
        rule.setId("decision-justification-rule");
        rule.getStyleClass().add("decision-rule");
        rule.setWrapText(true);
        rule.textProperty().bind(form.justificationRuleProperty());
        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(
                justification,
                false,
                (control, value) -> ValidationResult.fromMessageIf(
                        control,
                        form.justificationRuleProperty().get(),
                        Severity.ERROR,
                        form.justificationRequiredProperty().get()
                                && !form.input().hasJustification()));
        form.justificationRequiredProperty().addListener((obs, was, now) -> validation.revalidate());
        form.outcomeProperty().addListener((obs, was, now) -> validation.revalidate());
        return section("Justification", justification, rule);
    }

    void focusFirstField() {
        if (form.justificationRequiredProperty().get()) {
            justification.requestFocus();
        } else {
            outcomes.getButtons().stream()
                    .filter(ToggleButton::isSelected)
                    .findFirst()
                    .orElse(outcomes.getButtons().getFirst())
                    .requestFocus();
        }
    }

    private static VBox section(String title, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("decision-section-title");
        VBox section = new VBox(6, heading);
        section.getChildren().addAll(content);
        section.getStyleClass().add("decision-section");
        return section;
    }

    private static void bindVisible(Node node, javafx.beans.value.ObservableBooleanValue visible) {
        node.visibleProperty().bind(visible);
        node.managedProperty().bind(visible);
    }

    /** A control with its validity as icon and word, never colour alone. */
    private static final class ControlCell extends ListCell<ControlOption> {
        @Override
        protected void updateItem(ControlOption option, boolean empty) {
            super.updateItem(option, empty);
            if (empty || option == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(option.control().name() + " (" + option.control().id() + ") · " + option.validityText());
            boolean valid = option.validity() == ControlOption.Validity.VALID;
            FontIcon icon = new FontIcon(valid ? Material2AL.CHECK_CIRCLE : Material2MZ.SCHEDULE);
            icon.getStyleClass().add(valid ? "control-valid" : "control-invalid");
            setGraphic(icon);
        }
    }
}
