package io.countersign.services.keys;

import io.countersign.model.evidence.SigningKey;
import io.countersign.model.store.RegisteredKey;
import io.countersign.persistence.PrivateFiles;
import io.countersign.persistence.Workspace;
import io.countersign.persistence.key.SigningKeyRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.UnrecoverableKeyException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Approvers' private keys, one passphrase-protected PKCS#12 file per key in the workspace's
 * {@code keys/} folder ({@code <ownerId>-<first 12 hex digits of the key id>.p12}); the public
 * half is registered in the store. Every method that takes a passphrase wipes it before
 * returning, whatever happens; none writes anything when the passphrase is wrong or too short.
 */
public final class ApproverKeystore {

    public static final String KEYS_FOLDER = "keys";
    private static final Pattern OWNER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,127}");
    private static final int SHORT_ID_LENGTH = 12;

    private final Path folder;
    private final SigningKeyRepository keys;
    private final Clock clock;
    private final int iterations;

    public ApproverKeystore(Workspace workspace) {
        this(workspace, workspace.clock(), Pkcs12KeyFile.DEFAULT_ITERATIONS);
    }

    /** @param iterations PBKDF2 and MAC iterations for new keystores; tests use fewer */
    public ApproverKeystore(Workspace workspace, Clock clock, int iterations) {
        this.folder = workspace.directory().resolve(KEYS_FOLDER);
        this.keys = workspace.signingKeys();
        this.clock = clock;
        this.iterations = iterations;
    }

    /** Creates the approver's first key and registers its public half, valid from now. */
    public ApproverKey init(String ownerId, String displayName, char[] passphrase) {
        try {
            requireOwnerId(ownerId);
            requireDisplayName(displayName);
            Passphrases.requireStrongEnough(passphrase);
            currentKey(ownerId).ifPresent(key -> {
                throw new KeystoreRefusedException("approver " + ownerId + " already has key " + key.keyId()
                        + "; use 'keys rotate' to replace it");
            });
            return createAndRegister(
                    ownerId, displayName, passphrase, (spki, now) -> keys.register(ownerId, displayName, spki, now));
        } finally {
            Passphrases.wipe(passphrase);
        }
    }

    /**
     * The approver's current signing key.
     *
     * @throws WrongPassphraseException  when the passphrase does not open the keystore
     * @throws KeystoreRefusedException  when the approver has no current key or its file is missing
     */
    public SigningKey unlock(String ownerId, char[] passphrase) {
        try {
            requireOwnerId(ownerId);
            RegisteredKey current = currentKey(ownerId)
                    .orElseThrow(() -> new KeystoreRefusedException(
                            "approver " + ownerId + " has no key in this workspace; run 'keys init' first"));
            return open(current, passphrase);
        } finally {
            Passphrases.wipe(passphrase);
        }
    }

    /**
     * Replaces the approver's current key: the old one is retired now (it stays valid for what
     * it signed inside its window) and a new key, in a new keystore file under the same
     * passphrase, is registered as its successor. The old file is kept.
     */
    public ApproverKey rotate(String ownerId, char[] passphrase) {
        try {
            requireOwnerId(ownerId);
            RegisteredKey current = currentKey(ownerId)
                    .orElseThrow(() -> new KeystoreRefusedException(
                            "approver " + ownerId + " has no current key to rotate; run 'keys init' first"));
            open(current, passphrase); // proves the caller holds the key; refuses before any write
            return createAndRegister(
                    ownerId,
                    current.displayName(),
                    passphrase,
                    (spki, now) -> keys.rotate(current.keyId(), current.displayName(), spki, now));
        } finally {
            Passphrases.wipe(passphrase);
        }
    }

    /** Every registered key, oldest first, with its keystore file when this workspace has it. */
    public List<ApproverKey> list() {
        return keys.all().stream()
                .map(key -> new ApproverKey(
                        key,
                        OWNER_ID.matcher(key.ownerId()).matches()
                                ? Optional.of(fileFor(key.ownerId(), key.keyId()))
                                        .filter(Files::isRegularFile)
                                : Optional.empty()))
                .toList();
    }

    /** The approver's key that is not retired, if any. */
    public Optional<RegisteredKey> currentKey(String ownerId) {
        return keys.all().stream()
                .filter(key -> key.ownerId().equals(ownerId) && key.validTo().isEmpty())
                .max(Comparator.comparing(RegisteredKey::validFrom));
    }

    /** Where the keystore of {@code keyId} lives (whether or not it exists). */
    public Path fileFor(String ownerId, String keyId) {
        requireOwnerId(ownerId);
        String hex = keyId.substring(keyId.indexOf(':') + 1);
        return folder.resolve(ownerId + "-" + hex.substring(0, SHORT_ID_LENGTH) + ".p12");
    }

    private interface Registration {
        RegisteredKey register(byte[] spki, Instant now);
    }

    private ApproverKey createAndRegister(
            String ownerId, String displayName, char[] passphrase, Registration registration) {
        SigningKey key = SigningKey.generate();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        byte[] spki = key.verificationKey().toSpkiDer();
        Path file = fileFor(ownerId, SigningKeyRepository.keyIdOf(spki));
        byte[] p12 = Pkcs12KeyFile.encode(key, ownerId, displayName, now, passphrase, iterations);
        try {
            PrivateFiles.createPrivateDirectory(folder);
            PrivateFiles.writeNew(file, p12);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the keystore " + file, e);
        } finally {
            Arrays.fill(p12, (byte) 0);
        }
        try {
            return new ApproverKey(registration.register(spki, now), Optional.of(file));
        } catch (RuntimeException e) {
            deleteUnregistered(file, e);
            throw e;
        }
    }

    private SigningKey open(RegisteredKey registered, char[] passphrase) {
        Path file = fileFor(registered.ownerId(), registered.keyId());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new KeystoreRefusedException("the keystore for approver " + registered.ownerId() + "'s key "
                    + registered.keyId() + " is missing: expected " + file);
        } catch (IOException e) {
            throw new KeystoreRefusedException("cannot read the keystore " + file + ": " + e.getMessage(), e);
        }
        SigningKey key;
        try {
            key = Pkcs12KeyFile.decode(bytes, passphrase);
        } catch (UnrecoverableKeyException e) {
            throw new WrongPassphraseException(registered.ownerId());
        } catch (IOException e) {
            throw new KeystoreRefusedException("the keystore " + file + " is damaged: " + e.getMessage(), e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
        String keyId = SigningKeyRepository.keyIdOf(key.verificationKey().toSpkiDer());
        if (!keyId.equals(registered.keyId())) {
            throw new KeystoreRefusedException("the keystore " + file + " holds key " + keyId + ", not approver "
                    + registered.ownerId() + "'s registered key " + registered.keyId());
        }
        return key;
    }

    private static void deleteUnregistered(Path file, RuntimeException failure) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static void requireOwnerId(String ownerId) {
        if (ownerId == null || !OWNER_ID.matcher(ownerId).matches()) {
            throw new KeystoreRefusedException("approver id '" + ownerId + "' is not usable: use 1 to 128"
                    + " letters, digits, '.', '_', '@' or '-', starting with a letter or digit");
        }
    }

    private static void requireDisplayName(String displayName) {
        if (displayName == null
                || displayName.isBlank()
                || displayName.length() > 200
                || displayName.chars().anyMatch(Character::isISOControl)) {
            throw new KeystoreRefusedException("the approver's name must be 1 to 200 printable characters");
        }
    }
}
