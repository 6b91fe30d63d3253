package io.countersign.app.export;

import io.countersign.app.history.StoreProblem;
import io.countersign.services.keys.KeystoreRefusedException;
import io.countersign.services.keys.WrongPassphraseException;
import io.countersign.services.pack.PackExportException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;

/** Why an export did not happen, in plain words with what to do next; never an exception's name or trace. */
final class ExportFailure {
    private ExportFailure() {}

    static String describe(Throwable error, String exporterLabel) {
        if (error instanceof ExportRefusal refusal) {
            return refusal.getMessage();
        }
        if (error instanceof WrongPassphraseException) {
            return "That passphrase does not open " + exporterLabel
                    + "'s signing key. Nothing was written or recorded. " + "Check the passphrase and try again.";
        }
        if (error instanceof KeystoreRefusedException refused) {
            return "The signing key could not be used: " + refused.getMessage() + ". Nothing was written.";
        }
        if (error instanceof PackExportException refused) {
            return "The pack was not exported: " + refused.getMessage() + ".";
        }
        if (error instanceof FileAlreadyExistsException || error.getCause() instanceof FileAlreadyExistsException) {
            return "A file with that name already exists. Packs are never overwritten: choose another name.";
        }
        if (error instanceof UncheckedIOException || error instanceof IOException) {
            Throwable io = error instanceof UncheckedIOException ? error.getCause() : error;
            return "The pack could not be written: " + io.getMessage()
                    + ". Check the folder and free space, and try again.";
        }
        return StoreProblem.describe(error) + " Nothing was exported.";
    }
}
