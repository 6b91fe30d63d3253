package io.countersign.cli;

import io.countersign.gate.AllowedLineItem;
import io.countersign.gate.ApprovalBundle;
import io.countersign.gate.ApprovalGate;
import io.countersign.gate.DraftUnderGate;
import io.countersign.gate.GateProblem;
import io.countersign.gate.GateReason;
import io.countersign.gate.GateVerdict;
import io.countersign.gate.PackApproval;
import io.countersign.gate.TrustAnchors;
import io.countersign.model.evidence.DsseEnvelope;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.InputFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code countersign gate}: may provisioning carry out this draft? Exit 0 only when a valid quorum
 * approved exactly these bytes; 1 with reason codes when refused; 2 when an input cannot be read.
 * Never "allowed" on an error.
 */
@Command(
        name = "gate",
        mixinStandardHelpOptions = true,
        description = "Check that a draft may be provisioned: approved by a valid quorum, for exactly these bytes, "
                + "with keys from the trust anchors, not superseded, rejected or expired. Exit 0 allowed "
                + "(prints the line items allowed), 1 refused (reason codes), 2 unreadable input.")
public final class GateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DRAFT.json", description = "The draft provisioning is about to carry out.")
    Path draftFile;

    @Option(
            names = "--approval",
            required = true,
            paramLabel = "approval.json|PACK.zip",
            description = "The approval bundle (countersign export --draft) or a decision pack.")
    Path approvalFile;

    @Option(names = "--trust", required = true, paramLabel = "trust.json", description = "The pinned trust anchors.")
    Path trustFile;

    @Option(names = "--at", paramLabel = "TIME", description = "Check as of this instant (ISO-8601, UTC); default now.")
    String at;

    @Mixin
    FormatOption format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Instant when = checkTime();
        GateVerdict verdict = verdict(when);
        print(verdict);
        return verdict.exitCode();
    }

    private GateVerdict verdict(Instant when) {
        DraftUnderGate draft;
        try {
            draft = DraftUnderGate.read(draftFile.toString(), bytes(draftFile));
        } catch (FormatException | IOException e) {
            return GateVerdict.unreadable(GateReason.DRAFT_UNREADABLE, message(e), when);
        }
        TrustAnchors trust;
        try {
            trust = TrustAnchors.read(trustFile.toString(), bytes(trustFile));
        } catch (FormatException | IOException e) {
            return GateVerdict.unreadable(GateReason.TRUST_UNREADABLE, message(e), when);
        }
        byte[] approval;
        try {
            approval = bytes(approvalFile);
        } catch (IOException e) {
            return GateVerdict.unreadable(GateReason.APPROVAL_UNREADABLE, message(e), when);
        }
        if (isZip(approval)) {
            List<DsseEnvelope> envelopes;
            try {
                envelopes = PackApproval.envelopesFor(approval, draft.draft().id());
            } catch (PackApproval.PackInvalidException e) {
                return new GateVerdict(
                        draft.draft().id(),
                        draft.draft().revision(),
                        draft.digest().toString(),
                        when,
                        List.of(),
                        0,
                        List.of(),
                        List.of(new GateProblem(GateReason.PACK_INVALID, approvalFile + ": " + e.getMessage())));
            }
            return ApprovalGate.check(draft, envelopes, trust, when);
        }
        try {
            return ApprovalGate.check(draft, ApprovalBundle.read(approvalFile.toString(), approval), trust, when);
        } catch (FormatException e) {
            return GateVerdict.unreadable(GateReason.APPROVAL_UNREADABLE, message(e), when);
        }
    }

    private Instant checkTime() {
        if (at == null) {
            return Instant.now();
        }
        try {
            return Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw new UserError("--at expects an instant such as 2026-12-05T12:00:00Z, not \"" + at + "\"");
        }
    }

    private static byte[] bytes(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        if (Files.size(file) > InputFiles.MAX_BYTES) {
            throw new IOException(file + ": larger than " + InputFiles.MAX_BYTES + " bytes");
        }
        return Files.readAllBytes(file);
    }

    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private void print(GateVerdict verdict) {
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            out.println(FormatOption.write(verdict.toJson()));
        } else if (verdict.allowed()) {
            out.printf(
                    "allowed: %s r%d (%s) · approved by %s (%d needed)%n",
                    verdict.draftId(),
                    verdict.revision(),
                    verdict.draftDigest(),
                    String.join(", ", verdict.approvers()),
                    verdict.approversNeeded());
            for (AllowedLineItem item : verdict.lineItems()) {
                out.printf("  %s%s%n", item.item(), item.expiresAt() == null ? "" : " · until " + item.expiresAt());
            }
        } else {
            out.printf(
                    "refused: %s%n",
                    verdict.draftId() == null ? "input unreadable" : verdict.draftId() + " r" + verdict.revision());
            for (GateProblem problem : verdict.problems()) {
                out.printf("  %s: %s%n", problem.reason().name(), problem.message());
            }
        }
        out.flush();
    }
}
