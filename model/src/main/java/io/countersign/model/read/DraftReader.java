package io.countersign.model.read;

import io.countersign.model.format.AccessGrant;
import io.countersign.model.format.CredentialRequest;
import io.countersign.model.format.Draft;
import io.countersign.model.format.DraftKind;
import io.countersign.model.format.ExceptionRequest;
import io.countersign.model.format.IdentityChange;
import io.countersign.model.format.IdentityKind;
import io.countersign.model.format.Outcome;
import io.countersign.model.format.RiskTier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Binds a {@code countersign.draft/v1} document. Entitlements, roles and identities are not
 * resolved here: a draft naming something the snapshot lacks is analysed and gets a finding.
 */
public final class DraftReader {
    private DraftReader() {}

    /**
     * Reads a draft held as JSON bytes (a stored revision, a pack's draft blob) through the same
     * strict tree and binding as a draft file, so stored drafts have no second reader.
     */
    public static Draft read(String source, byte[] json) throws FormatException {
        return read(SourceTreeReader.read(source, json, SourceTreeReader.Syntax.JSON));
    }

    public static Draft read(SourceNode root) throws FormatException {
        FormatCheck.expect(root, Draft.FORMAT);
        root.onlyFields(Fields.DRAFT);
        DraftKind kind = root.code("kind", DraftKind.class);
        requireBlockFor(root, kind);
        return new Draft(
                root.text("id"),
                root.integer("revision", 1, Integer.MAX_VALUE),
                kind,
                root.text("title"),
                root.instant("createdAt"),
                drafter(root.field("drafter")),
                root.text("initiatedBy"),
                root.text("requester"),
                root.optionalTextList("requestedFor"),
                root.optionalTextList("editedBy"),
                root.optionalText("ticket"),
                request(root.field("request")),
                root.optionalText("rationale"),
                root.code("recommendation", Outcome.class),
                root.optionalNumber("confidence", 0, 1),
                root.optionalTextList("sources"),
                root.has("basis") ? basis(root.field("basis")) : null,
                changes(root),
                root.has("workflow") ? SnapshotReader.readWorkflow(root.field("workflow"), null, null) : null,
                root.has("exception") ? exception(root.field("exception")) : null,
                root.has("credential") ? credential(root.field("credential")) : null,
                root.optionalCode("riskTier", RiskTier.class, null),
                root.optionalText("rollback"),
                root.has("changeWindow") ? window(root.field("changeWindow")) : null);
    }

    private static void requireBlockFor(SourceNode root, DraftKind kind) throws FormatException {
        String block = switch (kind) {
            case ACCESS_CHANGE -> "changes";
            case WORKFLOW_CHANGE -> "workflow";
            case EXCEPTION -> "exception";
            case CREDENTIAL -> "credential";
        };
        if (!root.has(block)) {
            throw root.absent(block, "a " + kind.code() + " draft needs '" + block + "'");
        }
        if (kind == DraftKind.ACCESS_CHANGE
                && root.field("changes").arrayItems("'changes'").isEmpty()) {
            throw root.field("changes").error("an access-change draft needs at least one change");
        }
    }

    private static Draft.Drafter drafter(SourceNode node) throws FormatException {
        node.expectObject("'drafter'").onlyFields(Fields.DRAFTER);
        return new Draft.Drafter(
                node.text("agent"),
                node.text("model"),
                node.optionalText("workloadIdentity"),
                node.optionalText("runId"));
    }

    private static Draft.HumanRequest request(SourceNode node) throws FormatException {
        node.expectObject("'request'").onlyFields(Fields.REQUEST);
        return new Draft.HumanRequest(
                node.text("text"), node.optionalTextList("entitlements"), node.optionalInstant("until"));
    }

    private static Draft.Basis basis(SourceNode node) throws FormatException {
        node.expectObject("'basis'").onlyFields(Fields.BASIS);
        return new Draft.Basis(node.text("snapshot"), node.optionalList("access", item -> {
            item.expectObject("believed access").onlyFields(Fields.BELIEVED);
            return new Draft.BelievedAccess(
                    item.text("identity"), item.optionalTextList("entitlements"), item.optionalTextList("roles"));
        }));
    }

    private static List<IdentityChange> changes(SourceNode root) throws FormatException {
        Set<String> seen = new HashSet<>();
        return root.optionalList("changes", node -> {
            node.expectObject("a change").onlyFields(Fields.CHANGE);
            SourceNode identity = node.field("identity");
            if (!seen.add(identity.asId())) {
                throw identity.error(
                        "identity \"" + identity.asId() + "\" already has a change in this draft; merge them");
            }
            return new IdentityChange(
                    identity.asId(),
                    node.has("create") ? newIdentity(node.field("create")) : null,
                    node.optionalList("add", DraftReader::grant),
                    node.optionalList("remove", DraftReader::grant));
        });
    }

    private static IdentityChange.NewIdentity newIdentity(SourceNode node) throws FormatException {
        node.expectObject("'create'").onlyFields(Fields.NEW_IDENTITY);
        return new IdentityChange.NewIdentity(
                node.text("name"),
                node.code("kind", IdentityKind.class),
                node.optionalText("owner"),
                node.optionalText("orgUnit"),
                node.optionalText("jobCode"),
                node.optionalText("manager"));
    }

    private static AccessGrant grant(SourceNode node) throws FormatException {
        node.expectObject("an entitlement or role").onlyFields(Fields.GRANT);
        boolean entitlement = node.has("entitlement");
        if (entitlement == node.has("role")) {
            throw node.error("names exactly one of 'entitlement' or 'role'");
        }
        return new AccessGrant(
                entitlement ? node.text("entitlement") : null,
                entitlement ? null : node.text("role"),
                node.optionalInstant("expiresAt"),
                node.optionalText("scope"));
    }

    private static ExceptionRequest exception(SourceNode node) throws FormatException {
        node.expectObject("'exception'").onlyFields(Fields.EXCEPTION);
        return new ExceptionRequest(
                node.text("rule"),
                node.optionalText("identity"),
                node.optionalText("owner"),
                node.optionalText("control"),
                node.optionalInstant("expiresAt"),
                node.optionalText("reason"));
    }

    private static CredentialRequest credential(SourceNode node) throws FormatException {
        node.expectObject("'credential'").onlyFields(Fields.CREDENTIAL);
        return new CredentialRequest(
                node.text("identity"),
                node.optionalTextList("scopes"),
                node.has("ttl") ? node.field("ttl").asDuration() : null);
    }

    private static Draft.ChangeWindow window(SourceNode node) throws FormatException {
        node.expectObject("'changeWindow'").onlyFields(Fields.WINDOW);
        Draft.ChangeWindow window = new Draft.ChangeWindow(node.instant("start"), node.instant("end"));
        if (!window.end().isAfter(window.start())) {
            throw node.field("end").error("expected the window's end after its start");
        }
        return window;
    }
}
