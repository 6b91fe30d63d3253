package io.countersign.model.format.read;

import io.countersign.model.format.Coded;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One value of a parsed input file that remembers where it came from, so every binding error can
 * name the file, line:column and JSON pointer. The typed accessors are the whole binding
 * vocabulary of the format readers: each either returns a valid value or throws.
 */
public final class SourceNode {

    public enum Kind { OBJECT, ARRAY, STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

    /** Binds one node to a value. */
    @FunctionalInterface
    public interface Binder<T> {
        T bind(SourceNode node) throws FormatException;
    }

    private final String source;
    private final Kind kind;
    private final SourcePosition position;
    private final Object scalar;
    private final Map<String, SourceNode> fields;
    private final List<SourceNode> items;

    private SourceNode(String source, Kind kind, SourcePosition position, Object scalar,
                       Map<String, SourceNode> fields, List<SourceNode> items) {
        this.source = source;
        this.kind = kind;
        this.position = position;
        this.scalar = scalar;
        this.fields = fields;
        this.items = items;
    }

    static SourceNode scalar(String source, Kind kind, SourcePosition position, Object value) {
        return new SourceNode(source, kind, position, value, Map.of(), List.of());
    }

    static SourceNode object(String source, SourcePosition position, LinkedHashMap<String, SourceNode> fields) {
        return new SourceNode(source, Kind.OBJECT, position, null, Collections.unmodifiableMap(fields), List.of());
    }

    static SourceNode array(String source, SourcePosition position, List<SourceNode> items) {
        return new SourceNode(source, Kind.ARRAY, position, null, Map.of(), List.copyOf(items));
    }

    public String source() {
        return source;
    }

    public Kind kind() {
        return kind;
    }

    public SourcePosition position() {
        return position;
    }

    public Map<String, SourceNode> fields() {
        return fields;
    }

    public List<SourceNode> items() {
        return items;
    }

    public FormatException error(String reason) {
        return new FormatException(source, position, reason);
    }

    // ---- structure ------------------------------------------------------------------------

    public SourceNode expectObject(String what) throws FormatException {
        if (kind != Kind.OBJECT) {
            throw error("expected " + what + " (an object), found " + describe());
        }
        return this;
    }

    /** Refuses fields outside the format; {@code x-} prefixed extension fields are allowed. */
    public void onlyFields(Set<String> allowed) throws FormatException {
        for (Map.Entry<String, SourceNode> field : fields.entrySet()) {
            if (!allowed.contains(field.getKey()) && !field.getKey().startsWith("x-")) {
                throw field.getValue().error("unknown field '" + field.getKey() + "'; expected one of "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    public boolean has(String name) {
        SourceNode value = fields.get(name);
        return value != null && value.kind != Kind.NULL;
    }

    public SourceNode field(String name) throws FormatException {
        SourceNode value = fields.get(name);
        if (value == null) {
            throw absent(name, "missing required field '" + name + "'");
        }
        if (value.kind == Kind.NULL) {
            throw value.error("field '" + name + "' must not be null");
        }
        return value;
    }

    /** An error about a field that is absent or null: at the null value, else at this object with the field's pointer. */
    public FormatException absent(String name, String reason) {
        SourceNode value = fields.get(name);
        if (value != null) {
            return value.error(reason);
        }
        return new FormatException(source, new SourcePosition(position.line(), position.column(),
                position.pointer() + "/" + escape(name)), reason);
    }

    public SourceNode optionalField(String name) {
        SourceNode value = fields.get(name);
        return value == null || value.kind == Kind.NULL ? null : value;
    }

    public List<SourceNode> arrayItems(String what) throws FormatException {
        if (kind != Kind.ARRAY) {
            throw error("expected " + what + " (an array), found " + describe());
        }
        return items;
    }

    public <T> List<T> list(String name, Binder<T> binder) throws FormatException {
        return bindAll(field(name).arrayItems("'" + name + "'"), binder);
    }

    public <T> List<T> optionalList(String name, Binder<T> binder) throws FormatException {
        SourceNode value = optionalField(name);
        return value == null ? List.of() : bindAll(value.arrayItems("'" + name + "'"), binder);
    }

    public List<String> textList(String name) throws FormatException {
        return list(name, SourceNode::asId);
    }

    public List<String> optionalTextList(String name) throws FormatException {
        return optionalList(name, SourceNode::asId);
    }

    private static <T> List<T> bindAll(List<SourceNode> nodes, Binder<T> binder) throws FormatException {
        List<T> bound = new ArrayList<>(nodes.size());
        for (SourceNode node : nodes) {
            bound.add(binder.bind(node));
        }
        return Collections.unmodifiableList(bound);
    }

    // ---- scalars ---------------------------------------------------------------------------

    public String asText() throws FormatException {
        if (kind != Kind.STRING) {
            throw error("expected a string, found " + describe());
        }
        return (String) scalar;
    }

    /** A non-blank string: ids, names and references. */
    public String asId() throws FormatException {
        String text = asText();
        if (text.isBlank()) {
            throw error("expected a non-empty string");
        }
        return text;
    }

    public String text(String name) throws FormatException {
        return field(name).asId();
    }

    public String optionalText(String name) throws FormatException {
        SourceNode value = optionalField(name);
        return value == null ? null : value.asText();
    }

    public long asInteger(long min, long max) throws FormatException {
        if (kind != Kind.INTEGER) {
            throw error("expected an integer, found " + describe());
        }
        long value = (Long) scalar;
        if (value < min || value > max) {
            throw error("expected an integer from " + min + " to " + max + ", found " + value);
        }
        return value;
    }

    public int integer(String name, int min, int max) throws FormatException {
        return (int) field(name).asInteger(min, max);
    }

    public int optionalInteger(String name, int min, int max, int fallback) throws FormatException {
        SourceNode value = optionalField(name);
        return value == null ? fallback : (int) value.asInteger(min, max);
    }

    public double asNumber(double min, double max) throws FormatException {
        if (kind != Kind.INTEGER && kind != Kind.DECIMAL) {
            throw error("expected a number, found " + describe());
        }
        double value = ((Number) scalar).doubleValue();
        if (value < min || value > max) {
            throw error("expected a number from " + min + " to " + max + ", found " + value);
        }
        return value;
    }

    public Double optionalNumber(String name, double min, double max) throws FormatException {
        SourceNode value = optionalField(name);
        return value == null ? null : value.asNumber(min, max);
    }

    public boolean optionalBoolean(String name, boolean fallback) throws FormatException {
        SourceNode value = optionalField(name);
        if (value == null) {
            return fallback;
        }
        if (value.kind != Kind.BOOLEAN) {
            throw value.error("expected true or false, found " + value.describe());
        }
        return (Boolean) value.scalar;
    }

    public boolean asBoolean() throws FormatException {
        if (kind != Kind.BOOLEAN) {
            throw error("expected true or false, found " + describe());
        }
        return (Boolean) scalar;
    }

    public Instant asInstant() throws FormatException {
        String text = asText();
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw error("expected an ISO-8601 UTC instant such as 2026-12-31T17:00:00Z, found \"" + text + "\"");
        }
    }

    public Instant instant(String name) throws FormatException {
        return field(name).asInstant();
    }

    public Instant optionalInstant(String name) throws FormatException {
        SourceNode value = optionalField(name);
        return value == null ? null : value.asInstant();
    }

    public LocalDate asDate() throws FormatException {
        String text = asText();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error("expected an ISO-8601 date such as 2026-12-31, found \"" + text + "\"");
        }
    }

    public LocalDate date(String name) throws FormatException {
        return field(name).asDate();
    }

    public Duration asDuration() throws FormatException {
        String text = asText();
        try {
            Duration duration = Duration.parse(text);
            if (duration.isNegative() || duration.isZero()) {
                throw error("expected a positive duration, found \"" + text + "\"");
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw error("expected an ISO-8601 duration such as P30D or PT12H, found \"" + text + "\"");
        }
    }

    public <E extends Enum<E> & Coded> E asCode(Class<E> type) throws FormatException {
        String text = asText();
        E value = Coded.fromCode(type, text);
        if (value == null) {
            throw error("expected one of " + Coded.allCodes(type) + ", found \"" + text + "\"");
        }
        return value;
    }

    public <E extends Enum<E> & Coded> E code(String name, Class<E> type) throws FormatException {
        return field(name).asCode(type);
    }

    public <E extends Enum<E> & Coded> E optionalCode(String name, Class<E> type, E fallback) throws FormatException {
        SourceNode value = optionalField(name);
        return value == null ? fallback : value.asCode(type);
    }

    String describe() {
        return switch (kind) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "the string \"" + abbreviate((String) scalar) + "\"";
            case INTEGER, DECIMAL -> "the number " + scalar;
            case BOOLEAN -> scalar.toString();
            case NULL -> "null";
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
