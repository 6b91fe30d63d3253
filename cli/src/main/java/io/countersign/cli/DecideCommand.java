package io.countersign.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.countersign.model.decision.DecisionInput;
import io.countersign.model.decision.LineItem;
import io.countersign.model.decision.LineItemChoice;
import io.countersign.model.evidence.SigningKey;
import io.countersign.model.format.Outcome;
import io.countersign.persistence.Workspace;
import io.countersign.services.AppVersion;
import io.countersign.services.evidence.DecisionRefusedException;
import io.countersign.services.evidence.DecisionService;
import io.countersign.services.evidence.RecordedDecision;
import io.countersign.services.evidence.ReviewMaterial;
import io.countersign.services.keys.ApproverKeystore;
import io.countersign.services.queue.QueueService;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code countersign decide}: checks, signs and records one approver's decision on a draft. The
 * passphrase is asked at every signing; nothing is written when any check fails.
 */
@Command(
        name = "decide",
        mixinStandardHelpOptions = true,
        description = "Decide on a draft: approve, approve-reduced, reject or request-changes. The decision is checked "
                + "(independence, quorum, justification, acknowledgements, mitigation), signed with your key and "
                + "recorded durably. Exit 0 when recorded, 2 when refused or on bad input.")
public final class DecideCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace;

    @Mixin
    PassphraseOption passphrase;

    @Mixin
    FormatOption format;

    @Option(names = "--approver", required = true, paramLabel = "ID", description = "Your identity id (you sign).")
    String approver;

    @Parameters(index = "0", paramLabel = "DRAFT", description = "The draft id, as imported.")
    String draftId;

    @Option(names = "--revision", paramLabel = "N", description = "The revision you reviewed (default: the latest).")
    Integer revision;

    @Option(
            names = "--outcome",
            required = true,
            paramLabel = "OUTCOME",
            description = "approve, approve-reduced, reject or request-changes.")
    String outcome;

    @Option(
            names = "--items",
            split = ",",
            paramLabel = "ITEM",
            description = "approve-reduced: the line items you approve (the rest are left out). An item is named by "
                    + "its entitlement or role id, or IDENTITY:ID when several identities share it.")
    List<String> items = new ArrayList<>();

    @Option(
            names = "--expires",
            paramLabel = "WHEN",
            description =
                    "approve-reduced: a shorter expiry for the approved additions (2026-12-31 or 2026-12-31T17:00:00Z).")
    String expires;

    @Option(
            names = "--justification",
            paramLabel = "TEXT",
            description = "Why; required to reject, request changes, or approve over a high or critical finding.")
    String justification;

    @Option(
            names = "--mitigation",
            paramLabel = "CONTROL",
            description = "The mitigating control under which you accept an SoD conflict.")
    String mitigation;

    @Option(
            names = "--acknowledge",
            split = ",",
            paramLabel = "RULE",
            description = "Rule ids of the high and critical findings you acknowledge.")
    List<String> acknowledged = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Outcome chosen = outcome();
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace open = workspace.open(spec.commandLine().getErr())) {
            DecisionService service = new DecisionService(open, Clock.systemUTC(), AppVersion.VERSION, false);
            ReviewMaterial material = new QueueService(open).material(draftId, revision, service.verifiedDecisions());
            DecisionInput input = new DecisionInput(
                    draftId,
                    material.draft().revision(),
                    chosen,
                    choices(chosen, material),
                    justification,
                    mitigation,
                    new LinkedHashSet<>(acknowledged),
                    null);
            SigningKey key = unlock(open);
            RecordedDecision recorded = service.record(material, approver, input, key);
            print(out, recorded);
            return ExitCodes.OK;
        } catch (DecisionRefusedException e) {
            throw new UserError("not recorded: "
                    + e.problems().stream().map(p -> p.message()).collect(Collectors.joining("; ")));
        }
    }

    private SigningKey unlock(Workspace open) {
        char[] secret = passphrase.read("Passphrase for " + approver + "'s signing key");
        return new ApproverKeystore(open).unlock(approver, secret);
    }

    private Outcome outcome() {
        for (Outcome candidate : Outcome.values()) {
            if (candidate.code().equals(outcome)) {
                return candidate;
            }
        }
        throw new UserError(
                "--outcome must be approve, approve-reduced, reject or request-changes, not \"" + outcome + "\"");
    }

    /** approve-reduced: every line item, approved when named by --items, with --expires applied. */
    private List<LineItemChoice> choices(Outcome chosen, ReviewMaterial material) {
        if (chosen != Outcome.APPROVE_REDUCED) {
            if (!items.isEmpty() || expires != null) {
                throw new UserError("--items and --expires belong to --outcome approve-reduced");
            }
            return List.of();
        }
        List<LineItem> lineItems = LineItem.of(material.draft());
        Instant expiry = expiry();
        List<String> unmatched = new ArrayList<>(items);
        List<LineItemChoice> choices = new ArrayList<>();
        for (LineItem item : lineItems) {
            boolean named = items.isEmpty() || items.stream().anyMatch(ref -> names(ref, item, lineItems));
            unmatched.removeIf(ref -> names(ref, item, lineItems));
            boolean shortened = named && expiry != null && item.action() == LineItem.Action.ADD;
            choices.add(new LineItemChoice(item.id(), named, shortened ? expiry : null));
        }
        if (!unmatched.isEmpty()) {
            throw new UserError("--items " + String.join(", ", unmatched) + " matches no line item of " + draftId
                    + "; its items are: " + lineItems.stream().map(LineItem::id).collect(Collectors.joining("; ")));
        }
        return choices;
    }

    private static boolean names(String ref, LineItem item, List<LineItem> all) {
        if (ref.equals(item.id()) || ref.equals(item.identity() + ":" + item.target())) {
            return true;
        }
        long sameTarget = all.stream()
                .filter(other -> other.target().equals(item.target()))
                .count();
        return ref.equals(item.target()) && sameTarget == 1;
    }

    private Instant expiry() {
        if (expires == null) {
            return null;
        }
        try {
            return expires.length() == 10
                    ? LocalDate.parse(expires).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(expires);
        } catch (DateTimeParseException e) {
            throw new UserError(
                    "--expires expects a date such as 2026-12-31 or an instant such as 2026-12-31T17:00:00Z, not \""
                            + expires + "\"");
        }
    }

    private void print(PrintWriter out, RecordedDecision recorded) {
        String standing = recorded.standing().isFinal()
                ? draftId + " is now " + recorded.standing().finalOutcome()
                : draftId + " has " + recorded.standing().approvers().size() + " of "
                        + recorded.standing().approversNeeded() + " approvals";
        if (format.json()) {
            ObjectNode node = FormatOption.mapper().createObjectNode();
            node.put("recorded", true);
            node.put("seq", recorded.seq());
            node.put("entryHash", recorded.entryHash());
            node.put("draft", draftId);
            node.put("revision", recorded.decision().revision());
            node.put("outcome", recorded.decision().outcome().code());
            node.put("approver", approver);
            node.put(
                    "standing",
                    recorded.standing().isFinal() ? recorded.standing().finalOutcome() : "pending");
            node.put("approvals", recorded.standing().approvers().size());
            node.put("approversNeeded", recorded.standing().approversNeeded());
            out.println(FormatOption.write(node));
        } else {
            out.printf(
                    "recorded: %s on %s r%d by %s · seq %d · %s%n%s%n",
                    recorded.decision().outcome().code(),
                    draftId,
                    recorded.decision().revision(),
                    approver,
                    recorded.seq(),
                    recorded.entryHash(),
                    standing);
        }
        out.flush();
    }
}
