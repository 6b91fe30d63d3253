package io.countersign.app.common;

import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;

/** A {@link Mark} on screen: icon, word and colour together; {@code chip} gives it a tinted pill. */
public final class MarkLabel {
    private MarkLabel() {}

    public static Label of(Mark mark) {
        Label label = new Label(mark.word(), icon(mark));
        label.getStyleClass().addAll("mark", mark.styleClass());
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    public static Label chip(Mark mark) {
        Label label = of(mark);
        label.getStyleClass().add("chip");
        return label;
    }

    /** Updates an existing label in place, as table cells do when they are reused. */
    public static void apply(Label label, Mark mark) {
        label.getStyleClass()
                .removeIf(style -> style.startsWith("sev-")
                        || style.startsWith("risk-")
                        || style.startsWith("change-")
                        || style.startsWith("kind-")
                        || style.startsWith("status-")
                        || style.equals("step-up"));
        label.getStyleClass().add(mark.styleClass());
        if (!label.getStyleClass().contains("mark")) {
            label.getStyleClass().add("mark");
        }
        label.setText(mark.word());
        label.setGraphic(icon(mark));
    }

    public static FontIcon icon(Mark mark) {
        FontIcon icon = new FontIcon(mark.icon());
        icon.getStyleClass().add("mark-icon");
        return icon;
    }
}
