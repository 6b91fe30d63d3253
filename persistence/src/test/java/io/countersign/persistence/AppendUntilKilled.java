package io.countersign.persistence;

import io.countersign.model.store.ChainEntry;
import io.countersign.model.store.ChainEntryKind;
import io.countersign.model.store.EntrySummary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Child-process main: appends entries forever, printing each seq only after append returned,
 * i.e. after the store acknowledged it as recorded. The parent kills it with SIGKILL.
 */
public final class AppendUntilKilled {

    public static void main(String[] args) {
        Workspace workspace = Workspace.open(Path.of(args[0]));
        for (int i = 0; ; i++) {
            byte[] envelope = ("{\"payload\":\"crash-test-" + i + "\"}").getBytes(StandardCharsets.UTF_8);
            ChainEntry entry = workspace
                    .evidenceChain()
                    .append(ChainEntryKind.DECISION, envelope, ContentDigest.sha256Hex(envelope), EntrySummary.NONE);
            System.out.println("ACK " + entry.seq());
            System.out.flush();
        }
    }
}
