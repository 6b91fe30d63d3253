package io.countersign.app.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Dialogs as JavaFX windows owned by the workbench, styled by the same theme. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        prepare(alert, title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, confirm, ButtonType.CANCEL);
        prepare(alert, title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseFileToSave(
            String title, Path folder, String suggestedName, String typeDescription, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(typeDescription + " (*." + extension + ")", "*." + extension));
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile()); // a folder that has gone is left to the platform
        }
        File chosen = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public void showShortcuts(List<Shortcut> shortcuts) {
        Dialog<Void> dialog = new Dialog<>();
        prepare(dialog, "Keyboard shortcuts");
        dialog.setHeaderText("Keyboard shortcuts");
        GridPane grid = new GridPane();
        grid.setId("shortcut-sheet");
        grid.getStyleClass().add("shortcut-sheet");
        for (int row = 0; row < shortcuts.size(); row++) {
            Shortcut shortcut = shortcuts.get(row);
            Label keys = new Label(shortcut.keys());
            keys.getStyleClass().add("shortcut-keys");
            keys.setMinWidth(Region.USE_PREF_SIZE); // neither keys nor actions are cut short
            Label action = new Label(shortcut.action());
            action.setAccessibleText(shortcut.keys() + ": " + shortcut.action());
            action.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(row, keys, action);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().lookupButton(ButtonType.CLOSE).setId("shortcut-sheet-close");
        dialog.show();
    }

    @Override
    public Optional<Path> chooseDirectory(String title, Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initial != null && Files.isDirectory(initial)) {
            chooser.setInitialDirectory(initial.toFile());
        }
        File chosen = chooser.showDialog(owner.get());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public Optional<char[]> askPassphrase(String title, String message) {
        Dialog<ButtonType> dialog = new Dialog<>();
        prepare(dialog, title);
        dialog.setHeaderText(title);
        PasswordField field = new PasswordField();
        field.setId("passphrase-field");
        field.setAccessibleText("Passphrase");
        field.setPromptText("Passphrase");
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(420);
        VBox content = new VBox(10, text, field);
        content.getStyleClass().add("passphrase-prompt");
        dialog.getDialogPane().setContent(content);
        ButtonType sign = new ButtonType("Sign", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(sign, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(sign).setId("passphrase-sign");
        dialog.getDialogPane()
                .lookupButton(sign)
                .disableProperty()
                .bind(field.textProperty().isEmpty());
        dialog.setOnShown(event -> field.requestFocus());
        boolean signed = dialog.showAndWait().filter(sign::equals).isPresent();
        // A String cannot be wiped; it is dropped from the field at once so it lives as briefly as possible.
        char[] passphrase = signed ? field.getText().toCharArray() : null;
        field.clear();
        return Optional.ofNullable(passphrase);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterName, List<String> patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, patterns));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, String filterName, List<String> patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, patterns));
        List<File> chosen = chooser.showOpenMultipleDialog(owner.get());
        return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
    }

    private void prepare(Dialog<?> dialog, String title) {
        dialog.setTitle(title);
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
            dialog.initModality(Modality.WINDOW_MODAL);
            if (window.getScene() != null) {
                dialog.getDialogPane().getStylesheets().setAll(window.getScene().getStylesheets());
            }
        }
        dialog.getDialogPane().getStyleClass().add("countersign-dialog");
    }
}
