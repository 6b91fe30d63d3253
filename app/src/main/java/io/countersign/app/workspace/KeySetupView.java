package io.countersign.app.workspace;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** First-run key setup: name, identity id, passphrase twice with a strength meter; ControlsFX marks each problem. */
public final class KeySetupView extends VBox {
    private final KeySetupViewModel model;
    private final TextField id = new TextField();

    public KeySetupView(KeySetupViewModel model) {
        this.model = model;
        setId("key-setup");
        getStyleClass().add("key-setup");
        setAlignment(Pos.CENTER);
        Label title = new Label("Create your signing key", new FontIcon(Material2MZ.VPN_KEY));
        title.getStyleClass().addAll(Styles.TITLE_2, "key-setup-title");
        Label intro =
                new Label("Every decision you make is signed with this key. It stays in this workspace's keys/ folder, "
                        + "locked by your passphrase, which is asked at every signature and never stored.");
        intro.setWrapText(true);
        intro.getStyleClass().add("key-setup-intro");

        TextField name = new TextField();
        PasswordField passphrase = new PasswordField();
        PasswordField repeat = new PasswordField();
        field(id, "key-id", "Identity id, as in the snapshot (e.g. priya.raman)", model.idProperty());
        field(name, "key-name", "Your name as it appears on signatures", model.nameProperty());
        field(
                passphrase,
                "key-passphrase",
                "At least 12 characters; a few words work well",
                model.passphraseProperty());
        field(repeat, "key-repeat", "The same passphrase again", model.repeatProperty());

        ValidationSupport validation = new ValidationSupport();
        validate(validation, id, model.idProblem());
        validate(validation, name, model.nameProblem());
        validate(validation, passphrase, model.passphraseProblem());
        validate(validation, repeat, model.repeatProblem());
        model.snapshotProperty().addListener((obs, was, now) -> validation.revalidate());

        ProgressBar meter = new ProgressBar(0);
        meter.setId("key-strength-meter");
        meter.setMaxWidth(Double.MAX_VALUE);
        meter.setPrefWidth(380);
        Label strength = new Label();
        strength.setId("key-strength");
        strength.getStyleClass().add("key-strength");
        model.passphraseProperty().addListener((obs, was, now) -> {
            PassphraseStrength level = PassphraseStrength.of(now);
            meter.setProgress(now.isEmpty() ? 0 : level.meter());
            meter.getStyleClass().removeAll("strength-too_short", "strength-fair", "strength-strong");
            meter.getStyleClass().add("strength-" + level.name().toLowerCase(Locale.ROOT));
            strength.setText(now.isEmpty() ? "" : level.describe(now));
        });
        Label idHint = hint(model.idProblem());
        idHint.setId("key-id-problem");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("key-setup-grid");
        grid.setHgap(12);
        grid.setVgap(6);
        grid.addRow(0, label("Identity id", id), id);
        grid.add(idHint, 1, 1);
        grid.addRow(2, label("Name", name), name);
        grid.addRow(3, label("Passphrase", passphrase), passphrase);
        grid.add(new VBox(4, meter, strength), 1, 4);
        grid.addRow(5, label("Repeat it", repeat), repeat);
        grid.add(hint(model.repeatProblem()), 1, 6);

        Button create = new Button("Create key", new FontIcon(Material2MZ.VPN_KEY));
        create.setId("key-create");
        create.setAccessibleText("Create the signing key");
        create.getStyleClass().add(Styles.ACCENT);
        create.setDefaultButton(true);
        create.disableProperty().bind(model.canCreate().not());
        create.setOnAction(event -> model.create());
        Button cancel = new Button("Cancel");
        cancel.setId("key-cancel");
        cancel.setAccessibleText("Cancel key setup");
        cancel.visibleProperty().bind(Bindings.isNotEmpty(model.workspace().approvers()));
        cancel.setOnAction(event -> model.workspace().cancelKeySetup());
        Label failure = new Label();
        failure.setId("key-failure");
        failure.getStyleClass().add("key-failure");
        failure.setWrapText(true);
        failure.textProperty().bind(model.failureProperty());
        HBox buttons = new HBox(10, create, cancel);
        VBox card = new VBox(14, title, intro, grid, failure, buttons);
        card.getStyleClass().add("key-setup-card");
        card.setMaxWidth(600);
        getChildren().add(card);
    }

    private static void field(TextField field, String id, String prompt, javafx.beans.property.StringProperty value) {
        field.setId(id);
        field.setPromptText(prompt);
        field.setAccessibleText(prompt);
        field.setPrefColumnCount(28);
        field.textProperty().bindBidirectional(value);
    }

    private static Label label(String text, Control control) {
        Label label = new Label(text);
        label.setLabelFor(control);
        label.getStyleClass().add("key-setup-label");
        return label;
    }

    private static Label hint(StringBinding problem) {
        Label hint = new Label();
        hint.getStyleClass().add("key-setup-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        hint.textProperty().bind(problem);
        return hint;
    }

    private static void validate(ValidationSupport validation, Control control, StringBinding problem) {
        validation.registerValidator(
                control,
                false,
                (c, value) -> ValidationResult.fromMessageIf(
                        c, problem.get(), Severity.ERROR, !problem.get().isEmpty()));
    }

    /** Loads the snapshot for the id check and puts the cursor in the first field. */
    public void prepare() {
        model.load();
        id.requestFocus();
    }
}
