package io.countersign.model.convert;

import io.countersign.model.format.Sensitivity;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.SourceNode;
import io.countersign.model.read.SourceTreeReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An IAM policy document's statements, read strictly: {@code Effect}, one of {@code Action} or
 * {@code NotAction}, {@code Resource} or {@code NotResource}, {@code Principal} or
 * {@code NotPrincipal}, {@code Condition}, {@code Sid}. The document may be an object (what the AWS
 * CLI prints) or a string, URL-encoded as the IAM API returns it or plain JSON.
 */
record IamPolicy(List<Statement> statements) {

    private static final Set<String> DOCUMENT = Set.of("Version", "Id", "Statement");
    private static final Set<String> STATEMENT = Set.of(
            "Sid",
            "Effect",
            "Action",
            "NotAction",
            "Resource",
            "NotResource",
            "Principal",
            "NotPrincipal",
            "Condition");

    /** One statement; {@code negated…} means the list names what is excluded ({@code NotAction}, {@code NotResource}). */
    record Statement(
            boolean allow,
            List<String> actions,
            boolean negatedActions,
            List<String> resources,
            boolean negatedResources,
            List<String> principals,
            boolean conditional) {

        /** Whether this statement's actions cover {@code action}. */
        boolean covers(String action) {
            boolean listed = actions.stream()
                    .anyMatch(pattern -> Glob.ignoringCase(pattern).matches(action));
            return listed != negatedActions;
        }

        /** Whether this statement's resources reach {@code resource}; patterns match case-sensitively, as IAM's do. */
        boolean reaches(String resource) {
            boolean listed = resources.stream()
                    .anyMatch(pattern -> Glob.caseSensitive(pattern).matches(resource));
            return listed != negatedResources;
        }

        /** Whether the resources are open-ended: {@code *}, a pattern, or everything but some. */
        boolean reachesUnnamedResources() {
            return negatedResources
                    || resources.stream().anyMatch(r -> Glob.caseSensitive(r).hasWildcard());
        }
    }

    static IamPolicy read(SourceNode document) throws FormatException {
        SourceNode root = document;
        if (document.kind() == SourceNode.Kind.STRING) {
            root = decoded(document);
        }
        root.expectObject("an IAM policy document").onlyFields(DOCUMENT);
        SourceNode statements = root.field("Statement");
        List<Statement> read = new ArrayList<>();
        if (statements.kind() == SourceNode.Kind.OBJECT) {
            read.add(statement(statements));
        } else {
            for (SourceNode statement : statements.arrayItems("'Statement' (an object or an array of them)")) {
                read.add(statement(statement));
            }
        }
        return new IamPolicy(List.copyOf(read));
    }

    /** A policy given as text: URL-decoded unless it already reads as JSON, then read strictly on its own. */
    private static SourceNode decoded(SourceNode document) throws FormatException {
        String text = document.asText().strip();
        String json = text.startsWith("{") ? text : URLDecoder.decode(text, StandardCharsets.UTF_8);
        String source = document.source() + ":" + document.position().describe() + " (policy text)";
        return SourceTreeReader.read(source, json.getBytes(StandardCharsets.UTF_8), SourceTreeReader.Syntax.JSON);
    }

    private static Statement statement(SourceNode node) throws FormatException {
        node.expectObject("a policy statement").onlyFields(STATEMENT);
        SourceNode effect = node.field("Effect");
        boolean allow = switch (effect.asText()) {
            case "Allow" -> true;
            case "Deny" -> false;
            default -> throw effect.error("expected Allow or Deny, found \"" + effect.asText() + "\"");
        };
        boolean principalPolicy = node.has("Principal") || node.has("NotPrincipal");
        return new Statement(
                allow,
                exactlyOne(node, "Action", "NotAction", true),
                node.has("NotAction"),
                principalPolicy && !node.has("Resource") && !node.has("NotResource")
                        ? List.of("*")
                        : exactlyOne(node, "Resource", "NotResource", true),
                node.has("NotResource"),
                principals(node),
                node.has("Condition"));
    }

    private static List<String> exactlyOne(SourceNode node, String name, String negated, boolean required)
            throws FormatException {
        if (node.has(name) && node.has(negated)) {
            throw node.field(negated).error("a statement has '" + name + "' or '" + negated + "', not both");
        }
        SourceNode value = node.optionalField(name) != null ? node.optionalField(name) : node.optionalField(negated);
        if (value == null) {
            if (required) {
                throw node.absent(name, "missing '" + name + "' (or '" + negated + "') in a policy statement");
            }
            return List.of();
        }
        return strings(value);
    }

    /** A string or an array of strings, as every IAM list element may be written. */
    static List<String> strings(SourceNode value) throws FormatException {
        if (value.kind() == SourceNode.Kind.STRING) {
            return List.of(value.asId());
        }
        List<String> strings = new ArrayList<>();
        for (SourceNode item : value.arrayItems("a string or an array of strings")) {
            strings.add(item.asId());
        }
        return List.copyOf(strings);
    }

    /** {@code "*"}, or {@code {"AWS": …, "Service": …, "Federated": …, "CanonicalUser": …}}, as {@code Type:value} texts. */
    private static List<String> principals(SourceNode node) throws FormatException {
        SourceNode principal = node.optionalField("Principal");
        if (principal == null) {
            principal = node.optionalField("NotPrincipal");
        }
        if (principal == null) {
            return List.of();
        }
        if (principal.kind() == SourceNode.Kind.STRING) {
            if (!principal.asText().equals("*")) {
                throw principal.error(
                        "expected \"*\" or an object of principal types, found \"" + principal.asText() + "\"");
            }
            return List.of("*");
        }
        principal.expectObject("a principal").onlyFields(Set.of("AWS", "Service", "Federated", "CanonicalUser"));
        List<String> principals = new ArrayList<>();
        for (var entry : principal.fields().entrySet()) {
            for (String value : strings(entry.getValue())) {
                principals.add(value.equals("*") ? "*" : entry.getKey() + ":" + value);
            }
        }
        return List.copyOf(principals);
    }

    /** Whether an allowing statement covers {@code action} on {@code resource}, with no denying statement covering both. */
    boolean allows(String action, String resource) {
        boolean allowed = false;
        for (Statement statement : statements) {
            if (statement.covers(action) && statement.reaches(resource)) {
                if (!statement.allow() && !statement.conditional()) {
                    return false;
                }
                allowed |= statement.allow();
            }
        }
        return allowed;
    }

    /**
     * Whether an allowing statement covers {@code action} on {@code resource} named exactly (not
     * through a pattern or {@code NotResource}), with no unconditional denying statement covering both.
     */
    boolean allowsNamed(String action, String resource) {
        boolean named = statements.stream()
                .anyMatch(s -> s.allow()
                        && !s.negatedResources()
                        && s.covers(action)
                        && s.resources().contains(resource));
        return named && allows(action, resource);
    }

    /**
     * The allowing statements as {@code ACTIONS on RESOURCES}, joined by {@code |}: every action and
     * resource is a whole token, so the policy's {@code wildcardPatterns} ({@code *}, {@code s3:*})
     * find them. {@code NotAction} reads {@code * except …}, as it allows everything else.
     */
    String scope() {
        List<String> parts = new ArrayList<>();
        for (Statement statement : statements) {
            if (!statement.allow()) {
                continue;
            }
            String actions = statement.negatedActions()
                    ? "* except " + String.join(", ", statement.actions())
                    : String.join(", ", new LinkedHashSet<>(statement.actions()));
            String resources = statement.negatedResources()
                    ? "* except " + String.join(", ", statement.resources())
                    : String.join(", ", new LinkedHashSet<>(statement.resources()));
            parts.add(actions + " on " + resources + (statement.conditional() ? " when conditions hold" : ""));
        }
        return parts.isEmpty() ? null : String.join(" | ", parts);
    }

    /**
     * privileged: it grants access, or allows every action; high: it allows a whole service
     * ({@code s3:*}); medium: it allows changes, or reads on {@code *}; low: it only reads named
     * resources or prefixes.
     */
    Sensitivity sensitivity(boolean grantsAccess) {
        Sensitivity highest = Sensitivity.LOW;
        for (Statement statement : statements) {
            if (!statement.allow()) {
                continue;
            }
            Sensitivity sensitivity = sensitivity(statement);
            if (sensitivity.compareTo(highest) > 0) {
                highest = sensitivity;
            }
        }
        return grantsAccess ? Sensitivity.PRIVILEGED : highest;
    }

    private static Sensitivity sensitivity(Statement statement) {
        if (statement.negatedActions() || statement.actions().contains("*")) {
            return Sensitivity.PRIVILEGED;
        }
        if (statement.actions().stream().anyMatch(a -> a.endsWith(":*"))) {
            return Sensitivity.HIGH;
        }
        boolean readsOnly = statement.actions().stream().allMatch(IamPolicy::reads);
        boolean everywhere =
                statement.negatedResources() || statement.resources().contains("*");
        return readsOnly && !everywhere ? Sensitivity.LOW : Sensitivity.MEDIUM;
    }

    private static final List<String> READ_VERBS =
            List.of("get", "list", "describe", "view", "head", "lookup", "search", "batchget");

    private static boolean reads(String action) {
        int colon = action.indexOf(':');
        String verb = action.substring(colon + 1).toLowerCase(Locale.ROOT);
        return READ_VERBS.stream().anyMatch(verb::startsWith);
    }
}
