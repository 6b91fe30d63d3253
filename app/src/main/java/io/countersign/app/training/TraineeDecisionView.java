package io.countersign.app.training;

import atlantafx.base.theme.Styles;
import io.countersign.app.common.MarkLabel;
import io.countersign.app.common.Marks;
import io.countersign.model.format.MitigatingControl;
import io.countersign.model.format.Outcome;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The trainee's compact decision form: outcome, line items, mitigation, findings noticed, justification. */
final class TraineeDecisionView extends VBox {
    private final TraineeDecisionViewModel model;
    private final SegmentedButton outcomes = new SegmentedButton();
    private final VBox acknowledgements = new VBox(6);
    private final VBox lineItems = new VBox(6);
    private final VBox problems = new VBox(4);

    TraineeDecisionView(TraineeDecisionViewModel model, Runnable submit) {
        this.model = model;
        setId("training-decision");
        getStyleClass().add("trainee-decision");
        setSpacing(10);
        Label heading = heading("Your decision", Material2MZ.RATE_REVIEW);
        Label actingAs = new Label();
        actingAs.setId("training-acting-as");
        actingAs.getStyleClass().add("acting-as");
        actingAs.setWrapText(true);
        actingAs.textProperty().bind(model.actingAsProperty().map(who -> who.isEmpty() ? "" : "You act as " + who));

        getChildren()
                .addAll(
                        heading,
                        actingAs,
                        blockBanner(),
                        caption("Outcome"),
                        outcomeChoice(),
                        lineItemsSection(),
                        mitigationSection(),
                        caption("Findings you noticed"),
                        hint("Tick each finding you would raise before deciding."),
                        acknowledgements,
                        caption("Justification"),
                        justification(),
                        problems,
                        submitButton(submit));
        model.acknowledgements().addListener((ListChangeListener<TraineeDecisionViewModel.Acknowledgement>)
                c -> showAcknowledgements());
        model.lineItems()
                .addListener((ListChangeListener<TraineeDecisionViewModel.LineItemToggle>) c -> showLineItems());
        model.problems().addListener((ListChangeListener<String>) c -> showProblems());
        showAcknowledgements();
        showLineItems();
        showProblems();
        // Ctrl+Enter signs from anywhere in the form, the justification included.
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                submit.run();
                event.consume();
            }
        });
    }

    private Node blockBanner() {
        Label title = new Label("Countersign blocks this decision", new FontIcon(Material2AL.BLOCK));
        title.getStyleClass().add("block-title");
        Label reasons = new Label();
        reasons.setWrapText(true);
        reasons.setId("training-block-reasons");
        reasons.setMinHeight(Region.USE_PREF_SIZE);
        Label next = new Label("At work you would hand it on. Choose what you would do, and say why.");
        next.setWrapText(true);
        next.getStyleClass().add("block-next");
        VBox banner = new VBox(4, title, reasons, next);
        banner.setId("training-block");
        banner.getStyleClass().add("block-banner");
        Runnable show = () -> {
            reasons.setText(String.join("\n", model.blockReasons()));
            banner.setVisible(!model.blockReasons().isEmpty());
            banner.setManaged(!model.blockReasons().isEmpty());
            banner.setAccessibleText("Countersign blocks this decision: " + String.join(" ", model.blockReasons()));
        };
        model.blockReasons().addListener((ListChangeListener<String>) c -> show.run());
        show.run();
        return banner;
    }

    private Node outcomeChoice() {
        outcomes.setId("training-outcome");
        outcomes.getStyleClass().add("outcome-choice");
        for (Outcome outcome : Outcome.values()) {
            var mark = TrainingMarks.outcome(outcome);
            // Words only here: four icons do not fit beside the words; the feedback pairs them again.
            ToggleButton button = new ToggleButton(mark.word());
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setId("training-outcome-" + outcome.code());
            button.setUserData(outcome);
            button.getStyleClass().add(mark.styleClass());
            button.setAccessibleText("Outcome: " + mark.word());
            button.setMnemonicParsing(false);
            outcomes.getButtons().add(button);
        }
        outcomes.getToggleGroup()
                .selectedToggleProperty()
                .addListener((obs, was, now) ->
                        model.outcomeProperty().set(now == null ? null : (Outcome) now.getUserData()));
        model.outcomeProperty()
                .addListener(
                        (obs, was, now) -> outcomes.getButtons().forEach(b -> b.setSelected(b.getUserData() == now)));
        return outcomes;
    }

    private Node lineItemsSection() {
        VBox section = new VBox(6, caption("Line items to keep"), hint("Untick what you leave out."), lineItems);
        section.visibleProperty().bind(model.reducing());
        section.managedProperty().bind(model.reducing());
        return section;
    }

    private Node mitigationSection() {
        ComboBox<MitigatingControl> controls = new ComboBox<>(model.controls());
        controls.setId("training-mitigation");
        controls.setAccessibleText("Mitigating control for an accepted separation-of-duties conflict");
        controls.setPromptText("No mitigating control");
        controls.setMaxWidth(Double.MAX_VALUE);
        controls.setConverter(new StringConverter<>() {
            @Override
            public String toString(MitigatingControl control) {
                return control == null
                        ? "No mitigating control"
                        : control.name() + " · valid " + control.validFrom() + " to " + control.validTo();
            }

            @Override
            public MitigatingControl fromString(String text) {
                return null;
            }
        });
        controls.valueProperty().bindBidirectional(model.mitigationProperty());
        VBox section = new VBox(6, caption("Mitigating control (accepting a conflict)"), controls);
        section.visibleProperty().bind(model.approving());
        section.managedProperty().bind(model.approving());
        return section;
    }

    private Node justification() {
        TextArea text = new TextArea();
        text.setId("training-justification");
        text.setPromptText(
                "Why? Required to reject or request changes, and to approve over a high or critical finding.");
        text.setAccessibleText("Justification");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        text.textProperty().bindBidirectional(model.justificationProperty());
        return text;
    }

    private Node submitButton(Runnable submit) {
        Button sign = new Button("Sign with training key", new FontIcon(Material2MZ.SEND));
        sign.setId("training-submit");
        sign.setAccessibleText("Sign the decision with the training key and see the feedback (Ctrl+Enter)");
        sign.getStyleClass().add(Styles.ACCENT);
        sign.setDefaultButton(false);
        sign.disableProperty().bind(model.canSubmit().not());
        sign.setOnAction(event -> submit.run());
        Label keys = new Label("Ctrl+Enter");
        keys.getStyleClass().add("shortcut-keys");
        HBox row = new HBox(10, sign, keys);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void showAcknowledgements() {
        acknowledgements.getChildren().clear();
        int n = 0;
        for (TraineeDecisionViewModel.Acknowledgement ack : model.acknowledgements()) {
            var finding = ack.finding();
            CheckBox box =
                    new CheckBox(finding.rule().code() + " · " + finding.rule().title());
            box.setId("training-ack-" + n++);
            box.setWrapText(true);
            box.setGraphic(MarkLabel.icon(Marks.severity(finding.severity())));
            box.getStyleClass().addAll("ack", Marks.severity(finding.severity()).styleClass());
            box.setAccessibleText("Noticed: " + finding.severity().code() + " "
                    + finding.rule().code() + ", " + finding.rule().title());
            box.selectedProperty().bindBidirectional(ack.checked());
            acknowledgements.getChildren().add(box);
        }
        if (model.acknowledgements().isEmpty()) {
            acknowledgements.getChildren().add(hint("The engine raised no findings on this draft."));
        }
    }

    private void showLineItems() {
        lineItems.getChildren().clear();
        int n = 0;
        for (TraineeDecisionViewModel.LineItemToggle toggle : model.lineItems()) {
            CheckBox box = new CheckBox(toggle.text());
            box.setId("training-line-item-" + n++);
            box.setWrapText(true);
            box.setAccessibleText("Keep line item: " + toggle.text());
            box.selectedProperty().bindBidirectional(toggle.approved());
            lineItems.getChildren().add(box);
        }
    }

    private void showProblems() {
        problems.getChildren().clear();
        problems.setId("training-problems");
        for (String problem : model.problems()) {
            Label label = new Label(problem, new FontIcon(Material2AL.ERROR_OUTLINE));
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.getStyleClass().add("decision-problem");
            problems.getChildren().add(label);
        }
        problems.getStyleClass().setAll("decision-problems");
        problems.setVisible(!model.problems().isEmpty());
        problems.setManaged(!model.problems().isEmpty());
        problems.setAccessibleText(
                model.problems().isEmpty() ? null : "Not recorded: " + String.join(" ", model.problems()));
    }

    static Label heading(String text, Ikon icon) {
        Label heading = new Label(text, new FontIcon(icon));
        heading.getStyleClass().add("training-heading");
        return heading;
    }

    static Label caption(String text) {
        Label caption = new Label(text.toUpperCase(Locale.ROOT));
        caption.getStyleClass().add("training-caption");
        return caption;
    }

    static Label hint(String text) {
        Label hint = new Label(text);
        hint.setWrapText(true);
        hint.getStyleClass().add("training-hint");
        return hint;
    }
}
