package io.countersign.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.model.pack.PackSelection;
import io.countersign.persistence.Workspace;
import io.countersign.services.AppVersion;
import io.countersign.services.keys.ApproverKeystore;
import io.countersign.services.pack.PackExporter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code countersign export}: a signed BagIt decision pack an auditor can verify offline. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export verified decisions as a signed decision pack (BagIt zip). The export itself is recorded "
                + "in the chain. Exit 0 when written, 2 on bad input or when the store fails verification.")
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace;

    @Mixin
    PassphraseOption passphrase;

    @Mixin
    FormatOption format;

    @Option(
            names = "--exporter",
            required = true,
            paramLabel = "ID",
            description = "Your identity id (you sign the pack).")
    String exporter;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "PACK.zip",
            description = "Where to write the pack (never overwritten).")
    Path out;

    @Option(names = "--from", paramLabel = "DATE", description = "First day of decisions to include (UTC).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day of decisions to include (UTC).")
    String to;

    @Option(names = "--approver", paramLabel = "ID", description = "Only this approver's decisions.")
    String approver;

    @Option(names = "--system", paramLabel = "ID", description = "Only decisions touching this system.")
    String system;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PackSelection selection = new PackSelection(date(from, "--from"), date(to, "--to"), approver, system);
        if (Files.exists(out)) {
            throw new UserError(out + " already exists; choose another --out (packs are never overwritten)");
        }
        PackExporter.Result result;
        try (Workspace open = workspace.openWithoutSweep()) {
            ApproverKeystore keystore = new ApproverKeystore(open);
            result = new PackExporter(open, "countersign " + AppVersion.VERSION)
                    .export(
                            new PackExporter.Request(selection, exporter, out, Instant.now()),
                            owner -> keystore.unlock(
                                    owner, passphrase.read("Passphrase for " + owner + "'s signing key")));
        }
        PrintWriter writer = spec.commandLine().getOut();
        if (format.json()) {
            ObjectNode node = FormatOption.mapper().createObjectNode();
            node.put("pack", result.file().toString());
            node.put("digest", result.packDigest().toString());
            node.put("decisions", result.seqs().size());
            node.put("exportSeq", result.exportEntry().seq());
            writer.println(FormatOption.write(node));
        } else {
            writer.printf(
                    "wrote %s · %d decision%s · %s%nexport recorded as seq %d; check it with: countersign verify %s%n",
                    result.file(),
                    result.seqs().size(),
                    result.seqs().size() == 1 ? "" : "s",
                    result.packDigest(),
                    result.exportEntry().seq(),
                    result.file());
        }
        writer.flush();
        return ExitCodes.OK;
    }

    private static LocalDate date(String text, String option) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserError(option + " expects a date such as 2026-11-30, not \"" + text + "\"");
        }
    }
}
