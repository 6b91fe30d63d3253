package io.countersign.app.decision;

import io.countersign.app.common.RecordingDialogService;
import io.countersign.app.common.SameThreadTaskExecutor;
import io.countersign.app.queue.DemoQueue;
import io.countersign.app.queue.QueueItem;
import io.countersign.app.queue.QueueViewModel;
import io.countersign.app.workspace.Approver;
import io.countersign.app.workspace.DemoWorkspace;
import io.countersign.app.workspace.WorkspaceQueueSource;
import io.countersign.app.workspace.WorkspaceSession;
import java.nio.file.Path;

/**
 * A demo workspace with the queue and the decision view model wired as the workbench wires them,
 * on the calling thread and without a toolkit. Keys use few PBKDF2 iterations so tests stay fast.
 */
final class DecisionDesk implements AutoCloseable {
    static final int TEST_ITERATIONS = 1_000;
    static final Approver PRIYA = DemoWorkspace.APPROVERS.get(0);
    static final Approver HENRIK = DemoWorkspace.APPROVERS.get(1);
    static final Approver FATIMA = DemoWorkspace.APPROVERS.get(2);

    final RecordingDialogService dialogs = new RecordingDialogService();
    final WorkspaceSession session;
    final QueueViewModel queue;
    final DecisionViewModel decision;
    private volatile String acting = PRIYA.id();

    DecisionDesk(Path folder) throws Exception {
        session = DemoWorkspace.prepare(folder, DemoQueue.CLOCK, TEST_ITERATIONS);
        SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
        queue = new QueueViewModel(new WorkspaceQueueSource(session, () -> acting), executor, dialogs, DemoQueue.CLOCK);
        decision = new DecisionViewModel(executor, dialogs, DemoQueue.CLOCK);
        decision.itemProperty().bind(queue.selectedProperty());
        decision.sessionProperty().set(session);
        decision.approverProperty().set(PRIYA);
        decision.setOnRecorded(queue::load);
        dialogs.passphraseAnswer = DemoWorkspace.PASSPHRASE;
        queue.load();
    }

    void actAs(Approver approver) {
        acting = approver.id();
        decision.approverProperty().set(approver);
        queue.load();
    }

    void open(String draftId) {
        queue.selectedProperty()
                .set(queue.allItems().stream()
                        .filter(i -> i.id().equals(draftId))
                        .findFirst()
                        .orElseThrow());
    }

    QueueItem item(String draftId) {
        return queue.allItems().stream()
                .filter(i -> i.id().equals(draftId))
                .findFirst()
                .orElseThrow();
    }

    DecisionForm form() {
        return decision.formProperty().get();
    }

    @Override
    public void close() {
        session.close();
    }
}
