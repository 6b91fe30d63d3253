package io.countersign.model.format;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A change an AI assistant drafted for a human to decide on. Only {@code kind}'s own block is
 * present: {@code changes} for access changes (and optionally the others), {@code workflow} for a
 * workflow change, {@code exception} for an exception, {@code credential} for a credential.
 */
public record Draft(
        String id,
        int revision,
        DraftKind kind,
        String title,
        Instant createdAt,
        Drafter drafter,
        String initiatedBy,
        String requester,
        List<String> requestedFor,
        List<String> editedBy,
        String ticket,
        HumanRequest request,
        String rationale,
        Outcome recommendation,
        Double confidence,
        List<String> sources,
        Basis basis,
        List<IdentityChange> changes,
        Workflow workflow,
        ExceptionRequest exception,
        CredentialRequest credential,
        RiskTier riskTier,
        String rollback,
        ChangeWindow changeWindow) {

    public static final String FORMAT = "countersign.draft/v1";

    public Draft {
        requestedFor = List.copyOf(requestedFor);
        editedBy = List.copyOf(editedBy);
        sources = List.copyOf(sources);
        changes = List.copyOf(changes);
    }

    /** Every identity whose access this draft changes, in order of first mention. */
    public Set<String> affectedIdentities() {
        Set<String> ids = new LinkedHashSet<>();
        changes.forEach(change -> ids.add(change.identity()));
        if (credential != null) {
            ids.add(credential.identity());
        }
        if (exception != null && exception.identity() != null) {
            ids.add(exception.identity());
        }
        return ids;
    }

    /** The humans involved in producing this draft, none of whom may approve it. */
    public List<String> involvedPeople() {
        List<String> people = new ArrayList<>();
        people.add(requester);
        people.add(initiatedBy);
        people.addAll(requestedFor);
        people.addAll(editedBy);
        return people;
    }

    public IdentityChange changeFor(String identity) {
        return changes.stream()
                .filter(c -> c.identity().equals(identity))
                .findFirst()
                .orElse(null);
    }

    public record Drafter(String agent, String model, String workloadIdentity, String runId) {}

    /** What the human asked for, in words and, where structured, as entitlement or role ids. */
    public record HumanRequest(String text, List<String> entitlements, Instant until) {
        public HumanRequest {
            entitlements = List.copyOf(entitlements);
        }

        public boolean isStructured() {
            return !entitlements.isEmpty();
        }
    }

    /** The snapshot the assistant worked from and the access it believed each identity had. */
    public record Basis(String snapshot, List<BelievedAccess> access) {
        public Basis {
            access = List.copyOf(access);
        }
    }

    public record BelievedAccess(String identity, List<String> entitlements, List<String> roles) {
        public BelievedAccess {
            entitlements = List.copyOf(entitlements);
            roles = List.copyOf(roles);
        }
    }

    public record ChangeWindow(Instant start, Instant end) {}
}
