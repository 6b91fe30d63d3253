package io.countersign.app.export;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.countersign.app.history.EvidenceAccess.KeyOwner;
import io.countersign.app.history.EvidenceAccess.SystemChoice;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The export section: what to include, who signs, where it goes; progress and cancel; the result beside it. */
public final class ExportView extends HBox {
    private static final String[] STYLESHEETS = {
        "/io/countersign/app/history/history.css", "/io/countersign/app/export/export.css"
    };
    private final ExportViewModel model;
    private final PasswordField passphrase = new PasswordField();

    public ExportView(ExportViewModel model) {
        this.model = model;
        setId("section-export");
        getStyleClass().add("export-view");
        Arrays.stream(STYLESHEETS)
                .forEach(sheet -> getStylesheets()
                        .add(Objects.requireNonNull(ExportView.class.getResource(sheet), sheet)
                                .toExternalForm()));
        ScrollPane formScroll = new ScrollPane(form());
        formScroll.setFitToWidth(true);
        formScroll.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, "export-form-scroll");
        formScroll.setMinWidth(440);
        formScroll.setPrefWidth(470);
        PackResultView result = new PackResultView(model);
        HBox.setHgrow(result, Priority.ALWAYS);
        getChildren().addAll(formScroll, result);
    }

    private VBox form() {
        Label title = new Label("Export a decision pack");
        title.getStyleClass().add(Styles.TITLE_3);
        Label intro = new Label("A signed BagIt zip of verified decisions that an auditor can check offline, with "
                + "Countersign or with sha256sum and openssl. The export itself is recorded in the chain.");
        intro.setWrapText(true);
        intro.getStyleClass().add("muted");

        DatePicker from = date("export-from", "First day of decisions to include (UTC)", "First day");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = date("export-to", "Last day of decisions to include (UTC)", "Last day");
        to.valueProperty().bindBidirectional(model.toProperty());
        HBox period = new HBox(8, from, new Label("–"), to);
        period.setAlignment(Pos.CENTER_LEFT);
        ComboBox<KeyOwner> approver =
                combo("export-approver", "Only this approver's decisions", model.approvers(), KeyOwner::label);
        approver.valueProperty().bindBidirectional(model.approverProperty());
        ComboBox<SystemChoice> system =
                combo("export-system", "Only decisions touching this system", model.systems(), SystemChoice::label);
        system.valueProperty().bindBidirectional(model.systemProperty());
        GridPane include = grid(new Object[][] {{"Period", period}, {"Approver", approver}, {"System", system}});
        Label hint = new Label("Whole UTC days, both inclusive. Leave a field empty to include everything.");
        hint.getStyleClass().addAll("muted", "export-hint");
        hint.setWrapText(true);

        ComboBox<KeyOwner> exporter =
                combo("export-exporter", "Who signs the pack", model.exporters(), KeyOwner::label);
        exporter.valueProperty().bindBidirectional(model.exporterProperty());
        exporter.setPromptText("Choose whose key signs");
        passphrase.setId("export-passphrase");
        passphrase.setPromptText("Passphrase of that signing key");
        passphrase.setAccessibleText("Passphrase of the exporter's signing key");
        passphrase.setOnAction(event -> export());
        GridPane signing = grid(new Object[][] {{"Exporter", exporter}, {"Passphrase", passphrase}});

        Label file = new Label();
        file.setId("export-target");
        file.getStyleClass().add("export-target");
        file.setWrapText(true);
        file.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.targetProperty().get() == null
                                ? "No file chosen"
                                : model.targetProperty().get().toString(),
                        model.targetProperty()));
        Button choose = new Button("Choose…", new FontIcon(Material2AL.FOLDER_OPEN));
        choose.setId("export-choose");
        choose.setAccessibleText("Choose where to save the pack");
        choose.setMinWidth(Button.USE_PREF_SIZE);
        choose.setOnAction(event -> model.chooseTarget());
        HBox.setHgrow(file, Priority.ALWAYS);
        HBox target = new HBox(10, file, choose);
        target.setAlignment(Pos.CENTER_LEFT);
        Label never = new Label("An existing file is never overwritten.");
        never.getStyleClass().addAll("muted", "export-hint");

        VBox card = new VBox(
                10,
                title,
                intro,
                heading("What to include"),
                include,
                hint,
                heading("Signed by"),
                signing,
                heading("Save to"),
                target,
                never,
                actions(),
                message());
        card.getStyleClass().add("export-form");
        return card;
    }

    private VBox actions() {
        Button export = new Button("Export pack", new FontIcon(Material2MZ.UNARCHIVE));
        export.setId("export-run");
        export.getStyleClass().add(Styles.ACCENT);
        export.setDefaultButton(false);
        export.setAccessibleText("Export and sign the decision pack");
        export.disableProperty().bind(model.canExportProperty().not());
        export.setOnAction(event -> export());
        Button cancel = new Button("Cancel", new FontIcon(Material2AL.CLOSE));
        cancel.setId("export-cancel");
        cancel.setAccessibleText("Cancel the running export");
        cancel.disableProperty().bind(model.cancellableProperty().not());
        cancel.visibleProperty().bind(model.phaseProperty().isEqualTo(ExportViewModel.Phase.RUNNING));
        cancel.managedProperty().bind(cancel.visibleProperty());
        HBox buttons = new HBox(10, export, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        ProgressBar progress = new ProgressBar();
        progress.setId("export-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setAccessibleText("Export progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty()
                .bind(model.phaseProperty()
                        .isEqualTo(ExportViewModel.Phase.RUNNING)
                        .or(model.phaseProperty().isEqualTo(ExportViewModel.Phase.DONE)));
        progress.managedProperty().bind(progress.visibleProperty());
        Label step = new Label();
        step.setId("export-step");
        step.getStyleClass().add("export-step");
        step.setWrapText(true);
        step.textProperty().bind(model.stepProperty());
        step.visibleProperty().bind(model.stepProperty().isNotEmpty());
        step.managedProperty().bind(step.visibleProperty());
        VBox box = new VBox(8, buttons, progress, step);
        box.getStyleClass().add("export-actions");
        return box;
    }

    private Label message() {
        Label message = new Label("", new FontIcon(Material2AL.ERROR));
        message.setId("export-message");
        message.getStyleClass().add("export-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        model.phaseProperty()
                .addListener((obs, was, now) -> message.pseudoClassStateChanged(
                        javafx.css.PseudoClass.getPseudoClass("cancelled"), now == ExportViewModel.Phase.CANCELLED));
        return message;
    }

    /** Hands the passphrase over as characters and clears the field at once; the model wipes its copy. */
    private void export() {
        char[] secret = new char[passphrase.getLength()];
        for (int i = 0; i < secret.length; i++) {
            secret[i] = passphrase.getCharacters().charAt(i);
        }
        passphrase.clear();
        model.export(secret);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("export-heading");
        return label;
    }

    private static GridPane grid(Object[][] rows) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("export-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(90);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        for (int i = 0; i < rows.length; i++) {
            Label label = new Label((String) rows[i][0]);
            label.getStyleClass().add("export-label");
            Node field = (Node) rows[i][1];
            label.setLabelFor(field);
            grid.addRow(i, label, field);
        }
        return grid;
    }

    private static DatePicker date(String id, String accessible, String prompt) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setAccessibleText(accessible);
        picker.setPromptText(prompt);
        picker.setPrefWidth(150);
        return picker;
    }

    private static <T> ComboBox<T> combo(
            String id, String accessible, javafx.collections.ObservableList<T> items, Function<T, String> label) {
        ComboBox<T> combo = new ComboBox<>(items);
        combo.setId(id);
        combo.setAccessibleText(accessible);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        return combo;
    }
}
