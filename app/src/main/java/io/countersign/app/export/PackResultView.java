package io.countersign.app.export;

import atlantafx.base.theme.Styles;
import io.countersign.app.common.MarkLabel;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The result card: the written pack's path, size, digest and decisions, and its verification read back from disk. */
final class PackResultView extends VBox {
    private final ExportViewModel model;
    private final GridPane facts = new GridPane();
    private final VBox verification = new VBox(10);
    private final VBox card;

    PackResultView(ExportViewModel model) {
        this.model = model;
        setId("export-result");
        getStyleClass().add("export-result-area");
        Label empty = new Label(
                "The pack you export appears here, with its digest and a one-click verification.",
                new FontIcon(Material2MZ.UNARCHIVE));
        empty.setId("export-result-empty");
        empty.getStyleClass().add("export-result-empty");
        empty.setWrapText(true);
        Label title = new Label("Pack written", new FontIcon(Material2AL.CHECK_CIRCLE));
        title.setId("export-result-title");
        title.getStyleClass().addAll(Styles.TITLE_4, "export-result-title");
        facts.getStyleClass().add("export-facts");
        Button verify = new Button("Verify this pack", new FontIcon(Material2MZ.VERIFIED_USER));
        verify.setId("export-verify");
        verify.setAccessibleText("Verify the written pack as an auditor would");
        verify.disableProperty().bind(model.check().checkingProperty());
        verify.setOnAction(event -> model.verifyPack());
        ProgressIndicator checking = new ProgressIndicator();
        checking.setPrefSize(20, 20);
        checking.visibleProperty().bind(model.check().checkingProperty());
        Label checkingText = new Label("Reading the pack back from disk and verifying it…");
        checkingText.visibleProperty().bind(model.check().checkingProperty());
        HBox actions = new HBox(10, verify, checking, checkingText);
        actions.setAlignment(Pos.CENTER_LEFT);
        card = new VBox(12, title, facts, actions, verification);
        card.getStyleClass().add("export-result-card");
        VBox.setVgrow(verification, Priority.ALWAYS);
        VBox.setVgrow(card, Priority.ALWAYS);
        model.resultProperty().addListener((obs, was, now) -> show(now, empty));
        model.check().resultProperty().addListener((obs, was, now) -> showCheck());
        model.check().problemProperty().addListener((obs, was, now) -> showCheck());
        show(model.resultProperty().get(), empty);
    }

    private void show(ExportedPack pack, Label empty) {
        if (pack == null) {
            getChildren().setAll(empty);
            return;
        }
        facts.getChildren().clear();
        addFact(0, "File", pack.file().toString(), "export-fact-file");
        addFact(1, "Size", pack.sizeLabel() + " (" + pack.sizeBytes() + " bytes)", "export-fact-size");
        addFact(2, "SHA-256", pack.digest(), "export-fact-digest");
        addFact(
                3,
                "Decisions",
                pack.decisions() + " decision record" + (pack.decisions() == 1 ? "" : "s"),
                "export-fact-decisions");
        addFact(4, "Signed by", pack.exporter(), "export-fact-exporter");
        addFact(5, "Recorded", "as record " + pack.exportSeq() + " in the evidence chain", "export-fact-recorded");
        showCheck();
        getChildren().setAll(card);
    }

    private void addFact(int row, String name, String value, String id) {
        Label label = new Label(name);
        label.getStyleClass().add("export-label");
        label.setMinWidth(Label.USE_PREF_SIZE);
        Label text = new Label(value);
        text.setId(id);
        text.setWrapText(true);
        text.getStyleClass().add(name.equals("SHA-256") || name.equals("File") ? "export-technical" : "export-fact");
        GridPane.setHgrow(text, Priority.ALWAYS);
        facts.addRow(row, label, text);
    }

    private void showCheck() {
        PackCheck check = model.check().resultProperty().get();
        String problem = model.check().problemProperty().get();
        if (!problem.isEmpty()) {
            Label label = new Label(problem, new FontIcon(Material2AL.ERROR));
            label.setId("export-check-problem");
            label.getStyleClass().add("export-message");
            label.setWrapText(true);
            verification.getChildren().setAll(label);
            return;
        }
        if (check == null) {
            verification.getChildren().clear();
            return;
        }
        Label verdict = MarkLabel.chip(check.mark());
        verdict.setId("export-check-verdict");
        verdict.getStyleClass().add("export-verdict");
        Label headline = new Label(check.headline());
        headline.setId("export-check-headline");
        headline.setWrapText(true);
        headline.getStyleClass().add("export-check-headline");
        HBox top = new HBox(12, verdict, headline);
        top.setAlignment(Pos.CENTER_LEFT);
        Label key = new Label(
                "Exporter key: " + check.exporterKey()
                        + ". An auditor compares it with the key obtained another way: a pack cannot vouch for its own exporter.");
        key.setWrapText(true);
        key.getStyleClass().add("muted");
        VBox box = new VBox(8, top, key);
        check.packIssues().forEach(issue -> {
            Label line = new Label(issue, new FontIcon(Material2MZ.REPORT));
            line.setWrapText(true);
            line.getStyleClass().add("export-message");
            box.getChildren().add(line);
        });
        TableView<PackCheck.RecordLine> records = records(check);
        VBox.setVgrow(records, Priority.ALWAYS);
        box.getChildren().add(records);
        VBox.setVgrow(box, Priority.ALWAYS);
        box.getStyleClass().add("export-check");
        verification.getChildren().setAll(box);
    }

    private static TableView<PackCheck.RecordLine> records(PackCheck check) {
        TableView<PackCheck.RecordLine> table = new TableView<>();
        table.setId("export-check-records");
        table.setAccessibleText("Verdict per decision record");
        table.getStyleClass().add("export-check-records");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("The pack holds no decision records"));
        table.getItems().setAll(check.records());
        table.getColumns()
                .setAll(List.of(
                        column("Seq", 52, line -> new Label(String.valueOf(line.seq()))),
                        column("Verdict", 110, line -> MarkLabel.of(line.mark())),
                        column("Draft", 120, line -> new Label(line.draft())),
                        column("Approver", 130, line -> new Label(line.approver())),
                        column("Reason codes", 260, line -> {
                            Label codes = new Label(line.codes() + (line.valid() ? "" : " · " + line.meaning()));
                            codes.getStyleClass().add(line.valid() ? "export-codes" : "export-codes-bad");
                            return codes;
                        })));
        return table;
    }

    private static TableColumn<PackCheck.RecordLine, PackCheck.RecordLine> column(
            String title, double width, Function<PackCheck.RecordLine, Label> graphic) {
        TableColumn<PackCheck.RecordLine, PackCheck.RecordLine> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(PackCheck.RecordLine line, boolean empty) {
                super.updateItem(line, empty);
                setGraphic(empty || line == null ? null : graphic.apply(line));
            }
        });
        return column;
    }
}
