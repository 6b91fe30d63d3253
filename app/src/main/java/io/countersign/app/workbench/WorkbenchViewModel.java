package io.countersign.app.workbench;

import io.countersign.app.common.DialogService;
import io.countersign.app.decision.DecisionViewModel;
import io.countersign.app.queue.QueueViewModel;
import io.countersign.app.review.ReviewViewModel;
import io.countersign.app.snapshot.SnapshotUpdateViewModel;
import io.countersign.app.workspace.KeySetupViewModel;
import io.countersign.app.workspace.WorkspaceQueueSource;
import io.countersign.app.workspace.WorkspaceSession;
import io.countersign.app.workspace.WorkspaceViewModel;
import io.countersign.model.format.Outcome;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The shell: which section is showing, the theme, the status line; joins the queue's selection to the review. */
public final class WorkbenchViewModel {
    private final QueueViewModel queue;
    private final ReviewViewModel review;
    private final DecisionViewModel decision;
    private final WorkspaceViewModel workspace;
    private final SnapshotUpdateViewModel snapshotUpdate;
    private final KeySetupViewModel keySetup;
    private final DialogService dialogs;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(this, "section", Section.QUEUE);
    private final ObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>(this, "theme", ThemeChoice.LIGHT);
    private final StringBinding status;

    public WorkbenchViewModel(
            QueueViewModel queue,
            ReviewViewModel review,
            DecisionViewModel decision,
            WorkspaceViewModel workspace,
            SnapshotUpdateViewModel snapshotUpdate,
            DialogService dialogs,
            ThemeChoice initialTheme) {
        this.queue = queue;
        this.review = review;
        this.decision = decision;
        this.workspace = workspace;
        this.snapshotUpdate = snapshotUpdate;
        this.keySetup = new KeySetupViewModel(workspace);
        this.dialogs = dialogs;
        theme.set(initialTheme);
        review.itemProperty().bind(queue.selectedProperty());
        decision.itemProperty().bind(queue.selectedProperty());
        decision.sessionProperty().bind(workspace.sessionProperty());
        decision.approverProperty().bind(workspace.actingAsProperty());
        decision.setOnRecorded(queue::load);
        // A new workspace feeds the queue; new inbox files or another reviewer re-analyse it.
        workspace.sessionProperty().addListener((obs, was, now) -> {
            if (now != null) {
                queue.useSource(new WorkspaceQueueSource(now, workspace::actingId));
            }
        });
        workspace.setOnInputsChanged(this::reloadWorkspaceQueue);
        // A new current snapshot changes every analysis: the queue is judged against it again.
        snapshotUpdate.setOnImported(this::reloadWorkspaceQueue);
        workspace.sessionProperty().addListener((obs, was, now) -> snapshotUpdate.cancel());
        workspace.actingAsProperty().addListener((obs, was, now) -> reloadWorkspaceQueue());
        status = Bindings.createStringBinding(
                () -> {
                    long stepUp = queue.allItems().stream()
                            .filter(item -> item.needsStepUp())
                            .count();
                    String base = queue.statusProperty().get();
                    String inbox = workspace.inboxNoteProperty().get();
                    return (queue.allItems().isEmpty() ? base : base + "  ·  " + stepUp + " need step-up approval")
                            + (inbox.isEmpty() ? "" : "  ·  " + inbox);
                },
                queue.statusProperty(),
                queue.allItems(),
                workspace.inboxNoteProperty());
    }

    private void reloadWorkspaceQueue() {
        WorkspaceSession open = workspace.sessionProperty().get();
        if (open != null) {
            queue.load();
        }
    }

    /** The A, E, R and C keys: open the decision panel with that outcome chosen. */
    public void startDecision(Outcome outcome) {
        section.set(Section.QUEUE);
        decision.start(outcome);
    }

    public void start() {
        queue.load();
    }

    /** Ctrl+U and the app bar's button: the update screen over the queue, when a workspace is open. */
    public void updateSnapshot() {
        if (workspace.sessionProperty().get() == null) {
            return;
        }
        section.set(Section.QUEUE);
        decision.cancel();
        snapshotUpdate.open();
    }

    public void showShortcuts() {
        dialogs.showShortcuts(WorkbenchShortcuts.ALL);
    }

    public void toggleTheme() {
        theme.set(theme.get().other());
    }

    /** J and K work from anywhere in the queue section; elsewhere they would move an invisible selection. */
    public void nextDraft() {
        section.set(Section.QUEUE);
        queue.selectNext();
    }

    public void previousDraft() {
        section.set(Section.QUEUE);
        queue.selectPrevious();
    }

    public QueueViewModel queue() {
        return queue;
    }

    public ReviewViewModel review() {
        return review;
    }

    public DecisionViewModel decision() {
        return decision;
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }

    public SnapshotUpdateViewModel snapshotUpdate() {
        return snapshotUpdate;
    }

    public KeySetupViewModel keySetup() {
        return keySetup;
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    public StringBinding statusText() {
        return status;
    }
}
