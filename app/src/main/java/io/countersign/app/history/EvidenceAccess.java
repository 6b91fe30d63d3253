package io.countersign.app.history;

import io.countersign.services.evidence.StoreVerification;
import io.countersign.services.pack.PackExporter;
import java.nio.file.Path;
import java.util.List;

/**
 * What the History and Export screens need from an open evidence store. Every method may touch the
 * disk and the database: call them only from background work, never on the FX thread.
 */
public interface EvidenceAccess {

    /** Verifies the whole chain from its first record. */
    StoreVerification verify();

    /** People who may sign a pack: owners of a current key whose keystore is in this workspace. */
    List<KeyOwner> keyOwners();

    /** Systems of the current snapshot, for choosing what a pack covers. */
    List<SystemChoice> systems();

    /**
     * Exports and records a pack, unlocking the exporter's key with {@code passphrase}, which is
     * wiped before this returns, whatever happens.
     */
    PackExporter.Result export(PackExporter.Request request, char[] passphrase);

    /** The folder a new pack is proposed in before the user chooses one. */
    Path defaultExportFolder();

    /** "Name (id)"; just the id when there is no other name; just the name for "All …" entries, whose id is empty. */
    private static String labelOf(String id, String name) {
        if (id.isEmpty()) {
            return name;
        }
        return name == null || name.isBlank() || name.equals(id) ? id : name + " (" + id + ")";
    }

    /** A person with a signing key: {@code id} as signed, {@code name} for people. */
    record KeyOwner(String id, String name) {
        public String label() {
            return labelOf(id, name);
        }
    }

    /** A system of the snapshot: {@code id} as matched by a pack selection, {@code name} for people. */
    record SystemChoice(String id, String name) {
        public String label() {
            return labelOf(id, name);
        }
    }
}
