package io.countersign.app.review;

import io.countersign.app.queue.QueueItem;
import io.countersign.model.analysis.Names;
import io.countersign.model.format.AccessGrant;
import io.countersign.model.format.CredentialRequest;
import io.countersign.model.format.Draft;
import io.countersign.model.format.ExceptionRequest;
import io.countersign.model.format.IdentityChange;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The review header: who asked, who prompted, which assistant drafted it, the human's request in
 * their words, and beside it what the draft actually proposes, line by line.
 */
public record DraftSummary(
        String title,
        String reference,
        String ticket,
        String requester,
        String initiator,
        String requestedFor,
        String assistant,
        String requestText,
        String requestDetail,
        List<String> proposal,
        String claimedRisk) {

    /** Lines of the proposal the header card shows; the diff below lists every change. */
    public static final int PROPOSAL_LINES = 6;

    public DraftSummary {
        proposal = List.copyOf(proposal);
    }

    /**
     * The proposal as the header card shows it: a bullet per change, at most {@value #PROPOSAL_LINES}
     * lines. A draft of sixty changes would otherwise push the diff and findings out of the window.
     */
    public String proposalText() {
        if (proposal.isEmpty()) {
            return "No change to access.";
        }
        if (proposal.size() <= PROPOSAL_LINES) {
            return "• " + String.join("\n• ", proposal);
        }
        int shown = PROPOSAL_LINES - 1;
        return "• " + String.join("\n• ", proposal.subList(0, shown)) + "\n… and " + (proposal.size() - shown)
                + " more changes, every one in the diff below";
    }

    public static DraftSummary of(QueueItem item) {
        Draft draft = item.draft();
        Names names = item.names();
        String reference =
                draft.id() + " · revision " + draft.revision() + " · created " + AccessText.date(draft.createdAt());
        String forWhom = draft.requestedFor().isEmpty()
                ? "—"
                : draft.requestedFor().stream().map(names::identity).collect(Collectors.joining(", "));
        Draft.Drafter drafter = draft.drafter();
        String assistant =
                drafter == null ? "—" : drafter.agent() + (drafter.model() == null ? "" : " · " + drafter.model());
        Draft.HumanRequest request = draft.request();
        String text = request == null || request.text() == null ? "No request text recorded." : request.text();
        List<String> asked = new ArrayList<>();
        if (request != null && request.isStructured()) {
            asked.add("asked for " + String.join(", ", request.entitlements()));
        }
        if (request != null && request.until() != null) {
            asked.add("until " + AccessText.date(request.until()));
        }
        return new DraftSummary(
                draft.title(),
                reference,
                orDash(draft.ticket()),
                person(names, draft.requester()),
                person(names, draft.initiatedBy()),
                forWhom,
                assistant,
                text,
                String.join(" · ", asked),
                proposal(draft, names),
                draft.riskTier() == null ? "not stated" : draft.riskTier().code());
    }

    private static String person(Names names, String id) {
        return id == null ? "—" : names.identity(id);
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    static List<String> proposal(Draft draft, Names names) {
        List<String> lines = new ArrayList<>();
        for (IdentityChange change : draft.changes()) {
            String who = names.identity(change.identity());
            if (change.create() != null) {
                lines.add("Create " + change.create().kind().code() + " " + who
                        + (change.create().owner() == null
                                ? " with no owner"
                                : ", owner " + names.identity(change.create().owner())));
            }
            change.add().forEach(grant -> lines.add("Add " + grant(grant, names) + " to " + who));
            change.remove().forEach(grant -> lines.add("Remove " + target(grant, names) + " from " + who));
        }
        if (draft.workflow() != null) {
            lines.add("Replace approval chain " + draft.workflow().id() + " with "
                    + draft.workflow().steps().size() + " steps: "
                    + draft.workflow().steps().stream().map(s -> s.name()).collect(Collectors.joining(" → ")));
        }
        ExceptionRequest exception = draft.exception();
        if (exception != null) {
            lines.add("Exception to " + exception.rule()
                    + (exception.identity() == null ? "" : " for " + names.identity(exception.identity()))
                    + (exception.expiresAt() == null
                            ? ", no expiry"
                            : " until " + AccessText.date(exception.expiresAt()))
                    + (exception.owner() == null ? ", no owner" : ", owner " + names.identity(exception.owner()))
                    + (exception.control() == null ? ", no mitigating control" : ", control " + exception.control()));
        }
        CredentialRequest credential = draft.credential();
        if (credential != null) {
            lines.add("Issue a credential for " + names.identity(credential.identity()) + " with scopes "
                    + String.join(", ", credential.scopes())
                    + (credential.ttl() == null
                            ? ", no lifetime"
                            : ", valid " + credential.ttl().toDays() + " days"));
        }
        return lines;
    }

    private static String grant(AccessGrant grant, Names names) {
        return target(grant, names)
                + (grant.expiresAt() == null ? " with no expiry" : " until " + AccessText.date(grant.expiresAt()))
                + (grant.scope() == null ? "" : ", scope " + grant.scope());
    }

    private static String target(AccessGrant grant, Names names) {
        return grant.isRole() ? "role " + names.role(grant.role()) : names.entitlement(grant.entitlement());
    }
}
