package io.countersign.app.history;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import io.countersign.app.history.EvidenceAccess.KeyOwner;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The history section: chain status, filters, the records table and the selected record's details. */
public final class HistoryView extends BorderPane {
    static final String STYLESHEET = "/io/countersign/app/history/history.css";
    private final HistoryViewModel model;
    private final TableView<HistoryRow> table;

    public HistoryView(HistoryViewModel model) {
        this.model = model;
        setId("section-history");
        getStyleClass().add("history-view");
        getStylesheets()
                .add(Objects.requireNonNull(HistoryView.class.getResource(STYLESHEET), STYLESHEET)
                        .toExternalForm());
        table = HistoryTable.create(model);
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, was, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        RecordDetailView details = new RecordDetailView(model);
        SplitPane split = new SplitPane(table, details);
        split.setId("history-split");
        split.setDividerPositions(0.69);
        SplitPane.setResizableWithParent(details, false);
        VBox top = new VBox(10, heading(), new ChainBanner(model), filters());
        top.getStyleClass().add("history-top");
        setTop(top);
        setCenter(split);
    }

    private HBox heading() {
        Label title = new Label("Decision history");
        title.getStyleClass().add(Styles.TITLE_3);
        Label count = new Label();
        count.setId("history-count");
        count.getStyleClass().add("history-count");
        count.textProperty().bind(model.countProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button verify = new Button("Verify now", new FontIcon(Material2MZ.VERIFIED_USER));
        verify.setId("history-verify");
        verify.setAccessibleText("Verify the whole evidence chain now");
        verify.setTooltip(new Tooltip("Check every signature, key and chain link from the first record"));
        verify.disableProperty().bind(model.verifyingProperty());
        verify.setOnAction(event -> model.verify());
        HBox box = new HBox(10, title, count, spacer, verify);
        box.setAlignment(Pos.BASELINE_LEFT);
        return box;
    }

    private HBox filters() {
        CustomTextField search = new CustomTextField();
        search.setId("history-search");
        search.setPromptText("Search draft, title, approver, justification");
        search.setAccessibleText("Search decisions");
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setLeft(new FontIcon(Material2MZ.SEARCH));
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(360);
        ComboBox<KeyOwner> approver = new ComboBox<>(model.approvers());
        approver.setId("history-approver");
        approver.setAccessibleText("Filter by approver");
        approver.setConverter(new StringConverter<>() {
            @Override
            public String toString(KeyOwner owner) {
                return owner == null ? "" : owner.label();
            }

            @Override
            public KeyOwner fromString(String text) {
                return null;
            }
        });
        approver.valueProperty().bindBidirectional(model.approverProperty());
        ComboBox<OutcomeFilter> outcome = new ComboBox<>();
        outcome.getItems().setAll(OutcomeFilter.values());
        outcome.setId("history-outcome");
        outcome.setAccessibleText("Filter by outcome");
        outcome.setConverter(new StringConverter<>() {
            @Override
            public String toString(OutcomeFilter filter) {
                return filter == null ? "" : filter.label();
            }

            @Override
            public OutcomeFilter fromString(String text) {
                return null;
            }
        });
        outcome.valueProperty().bindBidirectional(model.outcomeProperty());
        DatePicker from = datePicker("history-from", "Decided from (UTC day, inclusive)", "From");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = datePicker("history-to", "Decided to (UTC day, inclusive)", "To");
        to.valueProperty().bindBidirectional(model.toProperty());
        Button clear = new Button("Clear", new FontIcon(Material2AL.CLEAR));
        clear.setId("history-clear");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setAccessibleText("Clear all filters");
        clear.setOnAction(event -> model.clearFilters());
        Label dash = new Label("–");
        HBox box = new HBox(8, search, approver, outcome, from, dash, to, clear);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("history-filters");
        return box;
    }

    private static DatePicker datePicker(String id, String accessible, String prompt) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setAccessibleText(accessible);
        picker.setPromptText(prompt);
        picker.setPrefWidth(132);
        return picker;
    }

    public TableView<HistoryRow> table() {
        return table;
    }
}
