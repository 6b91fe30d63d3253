package io.countersign.app.review;

import io.countersign.app.common.MarkLabel;
import io.countersign.app.common.Marks;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;

/** The side-by-side diff: Current | Proposed per identity and system, roles expandable to entitlements. */
final class AccessDiffView extends TreeTableView<DiffNode> {
    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    private final ReviewViewModel model;

    AccessDiffView(ReviewViewModel model) {
        this.model = model;
        setId("review-diff");
        setAccessibleText("Access diff: current and proposed access per identity");
        getStyleClass().add("access-diff");
        setShowRoot(false);
        setRoot(new TreeItem<>());
        setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder =
                new Label("This draft changes no identity's access directly; see the proposal above and the findings.");
        placeholder.setWrapText(true);
        setPlaceholder(placeholder);

        TreeTableColumn<DiffNode, DiffNode> item =
                column("Identity · system · entitlement", "review-diff-col-item", 260, null);
        item.setCellFactory(col -> new ItemCell());
        TreeTableColumn<DiffNode, DiffNode> path = column("Held", "review-diff-col-path", 90, DiffNode::path);
        TreeTableColumn<DiffNode, DiffNode> current =
                column("Current", "review-diff-col-current", 130, DiffNode::current);
        TreeTableColumn<DiffNode, DiffNode> proposed =
                column("Proposed", "review-diff-col-proposed", 150, DiffNode::proposed);
        TreeTableColumn<DiffNode, DiffNode> change = column("Change", "review-diff-col-change", 118, null);
        change.setMinWidth(114);
        change.setCellFactory(col -> new ChangeCell());
        getColumns().setAll(List.of(item, path, current, proposed, change));
        setRowFactory(view -> new DiffRow());

        model.diff().addListener((ListChangeListener<DiffNode>) c -> rebuild());
        model.highlighted().addListener((SetChangeListener<DiffNode>) c -> {
            refresh();
            revealHighlighted();
        });
        getSelectionModel()
                .selectedItemProperty()
                .addListener((obs, was, now) -> model.selectedLineProperty().set(now == null ? null : now.getValue()));
        rebuild();
    }

    private TreeTableColumn<DiffNode, DiffNode> column(
            String title, String id, double width, Function<DiffNode, String> text) {
        TreeTableColumn<DiffNode, DiffNode> column = new TreeTableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setMinWidth(70);
        column.setSortable(false);
        column.setCellValueFactory(
                cell -> new ReadOnlyObjectWrapper<>(cell.getValue().getValue()));
        if (text != null) {
            column.setCellFactory(col -> new TreeTableCell<>() {
                @Override
                protected void updateItem(DiffNode node, boolean empty) {
                    super.updateItem(node, empty);
                    String value = empty || node == null ? null : text.apply(node);
                    setText(value);
                    // Long scopes are cut to fit; the full text is one hover away.
                    setTooltip(value == null || value.length() < 18 ? null : new Tooltip(value));
                }
            });
        }
        return column;
    }

    private void rebuild() {
        TreeItem<DiffNode> root = new TreeItem<>();
        model.diff().forEach(node -> root.getChildren().add(treeItem(node)));
        setRoot(root);
    }

    private static TreeItem<DiffNode> treeItem(DiffNode node) {
        TreeItem<DiffNode> item = new TreeItem<>(node);
        node.children().forEach(child -> item.getChildren().add(treeItem(child)));
        // Open what changes; unchanged systems and roles stay folded so the change stands out.
        item.setExpanded(node.level() == DiffNode.Level.IDENTITY || node.changes());
        return item;
    }

    /** Unfolds and scrolls to the first line the selected finding is about. */
    private void revealHighlighted() {
        TreeItem<DiffNode> first = null;
        for (DiffNode node : model.highlighted()) {
            TreeItem<DiffNode> found = find(getRoot(), node);
            if (found != null) {
                for (TreeItem<DiffNode> parent = found.getParent(); parent != null; parent = parent.getParent()) {
                    parent.setExpanded(true);
                }
                if (first == null || getRow(found) < getRow(first)) {
                    first = found;
                }
            }
        }
        if (first != null) {
            scrollTo(Math.max(0, getRow(first) - 2));
        }
    }

    private static TreeItem<DiffNode> find(TreeItem<DiffNode> item, DiffNode node) {
        if (node.equals(item.getValue())) {
            return item;
        }
        for (TreeItem<DiffNode> child : item.getChildren()) {
            TreeItem<DiffNode> found = find(child, node);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private final class DiffRow extends TreeTableRow<DiffNode> {
        @Override
        protected void updateItem(DiffNode node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass().removeIf(style -> style.startsWith("row-"));
            pseudoClassStateChanged(
                    HIGHLIGHTED, !empty && node != null && model.highlighted().contains(node));
            if (!empty && node != null) {
                getStyleClass().add("row-" + node.level().name().toLowerCase(Locale.ROOT));
                if (node.level() == DiffNode.Level.ENTITLEMENT) {
                    getStyleClass().add("row-" + node.change().name().toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    private static final class ItemCell extends TreeTableCell<DiffNode, DiffNode> {
        private final Label label = new Label();
        private final Label detail = new Label();
        private final HBox box = new HBox(8, label, detail);

        ItemCell() {
            label.getStyleClass().add("diff-label");
            detail.getStyleClass().add("diff-detail");
            label.setMinWidth(0);
            detail.setMinWidth(0);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(DiffNode node, boolean empty) {
            super.updateItem(node, empty);
            if (empty || node == null) {
                setGraphic(null);
                return;
            }
            label.setText(node.label());
            // Entitlement ids live in the tooltip: the name needs the room. Group lines keep theirs inline.
            boolean leaf = node.level() == DiffNode.Level.ENTITLEMENT;
            detail.setText(leaf ? "" : node.detail());
            label.setMinWidth(leaf ? 0 : javafx.scene.layout.Region.USE_PREF_SIZE);
            label.getStyleClass().removeIf(style -> style.startsWith("level-"));
            label.getStyleClass().add("level-" + node.level().name().toLowerCase(Locale.ROOT));
            setTooltip(new Tooltip(node.label() + (node.detail() == null ? "" : "\n" + node.detail())));
            setGraphic(box);
        }
    }

    private static final class ChangeCell extends TreeTableCell<DiffNode, DiffNode> {
        private final Label mark = new Label();
        private final Label summary = new Label();

        ChangeCell() {
            summary.getStyleClass().add("diff-detail");
        }

        @Override
        protected void updateItem(DiffNode node, boolean empty) {
            super.updateItem(node, empty);
            if (empty || node == null) {
                setGraphic(null);
                return;
            }
            if (node.level() == DiffNode.Level.ENTITLEMENT || node.level() == DiffNode.Level.ROLE) {
                MarkLabel.apply(mark, Marks.change(node.change()));
                setGraphic(mark);
            } else {
                summary.setText(node.summary());
                setGraphic(summary);
            }
        }
    }
}
