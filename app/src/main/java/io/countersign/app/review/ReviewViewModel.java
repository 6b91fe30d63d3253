package io.countersign.app.review;

import io.countersign.app.queue.QueueItem;
import io.countersign.model.analysis.DraftAnalysis;
import io.countersign.model.finding.Finding;
import io.countersign.model.format.Draft;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * One draft under review: its header, the diff tree or approval chain, the findings (most severe
 * first) and the links between them, the assistant's advisory and the identities' other pending
 * drafts. Selecting a finding highlights the lines it is about; selecting a line marks its findings.
 */
public final class ReviewViewModel {
    private final ObjectProperty<QueueItem> item = new SimpleObjectProperty<>(this, "item");
    private final ReadOnlyObjectWrapper<DraftSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyObjectWrapper<Advisory> advisory = new ReadOnlyObjectWrapper<>(this, "advisory");
    private final ReadOnlyObjectWrapper<WorkflowChain> workflow = new ReadOnlyObjectWrapper<>(this, "workflow");
    private final ObservableList<DiffNode> diff = FXCollections.observableArrayList();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<PendingRef> otherPending = FXCollections.observableArrayList();
    private final ObjectProperty<Finding> selectedFinding = new SimpleObjectProperty<>(this, "selectedFinding");
    private final ObjectProperty<DiffNode> selectedLine = new SimpleObjectProperty<>(this, "selectedLine");
    private final ObservableSet<DiffNode> highlighted = FXCollections.observableSet();
    private final ObservableSet<Finding> linkedFindings = FXCollections.observableSet();
    // Read-only views made once: a fresh wrapper per call would drop listeners when it is collected.
    private final ObservableList<DiffNode> diffView = FXCollections.unmodifiableObservableList(diff);
    private final ObservableList<Finding> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final ObservableList<PendingRef> otherPendingView = FXCollections.unmodifiableObservableList(otherPending);
    private final ObservableSet<DiffNode> highlightedView = FXCollections.unmodifiableObservableSet(highlighted);
    private final ObservableSet<Finding> linkedFindingsView = FXCollections.unmodifiableObservableSet(linkedFindings);

    public ReviewViewModel() {
        item.addListener((obs, was, now) -> show(now));
        selectedFinding.addListener((obs, was, now) -> {
            highlighted.clear();
            highlighted.addAll(linesOf(now));
        });
        selectedLine.addListener((obs, was, now) -> {
            linkedFindings.clear();
            if (now != null) {
                findings.stream().filter(f -> FindingLinks.touches(f, now)).forEach(linkedFindings::add);
            }
        });
    }

    private void show(QueueItem now) {
        selectedFinding.set(null);
        selectedLine.set(null);
        if (now == null) {
            summary.set(null);
            advisory.set(null);
            workflow.set(null);
            diff.clear();
            findings.clear();
            otherPending.clear();
            return;
        }
        DraftAnalysis analysis = now.analysis();
        summary.set(DraftSummary.of(now));
        advisory.set(Advisory.of(now.draft()));
        workflow.set(analysis.workflow() == null ? null : WorkflowChain.of(analysis.workflow()));
        diff.setAll(new AccessDiffTree(now.catalog()).build(analysis.identities()));
        findings.setAll(analysis.findings());
        otherPending.setAll(pendingRefs(now));
    }

    private static List<PendingRef> pendingRefs(QueueItem item) {
        List<PendingRef> refs = new ArrayList<>();
        Set<String> affected = item.draft().affectedIdentities();
        for (Draft other : item.pending().otherPending()) {
            Set<String> shared = new LinkedHashSet<>(other.affectedIdentities());
            shared.retainAll(affected);
            if (!shared.isEmpty()) {
                refs.add(new PendingRef(
                        other.id(),
                        other.title(),
                        String.join(
                                ", ",
                                shared.stream().map(item.names()::identity).toList())));
            }
        }
        return refs;
    }

    /** Every diff line the finding is about, at any depth. */
    public List<DiffNode> linesOf(Finding finding) {
        List<DiffNode> lines = new ArrayList<>();
        if (finding != null) {
            collect(diff, finding, lines);
        }
        return lines;
    }

    private static void collect(List<DiffNode> nodes, Finding finding, List<DiffNode> into) {
        for (DiffNode node : nodes) {
            if (FindingLinks.touches(finding, node)) {
                into.add(node);
            }
            collect(node.children(), finding, into);
        }
    }

    /** Moves the finding selection; the view calls it for F (first finding) and arrow keys. */
    public void selectFirstFinding() {
        if (!findings.isEmpty()) {
            selectedFinding.set(findings.getFirst());
        }
    }

    public boolean isWorkflowChange() {
        return workflow.get() != null;
    }

    public ObjectProperty<QueueItem> itemProperty() {
        return item;
    }

    public ReadOnlyObjectProperty<DraftSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Advisory> advisoryProperty() {
        return advisory.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<WorkflowChain> workflowProperty() {
        return workflow.getReadOnlyProperty();
    }

    public ObservableList<DiffNode> diff() {
        return diffView;
    }

    public ObservableList<Finding> findings() {
        return findingsView;
    }

    public ObservableList<PendingRef> otherPending() {
        return otherPendingView;
    }

    public ObjectProperty<Finding> selectedFindingProperty() {
        return selectedFinding;
    }

    public ObjectProperty<DiffNode> selectedLineProperty() {
        return selectedLine;
    }

    public ObservableSet<DiffNode> highlighted() {
        return highlightedView;
    }

    public ObservableSet<Finding> linkedFindings() {
        return linkedFindingsView;
    }
}
