package io.countersign.app.review;

import io.countersign.app.common.MarkLabel;
import io.countersign.app.common.Marks;
import io.countersign.model.finding.Evidence;
import io.countersign.model.finding.Finding;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One finding: severity, status, rule and summary; when selected, also why, the evidence, the fix and references. */
final class FindingCell extends ListCell<Finding> {
    private static final PseudoClass LINKED = PseudoClass.getPseudoClass("linked");
    private final ListView<Finding> list;
    private final ReviewViewModel model;

    FindingCell(ListView<Finding> list, ReviewViewModel model) {
        this.list = list;
        this.model = model;
        getStyleClass().add("finding-cell");
        selectedProperty().addListener((obs, was, now) -> updateItem(getItem(), isEmpty()));
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Finding finding, boolean empty) {
        super.updateItem(finding, empty);
        pseudoClassStateChanged(
                LINKED, !empty && finding != null && model.linkedFindings().contains(finding));
        if (empty || finding == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        Label rule = new Label(
                finding.rule().code() + "  ·  " + finding.rule().group().title());
        rule.getStyleClass().add("finding-rule");
        Label title = new Label(finding.rule().title());
        title.getStyleClass().add("finding-title");
        title.setMinWidth(0);
        HBox top = new HBox(
                8,
                MarkLabel.of(Marks.severity(finding.severity())),
                MarkLabel.chip(Marks.status(finding.status())),
                title);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(4, top, wrapped(finding.summary(), "finding-summary"), rule);
        if (isSelected()) {
            card.getChildren().add(section("Why it matters", finding.explanation()));
            if (!finding.evidence().isEmpty()) {
                card.getChildren()
                        .add(section(
                                "Evidence",
                                finding.evidence().stream()
                                        .map(FindingCell::evidence)
                                        .collect(Collectors.joining("\n"))));
            }
            card.getChildren().add(section("What would fix it", finding.remediation()));
            if (!finding.references().isEmpty()) {
                FlowPane references = new FlowPane(6, 4);
                finding.references().forEach(ref -> {
                    Label chip = new Label(ref);
                    chip.getStyleClass().add("reference-chip");
                    references.getChildren().add(chip);
                });
                card.getChildren().add(references);
            }
        }
        card.getStyleClass().add("finding-card");
        card.maxWidthProperty().bind(list.widthProperty().subtract(36));
        card.prefWidthProperty().bind(list.widthProperty().subtract(36));
        setGraphic(card);
        setAccessibleText(finding.severity().code() + " " + finding.status().code() + " finding "
                + finding.rule().code() + ": " + finding.summary());
    }

    private static String evidence(Evidence evidence) {
        return "• " + (evidence.identity() == null ? "" : evidence.identity() + " · ") + evidence.item() + " · "
                + evidence.path();
    }

    private VBox section(String heading, String text) {
        Label title = new Label(heading);
        title.getStyleClass().add("finding-section");
        return new VBox(1, title, wrapped(text == null ? "—" : text, "finding-text"));
    }

    private Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
