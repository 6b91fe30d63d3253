package io.countersign.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PassphraseOptionTest {

    @TempDir
    Path dir;

    @Test
    void readsOnlyTheFirstLineOfThePassphraseFile() throws Exception {
        Path file = Files.writeString(dir.resolve("p"), "pässphrase with spaces\r\nsecond line\n");

        assertThat(PassphraseOption.firstLine(file)).containsExactly("pässphrase with spaces".toCharArray());
    }

    @Test
    void refusesAnEmptyFirstLine() throws Exception {
        Path file = Files.writeString(dir.resolve("p"), "\nsecret\n");

        assertThatThrownBy(() -> PassphraseOption.firstLine(file))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("empty first line");
    }

    @Test
    void refusesAMissingFileWithOneLine() {
        assertThatThrownBy(() -> PassphraseOption.firstLine(dir.resolve("none")))
                .isInstanceOf(UserError.class)
                .hasMessage("passphrase file " + dir.resolve("none") + " does not exist");
    }

    @Test
    void offersNoPassphraseArgument() {
        CommandLine keysInit = new CommandLine(new KeysInitCommand());

        assertThat(keysInit.getCommandSpec().optionsMap())
                .containsKey("--passphrase-file")
                .doesNotContainKey("--passphrase")
                .doesNotContainKey("-p");
    }
}
