package io.countersign.app.export;

import io.countersign.app.history.EntryReasonText;
import io.countersign.app.history.EvidenceAccess;
import io.countersign.services.evidence.EntryVerdict;
import io.countersign.services.evidence.StoreVerification;
import io.countersign.services.keys.Passphrases;
import io.countersign.services.pack.PackExporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One export, run in the background: check the destination, verify the whole store, then sign,
 * write and record the pack. Cancellable until writing starts; the passphrase is wiped at the end.
 */
final class ExportJob implements Callable<ExportedPack> {
    private final EvidenceAccess evidence;
    private final PackExporter.Request request;
    private final String exporterLabel;
    private final char[] passphrase;
    private final AtomicBoolean cancelled;
    private final Consumer<ExportStep> progress;

    ExportJob(
            EvidenceAccess evidence,
            PackExporter.Request request,
            String exporterLabel,
            char[] passphrase,
            AtomicBoolean cancelled,
            Consumer<ExportStep> progress) {
        this.evidence = evidence;
        this.request = request;
        this.exporterLabel = exporterLabel;
        this.passphrase = passphrase;
        this.cancelled = cancelled;
        this.progress = progress;
    }

    @Override
    public ExportedPack call() {
        try {
            step(ExportStep.CHECKING_TARGET);
            Path target = request.out().toAbsolutePath();
            if (Files.exists(target)) {
                throw new ExportRefusal(target.getFileName() + " already exists in " + target.getParent()
                        + ". Packs are never overwritten: choose another name.");
            }
            if (!Files.isDirectory(target.getParent())) {
                throw new ExportRefusal(
                        "The folder " + target.getParent() + " does not exist. Choose another place for the pack.");
            }
            step(ExportStep.VERIFYING_STORE);
            StoreVerification verification = evidence.verify();
            if (!verification.intact()) {
                EntryVerdict first = verification.firstBroken().orElseThrow();
                throw new ExportRefusal("The evidence store failed verification at record " + first.seq() + ": "
                        + EntryReasonText.of(first.reason()) + " ["
                        + first.reason().name() + "]. Nothing was exported. "
                        + "See History and contact your Countersign administrator.");
            }
            step(ExportStep.WRITING);
            PackExporter.Result result = evidence.export(request, passphrase);
            return new ExportedPack(
                    result.file(),
                    size(result.file()),
                    result.packDigest().toString(),
                    result.seqs().size(),
                    result.exportEntry().seq(),
                    exporterLabel);
        } finally {
            Passphrases.wipe(passphrase);
        }
    }

    private void step(ExportStep step) {
        if (cancelled.get()) {
            throw new CancellationException("export cancelled before " + step);
        }
        progress.accept(step);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
