package io.countersign.model.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.countersign.model.json.RefusalRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads JSON or YAML into a {@link SourceNode} tree, refusing what the formats forbid before any
 * binding happens: the {@link RefusalRule}s every strict reader shares (duplicate keys, lone
 * surrogates, integers beyond 2^53, non-finite numbers, trailing content), each refusal naming its
 * rule. Jackson does the tokenising; the checks are ours so the messages can name the exact
 * pointer. Nodes keep their line, column and container; pointers are only built for errors.
 */
public final class SourceTreeReader {

    /** Largest integer every JSON consumer (including JavaScript) reads exactly: {@link RefusalRule#MAX_SAFE_INTEGER}. */
    public static final long MAX_SAFE_INTEGER = RefusalRule.MAX_SAFE_INTEGER;

    public enum Syntax {
        JSON,
        YAML
    }

    private static final JsonFactory JSON = new JsonFactory();
    private static final YAMLFactory YAML = new PlainYamlParser.Factory();

    /** The key YAML 1.1 reads as "merge in that other mapping"; plain data has no use for it. */
    private static final String MERGE_KEY = "<<";

    private static final String TRAILING = "unexpected content after the document's end";
    private static final String[] NO_NAMES = {};
    private static final SourceNode[] NO_VALUES = {};

    private final String source;

    /**
     * Where the value read last started, as its container and key or index: Jackson's own errors name
     * its pointer, built only then.
     */
    private SourceNode lastContainer;

    private String lastKey;
    private int lastIndex;

    /**
     * Keys already checked for lone surrogates, by identity: Jackson hands out one string per distinct
     * JSON key, so a file's few dozen keys are checked once each rather than at every use.
     */
    private final String[] wellFormedNames = new String[64];

    /**
     * The fields and items of the containers being read, innermost last; copied out when one ends.
     * Sized for a typical draft (about a hundred), so most files never grow it.
     */
    private String[] names = new String[128];

    private SourceNode[] values = new SourceNode[128];
    private int top;

    private final boolean json;
    /** The parser, kept so a refusal that names no location can still name the token being read. */
    private JsonParser parser;
    /** The YAML parser, which notes anchors, aliases and tags for this reader to refuse; null for JSON. */
    private PlainYamlParser yaml;
    /** How many objects and arrays enclose the value being read. */
    private int depth;
    /** Jackson's limit on a string's length, which {@code getText()} enforces on each string. */
    private int maxStringLength;

    private SourceTreeReader(String source, boolean json) {
        this.source = source;
        this.json = json;
    }

    public static SourceNode read(Path file) throws FormatException, IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Syntax syntax = name.endsWith(".yaml") || name.endsWith(".yml") ? Syntax.YAML : Syntax.JSON;
        return read(file.toString(), Files.readAllBytes(file), syntax);
    }

    public static SourceNode read(String source, byte[] content, Syntax syntax) throws FormatException {
        SourceTreeReader reader = new SourceTreeReader(source, syntax == Syntax.JSON);
        JsonFactory factory = syntax == Syntax.YAML ? YAML : JSON;
        try (JsonParser parser = factory.createParser(content)) {
            reader.parser = parser;
            reader.maxStringLength = parser.streamReadConstraints().getMaxStringLength();
            reader.yaml = parser instanceof PlainYamlParser plain ? plain : null;
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new FormatException(
                        source,
                        new SourcePosition(1, 1, ""),
                        RefusalRule.EMPTY_DOCUMENT,
                        "the file is empty; expected a JSON object");
            }
            SourceNode root = reader.readValue(parser, null, null, 0);
            reader.refuseTrailingContent(parser);
            return root;
        } catch (JsonProcessingException e) {
            // Jackson's limits name no location; the token it was reading has one.
            JsonLocation where = e.getLocation() != null || reader.parser == null
                    ? e.getLocation()
                    : reader.parser.currentTokenLocation();
            int line = where == null ? 0 : where.getLineNr();
            int column = where == null ? 0 : where.getColumnNr();
            SourcePosition position = new SourcePosition(
                    line, column, SourceNode.pointer(reader.lastContainer, reader.lastKey, reader.lastIndex));
            if (e instanceof StreamConstraintsException limit) {
                // Jackson's own limits (number, string and key length) are this reader's, not a shared rule.
                throw new FormatException(source, position, ReadingLimit.describe(limit));
            }
            throw new FormatException(
                    source,
                    position,
                    RefusalRule.MALFORMED,
                    "not valid " + syntax.name() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new FormatException(source, new SourcePosition(0, 0, ""), "could not be read: " + e.getMessage());
        }
    }

    /**
     * Refuses anything after the root value, whether Jackson reads it as a token ({@code {} {}}) or
     * not ({@code {} x}): either way the document has ended and something follows.
     */
    private void refuseTrailingContent(JsonParser parser) throws IOException, FormatException {
        JsonToken next;
        try {
            next = parser.nextToken();
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            throw new FormatException(
                    source,
                    new SourcePosition(
                            where == null ? 0 : where.getLineNr(), where == null ? 0 : where.getColumnNr(), ""),
                    RefusalRule.TRAILING_CONTENT,
                    TRAILING);
        }
        if (next != null) {
            throw new FormatException(source, at(parser, ""), RefusalRule.TRAILING_CONTENT, TRAILING);
        }
    }

    /** Reads the value at the current token, which sits at {@code key} (or {@code index}) of {@code container}. */
    private SourceNode readValue(JsonParser parser, SourceNode container, String key, int index)
            throws IOException, FormatException {
        lastContainer = container;
        lastKey = key;
        lastIndex = index;
        JsonLocation location = parser.currentTokenLocation();
        int line = location.getLineNr();
        int column = location.getColumnNr();
        JsonToken token = parser.currentToken();
        if (yaml != null && yaml.construct() != null) {
            throw notPlainYaml(yaml.construct(), SourceNode.pointer(container, key, index));
        }
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth >= RefusalRule.MAX_DEPTH) {
            throw failure(
                    line,
                    column,
                    container,
                    key,
                    index,
                    RefusalRule.TOO_DEEP,
                    "objects and arrays are nested more than " + RefusalRule.MAX_DEPTH + " deep here; expected at most "
                            + RefusalRule.MAX_DEPTH + " levels");
        }
        return switch (token) {
            case START_OBJECT -> {
                depth++;
                SourceNode object = readObject(
                        parser,
                        SourceNode.container(source, SourceNode.Kind.OBJECT, line, column, container, key, index));
                depth--;
                yield object;
            }
            case START_ARRAY -> {
                depth++;
                SourceNode array = readArray(
                        parser,
                        SourceNode.container(source, SourceNode.Kind.ARRAY, line, column, container, key, index));
                depth--;
                yield array;
            }
            case VALUE_STRING -> readString(parser, line, column, container, key, index);
            case VALUE_NUMBER_INT -> {
                if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        || !RefusalRule.isSafeInteger(parser.getLongValue())) {
                    throw failure(
                            line,
                            column,
                            container,
                            key,
                            index,
                            RefusalRule.UNSAFE_INTEGER,
                            "integer " + parser.getText()
                                    + " is beyond 2^53; expected an integer between -9007199254740991 and 9007199254740991");
                }
                yield SourceNode.scalar(
                        source, SourceNode.Kind.INTEGER, line, column, container, key, index, parser.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                double value = parser.getDoubleValue();
                if (!Double.isFinite(value)) {
                    throw failure(
                            line,
                            column,
                            container,
                            key,
                            index,
                            RefusalRule.NON_FINITE_NUMBER,
                            "number " + parser.getText() + " is not a finite double");
                }
                yield SourceNode.scalar(source, SourceNode.Kind.DECIMAL, line, column, container, key, index, value);
            }
            case VALUE_TRUE, VALUE_FALSE ->
                SourceNode.scalar(
                        source,
                        SourceNode.Kind.BOOLEAN,
                        line,
                        column,
                        container,
                        key,
                        index,
                        token == JsonToken.VALUE_TRUE);
            case VALUE_NULL ->
                SourceNode.scalar(source, SourceNode.Kind.NULL, line, column, container, key, index, null);
            default -> throw failure(line, column, container, key, index, null, "unsupported value " + token);
        };
    }

    private SourceNode readObject(JsonParser parser, SourceNode object) throws IOException, FormatException {
        int base = top;
        int[] index = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            if (yaml != null) {
                refuseYamlKeyConstructs(parser, object, name);
            }
            int slot = name.hashCode() & (wellFormedNames.length - 1);
            if (wellFormedNames[slot] != name) {
                int lone = RefusalRule.firstLoneSurrogate(name);
                if (lone >= 0) {
                    throw new FormatException(
                            source,
                            at(parser, SourceNode.pointer(object, name, 0)),
                            RefusalRule.LONE_SURROGATE,
                            loneSurrogateReason(name, lone, "key"));
                }
                wellFormedNames[slot] = name;
            }
            int count = top - base;
            boolean duplicate = false;
            if (count < SourceNode.LINEAR_FIELDS) {
                for (int i = base; i < top && !duplicate; i++) {
                    duplicate = names[i].equals(name);
                }
            } else {
                if (index == null || !FieldIndex.roomFor(index, count + 1)) {
                    index = FieldIndex.build(names, base, count);
                }
                duplicate = FieldIndex.find(index, names, base, name) >= 0;
            }
            if (duplicate) {
                throw new FormatException(
                        source,
                        at(parser, SourceNode.pointer(object, name, 0)),
                        RefusalRule.DUPLICATE_KEY,
                        "duplicate key '" + name + "'; each key may appear once");
            }
            parser.nextToken();
            push(name, readValue(parser, object, name, 0));
            if (index != null) {
                FieldIndex.add(index, names, base, count);
            }
        }
        object.complete(top == base ? NO_NAMES : Arrays.copyOfRange(names, base, top), pop(base), index);
        return object;
    }

    /** Refuses an anchor or tag on a key, and the merge key, which would pull another mapping's fields in. */
    private void refuseYamlKeyConstructs(JsonParser parser, SourceNode object, String name) throws FormatException {
        if (yaml.construct() != null) {
            throw notPlainYaml(yaml.construct(), SourceNode.pointer(object, name, 0));
        }
        if (MERGE_KEY.equals(name)) {
            throw new FormatException(
                    source,
                    at(parser, SourceNode.pointer(object, name, 0)),
                    "the merge key '<<' is not allowed: Countersign reads plain YAML data, without references;"
                            + " write each field out where it applies");
        }
    }

    private FormatException notPlainYaml(PlainYamlParser.Construct construct, String pointer) {
        return new FormatException(
                source, new SourcePosition(construct.line(), construct.column(), pointer), construct.reason());
    }

    private SourceNode readArray(JsonParser parser, SourceNode array) throws IOException, FormatException {
        int base = top;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            push(null, readValue(parser, array, null, top - base));
        }
        array.complete(null, pop(base), null);
        return array;
    }

    /**
     * A string value, refused if it holds a lone surrogate. For JSON the check runs over Jackson's
     * character buffer, several times cheaper than over the string a character at a time, and only
     * text with a surrogate in it gets the exact check. Reading the length first makes Jackson decode
     * the string exactly as {@code getText()} does (malformed bytes fail alike); a string over Jackson's
     * length limit goes through {@code getText()}, which refuses it as before.
     */
    private SourceNode readString(JsonParser parser, int line, int column, SourceNode container, String key, int index)
            throws IOException, FormatException {
        String text;
        boolean mayHaveSurrogate = true;
        if (json && parser.getTextLength() <= maxStringLength) {
            char[] chars = parser.getTextCharacters();
            int from = parser.getTextOffset();
            int length = parser.getTextLength();
            text = new String(chars, from, length);
            mayHaveSurrogate = hasSurrogate(chars, from, from + length);
        } else {
            text = parser.getText();
        }
        int lone = mayHaveSurrogate ? RefusalRule.firstLoneSurrogate(text) : -1;
        if (lone >= 0) {
            throw failure(
                    line,
                    column,
                    container,
                    key,
                    index,
                    RefusalRule.LONE_SURROGATE,
                    loneSurrogateReason(text, lone, "string"));
        }
        return SourceNode.scalar(source, SourceNode.Kind.STRING, line, column, container, key, index, text);
    }

    /** Whether a character of {@code chars[from, to)} is a surrogate; without branches, for speed. */
    static boolean hasSurrogate(char[] chars, int from, int to) {
        int any = 0;
        for (int i = from; i < to; i++) {
            any |= ((chars[i] >>> 11) ^ (Character.MIN_SURROGATE >>> 11)) - 1; // negative only for 0xD800..0xDFFF
        }
        return any < 0;
    }

    private void push(String name, SourceNode value) {
        if (top == values.length) {
            names = Arrays.copyOf(names, top * 2);
            values = Arrays.copyOf(values, top * 2);
        }
        names[top] = name;
        values[top++] = value;
    }

    /** The values pushed since {@code base}, removed from the stack. */
    private SourceNode[] pop(int base) {
        SourceNode[] content = top == base ? NO_VALUES : Arrays.copyOfRange(values, base, top);
        top = base;
        return content;
    }

    private static String loneSurrogateReason(String text, int at, String what) {
        return "the " + what + " contains a lone surrogate (U+"
                + Integer.toHexString(text.charAt(at)).toUpperCase(Locale.ROOT) + " at character " + at
                + "); expected well-formed Unicode text";
    }

    private FormatException failure(
            int line, int column, SourceNode container, String key, int index, RefusalRule rule, String reason) {
        return new FormatException(
                source, new SourcePosition(line, column, SourceNode.pointer(container, key, index)), rule, reason);
    }

    private static SourcePosition at(JsonParser parser, String pointer) {
        JsonLocation location = parser.currentTokenLocation();
        return new SourcePosition(location.getLineNr(), location.getColumnNr(), pointer);
    }
}
