package io.countersign.benchmarks.convert;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Deterministic exports in the published shapes, at any size: a directory's SCIM 2.0 export (a
 * ListResponse of Users with the enterprise extension, managers in a tree, and one of Groups with
 * their members) and an AWS account's {@code get-account-authorization-details} (users, groups,
 * roles with trust policies and last use, customer and AWS managed policies, inline policies).
 */
public final class ExportGenerator {
    static final String ACCOUNT = "123456789012";
    private static final JsonFactory JSON = new JsonFactory();
    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    private static final List<String> AWS_MANAGED = List.of("AdministratorAccess", "PowerUserAccess", "ReadOnlyAccess");

    private ExportGenerator() {}

    /** Users in one ListResponse and Groups in another: two documents, as a directory exports them. */
    public static List<byte[]> scim(int users) {
        int groups = Math.max(4, users / 100);
        List<List<Integer>> members = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < users; i++) {
            members.get(i % groups).add(i);
            members.get((i + groups / 2) % groups).add(i);
            members.get((i + groups / 3) % groups).add(i);
        }
        return List.of(write(json -> scimUsers(json, users)), write(json -> scimGroups(json, members)));
    }

    private static void scimUsers(JsonGenerator json, int users) throws IOException {
        listResponse(json, users);
        for (int i = 0; i < users; i++) {
            json.writeStartObject();
            json.writeArrayFieldStart("schemas");
            json.writeString("urn:ietf:params:scim:schemas:core:2.0:User");
            json.writeString(ENTERPRISE);
            json.writeEndArray();
            json.writeStringField("id", scimId(i));
            json.writeStringField("externalId", "emp-" + i);
            json.writeStringField("userName", "user" + i + "@example.test");
            json.writeObjectFieldStart("name");
            json.writeStringField("formatted", "Given" + i + " Family" + (i % 977));
            json.writeStringField("familyName", "Family" + (i % 977));
            json.writeStringField("givenName", "Given" + i);
            json.writeEndObject();
            json.writeStringField("title", "JOB-" + (i % 60));
            json.writeStringField("userType", i % 250 == 7 ? "Service" : "Employee");
            json.writeBooleanField("active", i % 50 != 3);
            json.writeArrayFieldStart("emails");
            json.writeStartObject();
            json.writeStringField("value", "user" + i + "@example.test");
            json.writeStringField("type", "work");
            json.writeBooleanField("primary", true);
            json.writeEndObject();
            json.writeEndArray();
            json.writeObjectFieldStart(ENTERPRISE);
            json.writeStringField("employeeNumber", String.format(Locale.ROOT, "%06d", i));
            json.writeStringField("department", "dept-" + (i % 200));
            if (i > 0) {
                json.writeObjectFieldStart("manager");
                json.writeStringField("value", scimId((i - 1) / 10));
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeObjectFieldStart("meta");
            json.writeStringField("resourceType", "User");
            json.writeStringField("created", "2024-03-04T09:00:00Z");
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void scimGroups(JsonGenerator json, List<List<Integer>> members) throws IOException {
        listResponse(json, members.size());
        for (int g = 0; g < members.size(); g++) {
            json.writeStartObject();
            json.writeArrayFieldStart("schemas");
            json.writeString("urn:ietf:params:scim:schemas:core:2.0:Group");
            json.writeEndArray();
            json.writeStringField("id", String.format(Locale.ROOT, "g%07d-0000-4000-8000-000000000000", g));
            json.writeStringField("displayName", "Group " + g);
            json.writeArrayFieldStart("members");
            for (int user : members.get(g)) {
                json.writeStartObject();
                json.writeStringField("value", scimId(user));
                json.writeStringField("type", "User");
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void listResponse(JsonGenerator json, int total) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("schemas");
        json.writeString("urn:ietf:params:scim:api:messages:2.0:ListResponse");
        json.writeEndArray();
        json.writeNumberField("totalResults", total);
        json.writeNumberField("itemsPerPage", total);
        json.writeNumberField("startIndex", 1);
        json.writeArrayFieldStart("Resources");
    }

    private static String scimId(int user) {
        return String.format(Locale.ROOT, "%08x-0000-4000-8000-%012x", user, user);
    }

    /** One account: {@code roles} roles, a tenth as many users, customer policies shared among them. */
    public static byte[] aws(int roles) {
        int users = Math.max(2, roles / 10);
        int groups = Math.max(2, users / 25);
        int policies = Math.max(4, roles / 10);
        return write(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("UserDetailList");
            for (int u = 0; u < users; u++) {
                json.writeStartObject();
                json.writeStringField("Path", "/");
                json.writeStringField("UserName", "user" + u);
                json.writeStringField("UserId", "AIDA" + pad(u));
                json.writeStringField("Arn", arn("user/user" + u));
                json.writeStringField("CreateDate", "2024-05-02T08:15:00+00:00");
                json.writeArrayFieldStart("GroupList");
                json.writeString("group" + (u % groups));
                json.writeEndArray();
                attached(json, List.of(customer(u % policies)));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("GroupDetailList");
            for (int g = 0; g < groups; g++) {
                json.writeStartObject();
                json.writeStringField("Path", "/");
                json.writeStringField("GroupName", "group" + g);
                json.writeStringField("GroupId", "AGPA" + pad(g));
                json.writeStringField("Arn", arn("group/group" + g));
                json.writeStringField("CreateDate", "2024-05-01T10:00:00+00:00");
                attached(json, List.of(aws(AWS_MANAGED.get(1 + g % 2))));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("RoleDetailList");
            for (int r = 0; r < roles; r++) {
                role(json, r, users, policies);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("Policies");
            for (String name : AWS_MANAGED) {
                policy(
                        json,
                        name,
                        "arn:aws:iam::aws:policy/" + name,
                        name.equals("AdministratorAccess") ? "*" : name.equals("ReadOnlyAccess") ? "s3:Get*" : "ec2:*",
                        "*");
            }
            for (int p = 0; p < policies; p++) {
                policy(
                        json,
                        "app-policy-" + p,
                        customer(p),
                        p % 50 == 0 ? "iam:PassRole" : "s3:GetObject",
                        p % 50 == 0 ? "*" : "arn:aws:s3:::bucket-" + p + "/*");
            }
            json.writeEndArray();
            json.writeBooleanField("IsTruncated", false);
            json.writeEndObject();
        });
    }

    private static void role(JsonGenerator json, int r, int users, int policies) throws IOException {
        json.writeStartObject();
        json.writeStringField("Path", "/app/");
        json.writeStringField("RoleName", "role" + r);
        json.writeStringField("RoleId", "AROA" + pad(r));
        json.writeStringField("Arn", arn("role/app/role" + r));
        json.writeStringField("CreateDate", "2024-01-10T00:00:00+00:00");
        json.writeObjectFieldStart("AssumeRolePolicyDocument");
        json.writeStringField("Version", "2012-10-17");
        json.writeArrayFieldStart("Statement");
        json.writeStartObject();
        json.writeStringField("Effect", "Allow");
        json.writeObjectFieldStart("Principal");
        if (r % 3 == 0) {
            json.writeStringField("AWS", arn("user/user" + (r % users)));
        } else {
            json.writeStringField("Service", "lambda.amazonaws.com");
        }
        json.writeEndObject();
        json.writeStringField("Action", "sts:AssumeRole");
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeArrayFieldStart("InstanceProfileList");
        json.writeEndArray();
        json.writeArrayFieldStart("RolePolicyList");
        json.writeStartObject();
        json.writeStringField("PolicyName", "inline-" + r);
        json.writeFieldName("PolicyDocument");
        document(json, "dynamodb:GetItem", "arn:aws:dynamodb:eu-west-1:" + ACCOUNT + ":table/t" + r);
        json.writeEndObject();
        json.writeEndArray();
        attached(
                json,
                r % 100 == 0
                        ? List.of(aws(AWS_MANAGED.get(r % 3)), customer(r % policies))
                        : List.of(customer(r % policies), customer((r + 1) % policies)));
        json.writeObjectFieldStart("RoleLastUsed");
        json.writeStringField("LastUsedDate", "2026-11-28T16:02:11+00:00");
        json.writeStringField("Region", "eu-west-1");
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void attached(JsonGenerator json, List<String> arns) throws IOException {
        json.writeArrayFieldStart("AttachedManagedPolicies");
        for (String arn : arns) {
            json.writeStartObject();
            json.writeStringField("PolicyName", arn.substring(arn.lastIndexOf('/') + 1));
            json.writeStringField("PolicyArn", arn);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void policy(JsonGenerator json, String name, String arn, String action, String resource)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("PolicyName", name);
        json.writeStringField("PolicyId", "ANPA" + pad(Math.abs(name.hashCode()) % 1_000_000));
        json.writeStringField("Arn", arn);
        json.writeStringField("Path", "/");
        json.writeStringField("DefaultVersionId", "v1");
        json.writeNumberField("AttachmentCount", 1);
        json.writeBooleanField("IsAttachable", true);
        json.writeStringField("CreateDate", "2025-02-06T18:39:46+00:00");
        json.writeArrayFieldStart("PolicyVersionList");
        json.writeStartObject();
        json.writeFieldName("Document");
        document(json, action, resource);
        json.writeStringField("VersionId", "v1");
        json.writeBooleanField("IsDefaultVersion", true);
        json.writeStringField("CreateDate", "2025-02-06T18:39:46+00:00");
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void document(JsonGenerator json, String action, String resource) throws IOException {
        json.writeStartObject();
        json.writeStringField("Version", "2012-10-17");
        json.writeArrayFieldStart("Statement");
        json.writeStartObject();
        json.writeStringField("Effect", "Allow");
        json.writeStringField("Action", action);
        json.writeStringField("Resource", resource);
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    private static String arn(String path) {
        return "arn:aws:iam::" + ACCOUNT + ":" + path;
    }

    private static String customer(int policy) {
        return arn("policy/app-policy-" + policy);
    }

    private static String aws(String name) {
        return "arn:aws:iam::aws:policy/" + name;
    }

    private static String pad(int n) {
        return String.format(Locale.ROOT, "EXAMPLE%09d", n);
    }

    private interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
