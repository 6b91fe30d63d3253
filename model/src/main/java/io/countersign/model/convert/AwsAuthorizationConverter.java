package io.countersign.model.convert;

import io.countersign.model.format.Assignment;
import io.countersign.model.format.Entitlement;
import io.countersign.model.format.Identity;
import io.countersign.model.format.IdentityKind;
import io.countersign.model.format.ManagedSystem;
import io.countersign.model.format.Role;
import io.countersign.model.format.Sensitivity;
import io.countersign.model.format.Snapshot;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.SourceNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the output of {@code aws iam get-account-authorization-details} into a snapshot of one
 * account: users and roles become identities, every managed or inline policy an entitlement whose
 * scope is its allowing statements, groups become roles, and a role's trust policy becomes an
 * "assume" entitlement held by the principals it trusts. See docs/formats/aws-conversion.md.
 */
public final class AwsAuthorizationConverter {

    static final Set<String> TOP =
            Set.of("UserDetailList", "GroupDetailList", "RoleDetailList", "Policies", "IsTruncated", "Marker");
    static final Set<String> USER = Set.of(
            "Arn",
            "AttachedManagedPolicies",
            "CreateDate",
            "GroupList",
            "Path",
            "PermissionsBoundary",
            "Tags",
            "UserId",
            "UserName",
            "UserPolicyList");
    static final Set<String> GROUP =
            Set.of("Arn", "AttachedManagedPolicies", "CreateDate", "GroupId", "GroupName", "GroupPolicyList", "Path");
    static final Set<String> ROLE = Set.of(
            "Arn",
            "AssumeRolePolicyDocument",
            "AttachedManagedPolicies",
            "CreateDate",
            "Description",
            "InstanceProfileList",
            "MaxSessionDuration",
            "Path",
            "PermissionsBoundary",
            "RoleId",
            "RoleLastUsed",
            "RoleName",
            "RolePolicyList",
            "Tags");
    static final Set<String> POLICY = Set.of(
            "Arn",
            "AttachmentCount",
            "CreateDate",
            "DefaultVersionId",
            "Description",
            "IsAttachable",
            "Path",
            "PermissionsBoundaryUsageCount",
            "PolicyId",
            "PolicyName",
            "PolicyVersionList",
            "Tags",
            "UpdateDate");
    static final Set<String> VERSION = Set.of("CreateDate", "Document", "IsDefaultVersion", "VersionId");
    static final Set<String> INLINE = Set.of("PolicyName", "PolicyDocument");
    static final Set<String> ATTACHED = Set.of("PolicyArn", "PolicyName");
    static final Set<String> LAST_USED = Set.of("LastUsedDate", "Region");
    static final Set<String> TAG = Set.of("Key", "Value");
    static final Set<String> BOUNDARY = Set.of("PermissionsBoundaryType", "PermissionsBoundaryArn");

    /** A user or role tag whose value names the identity's kind, where the default (users human, roles workload) is wrong. */
    public static final String KIND_TAG = "countersign:kind";

    static final String ASSUME = "#sts:AssumeRole";

    private final ManagedSystem system;
    private final CredentialReport report;
    private final Map<String, Entitlement> entitlements = new LinkedHashMap<>();
    private final Map<String, IamPolicy> policyOf = new HashMap<>();
    private final Map<String, String> groupArnByName = new HashMap<>();
    private final Map<String, List<String>> groupEntitlements = new HashMap<>();
    private final Map<String, Identity> identities = new LinkedHashMap<>();
    private final Map<String, List<IamPolicy>> policiesHeld = new LinkedHashMap<>();
    private final Map<String, IamPolicy> trustOf = new LinkedHashMap<>();
    private final List<Role> roles = new ArrayList<>();
    private final List<Assignment> assignments = new ArrayList<>();

    private AwsAuthorizationConverter(ManagedSystem system, CredentialReport report) {
        this.system = system;
        this.report = report;
    }

    public static Snapshot convert(
            SourceNode root, CredentialReport report, ManagedSystem system, String snapshotId, Instant takenAt)
            throws FormatException {
        root.expectObject("the output of aws iam get-account-authorization-details")
                .onlyFields(TOP);
        SourceNode truncated = root.optionalField("IsTruncated");
        if (truncated != null && truncated.asBoolean()) {
            throw truncated.error("this is one page of several (IsTruncated is true); run the command without "
                    + "--max-items so that the CLI fetches every page, or the snapshot would miss access");
        }
        AwsAuthorizationConverter converter = new AwsAuthorizationConverter(system, report);
        for (SourceNode policy : root.optionalList("Policies", node -> node)) {
            converter.managedPolicy(policy);
        }
        for (SourceNode group : root.optionalList("GroupDetailList", node -> node)) {
            converter.group(group);
        }
        for (SourceNode user : root.optionalList("UserDetailList", node -> node)) {
            converter.user(user);
        }
        for (SourceNode role : root.optionalList("RoleDetailList", node -> node)) {
            converter.role(role);
        }
        converter.trustAssignments();
        return new Snapshot(
                snapshotId,
                takenAt,
                List.copyOf(converter.identities.values()),
                List.of(system),
                List.copyOf(converter.entitlements.values()),
                converter.roles,
                converter.assignments,
                List.of());
    }

    private void managedPolicy(SourceNode node) throws FormatException {
        node.expectObject("a managed policy").onlyFields(POLICY);
        SourceNode arn = node.field("Arn");
        SourceNode document = null;
        SourceNode versions = node.field("PolicyVersionList");
        for (SourceNode version : versions.arrayItems("'PolicyVersionList'")) {
            version.expectObject("a policy version").onlyFields(VERSION);
            if (version.optionalBoolean("IsDefaultVersion", false)) {
                document = version.field("Document");
            }
        }
        if (document == null) {
            throw versions.error("no version has IsDefaultVersion true; the policy in force cannot be read");
        }
        declare(arn, node.text("PolicyName"), IamPolicy.read(document));
    }

    private void declare(SourceNode idNode, String name, IamPolicy policy) throws FormatException {
        String id = idNode.asId();
        String granted = AccessGrantingActions.firstGranted(policy);
        Entitlement entitlement = new Entitlement(
                id,
                system.id(),
                name,
                policy.sensitivity(granted != null),
                null,
                policy.scope(),
                granted != null,
                false);
        if (entitlements.putIfAbsent(id, entitlement) != null) {
            throw idNode.error("the policy \"" + id + "\" appears twice");
        }
        policyOf.put(id, policy);
    }

    private void group(SourceNode node) throws FormatException {
        node.expectObject("a group").onlyFields(GROUP);
        String arn = node.text("Arn");
        String name = node.text("GroupName");
        if (groupArnByName.putIfAbsent(name, arn) != null) {
            throw node.field("GroupName").error("the group \"" + name + "\" appears twice");
        }
        List<String> bundle = policies(node, arn, "GroupPolicyList");
        groupEntitlements.put(arn, bundle);
        roles.add(new Role(arn, name, bundle));
    }

    private void user(SourceNode node) throws FormatException {
        node.expectObject("a user").onlyFields(USER);
        boundary(node);
        String arn = node.text("Arn");
        String name = node.text("UserName");
        identity(node, arn, name, IdentityKind.HUMAN);
        Instant lastUsed = report.lastUsed(arn);
        for (String entitlement : policies(node, arn, "UserPolicyList")) {
            hold(arn, entitlement, lastUsed);
        }
        for (SourceNode group : node.optionalList("GroupList", item -> item)) {
            String groupArn = groupArnByName.get(group.asId());
            if (groupArn == null) {
                throw group.error("the group \"" + group.asId() + "\" is not in GroupDetailList");
            }
            assignments.add(new Assignment(arn, null, groupArn, null, null, lastUsed, null));
            for (String entitlement : groupEntitlements.get(groupArn)) {
                policiesHeld.get(arn).add(policyOf.get(entitlement));
            }
        }
    }

    private void role(SourceNode node) throws FormatException {
        node.expectObject("a role").onlyFields(ROLE);
        boundary(node);
        String arn = node.text("Arn");
        String name = node.text("RoleName");
        identity(node, arn, name, IdentityKind.WORKLOAD);
        Instant lastUsed = null;
        SourceNode used = node.optionalField("RoleLastUsed");
        if (used != null) {
            used.expectObject("RoleLastUsed").onlyFields(LAST_USED);
            SourceNode date = used.optionalField("LastUsedDate");
            lastUsed = date == null ? null : instant(date);
        }
        Sensitivity highest = Sensitivity.LOW;
        boolean grants = false;
        for (String entitlement : policies(node, arn, "RolePolicyList")) {
            hold(arn, entitlement, lastUsed);
            Entitlement held = entitlements.get(entitlement);
            highest = held.sensitivity().isAtLeast(highest) ? held.sensitivity() : highest;
            grants |= held.grantsAccess();
        }
        IamPolicy trust = IamPolicy.read(node.field("AssumeRolePolicyDocument"));
        trustOf.put(arn, trust);
        List<String> trusted = new ArrayList<>();
        for (IamPolicy.Statement statement : trust.statements()) {
            if (statement.allow() && statement.covers("sts:AssumeRole")) {
                trusted.addAll(statement.principals());
            }
        }
        entitlements.put(
                arn + ASSUME,
                new Entitlement(
                        arn + ASSUME,
                        system.id(),
                        "Assume role " + name,
                        highest,
                        null,
                        trusted.isEmpty() ? null : "trusts " + String.join(", ", trusted),
                        grants,
                        false));
    }

    private void identity(SourceNode node, String arn, String name, IdentityKind fallback) throws FormatException {
        IdentityKind kind = fallback;
        for (SourceNode tag : node.optionalList("Tags", item -> item)) {
            tag.expectObject("a tag").onlyFields(TAG);
            if (tag.text("Key").equals(KIND_TAG)) {
                kind = tag.field("Value").asCode(IdentityKind.class);
            }
        }
        if (identities.putIfAbsent(arn, new Identity(arn, name, kind, null, null, null, null, null)) != null) {
            throw node.field("Arn").error("the identity \"" + arn + "\" appears twice");
        }
        policiesHeld.put(arn, new ArrayList<>());
    }

    private void hold(String identity, String entitlement, Instant lastUsed) {
        assignments.add(new Assignment(identity, entitlement, null, null, null, lastUsed, null));
        policiesHeld.get(identity).add(policyOf.get(entitlement));
    }

    /** The entitlement ids of a principal's attached managed policies, then its inline ones (declared here). */
    private List<String> policies(SourceNode node, String principalArn, String inlineList) throws FormatException {
        List<String> held = new ArrayList<>();
        for (SourceNode attached : node.optionalList("AttachedManagedPolicies", item -> item)) {
            attached.expectObject("an attached policy").onlyFields(ATTACHED);
            SourceNode arn = attached.field("PolicyArn");
            if (!entitlements.containsKey(arn.asId())) {
                throw arn.error("the policy \"" + arn.asId() + "\" is attached here but not in Policies; export "
                        + "without --filter so that every attached managed policy is listed");
            }
            held.add(arn.asId());
        }
        for (SourceNode inline : node.optionalList(inlineList, item -> item)) {
            inline.expectObject("an inline policy").onlyFields(INLINE);
            String name = inline.text("PolicyName");
            SourceNode id = inline.field("PolicyName");
            String entitlement = principalArn + "#" + name;
            IamPolicy policy = IamPolicy.read(inline.field("PolicyDocument"));
            declareInline(id, entitlement, name, policy);
            held.add(entitlement);
        }
        return held;
    }

    private void declareInline(SourceNode at, String id, String name, IamPolicy policy) throws FormatException {
        if (entitlements.containsKey(id)) {
            throw at.error("the inline policy \"" + name + "\" appears twice on one principal");
        }
        String granted = AccessGrantingActions.firstGranted(policy);
        entitlements.put(
                id,
                new Entitlement(
                        id,
                        system.id(),
                        name + " (inline)",
                        policy.sensitivity(granted != null),
                        null,
                        policy.scope(),
                        granted != null,
                        false));
        policyOf.put(id, policy);
    }

    private static void boundary(SourceNode node) throws FormatException {
        SourceNode boundary = node.optionalField("PermissionsBoundary");
        if (boundary != null) {
            boundary.expectObject("a permissions boundary").onlyFields(BOUNDARY);
        }
    }

    /**
     * Who may assume each role: principals its trust policy names by ARN, and, where it trusts its
     * own account ({@code arn:aws:iam::ACCOUNT:root}, the account id, or {@code *}), every identity of
     * that account whose own policies allow {@code sts:AssumeRole} on the role by its ARN. Policies that
     * allow it on a pattern ({@code *}, {@code role/*}) are not listed per role, which would be every
     * such holder times every such role: they are marked as granting access, and their scope shows
     * the pattern.
     */
    private void trustAssignments() {
        Map<String, Set<String>> namingAssumers = new HashMap<>();
        for (Map.Entry<String, List<IamPolicy>> held : policiesHeld.entrySet()) {
            for (IamPolicy policy : held.getValue()) {
                for (IamPolicy.Statement statement : policy.statements()) {
                    if (statement.allow() && !statement.negatedResources() && statement.covers("sts:AssumeRole")) {
                        for (String resource : statement.resources()) {
                            namingAssumers
                                    .computeIfAbsent(resource, r -> new LinkedHashSet<>())
                                    .add(held.getKey());
                        }
                    }
                }
            }
        }
        for (Map.Entry<String, IamPolicy> role : trustOf.entrySet()) {
            String roleArn = role.getKey();
            String account = account(roleArn);
            Set<String> holders = new LinkedHashSet<>();
            boolean wholeAccount = false;
            for (IamPolicy.Statement statement : role.getValue().statements()) {
                if (!statement.allow() || !statement.covers("sts:AssumeRole")) {
                    continue;
                }
                for (String principal : statement.principals()) {
                    String value = principal.startsWith("AWS:") ? principal.substring(4) : principal;
                    if (value.equals("*")
                            || value.equals(account)
                            || value.equals("arn:aws:iam::" + account + ":root")) {
                        wholeAccount = true;
                    } else if (identities.containsKey(value)) {
                        holders.add(value);
                    }
                }
            }
            if (wholeAccount) {
                for (String identity : namingAssumers.getOrDefault(roleArn, Set.of())) {
                    if (!identity.equals(roleArn)
                            && account(identity).equals(account)
                            && policiesHeld.get(identity).stream()
                                    .anyMatch(p -> p.allowsNamed("sts:AssumeRole", roleArn))) {
                        holders.add(identity);
                    }
                }
            }
            for (String identity : holders) {
                assignments.add(new Assignment(identity, roleArn + ASSUME, null, null, null, null, null));
            }
        }
    }

    private static String account(String arn) {
        String[] parts = arn.split(":", 6);
        return parts.length > 4 ? parts[4] : "";
    }

    /** AWS writes times as {@code 2026-02-01T09:30:00Z} or {@code 2026-02-01T09:30:00+00:00}. */
    private static Instant instant(SourceNode node) throws FormatException {
        String text = node.asText();
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw node.error("expected a time such as 2026-02-01T09:30:00Z, found \"" + text + "\"");
        }
    }
}
