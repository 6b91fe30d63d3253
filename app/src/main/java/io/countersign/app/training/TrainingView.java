package io.countersign.app.training;

import io.countersign.app.review.ReviewView;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The training section: before a session, how to start one; during it, the session bar with the
 * score, the case list, the case in the normal review layout, and the decision form or the feedback.
 */
public final class TrainingView extends StackPane {
    private final TrainingViewModel model;
    private final ListView<CaseRow> list = new ListView<>();

    public TrainingView(TrainingViewModel model) {
        this.model = model;
        setId("section-training");
        getStyleClass().add("training-view");
        TrainingStartView start = new TrainingStartView(model);
        BorderPane session = new BorderPane();
        session.getStyleClass().add("training-session");
        session.setTop(sessionBar());
        SplitPane body = new SplitPane(caseList(), new ReviewView(model.review()), traineePanel());
        body.setId("training-body");
        body.setDividerPositions(0.19, 0.69);
        session.setCenter(body);
        start.visibleProperty().bind(model.sessionProperty().isNull());
        session.visibleProperty().bind(model.sessionProperty().isNotNull());
        getChildren().addAll(start, session);
        new PresenterWindow(model.presenter(), this);
    }

    private HBox sessionBar() {
        FontIcon icon = new FontIcon(Material2MZ.SCHOOL);
        icon.getStyleClass().add("session-icon");
        Label title = new Label();
        title.setId("training-casebook");
        title.getStyleClass().add("session-title");
        title.textProperty()
                .bind(model.sessionProperty().map(s -> s.casebook().title()).orElse(""));
        Label workspace = new Label("Training workspace", new FontIcon(Material2AL.FOLDER_OPEN));
        workspace.setId("training-workspace");
        workspace.getStyleClass().add("training-chip");
        Tooltip where = new Tooltip();
        where.textProperty()
                .bind(model.sessionProperty()
                        .map(s -> "Decisions are signed with training keys and stored only in " + s.folder())
                        .orElse(""));
        workspace.setTooltip(where);
        workspace.accessibleTextProperty().bind(where.textProperty());
        VBox titles = new VBox(2, title, workspace);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        SessionScoreView score = new SessionScoreView(model.scoreProperty(), Bindings.size(model.cases()));
        Button presenter = new Button("Presenter mode", new FontIcon(Material2MZ.PRESENT_TO_ALL));
        presenter.setId("training-presenter");
        presenter.setAccessibleText("Presenter mode: step through the cases full-window for a class");
        presenter.setTooltip(new Tooltip("Full-window, large type; ← → step, R reveal, Esc leave"));
        presenter.setOnAction(event -> model.startPresenting());
        Button other = new Button("Open…", new FontIcon(Material2AL.FOLDER_OPEN));
        other.setId("training-open-other");
        other.setAccessibleText("Open another casebook file in a new training workspace");
        other.setOnAction(event -> model.openFile());
        other.disableProperty().bind(model.openingProperty());
        HBox bar = new HBox(14, icon, titles, spacer, score, presenter, other);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("training-bar");
        return bar;
    }

    private VBox caseList() {
        Label heading = new Label("Cases");
        heading.getStyleClass().add("pane-heading");
        list.setId("training-cases");
        list.setAccessibleText("Training cases");
        list.getStyleClass().add("case-list");
        list.setItems(model.cases());
        list.setCellFactory(view -> new CaseCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, was, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
                list.scrollTo(now);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(heading, list);
        box.getStyleClass().add("case-list-pane");
        box.setMinWidth(220);
        return box;
    }

    private ScrollPane traineePanel() {
        TraineeDecisionView decision = new TraineeDecisionView(model.decision(), model::submit);
        FeedbackView feedback = new FeedbackView(model.feedbackProperty(), this::nextCase);
        decision.visibleProperty().bind(model.feedbackProperty().isNull());
        decision.managedProperty().bind(decision.visibleProperty());
        feedback.visibleProperty().bind(model.feedbackProperty().isNotNull());
        feedback.managedProperty().bind(feedback.visibleProperty());
        VBox panel = new VBox(decision, feedback);
        panel.getStyleClass().add("trainee-panel");
        ScrollPane scroll = new ScrollPane(panel);
        scroll.setId("training-panel");
        scroll.setFitToWidth(true);
        scroll.setMinWidth(400);
        scroll.getStyleClass().add("trainee-panel-scroll");
        model.selectedProperty().addListener((obs, was, now) -> scroll.setVvalue(0));
        return scroll;
    }

    private void nextCase() {
        model.nextCase();
        list.requestFocus();
    }

    /** Keyboard into the case list, for the start of a session. */
    public void focusCases() {
        list.requestFocus();
    }
}
