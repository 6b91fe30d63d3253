package io.countersign.app.workspace;

import io.countersign.model.format.Identity;
import io.countersign.model.format.Snapshot;
import io.countersign.persistence.Workspace;
import io.countersign.persistence.input.StoredInput;
import io.countersign.persistence.input.WorkspaceInputs;
import io.countersign.services.AppVersion;
import io.countersign.services.evidence.DecisionService;
import io.countersign.services.intake.Inbox;
import io.countersign.services.intake.InboxWatcher;
import io.countersign.services.intake.SweepReport;
import io.countersign.services.keys.ApproverKey;
import io.countersign.services.keys.ApproverKeystore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one open workspace of a workbench window: the store (single writer), its keystore, decision
 * service and inbox watcher. Every method touches the disk: call them from background tasks only.
 */
public final class WorkspaceSession implements AutoCloseable {
    private final Workspace workspace;
    private final ApproverKeystore keystore;
    private final DecisionService decisions;
    private final boolean demo;
    private InboxWatcher watcher;

    private WorkspaceSession(Workspace workspace, Clock clock, int keyIterations, boolean demo) {
        this.workspace = workspace;
        // Zero or less: the keystore's own (slow, safe) iteration count; tests pass a small one.
        this.keystore = keyIterations <= 0
                ? new ApproverKeystore(workspace)
                : new ApproverKeystore(workspace, clock, keyIterations);
        this.decisions = new DecisionService(workspace, clock, AppVersion.VERSION, false);
        this.demo = demo;
    }

    /**
     * Opens the folder's store, creating it when new.
     *
     * @throws io.countersign.persistence.WorkspaceBusyException when another window or process has it open
     */
    public static WorkspaceSession open(Path directory, Clock clock, int keyIterations, boolean demo) {
        return new WorkspaceSession(Workspace.open(directory, clock), clock, keyIterations, demo);
    }

    public Path directory() {
        return workspace.directory();
    }

    public boolean demo() {
        return demo;
    }

    public Workspace workspace() {
        return workspace;
    }

    public DecisionService decisions() {
        return decisions;
    }

    public ApproverKeystore keystore() {
        return keystore;
    }

    public WorkspaceInputs inputs() {
        return new WorkspaceInputs(workspace);
    }

    /**
     * Approvers with a current key whose keystore file is here: the people this window can sign as,
     * in the order their keys were registered (the first is whom the window acts as by default).
     */
    public List<Approver> approvers() {
        return keystore.list().stream()
                .filter(ApproverKey::current)
                .filter(key -> key.keystore().isPresent())
                .sorted(Comparator.comparing((ApproverKey key) -> demoRank(key.ownerId()))
                        .thenComparing(key -> key.registration().registeredAt())
                        .thenComparing(key -> key.registration().displayName(), String.CASE_INSENSITIVE_ORDER))
                .map(key -> new Approver(key.ownerId(), key.registration().displayName()))
                .toList();
    }

    /** In the demo, its approvers come in the order the demo introduces them; elsewhere this ranks nobody. */
    private int demoRank(String ownerId) {
        if (!demo) {
            return 0;
        }
        for (int i = 0; i < DemoWorkspace.APPROVERS.size(); i++) {
            if (DemoWorkspace.APPROVERS.get(i).id().equals(ownerId)) {
                return i;
            }
        }
        return DemoWorkspace.APPROVERS.size();
    }

    /** The current snapshot's people, for checking a new approver's id; empty when none is imported. */
    public Optional<Snapshot> currentSnapshot() {
        return inputs().currentSnapshot().map(StoredInput::value);
    }

    public static Optional<Identity> identity(Snapshot snapshot, String id) {
        return snapshot.identities().stream()
                .filter(identity -> identity.id().equals(id))
                .findFirst();
    }

    /** Starts sweeping the inbox as files arrive; reports come on the watcher's thread. */
    public synchronized void watchInbox(Consumer<SweepReport> reports, Consumer<RuntimeException> failures) {
        if (watcher == null) {
            watcher = InboxWatcher.start(new Inbox(workspace), InboxWatcher.DEFAULT_SETTLE, reports, failures);
        }
    }

    /** Stops the watcher (letting a running sweep finish), then closes the store and releases its lock. */
    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
        workspace.close();
    }
}
