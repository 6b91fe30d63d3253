package io.countersign.app.decision;

import io.countersign.model.analysis.Names;
import io.countersign.model.decision.LineItem;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One line item in the approve-reduced check list: kept (checked) unless the approver leaves it out. */
public final class LineItemRow {
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);
    private final LineItem item;
    private final String label;
    private final BooleanProperty approved = new SimpleBooleanProperty(this, "approved", true);

    LineItemRow(LineItem item, Names names) {
        this.item = item;
        String verb = item.action() == LineItem.Action.ADD ? "Add" : "Remove";
        String what = item.role() ? "role " + names.role(item.target()) : names.entitlement(item.target());
        String until = item.proposedExpiry() == null
                ? (item.action() == LineItem.Action.ADD ? " · no expiry" : "")
                : " · until " + DAY.format(item.proposedExpiry());
        this.label = verb + " " + what + " for " + names.identity(item.identity()) + until;
    }

    public LineItem item() {
        return item;
    }

    public BooleanProperty approvedProperty() {
        return approved;
    }

    @Override
    public String toString() {
        return label;
    }
}
