package io.countersign.services.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.countersign.model.evidence.SigningKey;
import io.countersign.model.evidence.VerificationKey;
import io.countersign.model.store.RegisteredKey;
import io.countersign.persistence.WorkspaceFixture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApproverKeystoreTest extends WorkspaceFixture {

    /** Few iterations keep the suite fast; one test below checks the production default. */
    static final int TEST_ITERATIONS = 2_000;

    private static final Instant JAN = Instant.parse("2026-01-10T09:00:00Z");
    private static final Instant JUN = Instant.parse("2026-06-10T09:00:00Z");

    private MutableClock clock;
    private ApproverKeystore keystore;

    @BeforeEach
    void createKeystore() {
        clock = new MutableClock(JAN);
        keystore = new ApproverKeystore(workspace, clock, TEST_ITERATIONS);
    }

    private static char[] pass(String text) {
        return text.toCharArray();
    }

    @Test
    void unlocksTheKeyItCreatedAndRegistered() {
        ApproverKey created = keystore.init("u-lee", "Lee Park", pass("correct horse battery"));

        SigningKey unlocked = keystore.unlock("u-lee", pass("correct horse battery"));

        assertThat(unlocked.keyId().toString()).isEqualTo(created.keyId());
        RegisteredKey registered = workspace.signingKeys().find(created.keyId()).orElseThrow();
        assertThat(registered.ownerId()).isEqualTo("u-lee");
        assertThat(registered.displayName()).isEqualTo("Lee Park");
        assertThat(registered.validFrom()).isEqualTo(JAN);
        assertThat(registered.validTo()).isEmpty();
        assertThat(created.keystore())
                .contains(dir.resolve("keys")
                        .resolve("u-lee-" + created.keyId().substring(7, 19) + ".p12")
                        .toAbsolutePath());
    }

    @Test
    void signaturesFromTheUnlockedKeyVerifyWithTheRegisteredPublicKey() {
        keystore.init("u-lee", "Lee Park", pass("correct horse battery"));
        SigningKey key = keystore.unlock("u-lee", pass("correct horse battery"));
        byte[] message = "decision".getBytes();

        RegisteredKey registered = keystore.currentKey("u-lee").orElseThrow();

        assertThat(VerificationKey.fromSpkiDer(registered.publicKeySpki()).verify(message, key.sign(message)))
                .isTrue();
    }

    @Test
    void wipesThePassphraseArrayAfterUse() {
        char[] passphrase = pass("correct horse battery");

        keystore.init("u-lee", "Lee Park", passphrase);

        assertThat(passphrase).containsOnly('\0');
    }

    @Test
    void refusesAWrongPassphraseAndWritesNothing() throws IOException {
        keystore.init("u-lee", "Lee Park", pass("correct horse battery"));
        List<RegisteredKey> before = workspace.signingKeys().all();
        List<Path> filesBefore = filesIn(dir);
        char[] wrong = pass("incorrect horse battery");

        assertThatThrownBy(() -> keystore.rotate("u-lee", wrong))
                .isInstanceOf(WrongPassphraseException.class)
                .hasMessage("wrong passphrase for approver u-lee's key; nothing was signed or written");
        assertThatThrownBy(() -> keystore.unlock("u-lee", pass("incorrect horse battery")))
                .isInstanceOf(WrongPassphraseException.class);

        assertThat(workspace.signingKeys().all()).isEqualTo(before);
        assertThat(filesIn(dir)).isEqualTo(filesBefore);
        assertThat(wrong).containsOnly('\0');
    }

    @Test
    void refusesAPassphraseShorterThanTwelveCharacters() {
        char[] shortOne = pass("elevenchars");

        assertThatThrownBy(() -> keystore.init("u-lee", "Lee Park", shortOne))
                .isInstanceOf(KeystoreRefusedException.class)
                .hasMessageContaining("at least 12 characters");

        assertThat(workspace.signingKeys().all()).isEmpty();
        assertThat(dir.resolve("keys")).doesNotExist();
        assertThat(shortOne).containsOnly('\0');
    }

    @Test
    void refusesASecondInitForAnApproverWhoHasAKey() {
        keystore.init("u-lee", "Lee Park", pass("correct horse battery"));

        assertThatThrownBy(() -> keystore.init("u-lee", "Lee Park", pass("correct horse battery")))
                .isInstanceOf(KeystoreRefusedException.class)
                .hasMessageContaining("already has key")
                .hasMessageContaining("keys rotate");
    }

    @Test
    void refusesAnApproverIdThatIsNotAFileNameSegment() {
        assertThatThrownBy(() -> keystore.init("../evil", "Eve", pass("correct horse battery")))
                .isInstanceOf(KeystoreRefusedException.class)
                .hasMessageContaining("approver id '../evil' is not usable");
    }

    @Test
    void rotationRetiresTheOldKeyAndKeepsItRegisteredWithAValidTo() {
        ApproverKey first = keystore.init("u-lee", "Lee Park", pass("correct horse battery"));
        clock.set(JUN);

        ApproverKey second = keystore.rotate("u-lee", pass("correct horse battery"));

        RegisteredKey old = workspace.signingKeys().find(first.keyId()).orElseThrow();
        assertThat(old.validTo()).contains(JUN);
        assertThat(old.isValidAt(JAN)).isTrue();
        assertThat(second.validFrom()).isEqualTo(JUN);
        assertThat(second.keyId()).isNotEqualTo(first.keyId());
        assertThat(keystore.unlock("u-lee", pass("correct horse battery"))
                        .keyId()
                        .toString())
                .isEqualTo(second.keyId());
        assertThat(first.keystore().orElseThrow()).exists();
        assertThat(second.keystore().orElseThrow()).exists();
        assertThat(keystore.list())
                .extracting(ApproverKey::keyId, ApproverKey::current)
                .containsExactly(Tuple.tuple(first.keyId(), false), Tuple.tuple(second.keyId(), true));
    }

    @Test
    void keepsThePrivateKeyEncryptedAtRest() throws IOException {
        keystore.init("u-lee", "Lee Park", pass("correct horse battery"));
        SigningKey key = keystore.unlock("u-lee", pass("correct horse battery"));
        byte[] pkcs8 = key.toPkcs8Der();
        byte[] seed = Arrays.copyOfRange(pkcs8, pkcs8.length - 32, pkcs8.length);

        byte[] file = Files.readAllBytes(keystore.fileFor("u-lee", key.keyId().toString()));

        assertThat(indexOf(file, seed)).isNegative();
        assertThat(indexOf(file, pkcs8)).isNegative();
        assertThatThrownBy(() -> SigningKey.fromPkcs8Der(file)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesTheKeystoreReadableByItsOwnerOnly() throws IOException {
        ApproverKey created = keystore.init("u-lee", "Lee Park", pass("correct horse battery"));

        Path file = created.keystore().orElseThrow();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            assertThat(siblings).containsExactly(file);
        }
    }

    @Test
    void writesAStandardPkcs12WithTheDefaultIterationCount() throws Exception {
        ApproverKeystore production = new ApproverKeystore(workspace);
        ApproverKey created = production.init("u-kim", "Kim Lo", pass("a long enough passphrase"));

        KeyStore jdk = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(created.keystore().orElseThrow())) {
            jdk.load(in, pass("a long enough passphrase"));
        }
        String alias = jdk.aliases().nextElement();
        var entry = (KeyStore.PrivateKeyEntry)
                jdk.getEntry(alias, new KeyStore.PasswordProtection(pass("a long enough passphrase")));

        assertThat(entry.getPrivateKey().getAlgorithm()).isIn("Ed25519", "EdDSA");
        assertThat(Pkcs12Inspection.keyBagIterations(
                        Files.readAllBytes(created.keystore().orElseThrow())))
                .isEqualTo(Pkcs12KeyFile.DEFAULT_ITERATIONS);
        assertThat(Pkcs12Inspection.macIterations(
                        Files.readAllBytes(created.keystore().orElseThrow())))
                .isEqualTo(Pkcs12KeyFile.DEFAULT_ITERATIONS);
    }

    private static List<Path> filesIn(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    /** A clock tests can move. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
