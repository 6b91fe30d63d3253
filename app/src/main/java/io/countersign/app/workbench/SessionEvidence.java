package io.countersign.app.workbench;

import io.countersign.app.history.EvidenceAccess;
import io.countersign.app.history.WorkspaceEvidence;
import io.countersign.app.workspace.WorkspaceSession;
import io.countersign.services.AppVersion;
import io.countersign.services.evidence.StoreVerification;
import io.countersign.services.pack.PackExporter;
import java.nio.file.Path;
import java.util.List;

/**
 * History and Export over whichever workspace the window has open: the workspace is chosen or
 * created after the window shows, and may change, so each call asks for the current session.
 */
final class SessionEvidence implements EvidenceAccess {
    private volatile WorkspaceSession session;

    void use(WorkspaceSession next) {
        session = next;
    }

    private EvidenceAccess current() {
        WorkspaceSession open = session;
        if (open == null) {
            throw new IllegalStateException("no workspace is open yet; choose or create one first");
        }
        return new WorkspaceEvidence(
                open.workspace(),
                open.keystore(),
                "countersign " + AppVersion.VERSION,
                Path.of(System.getProperty("user.home")));
    }

    @Override
    public StoreVerification verify() {
        return current().verify();
    }

    @Override
    public List<KeyOwner> keyOwners() {
        return current().keyOwners();
    }

    @Override
    public List<SystemChoice> systems() {
        return current().systems();
    }

    @Override
    public PackExporter.Result export(PackExporter.Request request, char[] passphrase) {
        return current().export(request, passphrase);
    }

    @Override
    public Path defaultExportFolder() {
        return current().defaultExportFolder();
    }
}
