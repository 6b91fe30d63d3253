package io.countersign.cli.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.SourceNode;
import io.countersign.model.read.SourcePosition;
import io.countersign.model.read.SourceTreeReader;
import io.countersign.services.intake.AssistantIntake;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code draft} argument of {@code submit_draft} as a syntax tree for the strict reader: a
 * string is read as JSON (when it starts with <code>{</code>) or YAML exactly like a file, so
 * line:column refer to it; an object has already been decoded by the protocol's JSON reader, so
 * it is written back as JSON (non-ASCII escaped, so a lone surrogate stays visible) and read
 * strictly from there — its refusals name the JSON pointer only.
 */
final class DraftArgument {
    private DraftArgument() {}

    /** The largest draft taken, in characters of text or bytes of JSON: real drafts are a few kB. */
    static final int MAX_CHARS = 1 << 20;

    private static final ObjectMapper WRITER =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    /** A tree to read, and whether positions in it refer to text the caller sent. */
    record Tree(SourceNode root, boolean located) {}

    static Tree read(Object draft) throws ToolRefusal {
        try {
            if (draft instanceof String text) {
                return new Tree(fromText(text), true);
            }
            if (draft instanceof Map<?, ?> object) {
                return new Tree(fromObject(object), false);
            }
        } catch (FormatException e) {
            throw ToolRefusal.of(e, draft instanceof String);
        }
        throw new ToolRefusal("argument \"draft\" must be a JSON object or a string of JSON or YAML; got "
                + ToolArguments.typeOf(draft));
    }

    private static SourceNode fromText(String text) throws ToolRefusal, FormatException {
        if (text.length() > MAX_CHARS) {
            throw new ToolRefusal("the draft is " + text.length() + " characters; at most " + MAX_CHARS + " are taken");
        }
        refuseLoneSurrogates(text);
        String start = text.stripLeading();
        SourceTreeReader.Syntax syntax =
                start.startsWith("{") ? SourceTreeReader.Syntax.JSON : SourceTreeReader.Syntax.YAML;
        return SourceTreeReader.read(AssistantIntake.SOURCE, text.getBytes(StandardCharsets.UTF_8), syntax);
    }

    private static SourceNode fromObject(Map<?, ?> object) throws ToolRefusal, FormatException {
        byte[] json;
        try {
            json = WRITER.writeValueAsBytes(object);
        } catch (JsonProcessingException e) {
            throw new ToolRefusal("the draft object cannot be written as JSON: " + e.getOriginalMessage());
        }
        if (json.length > MAX_CHARS) {
            throw new ToolRefusal(
                    "the draft is " + json.length + " bytes of JSON; at most " + MAX_CHARS + " are taken");
        }
        return SourceTreeReader.read(AssistantIntake.SOURCE, json, SourceTreeReader.Syntax.JSON);
    }

    /** Text with a lone surrogate cannot be UTF-8; encoding would silently turn it into '?'. */
    private static void refuseLoneSurrogates(String text) throws FormatException {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                column++;
            } else if (Character.isSurrogate(c)) {
                throw new FormatException(
                        AssistantIntake.SOURCE,
                        new SourcePosition(line, column, ""),
                        "a lone surrogate (U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT)
                                + ") is not text; expected well-formed UTF-16");
            } else if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
    }
}
