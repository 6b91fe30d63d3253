package io.countersign.gate;

import io.countersign.model.decision.LineItem;
import io.countersign.model.evidence.Digest;
import io.countersign.model.evidence.Dsse;
import io.countersign.model.evidence.DsseEnvelope;
import io.countersign.model.evidence.DsseVerdict;
import io.countersign.model.evidence.InTotoStatement;
import io.countersign.model.format.Draft;
import io.countersign.model.format.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether provisioning may carry out a draft: only when a quorum of distinct, independent
 * approvers, each with a pinned key valid when it signed, approved exactly these draft bytes, no
 * later revision was decided, nobody rejected or sent it back, and nothing allowed has expired.
 * Every problem found is reported, not just the first; any one of them refuses.
 */
public final class ApprovalGate {

    private ApprovalGate() {}

    /**
     * Checks a bundle. Its unsigned header can only add refusals: a bundle exported for another
     * draft, for a later revision, or for other bytes of this one is refused even before its
     * signed records are read.
     */
    public static GateVerdict check(DraftUnderGate draft, ApprovalBundle bundle, TrustAnchors trust, Instant at) {
        GateVerdict verdict = check(draft, bundle.envelopes(), trust, at, bundle.approversNeeded());
        List<GateProblem> header = new ArrayList<>();
        Draft checked = draft.draft();
        if (!bundle.draftId().equals(checked.id())) {
            header.add(new GateProblem(
                    GateReason.OTHER_DRAFT,
                    "the approval was exported for " + bundle.draftId() + ", not " + checked.id()));
        } else if (bundle.revision() > checked.revision()) {
            header.add(new GateProblem(
                    GateReason.SUPERSEDED,
                    "the approval names revision " + bundle.revision() + " of " + checked.id()
                            + " as the store's latest: revision " + checked.revision() + " is superseded"));
        } else if (bundle.revision() == checked.revision()
                && !bundle.draftDigest().equals(draft.digest())) {
            header.add(new GateProblem(
                    GateReason.DRAFT_CHANGED,
                    "the store holds " + bundle.draftDigest() + " as " + checked.id() + " revision "
                            + checked.revision() + ", but this draft is " + draft.digest()));
        }
        if (header.isEmpty()) {
            return verdict;
        }
        header.addAll(verdict.problems());
        return new GateVerdict(
                verdict.draftId(),
                verdict.revision(),
                verdict.draftDigest(),
                verdict.checkedAt(),
                verdict.approvers(),
                verdict.approversNeeded(),
                verdict.lineItems(),
                header);
    }

    /** Checks signed decisions without a bundle's header (a decision pack's, for one). */
    public static GateVerdict check(
            DraftUnderGate underGate, List<DsseEnvelope> envelopes, TrustAnchors trust, Instant at) {
        return check(underGate, envelopes, trust, at, 0);
    }

    /**
     * @param atLeast approvers needed whatever the signed records say (the store's current
     *     requirement, from a bundle's header); 0 for none
     */
    private static GateVerdict check(
            DraftUnderGate underGate, List<DsseEnvelope> envelopes, TrustAnchors trust, Instant at, int atLeast) {
        Draft draft = underGate.draft();
        List<GateProblem> problems = new ArrayList<>();
        List<SignedDecision> current = new ArrayList<>();
        for (DsseEnvelope envelope : envelopes) {
            verified(envelope, trust, at, problems).ifPresent(decision -> {
                if (!decision.draftId().equals(draft.id())) {
                    problems.add(new GateProblem(
                            GateReason.OTHER_DRAFT,
                            "the bundle holds a decision on " + decision.draftId() + ", not " + draft.id()
                                    + ": it was put together from more than one draft"));
                } else if (decision.revision() > draft.revision()) {
                    problems.add(new GateProblem(
                            GateReason.SUPERSEDED,
                            draft.id() + " revision " + decision.revision()
                                    + " was decided on by " + decision.approverId() + ": revision " + draft.revision()
                                    + " is superseded"));
                } else if (decision.revision() == draft.revision()) {
                    current.add(decision);
                }
                // Decisions on earlier revisions were voided by this one: they count for nothing.
            });
        }
        if (current.isEmpty()) {
            problems.add(new GateProblem(
                    GateReason.NO_APPROVALS,
                    "no decision on " + draft.id() + " revision " + draft.revision() + " in the approval"));
            return verdict(underGate, at, List.of(), 0, List.of(), problems);
        }
        for (SignedDecision decision : current) {
            if (!decision.draftDigest().equals(underGate.digest())) {
                problems.add(new GateProblem(
                        GateReason.DRAFT_CHANGED,
                        decision.approverId() + " decided on "
                                + decision.draftDigest() + ", but this draft is " + underGate.digest()
                                + ": it was changed after the decision"));
            }
            if (decision.training()) {
                problems.add(new GateProblem(
                        GateReason.TRAINING_RECORD,
                        decision.approverId() + "'s decision comes from a training workspace and is not evidence"));
            }
            if (decision.outcome() == Outcome.REJECT) {
                problems.add(new GateProblem(GateReason.REJECTED, decision.approverId() + " rejected it"));
            } else if (decision.outcome() == Outcome.REQUEST_CHANGES) {
                problems.add(
                        new GateProblem(GateReason.SENT_BACK, decision.approverId() + " sent it back for changes"));
            }
        }
        // The risk can rise after an approval (a new snapshot or policy): the store's requirement counts too.
        int needed = Math.max(
                atLeast,
                current.stream().mapToInt(SignedDecision::approversNeeded).max().orElseThrow());
        List<SignedDecision> counted = counted(draft, current, problems);
        List<String> approvers =
                counted.stream().map(SignedDecision::approverId).toList();
        if (counted.size() < needed) {
            long approvals = current.stream().filter(SignedDecision::approves).count();
            problems.add(new GateProblem(
                    GateReason.QUORUM_NOT_MET,
                    counted.size() + " distinct independent approver"
                            + (counted.size() == 1 ? "" : "s") + " of " + needed + " needed"
                            + (approvals > counted.size()
                                    ? " (" + approvals + " approvals; one person counts once)"
                                    : "")));
        }
        List<AllowedLineItem> allowed = allowedLineItems(draft, counted, problems);
        for (AllowedLineItem item : allowed) {
            if (item.expiresAt() != null && !at.isBefore(item.expiresAt())) {
                problems.add(new GateProblem(
                        GateReason.LINE_ITEM_EXPIRED,
                        "\"" + item.item() + "\" expired at " + item.expiresAt() + " (checked at " + at + ")"));
            }
        }
        if (!counted.isEmpty() && allowed.isEmpty()) {
            problems.add(new GateProblem(GateReason.NOTHING_APPROVED, "the approvers allowed no line item in common"));
        }
        return verdict(underGate, at, approvers, needed, allowed, problems);
    }

    /** The envelope's decision, if it verifies against a pinned key that its approver owned and could use then. */
    private static Optional<SignedDecision> verified(
            DsseEnvelope envelope, TrustAnchors trust, Instant at, List<GateProblem> problems) {
        Digest keyId;
        try {
            keyId = Digest.parse(envelope.signature().keyId());
        } catch (IllegalArgumentException e) {
            problems.add(new GateProblem(GateReason.BAD_SIGNATURE, "an envelope names no valid key id"));
            return Optional.empty();
        }
        Optional<AnchorKey> anchor = trust.find(keyId);
        if (anchor.isEmpty()) {
            problems.add(new GateProblem(
                    GateReason.UNTRUSTED_KEY,
                    "a decision is signed by " + keyId + ", which is not among the trust anchors"));
            return Optional.empty();
        }
        DsseVerdict signature = Dsse.verify(envelope, anchor.get().key());
        if (!signature.isValid()) {
            problems.add(new GateProblem(
                    GateReason.BAD_SIGNATURE,
                    "a decision signed with " + keyId + " does not verify: " + signature.detail()));
            return Optional.empty();
        }
        SignedDecision decision;
        try {
            decision = SignedDecision.read(InTotoStatement.parse(envelope.payload()));
        } catch (RuntimeException e) {
            problems.add(new GateProblem(
                    GateReason.BAD_SIGNATURE,
                    "a decision signed with " + keyId + " is not a readable decision record: " + e.getMessage()));
            return Optional.empty();
        }
        if (!decision.keyId().equals(keyId)
                || !decision.approverId().equals(anchor.get().owner())) {
            problems.add(new GateProblem(
                    GateReason.KEY_OWNER_MISMATCH,
                    "the decision names " + decision.approverId() + " (key " + decision.keyId()
                            + ") but was signed with " + anchor.get().owner() + "'s key " + keyId));
            return Optional.empty();
        }
        if (!anchor.get().isValidAt(decision.decidedAt())) {
            problems.add(new GateProblem(
                    GateReason.KEY_NOT_VALID,
                    decision.approverId() + "'s key " + keyId + " was not valid at " + decision.decidedAt()));
            return Optional.empty();
        }
        if (decision.decidedAt().isAfter(at)) {
            problems.add(new GateProblem(
                    GateReason.DECIDED_AFTER_CHECK_TIME,
                    decision.approverId() + " decided at " + decision.decidedAt() + ", after the time checked at (" + at
                            + ")"));
            return Optional.empty();
        }
        return Optional.of(decision);
    }

    /** The approvals that count: independent of the draft, each person once (their latest decision). */
    private static List<SignedDecision> counted(Draft draft, List<SignedDecision> current, List<GateProblem> problems) {
        Set<String> involved = new LinkedHashSet<>(draft.involvedPeople());
        // Whoever's access the draft changes, named in requestedFor or not, decides nothing on it.
        involved.addAll(draft.affectedIdentities());
        if (draft.drafter() != null && draft.drafter().workloadIdentity() != null) {
            involved.add(draft.drafter().workloadIdentity());
        }
        Map<String, SignedDecision> byApprover = new LinkedHashMap<>();
        for (SignedDecision decision : current) {
            if (!decision.approves()) {
                continue;
            }
            if (involved.contains(decision.approverId())) {
                problems.add(
                        new GateProblem(
                                GateReason.NOT_INDEPENDENT,
                                decision.approverId()
                                        + " approved a draft they are involved in (requester, initiator, beneficiary, editor or drafter)"));
                continue;
            }
            byApprover.merge(
                    decision.approverId(), decision, (a, b) -> a.decidedAt().isAfter(b.decidedAt()) ? a : b);
        }
        return List.copyOf(byApprover.values());
    }

    /** Line items every counted approver allowed, each with the earliest expiry set by any of them. */
    private static List<AllowedLineItem> allowedLineItems(
            Draft draft, List<SignedDecision> counted, List<GateProblem> problems) {
        List<String> drafted = LineItem.of(draft).stream().map(LineItem::id).toList();
        List<AllowedLineItem> allowed = new ArrayList<>();
        for (String item : drafted) {
            boolean everyone = !counted.isEmpty();
            Instant expiry = null;
            for (SignedDecision decision : counted) {
                Optional<SignedDecision.SignedLineItem> signed = decision.lineItems().stream()
                        .filter(line -> line.item().equals(item))
                        .findFirst();
                if (signed.isEmpty() || !signed.get().approved()) {
                    everyone = false;
                    continue;
                }
                Instant until = signed.get().expiresAt();
                if (until != null && (expiry == null || until.isBefore(expiry))) {
                    expiry = until;
                }
            }
            if (everyone) {
                allowed.add(new AllowedLineItem(item, expiry));
            }
        }
        for (SignedDecision decision : counted) {
            decision.lineItems().stream()
                    .map(SignedDecision.SignedLineItem::item)
                    .filter(item -> !drafted.contains(item))
                    .findFirst()
                    .ifPresent(item -> problems.add(new GateProblem(
                            GateReason.DRAFT_CHANGED,
                            decision.approverId() + " decided on a line item this draft does not hold: \"" + item
                                    + "\"")));
        }
        allowed.sort(Comparator.comparing(item -> drafted.indexOf(item.item())));
        return allowed;
    }

    private static GateVerdict verdict(
            DraftUnderGate draft,
            Instant at,
            List<String> approvers,
            int needed,
            List<AllowedLineItem> allowed,
            List<GateProblem> problems) {
        return new GateVerdict(
                draft.draft().id(),
                draft.draft().revision(),
                draft.digest().toString(),
                at,
                approvers,
                needed,
                allowed,
                problems);
    }
}
