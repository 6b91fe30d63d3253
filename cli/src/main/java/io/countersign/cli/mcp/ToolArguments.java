package io.countersign.cli.mcp;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A tool call's arguments, checked by hand so every refusal is one line naming the argument. */
final class ToolArguments {
    private final Map<String, Object> values;

    private ToolArguments(Map<String, Object> values) {
        this.values = values;
    }

    /**
     * @param allowed  the argument names the tool takes
     * @param required those it needs
     * @throws ToolRefusal on an unknown or missing argument
     */
    static ToolArguments of(Map<String, Object> arguments, Set<String> allowed, Set<String> required)
            throws ToolRefusal {
        Map<String, Object> values = arguments == null ? Map.of() : arguments;
        for (String name : values.keySet()) {
            if (!allowed.contains(name)) {
                throw new ToolRefusal("unknown argument " + ToolRefusal.quote(name) + "; "
                        + (allowed.isEmpty() ? "this tool takes no arguments" : "expected " + names(allowed)));
            }
        }
        for (String name : required) {
            if (values.get(name) == null) {
                throw new ToolRefusal("missing argument \"" + name + "\"");
            }
        }
        return new ToolArguments(values);
    }

    Object value(String name) {
        return values.get(name);
    }

    /** A text argument of at most {@code maxLength} characters; null when absent. */
    String text(String name, int maxLength) throws ToolRefusal {
        Object value = values.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw new ToolRefusal("argument \"" + name + "\" must be a string; got " + typeOf(value));
        }
        if (text.isEmpty() || text.length() > maxLength) {
            throw new ToolRefusal(
                    "argument \"" + name + "\" must be 1 to " + maxLength + " characters; got " + text.length());
        }
        return text;
    }

    static String typeOf(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        if (value instanceof Iterable<?>) {
            return "an array";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        return value instanceof Number ? "a number" : "a " + value.getClass().getSimpleName();
    }

    private static String names(Set<String> names) {
        return String.join(", ", new TreeSet<>(names));
    }
}
