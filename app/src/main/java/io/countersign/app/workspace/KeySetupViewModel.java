package io.countersign.app.workspace;

import io.countersign.app.common.TaskExecutor;
import io.countersign.model.format.Identity;
import io.countersign.model.format.Snapshot;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * First-run key setup: the approver's name, their identity id (a human in the current snapshot:
 * an AI or service identity can never approve) and a passphrase typed twice, with live feedback.
 * The passphrase is turned into a char array only to create the key, and the fields are cleared.
 */
public final class KeySetupViewModel {
    private final WorkspaceViewModel workspace;
    private final TaskExecutor executor;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty id = new SimpleStringProperty(this, "id", "");
    private final StringProperty passphrase = new SimpleStringProperty(this, "passphrase", "");
    private final StringProperty repeat = new SimpleStringProperty(this, "repeat", "");
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final StringBinding idProblem;
    private final StringBinding nameProblem;
    private final StringBinding passphraseProblem;
    private final StringBinding repeatProblem;
    private final BooleanBinding canCreate;
    private String suggested = "";

    public KeySetupViewModel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        this.executor = workspace.executor();
        idProblem = Bindings.createStringBinding(this::idProblemNow, id, snapshot);
        nameProblem = Bindings.createStringBinding(
                () -> name.get().isBlank() ? "Enter your name as it should appear on signatures" : "", name);
        passphraseProblem = Bindings.createStringBinding(
                () -> PassphraseStrength.of(passphrase.get()) == PassphraseStrength.TOO_SHORT
                        ? PassphraseStrength.TOO_SHORT.describe(passphrase.get())
                        : "",
                passphrase);
        // Not said while the second field is still empty: that is not a mistake yet.
        repeatProblem = Bindings.createStringBinding(
                () -> repeat.get().isEmpty() || repeat.get().equals(passphrase.get())
                        ? ""
                        : "The two passphrases differ",
                passphrase,
                repeat);
        canCreate = Bindings.createBooleanBinding(
                () -> idProblem.get().isEmpty()
                        && nameProblem.get().isEmpty()
                        && passphraseProblem.get().isEmpty()
                        && repeat.get().equals(passphrase.get()),
                idProblem,
                nameProblem,
                passphraseProblem,
                passphrase,
                repeat);
        id.addListener((obs, was, now) -> suggestName(now));
    }

    /** Reads the current snapshot in the background, to check ids against it. */
    public void load() {
        WorkspaceSession open = workspace.sessionProperty().get();
        if (open != null) {
            executor.execute(
                    open::currentSnapshot, found -> snapshot.set(found.orElse(null)), error -> snapshot.set(null));
        }
    }

    private String idProblemNow() {
        String value = id.get().strip();
        if (value.isEmpty()) {
            return "Enter your identity id as the directory knows it, e.g. priya.raman";
        }
        Snapshot current = snapshot.get();
        if (current == null) {
            return "This workspace has no snapshot yet to check ids against: drop the current snapshot into its inbox/ folder";
        }
        Optional<Identity> identity = WorkspaceSession.identity(current, value);
        if (identity.isEmpty()) {
            return "No identity " + value + " in snapshot " + current.id();
        }
        if (!identity.get().isHuman()) {
            return value + " is a " + identity.get().kind().code() + ": only a human can approve";
        }
        if (!identity.get().isActive()) {
            return value + " is not active in the snapshot (" + identity.get().status() + ")";
        }
        return "";
    }

    /** Fills the name from the directory for a human id, unless the user typed a name of their own. */
    private void suggestName(String value) {
        Snapshot current = snapshot.get();
        if (current == null || !(name.get().isBlank() || name.get().equals(suggested))) {
            return;
        }
        suggested = WorkspaceSession.identity(current, value.strip())
                .filter(Identity::isHuman)
                .map(Identity::name)
                .orElse("");
        name.set(suggested);
    }

    /** Creates and registers the key in the background; on success the window acts as its owner. */
    public void create() {
        WorkspaceSession open = workspace.sessionProperty().get();
        if (open == null || !canCreate.get()) {
            return;
        }
        Approver approver = new Approver(id.get().strip(), name.get().strip());
        char[] secret = passphrase.get().toCharArray();
        passphrase.set("");
        repeat.set("");
        failure.set("");
        // init wipes the array whatever happens.
        executor.execute(
                () -> open.keystore().init(approver.id(), approver.name(), secret),
                key -> workspace.keyCreated(approver),
                error -> failure.set("The key was not created: " + error.getMessage()));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty idProperty() {
        return id;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public StringBinding idProblem() {
        return idProblem;
    }

    public StringBinding nameProblem() {
        return nameProblem;
    }

    public StringBinding passphraseProblem() {
        return passphraseProblem;
    }

    public StringBinding repeatProblem() {
        return repeatProblem;
    }

    public BooleanBinding canCreate() {
        return canCreate;
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }
}
