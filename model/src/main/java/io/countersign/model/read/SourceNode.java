package io.countersign.model.read;

import io.countersign.model.format.Coded;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import java.util.Set;

/**
 * One value of a parsed input file that remembers where it came from, so every binding error can
 * name the file, line:column and JSON pointer. The typed accessors are the whole binding
 * vocabulary of the format readers: each either returns a valid value or throws.
 *
 * <p>Reading a file builds one of these per value, so a node keeps only what errors need cheaply:
 * its line and column, and a link to its container from which the pointer is rebuilt when an error
 * names it (ADR 0002). Fields sit in two arrays in file order, not in a map. A container's content
 * is set when the reader reaches its end, so hand a tree to another thread the usual safe ways
 * (a queue, an executor, a future), as any mutable object.
 */
public final class SourceNode {

    public enum Kind {
        OBJECT,
        ARRAY,
        STRING,
        INTEGER,
        DECIMAL,
        BOOLEAN,
        NULL
    }

    /** Binds one node to a value. */
    @FunctionalInterface
    public interface Binder<T> {
        T bind(SourceNode node) throws FormatException;
    }

    /** Objects with more fields than this get a hash index; smaller ones are searched in order. */
    static final int LINEAR_FIELDS = 8;

    private final String source;
    private final Kind kind;
    private final int line;
    private final int column;
    /** The container holding this value, null at the root: the JSON pointer is rebuilt from it when needed. */
    private final SourceNode parent;
    /** This value's key in its parent object, or null in an array (then {@link #index} counts) or at the root. */
    private final String key;

    private final int index;
    private final Object scalar;
    // A container's content, set once by the reader when the container's end is read.
    private String[] names;
    private SourceNode[] values;
    private int[] slots;

    private SourceNode(
            String source, Kind kind, int line, int column, SourceNode parent, String key, int index, Object scalar) {
        this.source = source;
        this.kind = kind;
        this.line = line;
        this.column = column;
        this.parent = parent;
        this.key = key;
        this.index = index;
        this.scalar = scalar;
    }

    static SourceNode scalar(
            String source, Kind kind, int line, int column, SourceNode parent, String key, int index, Object value) {
        return new SourceNode(source, kind, line, column, parent, key, index, value);
    }

    /** An object or array whose content {@link #complete} sets once its end is read. */
    static SourceNode container(
            String source, Kind kind, int line, int column, SourceNode parent, String key, int index) {
        return new SourceNode(source, kind, line, column, parent, key, index, null);
    }

    /** Sets a container's content: field names (null for an array), values, and the names' index when it has one. */
    void complete(String[] fieldNames, SourceNode[] content, int[] index) {
        this.names = fieldNames;
        this.values = content;
        this.slots = index;
    }

    public String source() {
        return source;
    }

    public Kind kind() {
        return kind;
    }

    /** Where this value starts; the pointer is built on each call, so errors pay for it, not reading. */
    public SourcePosition position() {
        return new SourcePosition(line, column, pointer());
    }

    /** This object's fields in file order, as an unmodifiable view; empty for other kinds. */
    public Map<String, SourceNode> fields() {
        return kind == Kind.OBJECT ? new FieldView() : Map.of();
    }

    /** This array's items, unmodifiable; empty for other kinds. */
    public List<SourceNode> items() {
        return kind == Kind.ARRAY ? new ItemView(values) : List.of();
    }

    String pointer() {
        if (parent == null) {
            return "";
        }
        StringBuilder pointer = new StringBuilder();
        appendPointer(pointer);
        return pointer.toString();
    }

    /** The pointer of a value that sits, or would sit, at {@code key} or {@code index} of {@code container}. */
    static String pointer(SourceNode container, String key, int index) {
        if (container == null) {
            return "";
        }
        StringBuilder pointer = new StringBuilder();
        container.appendPointer(pointer);
        appendStep(pointer, key, index);
        return pointer.toString();
    }

    private void appendPointer(StringBuilder pointer) {
        if (parent != null) {
            parent.appendPointer(pointer);
            appendStep(pointer, key, index);
        }
    }

    private static void appendStep(StringBuilder pointer, String key, int index) {
        pointer.append('/');
        if (key != null) {
            pointer.append(escape(key));
        } else {
            pointer.append(index);
        }
    }

    /** The value of field {@code name}, or null if this is not an object or has no such field. */
    private SourceNode find(String name) {
        String[] keys = names;
        if (keys == null) {
            return null;
        }
        if (slots == null) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i].equals(name)) {
                    return values[i];
                }
            }
            return null;
        }
        int at = FieldIndex.find(slots, keys, 0, name);
        return at < 0 ? null : values[at];
    }

    public FormatException error(String reason) {
        return new FormatException(source, position(), reason);
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
        if (names == null) {
            return;
        }
        for (int i = 0; i < names.length; i++) {
            if (!allowed.contains(names[i]) && !names[i].startsWith("x-")) {
                throw values[i].error("unknown field '" + names[i] + "'; expected one of "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    public boolean has(String name) {
        SourceNode value = find(name);
        return value != null && value.kind != Kind.NULL;
    }

    public SourceNode field(String name) throws FormatException {
        SourceNode value = find(name);
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
        SourceNode value = find(name);
        if (value != null) {
            return value.error(reason);
        }
        return new FormatException(source, new SourcePosition(line, column, pointer(this, name, 0)), reason);
    }

    public SourceNode optionalField(String name) {
        SourceNode value = find(name);
        return value == null || value.kind == Kind.NULL ? null : value;
    }

    public List<SourceNode> arrayItems(String what) throws FormatException {
        if (kind != Kind.ARRAY) {
            throw error("expected " + what + " (an array), found " + describe());
        }
        return new ItemView(values);
    }

    /** The items of field {@code name}'s array; the message is only built when it is not one. */
    private SourceNode[] arrayOf(String name) throws FormatException {
        if (kind != Kind.ARRAY) {
            throw error("expected '" + name + "' (an array), found " + describe());
        }
        return values;
    }

    public <T> List<T> list(String name, Binder<T> binder) throws FormatException {
        return bindAll(field(name).arrayOf(name), binder);
    }

    public <T> List<T> optionalList(String name, Binder<T> binder) throws FormatException {
        SourceNode value = optionalField(name);
        return value == null ? List.of() : bindAll(value.arrayOf(name), binder);
    }

    public List<String> textList(String name) throws FormatException {
        return list(name, SourceNode::asId);
    }

    public List<String> optionalTextList(String name) throws FormatException {
        return optionalList(name, SourceNode::asId);
    }

    /**
     * Binds every item into an unmodifiable list: {@code List.of} when no binder returned null (so the
     * records' {@code List.copyOf} keeps it as it is), a view otherwise.
     */
    @SuppressWarnings("unchecked")
    private static <T> List<T> bindAll(SourceNode[] nodes, Binder<T> binder) throws FormatException {
        Object[] bound = new Object[nodes.length];
        boolean hasNull = false;
        for (int i = 0; i < nodes.length; i++) {
            bound[i] = binder.bind(nodes[i]);
            hasNull |= bound[i] == null;
        }
        return hasNull ? Collections.unmodifiableList(Arrays.asList((T[]) bound)) : (List<T>) List.of(bound);
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
            return Timestamps.parseInstant(text);
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
        E value = Codes.fromCode(type, text);
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

    /** The fields of an object, in file order, without copying them into a map. */
    private final class FieldView extends AbstractMap<String, SourceNode> {
        @Override
        public SourceNode get(Object name) {
            return name instanceof String text ? find(text) : null;
        }

        @Override
        public boolean containsKey(Object name) {
            return get(name) != null;
        }

        @Override
        public int size() {
            return names.length;
        }

        @Override
        public Set<Entry<String, SourceNode>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, SourceNode>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < names.length;
                        }

                        @Override
                        public Entry<String, SourceNode> next() {
                            if (next >= names.length) {
                                throw new NoSuchElementException();
                            }
                            int at = next++;
                            return new SimpleImmutableEntry<>(names[at], values[at]);
                        }
                    };
                }

                @Override
                public int size() {
                    return names.length;
                }
            };
        }
    }

    /** The items of an array, without copying them into a list. */
    private static final class ItemView extends AbstractList<SourceNode> implements RandomAccess {
        private final SourceNode[] items;

        ItemView(SourceNode[] items) {
            this.items = items;
        }

        @Override
        public SourceNode get(int at) {
            return items[at];
        }

        @Override
        public int size() {
            return items.length;
        }
    }
}
