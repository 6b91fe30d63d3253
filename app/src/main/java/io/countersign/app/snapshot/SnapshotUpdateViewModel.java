package io.countersign.app.snapshot;

import io.countersign.app.common.DialogService;
import io.countersign.app.common.TaskExecutor;
import io.countersign.app.snapshot.ChangeRow.Area;
import io.countersign.app.workspace.WorkspaceSession;
import io.countersign.model.format.Snapshot;
import io.countersign.model.read.FormatException;
import io.countersign.services.intake.ImportRefusedException;
import io.countersign.services.intake.ImportResult;
import io.countersign.services.snapshot.SnapshotUpdate;
import io.countersign.services.snapshot.SnapshotUpdate.Prepared;
import io.countersign.services.snapshot.SnapshotUpdate.StaleUpdateException;
import io.countersign.services.snapshot.SourceRecognizer;
import io.countersign.services.snapshot.UpdateSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Update snapshot": the files chosen, what changed since the workspace's current snapshot, and
 * making the new one current. Reading, converting, diffing and importing run on the executor;
 * nothing in the workspace changes before {@link #confirm()}, and a refused file leaves the
 * chosen files and the current snapshot as they were.
 */
public final class SnapshotUpdateViewModel {
    public enum Phase {
        CHOOSING,
        READING,
        PREVIEW,
        IMPORTING,
        DONE
    }

    private final ObservableValue<WorkspaceSession> session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Clock clock;
    private final BooleanProperty showing = new SimpleBooleanProperty(this, "showing");
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(this, "phase", Phase.CHOOSING);
    private final ObservableList<SourceRow> sources = FXCollections.observableArrayList();
    private final ObservableList<ChangeRow> changes = FXCollections.observableArrayList();
    private final StringProperty current = new SimpleStringProperty(this, "current", "");
    private final StringProperty next = new SimpleStringProperty(this, "next", "");
    private final StringProperty refusal = new SimpleStringProperty(this, "refusal", "");
    private final StringProperty identitySummary = new SimpleStringProperty(this, "identitySummary", "");
    private final StringProperty grantSummary = new SimpleStringProperty(this, "grantSummary", "");
    private final StringProperty outcome = new SimpleStringProperty(this, "outcome", "");
    private final BooleanBinding canPreview;
    private final BooleanBinding canConfirm;
    private Prepared prepared;
    /** Counts requests, so an answer that arrives after the user moved on is dropped. */
    private int generation;

    private Runnable onImported = () -> {};

    public SnapshotUpdateViewModel(
            ObservableValue<WorkspaceSession> session, TaskExecutor executor, DialogService dialogs, Clock clock) {
        this.session = session;
        this.executor = executor;
        this.dialogs = dialogs;
        this.clock = clock;
        canPreview = Bindings.createBooleanBinding(
                () -> phase.get() == Phase.CHOOSING
                        && sources.stream().anyMatch(row -> row.source().kind().holdsAccess()),
                phase,
                sources);
        canConfirm = phase.isEqualTo(Phase.PREVIEW);
    }

    /** Called after an update was made current, so the queue is judged against it. */
    public void setOnImported(Runnable action) {
        onImported = action == null ? () -> {} : action;
    }

    /** Shows the screen afresh for the open workspace, and says what its current snapshot is. */
    public void open() {
        WorkspaceSession open = session.getValue();
        if (open == null) {
            dialogs.showError(
                    "No workspace is open", "Open a workspace first: an update replaces that workspace's snapshot.");
            return;
        }
        reset();
        showing.set(true);
        int asked = generation;
        executor.execute(
                () -> open.currentSnapshot()
                        .map(SnapshotUpdateViewModel::describe)
                        .orElse(null),
                text -> {
                    if (asked == generation) {
                        current.set(
                                text == null ? "This workspace has no snapshot yet: everything will be new." : text);
                    }
                },
                error -> current.set("The current snapshot could not be read: " + message(error)));
    }

    private static String describe(Snapshot snapshot) {
        return "Current snapshot " + summary(snapshot);
    }

    private static String summary(Snapshot snapshot) {
        return snapshot.id() + ", taken " + ChangeRows.when(snapshot.takenAt()) + ": "
                + snapshot.identities().size() + " identities, "
                + snapshot.assignments().size() + " grants.";
    }

    public void chooseFiles() {
        add(dialogs.chooseFilesToOpen(
                "Choose snapshots, SCIM exports or AWS authorization details",
                "JSON or YAML (*.json, *.yaml, *.yml)",
                List.of("*.json", "*.yaml", "*.yml")));
    }

    public void chooseFolder() {
        dialogs.chooseDirectory("Choose a folder of SCIM documents", null).ifPresent(folder -> add(List.of(folder)));
    }

    /** Recognises the files in the background; one that is none of the inputs is refused with its reason. */
    public void add(List<Path> paths) {
        WorkspaceSession open = session.getValue();
        if (paths.isEmpty() || open == null || busy()) {
            return;
        }
        discardPreview();
        refusal.set("");
        phase.set(Phase.READING);
        int asked = ++generation;
        executor.execute(
                () -> {
                    Snapshot now = open.currentSnapshot().orElse(null);
                    List<SourceRow> rows = new ArrayList<>();
                    for (Path path : paths) {
                        UpdateSource source = SourceRecognizer.recognise(path);
                        rows.add(new SourceRow(source, SnapshotUpdate.suggestedSystem(source, now)));
                    }
                    return rows;
                },
                rows -> {
                    if (asked == generation) {
                        rows.stream()
                                .filter(row -> sources.stream()
                                        .noneMatch(known -> known.source()
                                                .path()
                                                .equals(row.source().path())))
                                .forEach(this::list);
                        phase.set(Phase.CHOOSING);
                    }
                },
                error -> refused(asked, error, Phase.CHOOSING));
    }

    private void list(SourceRow row) {
        row.systemProperty().addListener((obs, was, now) -> discardPreview());
        sources.add(row);
    }

    public void remove(SourceRow row) {
        if (!busy()) {
            discardPreview();
            sources.remove(row);
        }
    }

    /** Converts, merges and compares in the background; the workspace is not touched. */
    public void preview() {
        WorkspaceSession open = session.getValue();
        if (!canPreview.get() || open == null) {
            return;
        }
        List<UpdateSource> chosen = sources.stream().map(SourceRow::withSystem).toList();
        refusal.set("");
        phase.set(Phase.READING);
        int asked = ++generation;
        executor.execute(
                () -> {
                    Prepared next = SnapshotUpdate.prepare(
                            chosen,
                            open.currentSnapshot().orElse(null),
                            clock.instant().truncatedTo(ChronoUnit.SECONDS));
                    return new Preview(next, ChangeRows.of(next.changes()));
                },
                preview -> {
                    if (asked != generation) {
                        discardLater(preview.prepared());
                        return;
                    }
                    prepared = preview.prepared();
                    changes.setAll(preview.rows());
                    next.set(summary(prepared.snapshot()));
                    identitySummary.set(ChangeRows.summary(Area.IDENTITY, prepared.changes()));
                    grantSummary.set(ChangeRows.summary(Area.GRANT, prepared.changes()));
                    phase.set(Phase.PREVIEW);
                },
                error -> refused(asked, error, Phase.CHOOSING));
    }

    private record Preview(Prepared prepared, List<ChangeRow> rows) {}

    /** Makes the previewed snapshot current, importing exactly the bytes whose changes were shown. */
    public void confirm() {
        WorkspaceSession open = session.getValue();
        Prepared shown = prepared;
        if (!canConfirm.get() || open == null || shown == null) {
            return;
        }
        phase.set(Phase.IMPORTING);
        int asked = ++generation;
        executor.execute(
                () -> {
                    ImportResult result = SnapshotUpdate.makeCurrent(open.workspace(), shown);
                    shown.discard();
                    return result;
                },
                result -> {
                    prepared = null;
                    outcome.set(result.message().substring(0, 1).toUpperCase(Locale.ROOT)
                            + result.message().substring(1) + ".");
                    phase.set(Phase.DONE);
                    onImported.run();
                },
                error -> {
                    // A preview made against a snapshot that is no longer current cannot be confirmed.
                    refused(asked, error, error instanceof StaleUpdateException ? Phase.CHOOSING : Phase.PREVIEW);
                    if (error instanceof StaleUpdateException) {
                        prepared = null;
                        discardLater(shown);
                    }
                });
    }

    /** Leaves without changing anything; a running preview's result is thrown away. */
    public void cancel() {
        reset();
        showing.set(false);
    }

    /** Leaves after the update was made current. */
    public void close() {
        cancel();
    }

    private void reset() {
        generation++;
        discardPreview();
        sources.clear();
        refusal.set("");
        outcome.set("");
        current.set("");
        phase.set(Phase.CHOOSING);
    }

    private void refused(int asked, Throwable error, Phase back) {
        if (asked == generation) {
            refusal.set(message(error));
            phase.set(back);
        }
    }

    private static String message(Throwable error) {
        if (error instanceof FormatException || error instanceof ImportRefusedException) {
            return error.getMessage();
        }
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }

    /** Any edit after a preview voids it: what is made current must be what was shown. */
    private void discardPreview() {
        if (phase.get() == Phase.PREVIEW) {
            phase.set(Phase.CHOOSING);
        }
        if (prepared != null) {
            discardLater(prepared);
            prepared = null;
        }
        changes.clear();
        next.set("");
        identitySummary.set("");
        grantSummary.set("");
    }

    private void discardLater(Prepared stale) {
        executor.execute(
                () -> {
                    stale.discard();
                    return null;
                },
                done -> {},
                error -> {});
    }

    private boolean busy() {
        return phase.get() == Phase.READING || phase.get() == Phase.IMPORTING;
    }

    public BooleanProperty showingProperty() {
        return showing;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public ObservableList<SourceRow> sources() {
        return sources;
    }

    public ObservableList<ChangeRow> changes() {
        return changes;
    }

    /** What the workspace's snapshot is now, in one line. */
    public StringProperty currentProperty() {
        return current;
    }

    /** The snapshot the preview would make current, in one line; empty before a preview. */
    public StringProperty nextProperty() {
        return next;
    }

    /** Why the last file or update was refused (file, line:column, pointer); empty when nothing was. */
    public StringProperty refusalProperty() {
        return refusal;
    }

    public StringProperty identitySummaryProperty() {
        return identitySummary;
    }

    public StringProperty grantSummaryProperty() {
        return grantSummary;
    }

    /** What making it current did, in one line; empty before. */
    public StringProperty outcomeProperty() {
        return outcome;
    }

    public BooleanBinding canPreviewProperty() {
        return canPreview;
    }

    public BooleanBinding canConfirmProperty() {
        return canConfirm;
    }
}
