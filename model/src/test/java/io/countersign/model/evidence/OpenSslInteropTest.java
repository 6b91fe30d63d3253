package io.countersign.model.evidence;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recipe VERIFY.md will give auditors must accept what we sign, and refuse what it should. */
class OpenSslInteropTest {

    private static final String OPENSSL = "/usr/bin/openssl";

    @TempDir
    Path dir;

    @Test
    void opensslVerifiesDsseSignatureWithExportedPem() throws Exception {
        SigningKey key = SigningKey.generate();
        DsseEnvelope envelope = Dsse.sign(InTotoStatement.PAYLOAD_TYPE, "{\"a\":1}".getBytes(UTF_8), key);
        writeForOpenssl(envelope, key.verificationKey());

        Result result = opensslVerify();

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("Signature Verified Successfully");
    }

    @Test
    void opensslRefusesSignatureOverAlteredPae() throws Exception {
        SigningKey key = SigningKey.generate();
        DsseEnvelope envelope = Dsse.sign(InTotoStatement.PAYLOAD_TYPE, "{\"a\":1}".getBytes(UTF_8), key);
        writeForOpenssl(envelope, key.verificationKey());
        byte[] pae = Files.readAllBytes(dir.resolve("pae.bin"));
        pae[pae.length - 2] ^= 1;
        Files.write(dir.resolve("pae.bin"), pae);

        assertThat(opensslVerify().exitCode()).isNotZero();
    }

    @Test
    void verifiesSignatureMadeByOpensslWithExportedPkcs8Key() throws Exception {
        SigningKey key = SigningKey.generate();
        Path der = dir.resolve("key.der");
        Files.write(der, key.toPkcs8Der());
        byte[] pae = Dsse.pae("text/plain", "hello".getBytes(UTF_8));
        Files.write(dir.resolve("pae.bin"), pae);

        Result result = run(
                OPENSSL,
                "pkeyutl",
                "-sign",
                "-keyform",
                "DER",
                "-inkey",
                der.toString(),
                "-rawin",
                "-in",
                dir.resolve("pae.bin").toString(),
                "-out",
                dir.resolve("sig.bin").toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(key.verificationKey().verify(pae, Files.readAllBytes(dir.resolve("sig.bin"))))
                .isTrue();
    }

    private void writeForOpenssl(DsseEnvelope envelope, VerificationKey key) throws IOException {
        Files.write(dir.resolve("pae.bin"), Dsse.pae(envelope.payloadType(), envelope.payload()));
        Files.write(dir.resolve("sig.bin"), envelope.signature().sig());
        Files.writeString(dir.resolve("pub.pem"), key.toPem(), UTF_8);
    }

    private Result opensslVerify() throws Exception {
        return run(
                OPENSSL,
                "pkeyutl",
                "-verify",
                "-pubin",
                "-inkey",
                dir.resolve("pub.pem").toString(),
                "-rawin",
                "-in",
                dir.resolve("pae.bin").toString(),
                "-sigfile",
                dir.resolve("sig.bin").toString());
    }

    private static Result run(String... command) throws Exception {
        Process process =
                new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {}
}
