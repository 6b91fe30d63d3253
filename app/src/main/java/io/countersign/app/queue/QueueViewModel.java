package io.countersign.app.queue;

import io.countersign.app.common.DialogService;
import io.countersign.app.common.TaskExecutor;
import io.countersign.model.format.Severity;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The queue's state: every pending draft analysed, filtered by search, severity and kind, sorted as
 * the table says, and the selected draft. Plain class: no nodes, testable without a toolkit.
 */
public final class QueueViewModel {
    private QueueSource source;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Clock clock;

    private final ObservableList<QueueItem> items = FXCollections.observableArrayList();
    private final FilteredList<QueueItem> filtered = new FilteredList<>(items);
    private final SortedList<QueueItem> visible = new SortedList<>(filtered);
    private final ObservableList<QueueItem> itemsView = FXCollections.unmodifiableObservableList(items);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<SeverityFilter> severityFilter =
            new SimpleObjectProperty<>(this, "severity", SeverityFilter.ALL);
    private final ObjectProperty<KindFilter> kindFilter = new SimpleObjectProperty<>(this, "kind", KindFilter.ALL);
    private final ObjectProperty<QueueItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final BooleanProperty showDecided = new SimpleBooleanProperty(this, "showDecided", true);
    private final ReadOnlyStringWrapper sourceDescription = new ReadOnlyStringWrapper(this, "sourceDescription", "");
    /** Counts loads; a load whose number is no longer the latest stops and its results are dropped. */
    private final AtomicLong loads = new AtomicLong();

    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper(this, "shown");
    private final Map<SeverityFilter, ReadOnlyIntegerWrapper> counts = new EnumMap<>(SeverityFilter.class);

    public QueueViewModel(QueueSource source, TaskExecutor executor, DialogService dialogs, Clock clock) {
        this.source = source;
        this.executor = executor;
        this.dialogs = dialogs;
        this.clock = clock;
        sourceDescription.set(source.description());
        for (SeverityFilter filter : SeverityFilter.values()) {
            counts.put(filter, new ReadOnlyIntegerWrapper(this, "count-" + filter.name()));
        }
        search.addListener((obs, was, now) -> refilter());
        severityFilter.addListener((obs, was, now) -> refilter());
        kindFilter.addListener((obs, was, now) -> refilter());
        showDecided.addListener((obs, was, now) -> refilter());
        shown.bind(javafx.beans.binding.Bindings.size(visible));
    }

    /**
     * Reads and analyses the queue in the background. The first load fills the table batch by batch
     * as drafts are analysed; a reload (new inbox file, a decision recorded) swaps the whole list
     * once it is ready, so rows and selection do not flicker under the reviewer.
     */
    public void load() {
        loading.set(true);
        status.set("Reading pending drafts…");
        QueueSource current = source;
        long load = loads.incrementAndGet();
        boolean progressive = items.isEmpty();
        executor.execute(
                () -> {
                    List<PendingDraft> pending = current.pendingDrafts();
                    QueueAnalysis analysis = new QueueAnalysis();
                    if (!progressive) {
                        return analysis.analyze(pending);
                    }
                    List<QueueItem> analysed = new ArrayList<>(pending.size());
                    analysis.analyze(pending, () -> load == loads.get(), batch -> {
                        analysed.addAll(batch);
                        executor.deliver(() -> {
                            if (load == loads.get()) {
                                append(batch, pending.size());
                            }
                        });
                    });
                    return analysed;
                },
                analysed -> {
                    if (load == loads.get()) {
                        show(analysed, progressive);
                    }
                },
                this::failed);
    }

    /** Reads from another source from now on (a workspace was opened) and loads it. */
    public void useSource(QueueSource next) {
        source = next;
        sourceDescription.set(next.description());
        // Another workspace's rows must not stay on screen while this one is read.
        selected.set(null);
        items.clear();
        load();
    }

    private void append(List<QueueItem> batch, int total) {
        items.addAll(batch);
        recount();
        status.set(String.format(Locale.ROOT, "Analysed %,d of %,d pending drafts…", items.size(), total));
        if (selected.get() == null && !visible.isEmpty()) {
            selected.set(visible.getFirst());
        }
    }

    private void show(List<QueueItem> analysed, boolean alreadyShown) {
        if (!alreadyShown) {
            // A reload keeps the reviewer on the same draft.
            String selectedId = selected.get() == null ? null : selected.get().id();
            items.setAll(analysed);
            if (selectedId != null) {
                selected.set(visible.stream()
                        .filter(item -> item.id().equals(selectedId))
                        .findFirst()
                        .orElse(null));
            }
        }
        recount();
        loading.set(false);
        long decided = analysed.stream().filter(QueueItem::decided).count();
        status.set(
                analysed.isEmpty()
                        ? "No pending drafts"
                        : String.format(Locale.ROOT, "%,d pending drafts analysed", analysed.size())
                                + (decided == 0 ? "" : String.format(Locale.ROOT, " · %,d decided", decided)));
        if (selected.get() == null && !visible.isEmpty()) {
            selected.set(visible.getFirst());
        }
    }

    private void recount() {
        for (SeverityFilter filter : SeverityFilter.values()) {
            counts.get(filter).set((int) items.stream()
                    .filter(item -> filter.matches(item.highestSeverity()))
                    .count());
        }
    }

    private void failed(Throwable error) {
        loading.set(false);
        status.set("The queue could not be read");
        dialogs.showError(
                "The queue could not be read",
                "Countersign could not read the pending drafts from " + source.description() + ": " + plain(error)
                        + "\n\nCheck the files it names, then restart Countersign.");
    }

    private static String plain(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }

    private void refilter() {
        String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        SeverityFilter severity = severityFilter.get();
        KindFilter kind = kindFilter.get();
        boolean decided = showDecided.get();
        filtered.setPredicate(item -> severity.matches(item.highestSeverity())
                && kind.matches(item.kind())
                && (decided || !item.decided())
                && (needle.isEmpty() || matchesSearch(item, needle)));
        if (selected.get() != null && !visible.contains(selected.get())) {
            selected.set(visible.isEmpty() ? null : visible.getFirst());
        }
    }

    private static boolean matchesSearch(QueueItem item, String needle) {
        return contains(item.title(), needle)
                || contains(item.id(), needle)
                || contains(item.affectedIdentities(), needle)
                || contains(item.draft().ticket(), needle)
                || contains(item.draft().requester(), needle)
                || item.draft().affectedIdentities().stream().anyMatch(id -> contains(id, needle));
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }

    /** Moves to the next draft in the order the table shows; stays on the last one. */
    public void selectNext() {
        move(1);
    }

    public void selectPrevious() {
        move(-1);
    }

    private void move(int step) {
        if (visible.isEmpty()) {
            return;
        }
        int index = visible.indexOf(selected.get());
        int next = index < 0 ? 0 : Math.max(0, Math.min(visible.size() - 1, index + step));
        selected.set(visible.get(next));
    }

    public void clearFilters() {
        search.set("");
        severityFilter.set(SeverityFilter.ALL);
        kindFilter.set(KindFilter.ALL);
    }

    /** Drafts after filtering, in table order; the view binds its comparator to the table's. */
    public SortedList<QueueItem> visibleItems() {
        return visible;
    }

    public ObservableList<QueueItem> allItems() {
        return itemsView;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<SeverityFilter> severityFilterProperty() {
        return severityFilter;
    }

    public ObjectProperty<KindFilter> kindFilterProperty() {
        return kindFilter;
    }

    public ObjectProperty<QueueItem> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** How many drafts have this highest severity (or none, or any). */
    public ReadOnlyIntegerProperty countProperty(SeverityFilter filter) {
        return counts.get(filter).getReadOnlyProperty();
    }

    public int count(Severity severity) {
        return counts.get(SeverityFilter.of(severity)).get();
    }

    public Clock clock() {
        return clock;
    }

    public ReadOnlyStringProperty sourceDescriptionProperty() {
        return sourceDescription.getReadOnlyProperty();
    }

    /** Whether drafts with a final outcome stay in the list (marked decided) or are hidden. */
    public BooleanProperty showDecidedProperty() {
        return showDecided;
    }
}
