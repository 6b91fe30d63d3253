package io.countersign.services.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The published format examples (docs/formats/examples), copied where a test wants them. */
final class Examples {

    static final Path FOLDER = Path.of("").toAbsolutePath().getParent().resolve("docs/formats/examples");

    private Examples() {}

    static Path copy(String name, Path dir) {
        try {
            return Files.copy(FOLDER.resolve(name), dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        try {
            return Files.readString(FOLDER.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example draft with another revision number and title. */
    static String draftRevision(int revision, String title) {
        return text("draft.json")
                .replaceFirst("\"revision\": 1", "\"revision\": " + revision)
                .replaceFirst("\"title\": \"[^\"]*\"", "\"title\": \"" + title + "\"");
    }
}
