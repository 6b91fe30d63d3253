package io.countersign.model.evidence;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Ed25519KeysTest {

    private static final SigningKey KEY = SigningKey.generate();
    private static final byte[] MESSAGE = "approve CHG-1042".getBytes(UTF_8);

    @Test
    void verifiesItsOwnSignature() {
        assertThat(KEY.verificationKey().verify(MESSAGE, KEY.sign(MESSAGE))).isTrue();
    }

    @Test
    void signsWithSixtyFourBytes() {
        assertThat(KEY.sign(MESSAGE)).hasSize(64);
    }

    @Test
    void refusesSignatureWithAnExtraByte() {
        byte[] sig = Arrays.copyOf(KEY.sign(MESSAGE), 65);
        assertThat(KEY.verificationKey().verify(MESSAGE, sig)).isFalse();
    }

    @Test
    void refusesTruncatedSignature() {
        byte[] sig = Arrays.copyOf(KEY.sign(MESSAGE), 63);
        assertThat(KEY.verificationKey().verify(MESSAGE, sig)).isFalse();
    }

    @Test
    void refusesSignatureOverAnotherMessage() {
        byte[] other = MESSAGE.clone();
        other[0] ^= 1;
        assertThat(KEY.verificationKey().verify(other, KEY.sign(MESSAGE))).isFalse();
    }

    @Test
    void roundTripsPublicKeyThroughSpkiDer() {
        VerificationKey key = KEY.verificationKey();
        assertThat(VerificationKey.fromSpkiDer(key.toSpkiDer())).isEqualTo(key);
        assertThat(key.toSpkiDer()).hasSize(44);
    }

    @Test
    void roundTripsPublicKeyThroughPem() {
        VerificationKey key = KEY.verificationKey();
        assertThat(key.toPem()).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
        assertThat(VerificationKey.fromPem(key.toPem())).isEqualTo(key);
    }

    @Test
    void refusesSpkiOfAnotherAlgorithm() {
        byte[] der = KEY.verificationKey().toSpkiDer();
        der[8] = 0x71; // OID 1.3.101.113 is Ed448
        assertThatThrownBy(() -> VerificationKey.fromSpkiDer(der)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundTripsPrivateKeyThroughPkcs8() {
        SigningKey restored = SigningKey.fromPkcs8Der(KEY.toPkcs8Der());
        assertThat(restored.verificationKey()).isEqualTo(KEY.verificationKey());
        assertThat(KEY.verificationKey().verify(MESSAGE, restored.sign(MESSAGE)))
                .isTrue();
    }

    @Test
    void refusesGarbageAsPkcs8() {
        assertThatThrownBy(() -> SigningKey.fromPkcs8Der(new byte[] {0x30, 0x00}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesKeyBySha256OfSpki() {
        VerificationKey key = KEY.verificationKey();
        assertThat(key.keyId()).isEqualTo(Digest.sha256(key.toSpkiDer()));
        assertThat(KEY.keyId()).isEqualTo(key.keyId());
    }

    @Test
    void neverShowsPrivateKeyMaterialInToString() {
        byte[] der = KEY.toPkcs8Der();
        String raw = HexFormat.of().formatHex(der, 16, 48);
        assertThat(KEY.toString()).doesNotContain(raw).startsWith("SigningKey[sha256:");
    }
}
