package io.countersign.app.workbench;

import io.countersign.app.common.DialogService;
import io.countersign.app.common.LazyView;
import io.countersign.app.common.TaskExecutor;
import io.countersign.app.export.ExportView;
import io.countersign.app.export.ExportViewModel;
import io.countersign.app.history.EvidenceAccess;
import io.countersign.app.history.HistoryView;
import io.countersign.app.history.HistoryViewModel;
import java.time.Clock;
import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * History and Export over an open evidence store, in place of their placeholders. Verification
 * starts as soon as they are built; an export re-verifies the history so its entry shows.
 */
public final class EvidenceSections {
    /** Progress from background work reaches the FX thread, or runs at once when already on it. */
    private static final Executor FX = runnable -> {
        if (Platform.isFxApplicationThread()) {
            runnable.run();
        } else {
            Platform.runLater(runnable);
        }
    };

    private final HistoryViewModel history;
    private final ExportViewModel export;
    private final LazyView<HistoryView> historyView;
    private final LazyView<ExportView> exportView;

    private EvidenceSections(EvidenceAccess evidence, TaskExecutor executor, DialogService dialogs, Clock clock) {
        history = new HistoryViewModel(evidence, executor);
        export = new ExportViewModel(evidence, executor, dialogs, clock, FX);
        export.setOnExported(history::verify);
        historyView = new LazyView<>(() -> new HistoryView(history));
        exportView = new LazyView<>(() -> new ExportView(export));
    }

    /** @param openNow whether the store is open already; otherwise {@link #refresh()} once it is */
    static EvidenceSections install(
            WorkbenchView view,
            EvidenceAccess evidence,
            TaskExecutor executor,
            DialogService dialogs,
            Clock clock,
            boolean openNow) {
        EvidenceSections sections = new EvidenceSections(evidence, executor, dialogs, clock);
        view.showBuilt(Section.HISTORY, sections.historyView);
        view.showBuilt(Section.EXPORT, sections.exportView);
        if (openNow) {
            sections.refresh();
        }
        return sections;
    }

    /** Verifies the chain (the same check the CLI's verify-store runs) and reloads the export choices. */
    public void refresh() {
        history.verify();
        export.load();
    }

    public HistoryViewModel history() {
        return history;
    }

    public ExportViewModel export() {
        return export;
    }

    /** The history screen, built now if it was not shown yet. */
    public HistoryView historyView() {
        return historyView.view();
    }

    /** The export screen, built now if it was not shown yet. */
    public ExportView exportView() {
        return exportView.view();
    }
}
