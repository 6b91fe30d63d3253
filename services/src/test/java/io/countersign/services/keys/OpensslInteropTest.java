package io.countersign.services.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.countersign.model.evidence.SigningKey;
import io.countersign.persistence.WorkspaceFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The keystore is a standard PKCS#12 file: openssl opens it with the passphrase alone. */
class OpensslInteropTest extends WorkspaceFixture {

    @Test
    void opensslReadsTheSameKeyFromTheKeystore() throws Exception {
        assumeTrue(opensslAvailable(), "openssl is not installed");
        ApproverKeystore keystore =
                new ApproverKeystore(workspace, Clock.systemUTC(), ApproverKeystoreTest.TEST_ITERATIONS);
        ApproverKey created = keystore.init("u-lee", "Lee Park", "correct horse battery".toCharArray());
        SigningKey key = keystore.unlock("u-lee", "correct horse battery".toCharArray());
        Path passFile = Files.writeString(dir.resolve("pass.txt"), "correct horse battery\n");

        Process openssl = new ProcessBuilder(
                        "openssl",
                        "pkcs12",
                        "-in",
                        created.keystore().orElseThrow().toString(),
                        "-passin",
                        "file:" + passFile,
                        "-nocerts",
                        "-nodes")
                .redirectErrorStream(false)
                .start();
        String pem = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertThat(openssl.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(openssl.exitValue()).isZero();
        String body = pem.substring(
                        pem.indexOf("-----BEGIN PRIVATE KEY-----") + 27, pem.indexOf("-----END PRIVATE KEY-----"))
                .replaceAll("\\s", "");
        assertThat(SigningKey.fromPkcs8Der(Base64.getDecoder().decode(body)).keyId())
                .isEqualTo(key.keyId());
    }

    private static boolean opensslAvailable() {
        try {
            Process p = new ProcessBuilder("openssl", "version").start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
