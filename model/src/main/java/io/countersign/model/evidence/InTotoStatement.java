package io.countersign.model.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An in-toto Statement v1: the subjects a decision covers and a typed predicate. The predicate
 * tree is deep-copied in and out, so a statement cannot change after it is built or parsed.
 */
public final class InTotoStatement {

    public static final String TYPE = "https://in-toto.io/Statement/v1";
    /** DSSE payloadType for a statement. */
    public static final String PAYLOAD_TYPE = "application/vnd.in-toto+json";

    public static final String DECISION_PREDICATE_TYPE = "https://countersign.io/decision/v1";

    private static final Set<String> FIELDS = Set.of("_type", "subject", "predicateType", "predicate");
    private static final Set<String> SUBJECT_FIELDS = Set.of("name", "digest");

    private final List<StatementSubject> subjects;
    private final String predicateType;
    private final ObjectNode predicate;

    public InTotoStatement(List<StatementSubject> subjects, String predicateType, ObjectNode predicate) {
        this(
                subjects,
                predicateType,
                Objects.requireNonNull(predicate, "predicate").deepCopy(),
                true);
    }

    /**
     * @param owned     a tree no one else holds, so it is kept without a copy
     * @param checkForm false only for a predicate just parsed from canonical bytes, which is signable by construction
     */
    private InTotoStatement(
            List<StatementSubject> subjects, String predicateType, ObjectNode owned, boolean checkForm) {
        this.subjects = List.copyOf(Objects.requireNonNull(subjects, "subjects"));
        this.predicateType = Objects.requireNonNull(predicateType, "predicateType");
        this.predicate = owned;
        if (this.subjects.isEmpty()) {
            throw new IllegalArgumentException("a statement needs at least one subject");
        }
        if (predicateType.isEmpty()) {
            throw new IllegalArgumentException("predicateType is empty");
        }
        if (checkForm) {
            CanonicalJson.canonicalize(predicate); // refuse now what could never be signed
        }
    }

    public List<StatementSubject> subjects() {
        return subjects;
    }

    public String predicateType() {
        return predicateType;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InTotoStatement that
                && subjects.equals(that.subjects)
                && predicateType.equals(that.predicateType)
                && predicate.equals(that.predicate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subjects, predicateType, predicate);
    }

    @Override
    public String toString() {
        return "InTotoStatement[subjects=" + subjects + ", predicateType=" + predicateType + ", predicate=" + predicate
                + "]";
    }

    /** A copy of the predicate: the statement cannot be changed through it. */
    public ObjectNode predicate() {
        return predicate.deepCopy();
    }

    /** The canonical bytes to sign as a DSSE payload of type {@link #PAYLOAD_TYPE}. */
    public byte[] toCanonicalJson() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode().put("_type", TYPE);
        ArrayNode subjectArray = root.putArray("subject");
        for (StatementSubject subject : subjects) {
            ObjectNode entry = subjectArray.addObject().put("name", subject.name());
            entry.putObject("digest").put("sha256", subject.digest().hex());
        }
        root.put("predicateType", predicateType);
        root.set("predicate", predicate.deepCopy());
        return CanonicalJson.canonicalize(root);
    }

    /** Parses canonical statement bytes; non-canonical, unknown or missing fields are refused. */
    public static InTotoStatement parse(byte[] json) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = CanonicalJson.parseCanonical(json);
        } catch (CanonicalJsonException e) {
            throw new StatementFormatException("statement is not canonical JSON: " + e.getMessage(), e);
        }
        requireExactFields(root, FIELDS, "statement");
        if (!TYPE.equals(root.get("_type").textValue())) {
            throw new StatementFormatException("_type is not " + TYPE);
        }
        JsonNode subjectArray = root.get("subject");
        if (!subjectArray.isArray() || subjectArray.isEmpty()) {
            throw new StatementFormatException("subject must be a non-empty array");
        }
        List<StatementSubject> subjects = new ArrayList<>();
        for (int i = 0; i < subjectArray.size(); i++) {
            subjects.add(subject(subjectArray.get(i), "/subject/" + i));
        }
        JsonNode predicateType = root.get("predicateType");
        if (!predicateType.isTextual() || predicateType.textValue().isEmpty()) {
            throw new StatementFormatException("predicateType must be a non-empty string");
        }
        if (!root.get("predicate").isObject()) {
            throw new StatementFormatException("predicate must be an object");
        }
        // The tree was parsed here from canonical bytes: no one else holds it, and it is signable.
        return new InTotoStatement(subjects, predicateType.textValue(), (ObjectNode) root.get("predicate"), false);
    }

    private static StatementSubject subject(JsonNode node, String where) {
        requireExactFields(node, SUBJECT_FIELDS, where);
        JsonNode name = node.get("name");
        JsonNode digest = node.get("digest");
        requireExactFields(digest, Set.of("sha256"), where + "/digest");
        if (!name.isTextual()
                || name.textValue().isEmpty()
                || !digest.get("sha256").isTextual()) {
            throw new StatementFormatException(where + " needs a non-empty name and a sha256 string");
        }
        try {
            return new StatementSubject(
                    name.textValue(), new Digest(digest.get("sha256").textValue()));
        } catch (IllegalArgumentException e) {
            throw new StatementFormatException(where + "/digest/sha256: " + e.getMessage(), e);
        }
    }

    private static void requireExactFields(JsonNode node, Set<String> expected, String where) {
        if (!node.isObject()) {
            throw new StatementFormatException(where + " is not an object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!expected.contains(name)) {
                throw new StatementFormatException(where + " has unknown field \"" + name + "\"");
            }
        }
        for (String name : expected) {
            if (!node.has(name)) {
                throw new StatementFormatException(where + " lacks field \"" + name + "\"");
            }
        }
    }
}
