package io.countersign.app.decision;

import io.countersign.app.common.DialogService;
import io.countersign.app.common.TaskExecutor;
import io.countersign.app.queue.QueueItem;
import io.countersign.app.workspace.Approver;
import io.countersign.app.workspace.WorkspaceSession;
import io.countersign.model.decision.DecisionInput;
import io.countersign.model.format.Outcome;
import io.countersign.services.evidence.DecisionRefusedException;
import io.countersign.services.evidence.DecisionService;
import io.countersign.services.evidence.RecordedDecision;
import io.countersign.services.evidence.ReviewMaterial;
import io.countersign.services.keys.KeystoreRefusedException;
import io.countersign.services.keys.Passphrases;
import io.countersign.services.keys.WrongPassphraseException;
import io.countersign.services.queue.QueueService;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Deciding on the draft under review: prepares the case for the acting approver in the background,
 * holds the form, asks for the passphrase, signs off the FX thread, and confirms only once the
 * store has returned the durable record.
 */
public final class DecisionViewModel {
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Clock clock;
    private final ObjectProperty<QueueItem> item = new SimpleObjectProperty<>(this, "item");
    private final ObjectProperty<WorkspaceSession> session = new SimpleObjectProperty<>(this, "session");
    private final ObjectProperty<Approver> approver = new SimpleObjectProperty<>(this, "approver");
    private final ReadOnlyObjectWrapper<DecisionForm> form = new ReadOnlyObjectWrapper<>(this, "form");
    private final ReadOnlyObjectWrapper<Confirmation> confirmation = new ReadOnlyObjectWrapper<>(this, "confirmation");
    private final ReadOnlyStringWrapper standing = new ReadOnlyStringWrapper(this, "standing", "");
    private final ReadOnlyStringWrapper unavailable = new ReadOnlyStringWrapper(this, "unavailable", "");
    private final ReadOnlyBooleanWrapper signing = new ReadOnlyBooleanWrapper(this, "signing");
    private final ReadOnlyBooleanWrapper canSign = new ReadOnlyBooleanWrapper(this, "canSign");
    private final BooleanProperty deciding = new SimpleBooleanProperty(this, "deciding");
    private Runnable onRecorded = () -> {};
    private String openedDraft;
    private Instant openedAt;
    private long generation;

    public DecisionViewModel(TaskExecutor executor, DialogService dialogs, Clock clock) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.clock = clock;
        item.addListener((obs, was, now) -> prepare());
        session.addListener((obs, was, now) -> prepare());
        approver.addListener((obs, was, now) -> {
            confirmation.set(null);
            prepare();
        });
    }

    /** Called after each recorded decision, e.g. to reload the queue. */
    public void setOnRecorded(Runnable onRecorded) {
        this.onRecorded = Objects.requireNonNull(onRecorded);
    }

    private void prepare() {
        QueueItem now = item.get();
        long ticket = ++generation;
        if (now == null || !now.id().equals(openedDraft)) {
            // Time on task runs from when the draft is opened in review, whoever ends up deciding it.
            openedDraft = now == null ? null : now.id();
            openedAt = clock.instant();
            confirmation.set(null);
            deciding.set(false);
        }
        if (now == null) {
            show(null, "");
            return;
        }
        WorkspaceSession open = session.get();
        Approver acting = approver.get();
        if (open == null) {
            show(null, "Deciding needs a workspace: this queue is the read-only sample casebook.");
            return;
        }
        if (acting == null) {
            show(null, "Create a signing key to decide: there is no approver to act as yet.");
            return;
        }
        String draftId = now.id();
        int revision = now.draft().revision();
        standing.set("Checking who may decide…");
        executor.execute(
                () -> prepare(open, draftId, revision, acting),
                prepared -> {
                    if (ticket == generation) {
                        show(prepared, "");
                    }
                },
                error -> {
                    if (ticket == generation) {
                        show(null, "This draft cannot be decided here: " + plain(error));
                    }
                });
    }

    private static DecisionCase prepare(WorkspaceSession open, String draftId, int revision, Approver acting) {
        DecisionService service = open.decisions();
        ReviewMaterial material =
                new QueueService(open.workspace()).material(draftId, revision, service.verifiedDecisions());
        DecisionService.Preview preview = service.preview(material, acting.id());
        return new DecisionCase(
                material,
                preview.analysis(),
                preview.standing(),
                service.analyzerFor(material),
                acting.id(),
                acting.name());
    }

    private void show(DecisionCase prepared, String reason) {
        DecisionForm previous = form.get();
        DecisionForm next = prepared == null ? null : new DecisionForm(prepared, clock, openedAt);
        if (next != null && previous != null && confirmation.get() == null) {
            FormCarryOver.copy(previous, next);
        }
        form.set(next);
        canSign.unbind();
        if (next == null) {
            canSign.set(false);
        } else {
            canSign.bind(next.canSignProperty().and(signing.not()));
        }
        unavailable.set(reason);
        standing.set(prepared == null ? "" : StandingWords.of(prepared.standing()));
        if (next == null) {
            deciding.set(false);
        }
    }

    /** Opens the form with this outcome chosen (the A, E, R and C keys, or the bar's buttons). */
    public void start(Outcome outcome) {
        DecisionForm current = form.get();
        if (current == null) {
            return;
        }
        confirmation.set(null);
        current.outcomeProperty().set(outcome);
        deciding.set(true);
    }

    public void cancel() {
        deciding.set(false);
    }

    /** Asks for the passphrase, then signs and records in the background. Does nothing while a reason blocks it. */
    public void sign() {
        DecisionForm current = form.get();
        Approver acting = approver.get();
        WorkspaceSession open = session.get();
        if (current == null
                || acting == null
                || open == null
                || signing.get()
                || !current.canSignProperty().get()) {
            return;
        }
        DecisionInput input = current.input();
        Optional<char[]> passphrase = dialogs.askPassphrase(
                "Sign as " + acting.name(),
                "Your passphrase unlocks your signing key for this one decision — "
                        + input.outcome().code() + " on " + input.draftId() + " revision " + input.revision()
                        + ". It is not kept.");
        if (passphrase.isEmpty()) {
            return;
        }
        char[] secret = passphrase.get();
        ReviewMaterial material = current.decisionCase().material();
        signing.set(true);
        executor.execute(
                () -> {
                    try {
                        return open.decisions()
                                .record(
                                        material,
                                        acting.id(),
                                        input,
                                        open.keystore().unlock(acting.id(), secret));
                    } finally {
                        Passphrases.wipe(secret);
                    }
                },
                this::recorded,
                this::refused);
    }

    private void recorded(RecordedDecision recorded) {
        signing.set(false);
        confirmation.set(Confirmation.of(recorded));
        onRecorded.run();
        prepare();
    }

    private void refused(Throwable error) {
        signing.set(false);
        switch (error) {
            case WrongPassphraseException e ->
                dialogs.showError(
                        "Wrong passphrase",
                        "That passphrase does not open " + approver.get().name()
                                + "'s signing key. Nothing was signed or recorded; try again.");
            case DecisionRefusedException e ->
                dialogs.showError(
                        "Not recorded",
                        "The store refused the decision, and nothing was " + "written:\n• "
                                + e.problems().stream().map(p -> p.message()).collect(Collectors.joining("\n• ")));
            case KeystoreRefusedException e ->
                dialogs.showError("Signing key unavailable", plain(e) + ". Nothing was recorded.");
            default ->
                dialogs.showError(
                        "Not recorded",
                        "The decision was not recorded: " + plain(error)
                                + ". Nothing was written; try again, and if it keeps failing run 'countersign verify-store'.");
        }
        prepare();
    }

    private static String plain(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }

    public ObjectProperty<QueueItem> itemProperty() {
        return item;
    }

    public ObjectProperty<WorkspaceSession> sessionProperty() {
        return session;
    }

    public ObjectProperty<Approver> approverProperty() {
        return approver;
    }

    public ReadOnlyObjectProperty<DecisionForm> formProperty() {
        return form.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Confirmation> confirmationProperty() {
        return confirmation.getReadOnlyProperty();
    }

    /** The draft's standing for the bar: approvals so far and how many it needs. */
    public ReadOnlyStringProperty standingProperty() {
        return standing.getReadOnlyProperty();
    }

    /** Why nothing can be decided here at all (no workspace, no key); empty otherwise. */
    public ReadOnlyStringProperty unavailableProperty() {
        return unavailable.getReadOnlyProperty();
    }

    /** The current form passes every rule and nothing is being signed. */
    public ReadOnlyBooleanProperty canSignProperty() {
        return canSign.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty signingProperty() {
        return signing.getReadOnlyProperty();
    }

    /** True while the decision panel is open. */
    public BooleanProperty decidingProperty() {
        return deciding;
    }

    /** The time the current draft was opened in review: recorded as time on task. */
    public Instant openedAt() {
        return openedAt;
    }
}
