package io.countersign.app.training;

import atlantafx.base.theme.Styles;
import io.countersign.app.common.MarkLabel;
import io.countersign.app.common.Marks;
import io.countersign.model.finding.Finding;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** One case in large type for a class: asked vs proposed, what changes, the findings; the answer on reveal. */
final class PresenterView extends BorderPane {
    private final PresenterViewModel model;
    private final Button reveal = button(
            "presenter-reveal", "Reveal", Material2MZ.VISIBILITY, "Reveal the expected outcome and notes (R or Space)");

    PresenterView(PresenterViewModel model) {
        this.model = model;
        setId("presenter");
        getStyleClass().add("presenter");
        setFocusTraversable(true);
        setAccessibleText(
                "Presenter mode. Left and right arrows step through cases, R reveals the answer, Escape leaves.");
        reveal.setOnAction(event -> model.toggleReveal());
        setBottom(controls());
        model.slideProperty().addListener((obs, was, now) -> show());
        model.revealedProperty().addListener((obs, was, now) -> show());
        show();
    }

    private void show() {
        PresenterSlide slide = model.slideProperty().get();
        boolean revealed = model.revealedProperty().get();
        reveal.setText(revealed ? "Hide answer" : "Reveal");
        reveal.setGraphic(new FontIcon(revealed ? Material2MZ.VISIBILITY_OFF : Material2MZ.VISIBILITY));
        if (slide == null) {
            setTop(null);
            setCenter(null);
            return;
        }
        setTop(header(slide));
        GridPane columns = new GridPane();
        columns.getStyleClass().add("presenter-columns");
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        columns.getColumnConstraints().addAll(half, half);
        VBox left = draftColumn(slide);
        // The answer sits under the draft, in view without scrolling, beside the findings it refers to.
        left.getChildren().add(revealed ? answer(slide) : hiddenAnswer());
        columns.add(left, 0, 0);
        columns.add(findingsColumn(slide, revealed), 1, 0);
        VBox body = new VBox(18, columns);
        body.getStyleClass().add("presenter-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("presenter-scroll");
        setCenter(scroll);
        setAccessibleText(slide.position() + ": " + slide.trainingCase().title()
                + (revealed ? ". Answer shown." : ". Answer hidden."));
    }

    private Node header(PresenterSlide slide) {
        Label position = new Label(slide.position());
        position.setId("presenter-position");
        position.getStyleClass().add("presenter-position");
        Label kind = MarkLabel.chip(Marks.kind(slide.trainingCase().draft().kind()));
        Label difficulty =
                MarkLabel.chip(TrainingMarks.difficulty(slide.trainingCase().difficulty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label keys = new Label("←  →  step     R  reveal     Esc  leave");
        keys.getStyleClass().add("presenter-keys");
        HBox meta = new HBox(12, position, kind, difficulty, spacer, keys);
        meta.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(slide.trainingCase().title());
        title.setId("presenter-title");
        title.getStyleClass().add("presenter-title");
        title.setWrapText(true);
        Label draft =
                new Label(slide.summary().title() + "  ·  " + slide.summary().reference());
        draft.getStyleClass().add("presenter-subtitle");
        VBox header = new VBox(6, meta, title, draft);
        header.getStyleClass().add("presenter-header");
        return header;
    }

    private VBox draftColumn(PresenterSlide slide) {
        VBox column = new VBox(
                10,
                section("Asked for", Material2MZ.PERSON),
                text(slide.summary().requestText(), "presenter-request"),
                section("The draft proposes", Material2AL.DESCRIPTION),
                text(
                        slide.summary().proposal().isEmpty()
                                ? "No change to access."
                                : "• " + String.join("\n• ", slide.summary().proposal()),
                        "presenter-proposal"));
        if (!slide.highlights().isEmpty()) {
            column.getChildren().add(section("What changes", Material2MZ.SWAP_HORIZ));
            VBox rows = new VBox(6);
            rows.setId("presenter-highlights");
            for (PresenterSlide.Highlight line :
                    slide.highlights().stream().limit(8).toList()) {
                Label text = new Label(line.text());
                text.getStyleClass().add("highlight-text");
                text.setWrapText(true);
                Label detail = new Label(line.detail());
                detail.getStyleClass().add("highlight-detail");
                detail.setWrapText(true);
                HBox row = new HBox(10, MarkLabel.of(Marks.change(line.change())), new VBox(0, text, detail));
                row.getStyleClass().add("highlight-row");
                rows.getChildren().add(row);
            }
            column.getChildren().add(rows);
        }
        column.getStyleClass().add("presenter-column");
        column.setMinWidth(0);
        return column;
    }

    private VBox findingsColumn(PresenterSlide slide, boolean revealed) {
        VBox column = new VBox(10, section("Findings · " + slide.findings().size(), Material2MZ.RULE));
        VBox list = new VBox(8);
        list.setId("presenter-findings");
        Set<String> mustNotice = Set.copyOf(slide.trainingCase().expected().mustNotice());
        for (Finding finding : slide.findings()) {
            Label title =
                    new Label(finding.rule().code() + " · " + finding.rule().title());
            title.getStyleClass().add("presenter-finding-title");
            title.setWrapText(true);
            HBox top = new HBox(
                    10,
                    MarkLabel.of(Marks.severity(finding.severity())),
                    MarkLabel.chip(Marks.status(finding.status())),
                    title);
            top.setAlignment(Pos.CENTER_LEFT);
            Label summary = new Label(finding.summary());
            summary.setWrapText(true);
            summary.getStyleClass().add("presenter-finding-summary");
            VBox card = new VBox(4, top, summary);
            card.getStyleClass().add("presenter-finding");
            if (revealed && mustNotice.contains(finding.rule().code())) {
                card.getStyleClass().add("must-notice");
                Label star = new Label("Must notice", new FontIcon(Material2MZ.STAR));
                star.getStyleClass().add("must-notice-tag");
                star.setMinWidth(Region.USE_PREF_SIZE);
                card.getChildren().addFirst(star);
            }
            list.getChildren().add(card);
        }
        if (slide.findings().isEmpty()) {
            list.getChildren().add(text("No findings: the engine sees nothing to flag.", "presenter-no-findings"));
        }
        column.getChildren().add(list);
        column.getStyleClass().add("presenter-column");
        return column;
    }

    private Node hiddenAnswer() {
        Label hidden = new Label(
                "What would a careful reviewer decide, and what must they notice?  Press R to reveal.",
                new FontIcon(Material2AL.LIGHTBULB));
        hidden.setWrapText(true);
        hidden.setMinHeight(Region.USE_PREF_SIZE);
        hidden.setId("presenter-answer-hidden");
        hidden.getStyleClass().add("presenter-hidden");
        hidden.setMaxWidth(Double.MAX_VALUE);
        return hidden;
    }

    private Node answer(PresenterSlide slide) {
        var expected = slide.trainingCase().expected();
        Label outcome = MarkLabel.chip(TrainingMarks.outcome(expected.outcome()));
        outcome.setId("presenter-expected");
        HBox top = new HBox(12, caption("Expected outcome"), outcome);
        top.setAlignment(Pos.CENTER_LEFT);
        FlowPane notice = new FlowPane(8, 8);
        notice.setId("presenter-must-notice");
        notice.setMinWidth(0);
        notice.setPrefWrapLength(420); // wrap inside the half-width column instead of widening it
        slide.mustNotice().forEach(rule -> {
            Label chip = new Label(rule.text(), new FontIcon(Material2MZ.STAR));
            chip.setTooltip(new javafx.scene.control.Tooltip(rule.detail()));
            chip.setAccessibleText("Must notice " + rule.text() + ", " + rule.detail());
            chip.getStyleClass().add("must-notice-chip");
            notice.getChildren().add(chip);
        });
        if (slide.mustNotice().isEmpty()) {
            notice.getChildren().add(text("Nothing to flag: a clean case.", "presenter-clean"));
        }
        VBox answer = new VBox(
                10,
                top,
                caption("Must notice"),
                notice,
                caption("Why"),
                text(expected.explanation(), "presenter-explanation"));
        String notes = slide.trainingCase().trainerNotes();
        if (notes != null && !notes.isBlank()) {
            answer.getChildren().addAll(caption("Trainer's notes"), text(notes, "presenter-notes"));
        }
        answer.setId("presenter-answer");
        answer.setMinWidth(0);
        answer.getStyleClass().add("presenter-answer");
        return answer;
    }

    private HBox controls() {
        Button previous = button(
                "presenter-previous", "Previous", Material2AL.CHEVRON_LEFT, "Previous case (Left arrow or Page Up)");
        previous.setOnAction(event -> model.previous());
        Button next =
                button("presenter-next", "Next", Material2AL.CHEVRON_RIGHT, "Next case (Right arrow or Page Down)");
        next.setOnAction(event -> model.next());
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        Button leave = button("presenter-leave", "Leave", Material2AL.CLOSE, "Leave presenter mode (Escape)");
        leave.setOnAction(event -> model.leave());
        reveal.getStyleClass().add(Styles.ACCENT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, previous, reveal, next, spacer, leave);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("presenter-controls");
        return bar;
    }

    private static Button button(String id, String text, Ikon icon, String accessible) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setAccessibleText(accessible);
        button.setFocusTraversable(false); // the keys drive it; Space must reveal, not press a focused button
        return button;
    }

    private static Label section(String text, Ikon icon) {
        Label label = new Label(text, new FontIcon(icon));
        label.getStyleClass().add("presenter-section");
        return label;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("presenter-caption");
        return label;
    }

    private static Label text(String text, String id) {
        Label label = new Label(text == null ? "—" : text);
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add("presenter-text");
        return label;
    }
}
