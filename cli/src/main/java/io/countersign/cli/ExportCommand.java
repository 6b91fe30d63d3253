package io.countersign.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.gate.ApprovalBundle;
import io.countersign.model.pack.PackSelection;
import io.countersign.persistence.Workspace;
import io.countersign.services.AppVersion;
import io.countersign.services.approval.ApprovalExporter;
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
        description = "Export verified decisions as a signed decision pack (BagIt zip); the export itself is recorded "
                + "in the chain. With --draft, write instead the approval bundle of one draft revision for the "
                + "approval gate. Exit 0 when written, 2 on bad input or when the store fails verification.")
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace;

    @Mixin
    PassphraseOption passphrase;

    @Mixin
    FormatOption format;

    @Option(names = "--exporter", paramLabel = "ID", description = "Your identity id (you sign the pack).")
    String exporter;

    @Option(
            names = "--draft",
            paramLabel = "ID",
            description = "Write the approval bundle of this draft (its decisions and their keys) instead of a pack.")
    String draft;

    @Option(
            names = "--revision",
            paramLabel = "N",
            description = "With --draft: the revision provisioning will carry out (default: the latest).")
    Integer revision;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "PACK.zip|approval.json",
            description = "Where to write the pack or bundle (never overwritten).")
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
        if (draft != null) {
            return approvalBundle();
        }
        if (revision != null) {
            throw new UserError("--revision belongs to --draft");
        }
        if (exporter == null) {
            throw new UserError("name yourself with --exporter ID: you sign the pack");
        }
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

    /** One draft revision's decisions and keys, for the approval gate; nothing is signed or recorded. */
    private int approvalBundle() {
        if (exporter != null || from != null || to != null || approver != null || system != null) {
            throw new UserError("--draft writes one draft's approval bundle; --exporter, --from, --to, --approver and "
                    + "--system belong to a pack");
        }
        if (Files.exists(out)) {
            throw new UserError(out + " already exists; choose another --out (nothing is overwritten)");
        }
        ApprovalBundle bundle;
        try (Workspace open = workspace.openWithoutSweep()) {
            bundle = new ApprovalExporter(open).bundle(draft, revision, Instant.now());
        }
        OutputFile.writeNew(out, bundle.toJson(), "--out");
        PrintWriter writer = spec.commandLine().getOut();
        if (format.json()) {
            ObjectNode node = FormatOption.mapper().createObjectNode();
            node.put("approval", out.toString());
            node.put("draft", bundle.draftId());
            node.put("revision", bundle.revision());
            node.put("digest", bundle.draftDigest().toString());
            node.put("decisions", bundle.envelopes().size());
            writer.println(FormatOption.write(node));
        } else {
            writer.printf(
                    "wrote %s · %s r%d (%s) · %d decision%s; provisioning checks it with: countersign gate "
                            + "DRAFT.json --approval %s --trust trust.json%n",
                    out,
                    bundle.draftId(),
                    bundle.revision(),
                    bundle.draftDigest(),
                    bundle.envelopes().size(),
                    bundle.envelopes().size() == 1 ? "" : "s",
                    out);
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
