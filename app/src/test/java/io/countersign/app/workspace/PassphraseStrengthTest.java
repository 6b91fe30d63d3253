package io.countersign.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PassphraseStrengthTest {

    @ParameterizedTest
    @CsvSource({
        "short, TOO_SHORT",
        "elevenchars, TOO_SHORT",
        "twelvecharss, FAIR",
        "correct horse battery, STRONG",
        "Tr0ub4dor&3x, STRONG",
        "lowercaseonlyabc, FAIR",
        "Lowercase word16, STRONG"
    })
    void ratesLengthAndVariety(String passphrase, PassphraseStrength expected) {
        assertThat(PassphraseStrength.of(passphrase)).isEqualTo(expected);
    }
}
