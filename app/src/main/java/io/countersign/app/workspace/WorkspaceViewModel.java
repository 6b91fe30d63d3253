package io.countersign.app.workspace;

import io.countersign.app.common.DialogService;
import io.countersign.app.common.TaskExecutor;
import io.countersign.persistence.Workspace;
import io.countersign.persistence.WorkspaceBusyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The window's one workspace: opening it (chosen, remembered, or the demo) off the FX thread,
 * the approvers it holds keys for and who the window acts as, and the inbox watcher that tells
 * the queue when new files were imported. A second window on the same folder gets a plain dialog.
 */
public final class WorkspaceViewModel {
    public enum Stage {
        CLOSED,
        OPENING,
        NEEDS_KEY,
        READY
    }

    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Clock clock;
    private final int keyIterations;
    private final Executor fxThread;
    private final ReadOnlyObjectWrapper<WorkspaceSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(this, "stage", Stage.CLOSED);
    private final ObservableList<Approver> approvers = FXCollections.observableArrayList();
    private final ObjectProperty<Approver> actingAs = new SimpleObjectProperty<>(this, "actingAs");
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper(this, "banner", "");
    private final ReadOnlyStringWrapper inboxNote = new ReadOnlyStringWrapper(this, "inboxNote", "");
    private final ReadOnlyObjectWrapper<Path> lastWorkspace = new ReadOnlyObjectWrapper<>(this, "lastWorkspace");
    private final javafx.beans.property.BooleanProperty required =
            new javafx.beans.property.SimpleBooleanProperty(this, "required");
    private volatile String actingId;
    private Runnable onInputsChanged = () -> {};

    /**
     * @param keyIterations PBKDF2 iterations for new keystores (tests use few)
     * @param fxThread      where inbox reports are handed over (Platform::runLater in the app)
     */
    public WorkspaceViewModel(
            TaskExecutor executor, DialogService dialogs, Clock clock, int keyIterations, Executor fxThread) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.clock = clock;
        this.keyIterations = keyIterations;
        this.fxThread = fxThread;
        actingAs.addListener((obs, was, now) -> actingId = now == null ? null : now.id());
    }

    /** Called on the FX thread when the store's drafts or decisions may have changed. */
    public void setOnInputsChanged(Runnable onInputsChanged) {
        this.onInputsChanged = onInputsChanged;
    }

    public void open(Path directory) {
        openWith(() -> WorkspaceSession.open(directory, clock, keyIterations, false));
    }

    /** Opens a remembered workspace, but only if its store is still there: a moved folder is not silently recreated. */
    public void openExisting(Path directory) {
        openWith(() -> {
            if (!Files.isRegularFile(directory.resolve(Workspace.STORE_FILE))) {
                throw new IllegalStateException(
                        "the last workspace, " + directory + ", has no evidence store any more");
            }
            return WorkspaceSession.open(directory, clock, keyIterations, false);
        });
    }

    /** A fresh demo workspace seeded from the sample casebook, with the demo approvers' keys. */
    public void openDemo() {
        openWith(() -> DemoWorkspace.prepare(DemoWorkspace.freshFolder(), clock, keyIterations));
    }

    /** Opens an existing demo-style workspace folder (tests, screenshots). */
    public void openDemo(Path folder) {
        openWith(() -> DemoWorkspace.prepare(folder, clock, keyIterations));
    }

    /** The DirectoryChooser: an empty folder becomes a new workspace, one with a store is opened. */
    public void chooseWorkspace() {
        dialogs.chooseDirectory("Choose or create a workspace folder", lastWorkspace.get())
                .ifPresent(this::open);
    }

    private void openWith(Callable<WorkspaceSession> opening) {
        stage.set(Stage.OPENING);
        // The approvers are read with the store, so who the window acts as is settled before the
        // queue is first loaded: otherwise the queue would be read twice over on every open.
        executor.execute(
                () -> {
                    WorkspaceSession next = opening.call();
                    try {
                        return new Opened(next, next.approvers());
                    } catch (RuntimeException e) {
                        next.close();
                        throw e;
                    }
                },
                this::opened,
                this::failed);
    }

    private record Opened(WorkspaceSession session, List<Approver> approvers) {}

    private void opened(Opened opened) {
        WorkspaceSession next = opened.session();
        WorkspaceSession previous = session.get();
        if (previous != null) {
            executor.execute(
                    () -> {
                        previous.close();
                        return null;
                    },
                    done -> {},
                    error -> {});
        }
        actAsOneOf(opened.approvers());
        session.set(next);
        stage.set(opened.approvers().isEmpty() ? Stage.NEEDS_KEY : Stage.READY);
        banner.set(next.demo() ? "Demo · passphrase " + DemoWorkspace.PASSPHRASE : "");
        if (!next.demo()) {
            lastWorkspace.set(next.directory());
        }
        next.watchInbox(
                report -> fxThread.execute(() -> {
                    inboxNote.set(InboxNotes.describe(report));
                    onInputsChanged.run();
                }),
                failure ->
                        fxThread.execute(() -> inboxNote.set("Inbox: the last sweep failed: " + failure.getMessage())));
    }

    private void failed(Throwable error) {
        stage.set(session.get() == null ? Stage.CLOSED : Stage.READY);
        if (error instanceof WorkspaceBusyException busy) {
            dialogs.showError("Workspace in use", busy.getMessage());
        } else {
            String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
            dialogs.showError(
                    "The workspace could not be opened",
                    message + "\n\nChoose another folder, or check that this one is readable and writable.");
        }
    }

    /** Reads the approvers again; keeps acting as the same person when they still have a key. */
    public void refreshApprovers() {
        WorkspaceSession open = session.get();
        if (open == null) {
            return;
        }
        executor.execute(
                open::approvers,
                this::showApprovers,
                error -> dialogs.showError(
                        "Keys could not be read",
                        "The workspace's signing keys could not be listed: " + error.getMessage()));
    }

    private void showApprovers(List<Approver> found) {
        actAsOneOf(found);
        stage.set(found.isEmpty() ? Stage.NEEDS_KEY : Stage.READY);
    }

    private void actAsOneOf(List<Approver> found) {
        Approver current = actingAs.get();
        approvers.setAll(found);
        if (current == null || !found.contains(current)) {
            actingAs.set(found.isEmpty() ? null : found.getFirst());
        }
    }

    /** Shows the key setup for another approver. */
    public void addApprover() {
        if (session.get() != null) {
            stage.set(Stage.NEEDS_KEY);
        }
    }

    public void cancelKeySetup() {
        if (!approvers.isEmpty()) {
            stage.set(Stage.READY);
        }
    }

    /** After a key was created: act as its owner. */
    public void keyCreated(Approver approver) {
        approvers.add(approver);
        actingAs.set(approver);
        stage.set(Stage.READY);
    }

    /** Hands the open session to whoever closes it after the window is gone (the launcher's thread). */
    public WorkspaceSession detach() {
        WorkspaceSession open = session.get();
        session.set(null);
        return open;
    }

    /** The acting approver's id, readable from any thread (the queue is analysed in the background). */
    public String actingId() {
        return actingId;
    }

    public ReadOnlyObjectProperty<WorkspaceSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ObservableList<Approver> approvers() {
        return approvers;
    }

    public ObjectProperty<Approver> actingAsProperty() {
        return actingAs;
    }

    /** The demo banner's words; empty outside the demo. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /** What the last inbox sweep did, in one line. */
    public ReadOnlyStringProperty inboxNoteProperty() {
        return inboxNote.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> lastWorkspaceProperty() {
        return lastWorkspace.getReadOnlyProperty();
    }

    public void rememberLastWorkspace(Path directory) {
        lastWorkspace.set(directory);
    }

    /** True when this window works on a workspace (not the read-only sample queue): without one it asks for one. */
    public javafx.beans.property.BooleanProperty requiredProperty() {
        return required;
    }

    public TaskExecutor executor() {
        return executor;
    }
}
