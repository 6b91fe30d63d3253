package io.countersign.app.snapshot;

import atlantafx.base.theme.Styles;
import io.countersign.app.snapshot.SnapshotUpdateViewModel.Phase;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * "Update snapshot" over the queue: the chosen files on the left (each with its kind and, for an
 * export, its system id), what changed since the current snapshot on the right, and the buttons
 * that make it current or leave everything as it was.
 */
public final class SnapshotUpdateView extends HBox {
    private final SnapshotUpdateViewModel model;
    private final VBox sourceRows = new VBox(6);

    public SnapshotUpdateView(SnapshotUpdateViewModel model) {
        this.model = model;
        setId("snapshot-update");
        getStyleClass().add("snapshot-update");
        String sheet = "/io/countersign/app/snapshot/snapshot.css";
        getStylesheets()
                .add(Objects.requireNonNull(SnapshotUpdateView.class.getResource(sheet), sheet)
                        .toExternalForm());
        VBox sources = sourcesPane();
        VBox changes = changesPane();
        HBox.setHgrow(changes, Priority.ALWAYS);
        getChildren().addAll(sources, changes);
    }

    private VBox sourcesPane() {
        Label title = new Label("Update the snapshot", new FontIcon(Material2MZ.SYNC));
        title.getStyleClass().addAll(Styles.TITLE_3, "update-title");
        Label intro = new Label("Choose a Countersign snapshot, a SCIM export (files or a folder) or the JSON of "
                + "aws iam get-account-authorization-details. Several are merged; add a SCIM mapping or an identity "
                + "map to say how. Nothing changes until you make the result current.");
        intro.setWrapText(true);
        intro.getStyleClass().add("muted");
        Label current = new Label();
        current.setId("update-current");
        current.setWrapText(true);
        current.getStyleClass().add("update-current");
        current.textProperty().bind(model.currentProperty());

        Button files = new Button("Add files…", new FontIcon(Material2AL.INSERT_DRIVE_FILE));
        files.setId("update-add-files");
        files.setAccessibleText("Add snapshot, SCIM, AWS or mapping files");
        files.setOnAction(event -> model.chooseFiles());
        Button folder = new Button("Add SCIM folder…", new FontIcon(Material2AL.FOLDER_OPEN));
        folder.setId("update-add-folder");
        folder.setAccessibleText("Add a folder of SCIM documents");
        folder.setOnAction(event -> model.chooseFolder());
        HBox add = new HBox(8, files, folder);
        add.disableProperty().bind(busy());

        sourceRows.setId("update-sources");
        sourceRows.getStyleClass().add("update-sources");
        Label none = new Label("No file chosen yet.");
        none.getStyleClass().add("muted");
        none.visibleProperty().bind(Bindings.isEmpty(model.sources()));
        none.managedProperty().bind(none.visibleProperty());
        model.sources().addListener((ListChangeListener<SourceRow>) change -> showSources());

        Label refusal = new Label();
        refusal.setId("update-refusal");
        refusal.getStyleClass().add("update-refusal");
        refusal.setWrapText(true);
        refusal.textProperty().bind(Bindings.concat("Refused: ", model.refusalProperty()));
        refusal.setGraphic(new FontIcon(Material2AL.ERROR));
        refusal.accessibleTextProperty().bind(refusal.textProperty());
        refusal.visibleProperty().bind(model.refusalProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());

        Button preview = new Button("Show changes", new FontIcon(Material2MZ.PREVIEW));
        preview.setId("update-preview");
        preview.setAccessibleText("Convert the chosen files and show what changes");
        preview.getStyleClass().add(Styles.ACCENT);
        preview.disableProperty().bind(model.canPreviewProperty().not());
        preview.setOnAction(event -> model.preview());
        ProgressIndicator working = new ProgressIndicator();
        working.setId("update-working");
        working.setPrefSize(22, 22);
        working.visibleProperty().bind(busy());
        Label workingText = new Label();
        workingText
                .textProperty()
                .bind(Bindings.when(model.phaseProperty().isEqualTo(Phase.IMPORTING))
                        .then("Making it current…")
                        .otherwise("Reading…"));
        workingText.visibleProperty().bind(busy());
        HBox actions = new HBox(10, preview, working, workingText);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox pane = new VBox(12, title, intro, current, add, none, sourceRows, refusal, actions);
        pane.getStyleClass().add("update-sources-pane");
        pane.setMinWidth(440);
        pane.setPrefWidth(480);
        pane.setMaxWidth(520);
        return pane;
    }

    private BooleanBinding busy() {
        return model.phaseProperty()
                .isEqualTo(Phase.READING)
                .or(model.phaseProperty().isEqualTo(Phase.IMPORTING));
    }

    private void showSources() {
        sourceRows.getChildren().clear();
        int index = 0;
        for (SourceRow row : model.sources()) {
            sourceRows.getChildren().add(sourceRow(row, index++));
        }
    }

    private HBox sourceRow(SourceRow row, int index) {
        Label kind = new Label(row.kindLabel(), new FontIcon(kindIcon(row)));
        kind.getStyleClass().add("update-kind");
        Label name = new Label(row.name());
        name.getStyleClass().add("update-file");
        name.setTooltip(new Tooltip(row.source().path().toString()));
        name.setMinWidth(0);
        VBox what = new VBox(2, name, kind);
        what.setMinWidth(0);
        HBox.setHgrow(what, Priority.ALWAYS);
        HBox line = new HBox(8, what);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("update-source");
        line.setId("update-source-" + index);
        if (row.needsSystem()) {
            TextField system = new TextField();
            system.setId("update-source-" + index + "-system");
            system.setPromptText("system id");
            system.setAccessibleText("System id for " + row.name());
            system.setTooltip(new Tooltip("The system this export's access belongs to, as the policy names it"));
            system.setPrefColumnCount(12);
            system.textProperty().bindBidirectional(row.systemProperty());
            system.disableProperty().bind(busy());
            Label label = new Label("System");
            label.setLabelFor(system);
            label.getStyleClass().add("muted");
            line.getChildren().addAll(label, system);
        }
        Button remove = new Button("Remove", new FontIcon(Material2AL.CLOSE));
        remove.setId("update-source-" + index + "-remove");
        remove.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        remove.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        remove.setAccessibleText("Remove " + row.name());
        remove.setTooltip(new Tooltip("Remove " + row.name()));
        remove.disableProperty().bind(busy());
        remove.setOnAction(event -> model.remove(row));
        line.getChildren().add(remove);
        return line;
    }

    private static Ikon kindIcon(SourceRow row) {
        return switch (row.source().kind()) {
            case SNAPSHOT -> Material2MZ.PHOTO_CAMERA;
            case SCIM -> Material2MZ.PEOPLE;
            case AWS -> Material2AL.CLOUD;
            case SCIM_MAPPING, IDENTITY_MAP -> Material2AL.LINK;
        };
    }

    private VBox changesPane() {
        Label title = new Label("What changes");
        title.getStyleClass().add(Styles.TITLE_4);
        Label next = new Label();
        next.setId("update-next");
        next.setWrapText(true);
        next.getStyleClass().add("muted");
        next.textProperty().bind(Bindings.concat("New snapshot ", model.nextProperty()));
        next.visibleProperty().bind(model.nextProperty().isNotEmpty());
        next.managedProperty().bind(next.visibleProperty());
        Label identities = summary("update-identity-summary", "Identities", model.identitySummaryProperty());
        Label grants = summary("update-grant-summary", "Grants", model.grantSummaryProperty());
        HBox summaries = new HBox(24, identities, grants);
        summaries.visibleProperty().bind(model.identitySummaryProperty().isNotEmpty());

        ListView<ChangeRow> list = new ListView<>(model.changes());
        list.setId("update-changes");
        list.setAccessibleText("Changes since the current snapshot");
        list.setCellFactory(view -> new ChangeCell());
        list.getStyleClass().add("update-changes");
        Label placeholder = new Label();
        placeholder.getStyleClass().add("muted");
        placeholder.setWrapText(true);
        placeholder
                .textProperty()
                .bind(Bindings.when(model.phaseProperty().isEqualTo(Phase.PREVIEW))
                        .then("No identity and no grant changes; other parts of the snapshot may.")
                        .otherwise("Choose files and press Show changes: the identities and grants that would be "
                                + "added, removed or changed appear here."));
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);

        Label outcome = new Label();
        outcome.setId("update-outcome");
        outcome.getStyleClass().add("update-outcome");
        outcome.setWrapText(true);
        outcome.setGraphic(new FontIcon(Material2AL.CHECK_CIRCLE));
        outcome.textProperty().bind(model.outcomeProperty());
        outcome.visibleProperty().bind(model.outcomeProperty().isNotEmpty());
        outcome.managedProperty().bind(outcome.visibleProperty());

        Button cancel = new Button("Cancel");
        cancel.setId("update-cancel");
        cancel.setAccessibleText("Leave without changing the snapshot (Esc)");
        cancel.setCancelButton(true);
        cancel.visibleProperty().bind(model.phaseProperty().isNotEqualTo(Phase.DONE));
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(event -> model.cancel());
        Button confirm = new Button("Make current", new FontIcon(Material2AL.CHECK));
        confirm.setId("update-confirm");
        confirm.setAccessibleText("Import this snapshot and make it the workspace's current one");
        confirm.getStyleClass().add(Styles.SUCCESS);
        confirm.disableProperty().bind(model.canConfirmProperty().not());
        confirm.visibleProperty().bind(model.phaseProperty().isNotEqualTo(Phase.DONE));
        confirm.managedProperty().bind(confirm.visibleProperty());
        confirm.setOnAction(event -> model.confirm());
        Button done = new Button("Back to the queue", new FontIcon(Material2AL.INBOX));
        done.setId("update-done");
        done.setAccessibleText("Back to the queue");
        done.visibleProperty().bind(model.phaseProperty().isEqualTo(Phase.DONE));
        done.managedProperty().bind(done.visibleProperty());
        done.setOnAction(event -> model.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(10, spacer, cancel, confirm, done);
        footer.setAlignment(Pos.CENTER_RIGHT);

        VBox pane = new VBox(12, title, next, summaries, list, outcome, footer);
        pane.getStyleClass().add("update-changes-pane");
        return pane;
    }

    private static Label summary(String id, String what, StringProperty text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("update-summary");
        label.textProperty().bind(Bindings.concat(what, ": ", text));
        label.accessibleTextProperty().bind(label.textProperty());
        return label;
    }
}
