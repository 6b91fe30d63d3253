package io.countersign.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import io.countersign.app.common.FxDialogService;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real shortcut sheet opens as a window over the workbench and lists every shortcut. */
@ExtendWith(ApplicationExtension.class)
class ShortcutSheetFxTest {

    @Start
    void start(Stage stage) {
        WorkbenchStage.show(stage, new FxDialogService(() -> stage), ThemeChoice.LIGHT);
    }

    @Test
    void questionMarkOpensTheSheetAndCloseClosesIt(FxRobot robot) {
        robot.write('?');
        GridPane sheet = robot.lookup("#shortcut-sheet").query();
        assertThat(sheet.getChildren().stream()
                        .filter(node -> node.getStyleClass().contains("shortcut-keys"))
                        .map(node -> ((Label) node).getText()))
                .hasSize(WorkbenchShortcuts.ALL.size())
                .contains("F");
        robot.clickOn("#shortcut-sheet-close");
        assertThat(robot.lookup("#shortcut-sheet").tryQuery()).isEmpty();
    }
}
