package io.countersign.model.read;

import static io.countersign.model.read.Samples.assertRefused;
import static io.countersign.model.read.Samples.with;
import static io.countersign.model.read.Samples.write;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files refused before any binding: what JSON or YAML allows but the formats do not. */
class MalformedFileTest {

    @TempDir
    Path folder;

    @Test
    void rejectsDuplicateKeyInJson() throws IOException {
        Path file = write(
                folder,
                "snapshot.json",
                with(Samples.SNAPSHOT, "  \"id\": \"snap-1\",\n", "  \"id\": \"snap-1\",\n  \"id\": \"snap-2\",\n"));

        assertRefused(
                () -> InputFiles.snapshot(file), file, "4:3 at /id", "duplicate key 'id'; each key may appear once");
    }

    @Test
    void rejectsDuplicateKeyInYaml() throws IOException {
        Path file = write(folder, "policy.yaml", with(Samples.POLICY_YAML, "version: 3\n", "version: 3\nid: pol-2\n"));

        assertRefused(
                () -> InputFiles.policy(file), file, "4:1 at /id", "duplicate key 'id'; each key may appear once");
    }

    @Test
    void rejectsEscapedLoneSurrogate() throws IOException {
        Path file = write(folder, "snapshot.json", with(Samples.SNAPSHOT, "\"Ana Silva\"", "\"Ana \\ud800Silva\""));

        assertRefused(
                () -> InputFiles.snapshot(file),
                file,
                "6:29 at /identities/0/name",
                "lone surrogate (U+D800 at character 4); expected well-formed Unicode text");
    }

    @Test
    void rejectsRawLoneSurrogateBytes() throws IOException {
        String[] halves = with(Samples.SNAPSHOT, "Ana Silva", "Ana |Silva").split("\\|");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(halves[0].getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}); // U+D800 encoded as if it were a character
        bytes.writeBytes(halves[1].getBytes(StandardCharsets.UTF_8));
        Path file = write(folder, "snapshot.json", bytes.toByteArray());

        assertRefused(
                () -> InputFiles.snapshot(file),
                file,
                "6:29 at /identities/0/name",
                "lone surrogate (U+D800 at character 4); expected well-formed Unicode text");
    }

    @ParameterizedTest(name = "revision {0}")
    @ValueSource(
            strings = {"9007199254740993", "-9007199254740993", "-9223372036854775808", "123456789012345678901234"})
    void rejectsIntegerBeyondTwoToThe53(String integer) throws IOException {
        Path file = write(folder, "draft.json", with(Samples.DRAFT, "\"revision\": 1", "\"revision\": " + integer));

        assertRefused(
                () -> InputFiles.draft(file),
                file,
                "4:15 at /revision",
                "integer " + integer
                        + " is beyond 2^53; expected an integer between -9007199254740991 and 9007199254740991");
    }

    @Test
    void rejectsLongMinValueEvenInAnExtensionField() throws IOException {
        Path file = write(
                folder,
                "draft.json",
                with(Samples.DRAFT, "\"revision\": 1,", "\"revision\": 1, \"x-seq\": -9223372036854775808,"));

        assertRefused(
                () -> InputFiles.draft(file), file, "4:27 at /x-seq", "integer -9223372036854775808 is beyond 2^53");
    }

    @Test
    void rejectsTrailingContent() throws IOException {
        Path file = write(folder, "draft.json", Samples.DRAFT + "{}\n");

        assertRefused(() -> InputFiles.draft(file), file, "15:1 at /", "unexpected content after the document's end");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"draft.json", "policy.yaml"})
    void rejectsEmptyFile(String name) throws IOException {
        Path file = write(folder, name, "");

        assertRefused(() -> InputFiles.tree(file), file, "1:1 at /", "the file is empty; expected a JSON object");
    }

    @Test
    void rejectsMissingFileNamingIt() {
        Path file = folder.resolve("nowhere.json");

        assertThatThrownBy(() -> InputFiles.draft(file))
                .isInstanceOf(FormatException.class)
                .hasMessage(file + ": the file does not exist");
    }
}
