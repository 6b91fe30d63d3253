package io.countersign.app.history;

import io.countersign.persistence.Workspace;
import io.countersign.persistence.input.WorkspaceInputs;
import io.countersign.services.evidence.StoreVerification;
import io.countersign.services.evidence.StoreVerifier;
import io.countersign.services.keys.ApproverKey;
import io.countersign.services.keys.ApproverKeystore;
import io.countersign.services.keys.Passphrases;
import io.countersign.services.pack.PackExporter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** {@link EvidenceAccess} over an open workspace: its verifier, keystore and pack exporter. */
public final class WorkspaceEvidence implements EvidenceAccess {
    private final Workspace workspace;
    private final ApproverKeystore keystore;
    private final String softwareAgent;
    private final Path exportFolder;

    /**
     * @param softwareAgent what bag-info.txt names as the pack's maker, e.g. "countersign 0.1.0"
     * @param exportFolder  where a new pack is proposed before the user chooses
     */
    public WorkspaceEvidence(Workspace workspace, ApproverKeystore keystore, String softwareAgent, Path exportFolder) {
        this.workspace = workspace;
        this.keystore = keystore;
        this.softwareAgent = softwareAgent;
        this.exportFolder = exportFolder;
    }

    @Override
    public StoreVerification verify() {
        return new StoreVerifier(workspace).verify();
    }

    @Override
    public List<KeyOwner> keyOwners() {
        return keystore.list().stream()
                .filter(key -> key.current() && key.keystore().isPresent())
                .map(ApproverKey::registration)
                .map(key -> new KeyOwner(key.ownerId(), key.displayName()))
                .distinct()
                .sorted(Comparator.comparing(KeyOwner::label, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Override
    public List<SystemChoice> systems() {
        return new WorkspaceInputs(workspace)
                .currentSnapshot()
                .map(snapshot -> snapshot.value().systems().stream()
                        .map(system -> new SystemChoice(system.id(), system.name()))
                        .sorted(Comparator.comparing(SystemChoice::label, String.CASE_INSENSITIVE_ORDER))
                        .toList())
                .orElse(List.of());
    }

    @Override
    public PackExporter.Result export(PackExporter.Request request, char[] passphrase) {
        try {
            return new PackExporter(workspace, softwareAgent)
                    .export(request, owner -> keystore.unlock(owner, passphrase.clone()));
        } finally {
            Passphrases.wipe(passphrase);
        }
    }

    @Override
    public Path defaultExportFolder() {
        return exportFolder;
    }
}
