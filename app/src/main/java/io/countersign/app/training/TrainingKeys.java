package io.countersign.app.training;

import io.countersign.model.evidence.SigningKey;
import io.countersign.persistence.Workspace;
import io.countersign.services.keys.ApproverKeystore;
import io.countersign.services.keys.Passphrases;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Training signing keys, one per identity the trainee acts as, made on first use. Each passphrase
 * is random and lives in memory for the session only: the trainee never types one, and a training
 * key can never be mistaken for, or reused as, an approver's real key.
 */
final class TrainingKeys implements AutoCloseable {
    /** The passphrase is 192 random bits, so key stretching adds nothing; keep opening a key quick. */
    private static final int ITERATIONS = 10_000;

    private final SecureRandom random = new SecureRandom();
    private final ApproverKeystore keystore;
    private final Map<String, char[]> passphrases = new HashMap<>();

    TrainingKeys(Workspace workspace, Clock clock) {
        this.keystore = new ApproverKeystore(workspace, clock, ITERATIONS);
    }

    synchronized SigningKey unlock(String approverId, String displayName) {
        char[] passphrase = passphrases.get(approverId);
        if (passphrase == null) {
            passphrase = generate();
            keystore.init(approverId, "Trainee acting as " + displayName, passphrase.clone());
            passphrases.put(approverId, passphrase);
        }
        return keystore.unlock(approverId, passphrase.clone());
    }

    private char[] generate() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
    }

    @Override
    public synchronized void close() {
        passphrases.values().forEach(Passphrases::wipe);
        passphrases.clear();
    }
}
