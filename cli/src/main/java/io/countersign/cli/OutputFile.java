package io.countersign.cli;

import io.countersign.persistence.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a command's output file whole or not at all, and never over an existing file. */
final class OutputFile {
    private OutputFile() {}

    static void writeNew(Path out, byte[] content, String option) {
        if (Files.exists(out)) {
            throw new UserError(out + " already exists; choose another " + option + " (nothing is overwritten)");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UserError("cannot write " + out + ": its folder does not exist");
        }
        try {
            PrivateFiles.writeNew(out, content);
        } catch (IOException e) {
            throw new UserError("cannot write " + out + ": " + e.getMessage());
        }
    }
}
