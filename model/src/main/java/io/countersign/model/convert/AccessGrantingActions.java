package io.countersign.model.convert;

import java.util.List;

/**
 * The IAM actions that let their holder give access to someone, themselves included: attach or
 * write policies, change which policy version is in force, add users to groups, create or reset
 * credentials, change who may assume a role, hand a role to a service, or assume other roles.
 * A policy that allows any of them (through {@code *}, {@code iam:*}, {@code iam:Put*} or by name)
 * becomes an entitlement with {@code grantsAccess}. docs/formats/aws-conversion.md gives the list
 * with its sources: the IAM Service Authorization Reference and the published catalogues of IAM
 * privilege escalation paths.
 */
final class AccessGrantingActions {
    private AccessGrantingActions() {}

    /** Grant access whatever resource they name: the resource is the principal or policy being changed. */
    static final List<String> ON_ANY_RESOURCE = List.of(
            "iam:AttachUserPolicy",
            "iam:AttachGroupPolicy",
            "iam:AttachRolePolicy",
            "iam:PutUserPolicy",
            "iam:PutGroupPolicy",
            "iam:PutRolePolicy",
            "iam:CreatePolicyVersion",
            "iam:SetDefaultPolicyVersion",
            "iam:AddUserToGroup",
            "iam:CreateAccessKey",
            "iam:CreateLoginProfile",
            "iam:UpdateLoginProfile",
            "iam:UpdateAssumeRolePolicy",
            "iam:PassRole",
            "iam:DeleteUserPermissionsBoundary",
            "iam:DeleteRolePermissionsBoundary",
            "iam:PutUserPermissionsBoundary",
            "iam:PutRolePermissionsBoundary",
            "sso:CreateAccountAssignment",
            "sso:AttachManagedPolicyToPermissionSet",
            "sso:PutInlinePolicyToPermissionSet");

    /** Grant access only when the resource is open-ended: assuming any role is an escalation, assuming one named role is its own grant. */
    static final List<String> ON_UNNAMED_RESOURCES =
            List.of("sts:AssumeRole", "sts:AssumeRoleWithSAML", "sts:AssumeRoleWithWebIdentity");

    /** The first access-granting action an allowing statement covers, or null if none does. */
    static String firstGranted(IamPolicy policy) {
        for (IamPolicy.Statement statement : policy.statements()) {
            if (!statement.allow()) {
                continue;
            }
            for (String action : ON_ANY_RESOURCE) {
                if (statement.covers(action)) {
                    return action;
                }
            }
            if (statement.reachesUnnamedResources()) {
                for (String action : ON_UNNAMED_RESOURCES) {
                    if (statement.covers(action)) {
                        return action;
                    }
                }
            }
        }
        return null;
    }
}
