package io.countersign.model.evidence;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DigestTest {

    @Test
    void hashesBytesToPrefixedLowercaseHex() {
        assertThat(Digest.sha256("abc".getBytes(UTF_8)).toString())
                .isEqualTo("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void parsesItsOwnTextForm() {
        Digest digest = Digest.sha256(new byte[0]);
        assertThat(Digest.parse(digest.toString())).isEqualTo(digest);
    }

    @Test
    void genesisIsSixtyFourZeros() {
        assertThat(Digest.ZERO.toString()).isEqualTo("sha256:" + "0".repeat(64));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
                "sha256:BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
                "sha512:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a",
                "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad0",
                "sha256: a7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            })
    void refusesAnyOtherTextForm(String text) {
        assertThatThrownBy(() -> Digest.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void returnsDigestBytesAsAFreshCopy() {
        Digest digest = Digest.sha256(new byte[] {1});
        digest.bytes()[0] ^= 1;
        assertThat(digest.bytes())
                .hasSize(32)
                .isEqualTo(Digest.sha256(new byte[] {1}).bytes());
    }
}
