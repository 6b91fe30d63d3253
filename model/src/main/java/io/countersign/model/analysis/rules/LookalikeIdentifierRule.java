package io.countersign.model.analysis.rules;

import io.countersign.model.analysis.AccessCatalog;
import io.countersign.model.analysis.AnalysisContext;
import io.countersign.model.analysis.IdentityReview;
import io.countersign.model.analysis.LookalikeIndex;
import io.countersign.model.analysis.LookalikeIndex.Kind;
import io.countersign.model.analysis.LookalikeIndex.Known;
import io.countersign.model.finding.Finding;
import io.countersign.model.finding.FindingBuilder;
import io.countersign.model.finding.RuleId;
import io.countersign.model.format.AccessGrant;
import io.countersign.model.format.Draft;
import io.countersign.model.format.IdentityChange;
import io.countersign.model.format.Severity;
import io.countersign.model.format.WorkflowStep;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Ids a draft names that the snapshot does not know but that look like ones it does (the same
 * Unicode TR39 skeleton: {@code u-dаna} with a Cyrillic а for {@code u-dana}), and ids a draft
 * introduces that mix scripts. A reviewer reads the screen; a lookalike is read as the real thing.
 */
public final class LookalikeIdentifierRule implements DraftRule {

    private static final Set<Kind> IDENTITY = EnumSet.of(Kind.IDENTITY);
    private static final Set<Kind> ACCESS = EnumSet.of(Kind.ENTITLEMENT, Kind.ROLE);
    private static final String IDENTITY_PREFIX = "identity:";
    private static final String ROLE_PREFIX = "role:";

    /** An id the draft names, what it names it as, where, and whose change it belongs to (or null). */
    private record Named(String id, Set<Kind> kinds, String where, String identity) {}

    @Override
    public void evaluate(List<IdentityReview> reviews, AnalysisContext context, Consumer<Finding> out) {
        Set<String> seen = new HashSet<>();
        for (Named named : named(context.draft())) {
            if (named.id() == null || named.id().isBlank() || !seen.add(named.id())) {
                continue;
            }
            if (isKnown(named.id(), context.catalog())) {
                continue; // the snapshot's own ids are what the others are compared with
            }
            Known known = context.lookalikes().lookalike(named.id(), named.kinds());
            if (known != null) {
                out.accept(lookalike(named, known, context));
            } else if (LookalikeIndex.mixesScripts(named.id())) {
                out.accept(mixedScripts(named, context));
            }
        }
    }

    private static boolean isKnown(String id, AccessCatalog catalog) {
        return catalog.identity(id) != null || catalog.entitlement(id) != null || catalog.role(id) != null;
    }

    private static Finding lookalike(Named named, Known known, AnalysisContext context) {
        String unusual = LookalikeIndex.unusualCharacters(named.id(), known.id());
        String what = kindOf(named, known);
        return builder(named)
                .severity(Severity.HIGH)
                .summary(named.id() + " looks like " + known.describe() + "; it contains " + unusual)
                .explanation("The draft names " + what + " \"" + named.id() + "\" (" + named.where()
                        + "), which snapshot " + context.catalog().snapshot().id() + " does not have, but which"
                        + " looks the same as its " + known.kind().word() + " " + known.describe() + ": it contains "
                        + unusual + ". On screen the two read alike; to a directory they are different ids,"
                        + " so an approval meant for one could go to the other.")
                .remediation("Send back: ask for the exact id of " + known.id()
                        + " from the directory, and find out who wrote the lookalike.")
                .build();
    }

    private static Finding mixedScripts(Named named, AnalysisContext context) {
        String unusual = LookalikeIndex.unusualCharacters(named.id(), null);
        String scripts = LookalikeIndex.scripts(named.id());
        return builder(named)
                .severity(Severity.MEDIUM)
                .summary(named.id() + " mixes " + scripts + " letters; it contains " + unusual)
                .explanation("The draft introduces " + kindOf(named, null) + " \"" + named.id() + "\" ("
                        + named.where() + "), written in " + scripts + " letters together: it contains " + unusual
                        + ". Ids that mix scripts this way are how lookalikes of real names are made; snapshot "
                        + context.catalog().snapshot().id() + " has no id it resembles today.")
                .remediation("Send back: ask for the id in one script, as the directory spells it.")
                .build();
    }

    private static FindingBuilder builder(Named named) {
        FindingBuilder finding = FindingBuilder.of(RuleId.GOV_LOOKALIKE_ID)
                .subject(named.id())
                .evidence(named.identity(), named.id(), named.where());
        if (named.kinds().contains(Kind.IDENTITY)) {
            finding.identity(named.id());
        } else if (named.kinds().equals(EnumSet.of(Kind.ROLE))) {
            finding.role(named.id());
        } else {
            finding.entitlement(named.id());
        }
        return finding;
    }

    /** "identity", "role", "entitlement", or "entitlement or role" when the draft leaves it open. */
    private static String kindOf(Named named, Known known) {
        if (named.kinds().size() == 1) {
            return named.kinds().iterator().next().word();
        }
        return known != null ? known.kind().word() : "entitlement or role";
    }

    /** Every identity, entitlement and role id the draft names, in the order a reader meets them. */
    private static List<Named> named(Draft draft) {
        List<Named> named = new ArrayList<>();
        if (draft.drafter() != null) {
            named.add(new Named(draft.drafter().workloadIdentity(), IDENTITY, "drafter.workloadIdentity", null));
        }
        named.add(new Named(draft.initiatedBy(), IDENTITY, "initiatedBy", null));
        named.add(new Named(draft.requester(), IDENTITY, "requester", null));
        draft.requestedFor().forEach(id -> named.add(new Named(id, IDENTITY, "requestedFor", null)));
        draft.editedBy().forEach(id -> named.add(new Named(id, IDENTITY, "editedBy", null)));
        if (draft.request() != null) {
            draft.request()
                    .entitlements()
                    .forEach(id -> named.add(new Named(id, ACCESS, "request.entitlements", null)));
        }
        for (IdentityChange change : draft.changes()) {
            String where = change.create() != null ? "changes[].create" : "changes[].identity";
            named.add(new Named(change.identity(), IDENTITY, where, change.identity()));
            grants(change.identity(), change.add(), "changes[].add", named);
            grants(change.identity(), change.remove(), "changes[].remove", named);
        }
        if (draft.credential() != null) {
            String holder = draft.credential().identity();
            named.add(new Named(holder, IDENTITY, "credential.identity", holder));
        }
        if (draft.exception() != null) {
            String holder = draft.exception().identity();
            named.add(new Named(holder, IDENTITY, "exception.identity", holder));
            named.add(new Named(draft.exception().owner(), IDENTITY, "exception.owner", holder));
        }
        if (draft.workflow() != null) {
            for (WorkflowStep step : draft.workflow().steps()) {
                String approver = step.approver();
                String where = "workflow.steps[" + step.name() + "].approver";
                if (approver != null && approver.startsWith(IDENTITY_PREFIX)) {
                    named.add(new Named(approver.substring(IDENTITY_PREFIX.length()), IDENTITY, where, null));
                } else if (approver != null && approver.startsWith(ROLE_PREFIX)) {
                    named.add(new Named(approver.substring(ROLE_PREFIX.length()), EnumSet.of(Kind.ROLE), where, null));
                }
            }
        }
        return named;
    }

    private static void grants(String identity, List<AccessGrant> grants, String where, List<Named> named) {
        for (AccessGrant grant : grants) {
            Set<Kind> kinds = grant.isRole() ? EnumSet.of(Kind.ROLE) : EnumSet.of(Kind.ENTITLEMENT);
            named.add(new Named(grant.target(), kinds, where, identity));
        }
    }
}
