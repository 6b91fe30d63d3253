package io.countersign.app.export;

import io.countersign.app.common.TaskExecutor;
import io.countersign.model.pack.PackVerification;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** "Verify this pack": reads the pack from disk and verifies it in the background; VALID, INVALID, or why it could not be read. */
public final class PackCheckModel {
    private final TaskExecutor executor;
    private final BooleanProperty checking = new SimpleBooleanProperty(this, "checking");
    private final ObjectProperty<PackCheck> result = new SimpleObjectProperty<>(this, "result");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");

    PackCheckModel(TaskExecutor executor) {
        this.executor = executor;
    }

    void verify(Callable<PackVerification> verification) {
        if (checking.get()) {
            return;
        }
        clear();
        checking.set(true);
        executor.execute(
                () -> PackCheck.of(verification.call()),
                check -> {
                    result.set(check);
                    checking.set(false);
                },
                error -> {
                    problem.set(
                            error instanceof NoSuchFileException missing
                                    ? "The pack is no longer at " + missing.getFile() + "; it was moved or deleted."
                                    : error instanceof IOException io
                                            ? "The pack could not be read: " + io.getMessage()
                                            : "The pack could not be verified: " + error.getMessage());
                    checking.set(false);
                });
    }

    void clear() {
        result.set(null);
        problem.set("");
    }

    public BooleanProperty checkingProperty() {
        return checking;
    }

    public ObjectProperty<PackCheck> resultProperty() {
        return result;
    }

    public StringProperty problemProperty() {
        return problem;
    }
}
