package io.countersign.app.history;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.countersign.app.common.MarkLabel;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The selected record in full: what was signed, laid out as facts, line items, findings, mitigations and advice. */
final class RecordDetailView extends ScrollPane {
    private final HistoryViewModel model;
    private final VBox content = new VBox(14);

    RecordDetailView(HistoryViewModel model) {
        this.model = model;
        setId("history-details");
        getStyleClass().addAll("history-details", Tweaks.EDGE_TO_EDGE);
        setFitToWidth(true);
        content.getStyleClass().add("history-details-content");
        setContent(content);
        model.selectedProperty().addListener((obs, was, now) -> show());
        show();
    }

    private void show() {
        HistoryRow row = model.selectedProperty().get();
        if (row == null) {
            content.getChildren().setAll(placeholder("Select a record to see what was signed."));
            setAccessibleText("No record selected");
        } else if (row.broken()) {
            content.getChildren().setAll(broken(row));
            setAccessibleText("Record " + row.seq() + " failed verification");
        } else {
            content.getChildren().setAll(decision(model.details()));
            setAccessibleText("Record " + row.seq() + " details");
        }
    }

    private static Node placeholder(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        return label;
    }

    private static Node[] broken(HistoryRow row) {
        Label title = new Label("Record " + row.seq() + " failed verification");
        title.setId("history-detail-title");
        title.getStyleClass().addAll(Styles.TITLE_4, "history-detail-broken");
        title.setGraphic(new FontIcon(Material2MZ.REPORT));
        title.setWrapText(true);
        Label why = new Label("Why: " + EntryReasonText.of(row.verdict().reason()) + ".");
        why.setWrapText(true);
        Label code = new Label("Reason code " + row.verdict().reason().name()
                + (row.verdict().detail() == null ? "" : " · " + row.verdict().detail()));
        code.getStyleClass().add("history-technical");
        code.setWrapText(true);
        Label withheld =
                new Label("Its content is not shown: nothing in a record that fails verification can be trusted.");
        withheld.getStyleClass().add("muted");
        withheld.setWrapText(true);
        return new Node[] {title, why, code, withheld};
    }

    private static Node[] decision(RecordDetails details) {
        Label title = new Label(details.heading());
        title.setId("history-detail-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        Label kind = new Label(details.subheading());
        kind.getStyleClass().add("muted");
        Label outcome = MarkLabel.chip(details.outcome());
        outcome.setId("history-detail-outcome");
        Label verified = MarkLabel.chip(EvidenceMarks.verified());
        HBox marks = new HBox(8, outcome, verified);
        marks.setAlignment(Pos.CENTER_LEFT);
        VBox head = new VBox(4, marks, title, kind);

        GridPane facts = new GridPane();
        facts.setId("history-detail-facts");
        facts.getStyleClass().add("history-facts");
        int line = 0;
        for (RecordDetails.Fact fact : details.facts()) {
            Label label = new Label(fact.label());
            label.getStyleClass().add("history-fact-label");
            label.setMinWidth(Label.USE_PREF_SIZE);
            Label value = new Label(fact.value());
            value.setWrapText(true);
            value.getStyleClass().add(fact.technical() ? "history-technical" : "history-fact-value");
            GridPane.setHgrow(value, Priority.ALWAYS);
            facts.addRow(line++, label, value);
        }
        return new Node[] {
            head,
            facts,
            section("Line items", lineItems(details)),
            section("Acknowledged findings", list(details.acknowledged(), "None acknowledged", Material2AL.CHECK)),
            section("Mitigations", list(details.mitigations(), "None", Material2MZ.SECURITY)),
            section("AI recommendation · advisory", advice(details.advice()))
        };
    }

    private static VBox section(String title, Node body) {
        Label heading = new Label(title);
        heading.getStyleClass().add("history-section-title");
        heading.setMaxWidth(Double.MAX_VALUE);
        return new VBox(6, heading, body);
    }

    private static Node lineItems(RecordDetails details) {
        VBox items = new VBox(4);
        items.setId("history-detail-items");
        if (details.lineItems().isEmpty()) {
            items.getChildren().add(placeholder("No access line items (not an access change)"));
        }
        for (RecordDetails.ItemChoice item : details.lineItems()) {
            FontIcon icon =
                    new FontIcon(item.approved() ? Material2AL.CHECK_CIRCLE : Material2MZ.REMOVE_CIRCLE_OUTLINE);
            Label word = new Label(item.approved() ? "Approved" : "Not approved", icon);
            word.getStyleClass().addAll("mark", item.approved() ? "outcome-approve" : "outcome-left-out");
            word.setMinWidth(Label.USE_PREF_SIZE);
            Label text = new Label(item.item() + " · " + item.expiry());
            text.setWrapText(true);
            HBox row = new HBox(8, word, text);
            row.setAlignment(Pos.TOP_LEFT);
            items.getChildren().add(row);
        }
        return items;
    }

    private static Node list(List<String> values, String none, Ikon ikon) {
        VBox box = new VBox(4);
        if (values.isEmpty()) {
            box.getChildren().add(placeholder(none));
        }
        values.forEach(value -> {
            Label label = new Label(value, new FontIcon(ikon));
            label.setWrapText(true);
            label.getStyleClass().add("history-list-item");
            box.getChildren().add(label);
        });
        return box;
    }

    private static Node advice(RecordDetails.Advice advice) {
        Label suggested = new Label("Suggested: " + advice.recommendation() + " · confidence " + advice.confidence());
        suggested.getStyleClass().add("history-advice-line");
        Label drafter = new Label("from " + advice.drafter());
        drafter.getStyleClass().add("muted");
        Label diverged = new Label(
                advice.diverged()
                        ? "The approver decided differently from the assistant"
                        : "The approver decided as the assistant suggested",
                new FontIcon(advice.diverged() ? Material2MZ.PSYCHOLOGY : Material2AL.DONE));
        diverged.setId("history-detail-diverged");
        diverged.getStyleClass().addAll("mark", advice.diverged() ? "advice-diverged" : "advice-followed");
        diverged.setWrapText(true);
        VBox box = new VBox(4, suggested, drafter, diverged);
        box.getStyleClass().add("history-advice");
        return box;
    }
}
