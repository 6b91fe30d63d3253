package io.countersign.app.decision;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The decision panel. It takes the queue's place while deciding, so the diff and the findings stay
 * in view beside it; Esc or Close returns to the queue.
 */
public final class DecisionView extends BorderPane {
    private final DecisionViewModel model;
    private final ScrollPane scroll = new ScrollPane();
    private DecisionFormPane formPane;

    public DecisionView(DecisionViewModel model) {
        this.model = model;
        setId("decision-view");
        getStyleClass().add("decision-view");
        setTop(new VBox(header(), confirmation()));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("decision-scroll");
        setCenter(scroll);
        setBottom(signRow());
        model.formProperty().addListener((obs, was, now) -> showForm(now));
        showForm(model.formProperty().get());
    }

    private void showForm(DecisionForm form) {
        formPane = form == null ? null : new DecisionFormPane(form);
        scroll.setContent(formPane);
    }

    private HBox header() {
        Label title = new Label();
        title.setId("decision-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.formProperty().get() == null
                                ? "Decide"
                                : "Decide on "
                                        + model.formProperty()
                                                .get()
                                                .decisionCase()
                                                .draftId() + " r"
                                        + model.formProperty()
                                                .get()
                                                .decisionCase()
                                                .revision(),
                        model.formProperty()));
        Label who = new Label();
        who.setId("decision-acting-as");
        who.getStyleClass().add("decision-acting-as");
        who.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.formProperty().get() == null
                                ? ""
                                : "Signing as "
                                        + model.formProperty()
                                                .get()
                                                .decisionCase()
                                                .approverName() + "  ·  "
                                        + model.standingProperty().get(),
                        model.formProperty(),
                        model.standingProperty()));
        who.setWrapText(true);
        VBox text = new VBox(2, title, who);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button("Close", new FontIcon(Material2AL.CLOSE));
        close.setId("decision-close");
        close.setAccessibleText("Close the decision panel and return to the queue (Escape)");
        close.setTooltip(new Tooltip("Back to the queue  ( Esc )"));
        close.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(event -> model.cancel());
        HBox header = new HBox(10, text, close);
        header.setAlignment(Pos.TOP_LEFT);
        header.getStyleClass().add("decision-header");
        return header;
    }

    private VBox confirmation() {
        Label headline = new Label("", new FontIcon(Material2MZ.VERIFIED));
        headline.getStyleClass().add("confirmation-headline");
        Label hash = new Label();
        hash.setId("decision-confirmation-hash");
        hash.getStyleClass().add("confirmation-hash");
        hash.setWrapText(true);
        Label standing = new Label();
        standing.setId("decision-confirmation-standing");
        standing.getStyleClass().add("confirmation-standing");
        standing.setWrapText(true);
        VBox box = new VBox(4, headline, hash, standing);
        box.setId("decision-confirmation");
        box.getStyleClass().add("decision-confirmation");
        model.confirmationProperty().addListener((obs, was, now) -> {
            if (now != null) {
                headline.setText(now.headline());
                hash.setText("Entry hash " + now.entryHash());
                standing.setText(now.standing());
                box.setAccessibleText(now.headline() + ". " + now.standing());
            }
        });
        box.visibleProperty().bind(model.confirmationProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private HBox signRow() {
        Button sign = new Button("Sign decision", new FontIcon(Material2MZ.VPN_KEY));
        sign.setId("decision-sign");
        sign.setAccessibleText("Sign and record the decision (Control+Enter)");
        sign.getStyleClass().addAll(Styles.ACCENT);
        sign.setDefaultButton(false);
        sign.disableProperty().bind(model.canSignProperty().not());
        sign.setOnAction(event -> model.sign());
        Label hint = new Label();
        hint.getStyleClass().add("decision-sign-hint");
        hint.textProperty()
                .bind(Bindings.when(model.signingProperty())
                        .then("Signing and recording…")
                        .otherwise("Ctrl+Enter · your passphrase is asked every time"));
        HBox row = new HBox(12, sign, hint);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("decision-sign-row");
        return row;
    }

    /** Puts the keyboard in the form: justification first when it is required. */
    public void focusForm() {
        if (formPane != null) {
            formPane.focusFirstField();
        }
    }
}
