package io.countersign.app.history;

import io.countersign.app.common.TaskExecutor;
import io.countersign.app.history.EvidenceAccess.KeyOwner;
import io.countersign.model.decision.DecisionRecord;
import io.countersign.services.evidence.StoreVerification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The history's state: the chain's status, one row per decision read from a verified envelope (and
 * per record that failed), the filters, and the selected record's details. Verification runs in
 * the background when asked; the rows are replaced only when it finishes.
 */
public final class HistoryViewModel {
    /** The approver filter's "everyone" entry. */
    public static final KeyOwner ALL_APPROVERS = new KeyOwner("", "All approvers");

    private final EvidenceAccess evidence;
    private final TaskExecutor executor;
    private final ObservableList<HistoryRow> rows = FXCollections.observableArrayList();
    private final FilteredList<HistoryRow> visible = new FilteredList<>(rows);
    private final ObservableList<KeyOwner> approvers = FXCollections.observableArrayList(List.of(ALL_APPROVERS));
    private final ObjectProperty<KeyOwner> approver = new SimpleObjectProperty<>(this, "approver", ALL_APPROVERS);
    private final ObjectProperty<OutcomeFilter> outcome =
            new SimpleObjectProperty<>(this, "outcome", OutcomeFilter.ALL);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<HistoryRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<ChainStatus> chain =
            new ReadOnlyObjectWrapper<>(this, "chain", ChainStatus.checking());
    private final ReadOnlyBooleanWrapper verifying = new ReadOnlyBooleanWrapper(this, "verifying");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private int decisions;

    public HistoryViewModel(EvidenceAccess evidence, TaskExecutor executor) {
        this.evidence = evidence;
        this.executor = executor;
        approver.addListener((obs, was, now) -> refilter());
        outcome.addListener((obs, was, now) -> refilter());
        search.addListener((obs, was, now) -> refilter());
        from.addListener((obs, was, now) -> refilter());
        to.addListener((obs, was, now) -> refilter());
        count.bind(Bindings.createStringBinding(() -> visible.size() + " of " + rows.size(), visible, rows));
    }

    /** Verifies the whole chain in the background; the view shows progress until it is done. */
    public void verify() {
        if (verifying.get()) {
            return;
        }
        verifying.set(true);
        chain.set(ChainStatus.checking());
        executor.execute(evidence::verify, this::show, this::failed);
    }

    private void show(StoreVerification verification) {
        Long keep = selected.get() == null ? null : selected.get().seq();
        List<HistoryRow> next = new ArrayList<>();
        Map<String, KeyOwner> seen = new LinkedHashMap<>();
        verification.entries().stream()
                .filter(verdict -> !verdict.ok() || verdict.decision() != null)
                .forEach(verdict -> {
                    next.add(new HistoryRow(verdict));
                    DecisionRecord d = verdict.decision();
                    if (d != null) {
                        seen.putIfAbsent(d.approverId(), new KeyOwner(d.approverId(), d.approverName()));
                    }
                });
        decisions = (int) next.stream().filter(row -> !row.broken()).count();
        next.sort((a, b) -> Long.compare(b.seq(), a.seq())); // newest first
        rows.setAll(next);
        List<KeyOwner> choices = new ArrayList<>(List.of(ALL_APPROVERS));
        seen.values().stream().sorted(Comparator.comparing(KeyOwner::label)).forEach(choices::add);
        KeyOwner chosen = approver.get();
        approvers.setAll(choices);
        approver.set(choices.stream()
                .filter(c -> c.id().equals(chosen.id()))
                .findFirst()
                .orElse(ALL_APPROVERS));
        chain.set(ChainStatus.of(verification));
        verifying.set(false);
        selected.set(visible.stream()
                .filter(row -> keep != null && row.seq() == keep)
                .findFirst()
                .orElse(
                        verification.intact()
                                ? (visible.isEmpty() ? null : visible.getFirst())
                                : visible.stream()
                                        .filter(HistoryRow::broken)
                                        .reduce((a, b) -> b)
                                        .orElse(null)));
    }

    private void failed(Throwable error) {
        rows.clear();
        decisions = 0;
        chain.set(ChainStatus.unavailable(StoreProblem.describe(error)));
        verifying.set(false);
    }

    private void refilter() {
        KeyOwner who = approver.get();
        visible.setPredicate(new HistoryFilter(
                who == null || who.id().isEmpty() ? null : who.id(),
                outcome.get() == null ? null : outcome.get().outcome(),
                search.get(),
                from.get(),
                to.get()));
    }

    public void clearFilters() {
        approver.set(ALL_APPROVERS);
        outcome.set(OutcomeFilter.ALL);
        search.set("");
        from.set(null);
        to.set(null);
    }

    /** The selected record's details; null for none or for a broken record. */
    public RecordDetails details() {
        HistoryRow row = selected.get();
        return row == null ? null : row.decision().map(RecordDetails::of).orElse(null);
    }

    public int verifiedDecisions() {
        return decisions;
    }

    public ObservableList<HistoryRow> rows() {
        return visible;
    }

    public ObservableList<HistoryRow> allRows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ObservableList<KeyOwner> approvers() {
        return approvers;
    }

    public ObjectProperty<KeyOwner> approverProperty() {
        return approver;
    }

    public ObjectProperty<OutcomeFilter> outcomeProperty() {
        return outcome;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<HistoryRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<ChainStatus> chainProperty() {
        return chain.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty verifyingProperty() {
        return verifying.getReadOnlyProperty();
    }

    /** "4 of 6": rows shown of rows read. */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}
