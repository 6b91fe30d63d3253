package io.countersign.app.export;

import io.countersign.app.common.DialogService;
import io.countersign.app.common.TaskExecutor;
import io.countersign.app.history.EvidenceAccess;
import io.countersign.app.history.EvidenceAccess.KeyOwner;
import io.countersign.app.history.EvidenceAccess.SystemChoice;
import io.countersign.model.pack.PackSelection;
import io.countersign.model.pack.PackVerifier;
import io.countersign.services.keys.Passphrases;
import io.countersign.services.pack.PackExporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The export form and its result: the selection, who signs, where the pack goes; the export runs in
 * the background with progress and cancel; then the written pack can be verified again from disk.
 */
public final class ExportViewModel {
    public static final KeyOwner ALL_APPROVERS = new KeyOwner("", "All approvers");
    public static final SystemChoice ALL_SYSTEMS = new SystemChoice("", "All systems");
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    public enum Phase {
        READY,
        RUNNING,
        DONE,
        FAILED,
        CANCELLED
    }

    private final EvidenceAccess evidence;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Clock clock;
    private final Executor ui;
    private final ObservableList<KeyOwner> exporters = FXCollections.observableArrayList();
    private final ObservableList<KeyOwner> approvers = FXCollections.observableArrayList(List.of(ALL_APPROVERS));
    private final ObservableList<SystemChoice> systems = FXCollections.observableArrayList(List.of(ALL_SYSTEMS));
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<KeyOwner> approver = new SimpleObjectProperty<>(this, "approver", ALL_APPROVERS);
    private final ObjectProperty<SystemChoice> system = new SimpleObjectProperty<>(this, "system", ALL_SYSTEMS);
    private final ObjectProperty<KeyOwner> exporter = new SimpleObjectProperty<>(this, "exporter");
    private final ObjectProperty<Path> target = new SimpleObjectProperty<>(this, "target");
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(this, "phase", Phase.READY);
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private final StringProperty step = new SimpleStringProperty(this, "step", "");
    private final BooleanProperty cancellable = new SimpleBooleanProperty(this, "cancellable");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ObjectProperty<ExportedPack> result = new SimpleObjectProperty<>(this, "result");
    private final PackCheckModel check;
    private final BooleanBinding canExport;
    private AtomicBoolean cancelRequest = new AtomicBoolean();
    private Runnable onExported = () -> {};

    /** @param ui runs progress updates on the FX thread (direct in tests) */
    public ExportViewModel(
            EvidenceAccess evidence, TaskExecutor executor, DialogService dialogs, Clock clock, Executor ui) {
        this.evidence = evidence;
        this.executor = executor;
        this.dialogs = dialogs;
        this.clock = clock;
        this.ui = ui;
        this.check = new PackCheckModel(executor);
        canExport = Bindings.createBooleanBinding(
                () -> exporter.get() != null
                        && target.get() != null
                        && phase.get() != Phase.RUNNING
                        && (from.get() == null || to.get() == null || !to.get().isBefore(from.get())),
                exporter,
                target,
                phase,
                from,
                to);
    }

    /** Reads who may sign and which systems exist, in the background, and proposes a file name. */
    public void load() {
        executor.execute(
                () -> new Choices(evidence.keyOwners(), evidence.systems(), evidence.defaultExportFolder()),
                this::showChoices,
                error -> message.set(ExportFailure.describe(error, "the exporter")));
    }

    private record Choices(List<KeyOwner> owners, List<SystemChoice> systems, Path folder) {}

    private void showChoices(Choices choices) {
        exporters.setAll(choices.owners());
        approvers.setAll(ALL_APPROVERS);
        approvers.addAll(choices.owners());
        systems.setAll(ALL_SYSTEMS);
        systems.addAll(choices.systems());
        if (exporter.get() == null && choices.owners().size() == 1) {
            exporter.set(choices.owners().getFirst());
        }
        if (target.get() == null && choices.folder() != null) {
            target.set(choices.folder().resolve(suggestedName()));
        }
    }

    /** decision-pack-YYYYMMDD.zip, today in UTC, the day packs are counted in. */
    public String suggestedName() {
        return "decision-pack-" + FILE_DATE.format(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)) + ".zip";
    }

    public void chooseTarget() {
        Path current = target.get();
        dialogs.chooseFileToSave(
                        "Save the decision pack",
                        current == null ? null : current.getParent(),
                        suggestedName(),
                        "Decision pack",
                        "zip")
                .ifPresent(chosen -> {
                    String name = chosen.getFileName().toString();
                    target.set(
                            name.toLowerCase(Locale.ROOT).endsWith(".zip")
                                    ? chosen
                                    : chosen.resolveSibling(name + ".zip"));
                });
    }

    /** Starts the export, signing with the exporter's key; {@code passphrase} is wiped whatever happens. */
    public void export(char[] passphrase) {
        KeyOwner who = exporter.get();
        if (!canExport.get() || who == null) {
            Passphrases.wipe(passphrase);
            return;
        }
        if (passphrase.length == 0) {
            message.set("Enter the passphrase of " + who.label() + "'s signing key: the pack is signed with it.");
            return;
        }
        PackSelection selection = new PackSelection(
                from.get(),
                to.get(),
                blankToNull(approver.get().id()),
                blankToNull(system.get().id()));
        PackExporter.Request request = new PackExporter.Request(selection, who.id(), target.get(), clock.instant());
        AtomicBoolean cancel = new AtomicBoolean();
        cancelRequest = cancel;
        result.set(null);
        check.clear();
        message.set("");
        phase.set(Phase.RUNNING);
        apply(ExportStep.CHECKING_TARGET);
        executor.execute(
                new ExportJob(
                        evidence,
                        request,
                        who.label(),
                        passphrase,
                        cancel,
                        next -> ui.execute(() -> {
                            if (cancelRequest == cancel && phase.get() == Phase.RUNNING) {
                                apply(next);
                            }
                        })),
                pack -> finished(pack, cancel),
                error -> failed(error, who.label()));
    }

    private void apply(ExportStep next) {
        progress.set(next.progress());
        cancellable.set(next.cancellable());
        step.set(cancelRequest.get() && next.cancellable() ? "Cancelling…" : next.text());
    }

    private void finished(ExportedPack pack, AtomicBoolean cancel) {
        progress.set(1);
        cancellable.set(false);
        step.set(
                cancel.get()
                        ? "The pack was already being written when you cancelled; it is complete and recorded."
                        : "Pack written and recorded in the chain as record " + pack.exportSeq() + ".");
        result.set(pack);
        phase.set(Phase.DONE);
        onExported.run();
    }

    private void failed(Throwable error, String who) {
        cancellable.set(false);
        progress.set(0);
        if (error instanceof CancellationException) {
            phase.set(Phase.CANCELLED);
            step.set("");
            message.set("Export cancelled. Nothing was written or recorded.");
        } else {
            phase.set(Phase.FAILED);
            step.set("");
            message.set(ExportFailure.describe(error, who));
        }
    }

    /** Asks a running export to stop; it does if it has not started writing. */
    public void cancel() {
        if (phase.get() == Phase.RUNNING && cancellable.get()) {
            cancelRequest.set(true);
            step.set("Cancelling…");
        }
    }

    /** Reads the written pack back and verifies it as an auditor would, in the background. */
    public void verifyPack() {
        ExportedPack pack = result.get();
        if (pack != null) {
            check.verify(() -> PackVerifier.verify(Files.readAllBytes(pack.file())));
        }
    }

    /** Called after each successful export, so other views can show the new chain entry. */
    public void setOnExported(Runnable action) {
        onExported = action == null ? () -> {} : action;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public ObservableList<KeyOwner> exporters() {
        return exporters;
    }

    public ObservableList<KeyOwner> approvers() {
        return approvers;
    }

    public ObservableList<SystemChoice> systems() {
        return systems;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<KeyOwner> approverProperty() {
        return approver;
    }

    public ObjectProperty<SystemChoice> systemProperty() {
        return system;
    }

    public ObjectProperty<KeyOwner> exporterProperty() {
        return exporter;
    }

    public ObjectProperty<Path> targetProperty() {
        return target;
    }

    public ObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty stepProperty() {
        return step;
    }

    public BooleanProperty cancellableProperty() {
        return cancellable;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<ExportedPack> resultProperty() {
        return result;
    }

    public PackCheckModel check() {
        return check;
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }
}
