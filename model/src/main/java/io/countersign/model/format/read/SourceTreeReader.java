package io.countersign.model.format.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * Reads JSON or YAML into a {@link SourceNode} tree, refusing what the formats forbid before any
 * binding happens: duplicate keys, lone surrogates, integers beyond 2^53, non-finite numbers and
 * trailing content. Jackson does the tokenising; the checks are ours so the messages can name the
 * exact pointer.
 */
public final class SourceTreeReader {

    /** Largest integer every JSON consumer (including JavaScript) reads exactly. */
    public static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    public enum Syntax { JSON, YAML }

    private static final JsonFactory JSON = new JsonFactory();
    private static final YAMLFactory YAML = new YAMLFactory();

    private final String source;

    private SourceTreeReader(String source) {
        this.source = source;
    }

    public static SourceNode read(Path file) throws FormatException, IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Syntax syntax = name.endsWith(".yaml") || name.endsWith(".yml") ? Syntax.YAML : Syntax.JSON;
        return read(file.toString(), Files.readAllBytes(file), syntax);
    }

    public static SourceNode read(String source, byte[] content, Syntax syntax) throws FormatException {
        SourceTreeReader reader = new SourceTreeReader(source);
        JsonFactory factory = syntax == Syntax.YAML ? YAML : JSON;
        try (JsonParser parser = factory.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new FormatException(source, new SourcePosition(1, 1, ""), "the file is empty; expected a JSON object");
            }
            SourceNode root = reader.readValue(parser, "");
            if (parser.nextToken() != null) {
                throw new FormatException(source, reader.at(parser, ""), "unexpected content after the document's end");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            int line = where == null ? 0 : where.getLineNr();
            int column = where == null ? 0 : where.getColumnNr();
            throw new FormatException(source, new SourcePosition(line, column, reader.lastPointer),
                    "not valid " + syntax.name() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new FormatException(source, new SourcePosition(0, 0, ""), "could not be read: " + e.getMessage());
        }
    }

    /** Pointer of the value being read when Jackson itself fails, for its error message. */
    private String lastPointer = "";

    private SourceNode readValue(JsonParser parser, String pointer) throws IOException, FormatException {
        lastPointer = pointer;
        SourcePosition position = at(parser, pointer);
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> readObject(parser, pointer, position);
            case START_ARRAY -> readArray(parser, pointer, position);
            case VALUE_STRING -> SourceNode.scalar(source, SourceNode.Kind.STRING, position,
                    checkedText(parser.getText(), position, "string"));
            case VALUE_NUMBER_INT -> SourceNode.scalar(source, SourceNode.Kind.INTEGER, position, safeInteger(parser, position));
            case VALUE_NUMBER_FLOAT -> SourceNode.scalar(source, SourceNode.Kind.DECIMAL, position, finiteDecimal(parser, position));
            case VALUE_TRUE -> SourceNode.scalar(source, SourceNode.Kind.BOOLEAN, position, Boolean.TRUE);
            case VALUE_FALSE -> SourceNode.scalar(source, SourceNode.Kind.BOOLEAN, position, Boolean.FALSE);
            case VALUE_NULL -> SourceNode.scalar(source, SourceNode.Kind.NULL, position, null);
            default -> throw new FormatException(source, position, "unsupported value " + token);
        };
    }

    private SourceNode readObject(JsonParser parser, String pointer, SourcePosition position)
            throws IOException, FormatException {
        LinkedHashMap<String, SourceNode> fields = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            String childPointer = pointer + "/" + SourceNode.escape(name);
            SourcePosition keyPosition = at(parser, childPointer);
            checkedText(name, keyPosition, "key");
            if (fields.containsKey(name)) {
                throw new FormatException(source, keyPosition, "duplicate key '" + name + "'; each key may appear once");
            }
            parser.nextToken();
            fields.put(name, readValue(parser, childPointer));
        }
        return SourceNode.object(source, position, fields);
    }

    private SourceNode readArray(JsonParser parser, String pointer, SourcePosition position)
            throws IOException, FormatException {
        List<SourceNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(readValue(parser, pointer + "/" + items.size()));
        }
        return SourceNode.array(source, position, items);
    }

    private String checkedText(String text, SourcePosition position, String what) throws FormatException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new FormatException(source, position, "the " + what + " contains a lone surrogate (U+"
                        + Integer.toHexString(c).toUpperCase(Locale.ROOT) + " at character " + i
                        + "); expected well-formed Unicode text");
            }
        }
        return text;
    }

    private Long safeInteger(JsonParser parser, SourcePosition position) throws IOException, FormatException {
        // No Math.abs here: it leaves Long.MIN_VALUE negative, which would pass as safe.
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                || parser.getLongValue() > MAX_SAFE_INTEGER || parser.getLongValue() < -MAX_SAFE_INTEGER) {
            throw new FormatException(source, position, "integer " + parser.getText()
                    + " is beyond 2^53; expected an integer between -9007199254740991 and 9007199254740991");
        }
        return parser.getLongValue();
    }

    private Double finiteDecimal(JsonParser parser, SourcePosition position) throws IOException, FormatException {
        double value = parser.getDoubleValue();
        if (!Double.isFinite(value)) {
            throw new FormatException(source, position, "number " + parser.getText() + " is not a finite double");
        }
        return value;
    }

    private SourcePosition at(JsonParser parser, String pointer) {
        JsonLocation location = parser.currentTokenLocation();
        return new SourcePosition(location.getLineNr(), location.getColumnNr(), pointer);
    }
}
