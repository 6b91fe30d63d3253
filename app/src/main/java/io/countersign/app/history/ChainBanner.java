package io.countersign.app.history;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The chain's status across the top of the history: a calm line when intact, a progress bar while
 * checking, and a red alarm naming the first broken record, its reason and what to do.
 */
final class ChainBanner extends HBox {
    private final FontIcon icon = new FontIcon();
    private final Label word = new Label();
    private final Label headline = new Label();
    private final Label detail = new Label();
    private final Label advice = new Label();
    private final ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);

    ChainBanner(HistoryViewModel model) {
        setId("history-chain");
        getStyleClass().add("chain-banner");
        setSpacing(14);
        setAlignment(Pos.TOP_LEFT);
        icon.getStyleClass().add("chain-icon");
        word.setId("history-chain-word");
        word.getStyleClass().add("chain-word");
        headline.setId("history-chain-headline");
        headline.getStyleClass().add("chain-headline");
        headline.setWrapText(true);
        detail.setId("history-chain-detail");
        detail.getStyleClass().add("chain-detail");
        detail.setWrapText(true);
        advice.setId("history-chain-advice");
        advice.getStyleClass().add("chain-advice");
        advice.setWrapText(true);
        progress.setId("history-progress");
        progress.setMaxWidth(260);
        progress.setAccessibleText("Verifying the evidence chain");
        VBox words = new VBox(4, headline, detail, advice, progress);
        words.setMinWidth(0);
        HBox.setHgrow(words, Priority.ALWAYS);
        VBox badge = new VBox(2, icon, word);
        badge.setAlignment(Pos.TOP_CENTER);
        badge.setMinWidth(64);
        getChildren().addAll(badge, words);
        model.chainProperty().addListener((obs, was, now) -> show(now));
        show(model.chainProperty().get());
    }

    private void show(ChainStatus status) {
        getStyleClass().removeIf(style -> style.startsWith("chain-state-"));
        getStyleClass().add("chain-state-" + status.state().name().toLowerCase(Locale.ROOT));
        icon.setIconCode(status.mark().icon());
        word.setText(status.mark().word());
        headline.setText(status.headline());
        detail.setText(status.detail());
        advice.setText(status.advice());
        advice.setVisible(!status.advice().isEmpty());
        advice.setManaged(!status.advice().isEmpty());
        boolean checking = status.state() == ChainStatus.State.CHECKING;
        progress.setVisible(checking);
        progress.setManaged(checking);
        setAccessibleText(status.headline() + ". " + status.detail() + " " + status.advice());
    }
}
