package io.countersign.app.training;

import io.countersign.app.common.DialogService;
import io.countersign.app.common.TaskExecutor;
import io.countersign.app.review.ReviewViewModel;
import io.countersign.model.read.FormatException;
import io.countersign.model.training.CaseResult;
import io.countersign.model.training.SessionScore;
import io.countersign.services.sample.SampleCasebook;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A training session: opens a casebook into its own training workspace, lists the cases, shows the
 * chosen one in the normal review layout with the trainee's decision form, and after each decision
 * the feedback and the running session score. The presenter steps through the same cases.
 */
public final class TrainingViewModel {
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final TrainingFolders folders;
    private final Clock clock;
    private final ReviewViewModel review = new ReviewViewModel();
    private final TraineeDecisionViewModel decision = new TraineeDecisionViewModel();
    private final PresenterViewModel presenter = new PresenterViewModel();
    private final ObservableList<CaseRow> cases = FXCollections.observableArrayList();
    private final ObjectProperty<CaseRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<CaseFeedback> feedback = new ReadOnlyObjectWrapper<>(this, "feedback");
    private final ReadOnlyObjectWrapper<SessionScore> score =
            new ReadOnlyObjectWrapper<>(this, "score", SessionScore.of(List.of()));
    private final ReadOnlyObjectWrapper<TrainingWorkspace> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final BooleanProperty opening = new SimpleBooleanProperty(this, "opening");
    private final StringProperty status = new SimpleStringProperty(this, "status", "No training session open");
    private final List<CaseResult> results = new ArrayList<>();

    public TrainingViewModel(TaskExecutor executor, DialogService dialogs, TrainingFolders folders, Clock clock) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.folders = folders;
        this.clock = clock;
        selected.addListener((obs, was, now) -> show(now));
    }

    public void openSample() {
        open("the sample casebook", SampleCasebook::path);
    }

    /** Asks for a casebook file; nothing happens when the trainer cancels. */
    public void openFile() {
        Optional<Path> file =
                dialogs.chooseFileToOpen("Open a casebook for training", "Casebooks (*.json)", List.of("*.json"));
        file.ifPresent(path -> open(path.getFileName().toString(), () -> path));
    }

    private void open(String what, Callable<Path> casebook) {
        if (opening.get()) {
            return;
        }
        opening.set(true);
        status.set("Opening " + what + " in a new training workspace…");
        TrainingWorkspace previous = session.get();
        executor.execute(
                () -> {
                    if (previous != null) {
                        previous.close();
                    }
                    return TrainingWorkspace.open(casebook.call(), folders.root(), clock.instant());
                },
                this::started,
                error -> {
                    opening.set(false);
                    session.set(null);
                    cases.clear();
                    status.set("No training session open");
                    dialogs.showError("The training session did not start", plainWords(error));
                });
    }

    private void started(TrainingWorkspace opened) {
        opening.set(false);
        results.clear();
        score.set(SessionScore.of(results));
        session.set(opened);
        cases.setAll(
                opened.cases().stream().map(item -> new CaseRow(item, null)).toList());
        presenter.load(opened.cases());
        status.set(opened.casebook().title() + " · " + opened.cases().size() + " cases · training workspace "
                + opened.folder());
        selected.set(cases.isEmpty() ? null : cases.getFirst());
    }

    private void show(CaseRow row) {
        review.itemProperty().set(row == null ? null : row.item().item());
        feedback.set(row == null ? null : row.feedback());
        if (row == null || !row.done()) {
            decision.load(
                    row == null ? null : row.item(),
                    session.get() == null ? clock.instant() : session.get().now());
        }
    }

    /** Checks and records the decision in the training store; scored decisions show their feedback. */
    public void submit() {
        CaseRow row = selected.get();
        TrainingWorkspace open = session.get();
        if (row == null || open == null || row.done() || !decision.canSubmit().get()) {
            return;
        }
        var input = decision.toInput();
        decision.busyProperty().set(true);
        decision.problems().clear();
        executor.execute(
                () -> open.decide(row.item(), input),
                attempt -> {
                    decision.busyProperty().set(false);
                    if (!attempt.scored()) {
                        decision.problems()
                                .setAll(attempt.problems().stream()
                                        .map(TrainingViewModel::sentence)
                                        .toList());
                        return;
                    }
                    results.add(attempt.result());
                    score.set(SessionScore.of(results));
                    CaseRow done = new CaseRow(row.item(), CaseFeedback.of(row.item(), attempt));
                    cases.set(cases.indexOf(row), done);
                    selected.set(done);
                },
                error -> {
                    decision.busyProperty().set(false);
                    decision.problems()
                            .setAll("The decision could not be recorded in the training store: " + plainWords(error));
                });
    }

    /** The next case still to do, after the selected one (wrapping round). */
    public void nextCase() {
        int start = Math.max(0, cases.indexOf(selected.get()));
        for (int step = 1; step <= cases.size(); step++) {
            CaseRow candidate = cases.get((start + step) % cases.size());
            if (!candidate.done()) {
                selected.set(candidate);
                return;
            }
        }
    }

    /** The presenter opens on the case the trainer has selected. */
    public void startPresenting() {
        if (!cases.isEmpty()) {
            presenter.showCase(Math.max(0, cases.indexOf(selected.get())));
            presenter.presentingProperty().set(true);
        }
    }

    private static String sentence(String problem) {
        String text = problem.isEmpty() ? problem : Character.toUpperCase(problem.charAt(0)) + problem.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }

    /** The reason in words for the screen: the innermost message, never a stack trace. */
    static String plainWords(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root && !(root instanceof FormatException)) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank()
                ? "something went wrong (" + root.getClass().getSimpleName() + ")"
                : message;
    }

    public ReviewViewModel review() {
        return review;
    }

    public TraineeDecisionViewModel decision() {
        return decision;
    }

    public PresenterViewModel presenter() {
        return presenter;
    }

    public ObservableList<CaseRow> cases() {
        return cases;
    }

    public ObjectProperty<CaseRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<CaseFeedback> feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SessionScore> scoreProperty() {
        return score.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TrainingWorkspace> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public BooleanProperty openingProperty() {
        return opening;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
