package io.countersign.app.workbench;

import atlantafx.base.theme.Styles;
import io.countersign.app.common.LazyView;
import io.countersign.app.decision.DecisionBar;
import io.countersign.app.decision.DecisionView;
import io.countersign.app.queue.QueueView;
import io.countersign.app.review.ReviewView;
import io.countersign.app.snapshot.SnapshotUpdateView;
import io.countersign.app.workspace.ApproverPicker;
import io.countersign.app.workspace.KeySetupView;
import io.countersign.app.workspace.WorkspaceStartView;
import io.countersign.app.workspace.WorkspaceViewModel;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
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

/** The window's frame: app bar, navigation rail, the current section, and the status bar. */
public final class WorkbenchView extends BorderPane {
    private final WorkbenchViewModel model;
    private final QueueView queueView;
    private final ReviewView reviewView;
    private final DecisionView decisionView;
    private final Map<Section, Node> sections = new EnumMap<>(Section.class);
    private final StackPane center;

    public WorkbenchView(WorkbenchViewModel model) {
        this.model = model;
        setId("workbench");
        getStyleClass().add("workbench");
        queueView = new QueueView(model.queue());
        reviewView = new ReviewView(model.review());
        // Built with the window (unlike the other hidden screens): it is a small frame, its form is made per decision.
        decisionView = new DecisionView(model.decision());
        // Deciding takes the queue's place, so the diff and findings stay in view beside the form.
        decisionView.visibleProperty().bind(model.decision().decidingProperty());
        queueView.visibleProperty().bind(model.decision().decidingProperty().not());
        StackPane queueOrDecision = new StackPane(queueView, decisionView);
        BorderPane reviewAndBar = new BorderPane(reviewView);
        reviewAndBar.setBottom(new DecisionBar(model.decision()));
        SplitPane queueAndReview = new SplitPane(queueOrDecision, reviewAndBar);
        queueAndReview.setId("queue-split");
        queueAndReview.setDividerPositions(0.45);
        SplitPane.setResizableWithParent(queueOrDecision, false);
        sections.put(Section.QUEUE, new StackPane(queueAndReview, workspaceStart(), keySetup(), snapshotUpdate()));
        for (Section section : Section.values()) {
            if (!section.isAvailable()) {
                sections.put(section, new LazyView<>(() -> new ComingSoonView(section)));
            }
        }
        center = new StackPane(sections.values().toArray(Node[]::new));
        center.getStyleClass().add("workbench-center");
        setTop(appBar());
        setLeft(navigation());
        setCenter(center);
        setBottom(statusBar());
        model.sectionProperty().addListener((obs, was, now) -> showSection(now));
        showSection(model.sectionProperty().get());
    }

    /** Covers the queue while there is no workspace (when one is wanted). */
    private LazyView<WorkspaceStartView> workspaceStart() {
        LazyView<WorkspaceStartView> start = new LazyView<>(() -> new WorkspaceStartView(model.workspace()));
        start.visibleProperty()
                .bind(model.workspace()
                        .requiredProperty()
                        .and(model.workspace().sessionProperty().isNull()));
        return start;
    }

    /** Covers the queue while the workspace has no key to sign with, or another approver is added. */
    private LazyView<KeySetupView> keySetup() {
        LazyView<KeySetupView> setup = new LazyView<>(() -> new KeySetupView(model.keySetup()));
        setup.visibleProperty().bind(model.workspace().stageProperty().isEqualTo(WorkspaceViewModel.Stage.NEEDS_KEY));
        setup.visibleProperty().addListener((obs, was, now) -> {
            if (now) {
                setup.view().prepare();
            }
        });
        return setup;
    }

    /** Covers the queue while the user updates the snapshot; built the first time it is shown. */
    private LazyView<SnapshotUpdateView> snapshotUpdate() {
        LazyView<SnapshotUpdateView> update = new LazyView<>(() -> new SnapshotUpdateView(model.snapshotUpdate()));
        update.visibleProperty().bind(model.snapshotUpdate().showingProperty());
        return update;
    }

    /** Puts a feature's view in its place in the shell (features build their own views; see Workbench.create). */
    void putSection(Section section, Node view) {
        Node old = sections.put(section, view);
        if (old != null) {
            center.getChildren().set(center.getChildren().indexOf(old), view);
        } else {
            center.getChildren().add(view);
        }
        showSection(model.sectionProperty().get());
    }

    private void showSection(Section section) {
        sections.forEach((key, node) -> node.setVisible(key == section));
    }

    private HBox appBar() {
        FontIcon logo = new FontIcon(Material2MZ.VERIFIED_USER);
        logo.getStyleClass().add("brand-icon");
        Label brand = new Label("Countersign", logo);
        brand.getStyleClass().add("brand");
        brand.setMinWidth(Region.USE_PREF_SIZE);
        Label source = new Label();
        source.textProperty().bind(model.queue().sourceDescriptionProperty());
        source.setId("source-description");
        source.getStyleClass().add("source-chip");
        source.setMaxWidth(320);
        Tooltip sourceTip = new Tooltip();
        sourceTip.textProperty().bind(source.textProperty());
        source.setTooltip(sourceTip);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button shortcuts = new Button("Shortcuts", new FontIcon(Material2AL.KEYBOARD));
        shortcuts.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        shortcuts.setId("shortcuts-button");
        shortcuts.setAccessibleText("Show keyboard shortcuts (question mark or F1)");
        shortcuts.setTooltip(new Tooltip("Keyboard shortcuts  ( ? )"));
        shortcuts.getStyleClass().addAll(Styles.FLAT);
        shortcuts.setFocusTraversable(false);
        shortcuts.setOnAction(event -> model.showShortcuts());
        Button theme = new Button();
        theme.setId("theme-toggle");
        theme.setFocusTraversable(false);
        theme.getStyleClass().addAll(Styles.FLAT);
        theme.setTooltip(new Tooltip("Switch light / dark theme  ( Ctrl+Shift+L )"));
        theme.setOnAction(event -> model.toggleTheme());
        theme.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        Runnable showTheme = () -> {
            boolean dark = model.themeProperty().get() == ThemeChoice.DARK;
            theme.setText(dark ? "Light theme" : "Dark theme");
            theme.setGraphic(new FontIcon(dark ? Material2AL.BRIGHTNESS_7 : Material2AL.BRIGHTNESS_4));
            theme.setAccessibleText(dark ? "Switch to the light theme" : "Switch to the dark theme");
        };
        model.themeProperty().addListener((obs, was, now) -> showTheme.run());
        showTheme.run();
        Button update = new Button("Update snapshot", new FontIcon(Material2MZ.SYNC));
        update.setId("update-snapshot-button");
        update.setAccessibleText("Update the workspace's snapshot from a snapshot, SCIM or AWS export (Ctrl+U)");
        update.setTooltip(new Tooltip("Update the snapshot from a snapshot, SCIM or AWS export  ( Ctrl+U )"));
        update.getStyleClass().addAll(Styles.FLAT);
        update.setFocusTraversable(false);
        update.disableProperty().bind(model.workspace().sessionProperty().isNull());
        update.setOnAction(event -> model.updateSnapshot());
        HBox bar = new HBox(12, brand, source, new ApproverPicker(model.workspace()), spacer, update, shortcuts, theme);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("app-bar");
        return bar;
    }

    private VBox navigation() {
        ToggleGroup group = new ToggleGroup();
        VBox rail = new VBox(4);
        rail.getStyleClass().add("nav-rail");
        rail.setId("navigation");
        for (Section section : Section.values()) {
            ToggleButton button = new ToggleButton(section.title(), new FontIcon(section.icon()));
            button.setId("nav-" + section.name().toLowerCase(Locale.ROOT));
            button.setContentDisplay(ContentDisplay.TOP);
            button.setToggleGroup(group);
            button.setUserData(section);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("nav-button");
            button.setAccessibleText(section.title() + (section.isAvailable() ? "" : " (coming soon)"));
            button.setFocusTraversable(false);
            rail.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true); // a rail always has one place selected
            } else {
                model.sectionProperty().set((Section) now.getUserData());
            }
        });
        model.sectionProperty()
                .addListener((obs, was, now) -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == now)));
        group.getToggles()
                .forEach(t ->
                        t.setSelected(t.getUserData() == model.sectionProperty().get()));
        return rail;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status-text");
        status.textProperty().bind(model.statusText());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint =
                new Label("J / K next · previous    F findings    A E R C decide    Ctrl+Enter sign    ?  shortcuts");
        hint.getStyleClass().add("status-hint");
        HBox bar = new HBox(12, status, spacer, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** Puts a built section in place of its "coming soon" placeholder. */
    void showBuilt(Section section, Node view) {
        putSection(section, view);
        lookup("#nav-" + section.name().toLowerCase(Locale.ROOT)).setAccessibleText(section.title());
    }

    public QueueView queueView() {
        return queueView;
    }

    public ReviewView reviewView() {
        return reviewView;
    }

    public DecisionView decisionView() {
        return decisionView;
    }
}
