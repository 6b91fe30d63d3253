package io.countersign.app.workbench;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A section that is not built yet, saying so plainly: no sample data dressed up as real. */
final class ComingSoonView extends VBox {

    ComingSoonView(Section section) {
        setId("section-" + section.name().toLowerCase(Locale.ROOT));
        getStyleClass().add("coming-soon");
        setAlignment(Pos.CENTER);
        setSpacing(10);
        FontIcon icon = new FontIcon(section.icon());
        icon.getStyleClass().add("coming-soon-icon");
        Label title = new Label(section.title());
        title.getStyleClass().add(Styles.TITLE_2);
        Label tag = new Label("Coming soon · not in this build");
        tag.getStyleClass().add("coming-soon-tag");
        Label text = new Label(section.comingSoon());
        text.setWrapText(true);
        text.setMaxWidth(460);
        text.getStyleClass().add("coming-soon-text");
        setAccessibleText(section.title() + ": coming soon, not in this build. " + section.comingSoon());
        getChildren().addAll(icon, title, tag, text);
    }
}
