package io.countersign.app.queue;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import io.countersign.app.common.MarkLabel;
import io.countersign.app.common.Marks;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The queue pane: search, kind filter, severity badges that filter, and the table of drafts. */
public final class QueueView extends VBox {
    private static final List<SeverityFilter> BADGES = List.of(
            SeverityFilter.CRITICAL,
            SeverityFilter.HIGH,
            SeverityFilter.MEDIUM,
            SeverityFilter.LOW,
            SeverityFilter.NONE);

    private final QueueViewModel model;
    private final CustomTextField search = new CustomTextField();
    private final TableView<QueueItem> table;
    private boolean syncing;

    public QueueView(QueueViewModel model) {
        this.model = model;
        getStyleClass().add("queue-view");
        setId("queue-view");
        table = QueueTable.create(model);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(heading(), filters(), badges(), table);
        bindTable();
    }

    private HBox heading() {
        Label title = new Label("Pending drafts");
        title.getStyleClass().addAll(Styles.TITLE_4, "queue-title");
        Label count = new Label();
        count.setId("queue-count");
        count.getStyleClass().add("queue-count");
        count.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.shownProperty().get() + " of "
                                + model.allItems().size(),
                        model.shownProperty(),
                        model.allItems()));
        HBox heading = new HBox(10, title, count);
        heading.setAlignment(Pos.BASELINE_LEFT);
        heading.getStyleClass().add("queue-heading");
        return heading;
    }

    private HBox filters() {
        search.setId("queue-search");
        search.setPromptText("Search title, id, identity, ticket  ( / )");
        search.setAccessibleText("Search the queue");
        search.setLeft(new FontIcon(Material2MZ.SEARCH));
        search.textProperty().bindBidirectional(model.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        ComboBox<KindFilter> kind = new ComboBox<>();
        kind.setId("queue-kind-filter");
        kind.setAccessibleText("Filter by draft kind");
        kind.getItems().setAll(KindFilter.values());
        kind.valueProperty().bindBidirectional(model.kindFilterProperty());
        kind.setPrefWidth(170);
        CheckBox decided = new CheckBox("Show decided");
        decided.setId("queue-show-decided");
        decided.setAccessibleText("Show drafts that are already decided");
        decided.setMinWidth(Region.USE_PREF_SIZE);
        decided.selectedProperty().bindBidirectional(model.showDecidedProperty());
        HBox row = new HBox(8, search, kind, decided);
        row.getStyleClass().add("queue-filters");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox badges() {
        ToggleGroup group = new ToggleGroup();
        HBox row = new HBox(6);
        row.getStyleClass().add("queue-badges");
        row.setAlignment(Pos.CENTER_LEFT);
        for (SeverityFilter filter : BADGES) {
            ToggleButton badge = new ToggleButton();
            badge.setId("queue-badge-" + filter.name().toLowerCase(Locale.ROOT));
            badge.setToggleGroup(group);
            badge.setUserData(filter);
            badge.setGraphic(MarkLabel.icon(Marks.severity(filter.severity())));
            badge.getStyleClass()
                    .addAll("severity-badge", Marks.severity(filter.severity()).styleClass(), Styles.SMALL);
            badge.textProperty()
                    .bind(model.countProperty(filter)
                            .asString("%d " + Marks.severity(filter.severity()).word()));
            badge.setMinWidth(Region.USE_PREF_SIZE);
            badge.accessibleTextProperty()
                    .bind(model.countProperty(filter)
                            .asString("%d drafts with highest severity " + filter + "; press to filter"));
            row.getChildren().add(badge);
        }
        group.selectedToggleProperty()
                .addListener((obs, was, now) -> model.severityFilterProperty()
                        .set(now == null ? SeverityFilter.ALL : (SeverityFilter) now.getUserData()));
        model.severityFilterProperty()
                .addListener((obs, was, now) ->
                        group.getToggles().forEach(toggle -> toggle.setSelected(toggle.getUserData() == now)));
        Button clear = new Button("Clear");
        clear.setId("queue-clear-filters");
        clear.setAccessibleText("Clear search and filters");
        clear.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.setOnAction(event -> model.clearFilters());
        row.getChildren().add(clear);
        return row;
    }

    private void bindTable() {
        // The sorted view sorts itself whenever the table's order changes, so the table has nothing left to do.
        model.visibleItems().comparatorProperty().bind(QueueTable.rowOrder(table));
        table.setSortPolicy(sorted -> true);
        table.setItems(model.visibleItems());
        Label empty = new Label();
        empty.getStyleClass().add("queue-empty");
        empty.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.loadingProperty().get()
                                ? "Analysing pending drafts…"
                                : model.allItems().isEmpty()
                                        ? "No pending drafts. Try the sample queue with: countersign demo"
                                        : "No draft matches the search and filters.",
                        model.loadingProperty(),
                        model.allItems()));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (!syncing && now != null) {
                syncing = true;
                model.selectedProperty().set(now);
                syncing = false;
            }
        });
        model.selectedProperty().addListener((obs, was, now) -> showSelection(now));
        // Re-sorting or refiltering replaces rows; keep the model's selection on screen.
        model.visibleItems().addListener((javafx.collections.ListChangeListener<QueueItem>)
                change -> showSelection(model.selectedProperty().get()));
    }

    private void showSelection(QueueItem item) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            if (item == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != item) {
                table.getSelectionModel().select(item);
                int index = table.getSelectionModel().getSelectedIndex();
                if (index >= 0) {
                    table.scrollTo(Math.max(0, index - 3));
                }
            }
        } finally {
            syncing = false;
        }
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public void focusTable() {
        table.requestFocus();
    }

    public TableView<QueueItem> table() {
        return table;
    }
}
