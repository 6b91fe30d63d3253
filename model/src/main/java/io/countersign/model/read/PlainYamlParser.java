package io.countersign.model.read;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * A YAML parser that notes what plain data has no use for: anchors ({@code &name}), aliases
 * ({@code *name}) and explicit tags ({@code !!str}, {@code !custom}, {@code !}). Jackson reads an
 * alias as a string holding the anchor's name and drops anchors and tags, so a file would mean one
 * thing to Countersign and another to every YAML reader that resolves them. The parser only notes
 * the first such construct of the token just read ({@link #construct()}); the tree reader, which
 * knows the token's JSON pointer, refuses it.
 */
final class PlainYamlParser extends YAMLParser {

    /** What a token carried that plain data must not, what to do instead, and where it starts. */
    record Construct(String description, String remedy, int line, int column) {

        /** The refusal's reason, in the words every such refusal uses. */
        String reason() {
            return description + " is not allowed: Countersign reads plain YAML data, " + remedy;
        }
    }

    private static final String NO_REFERENCES = "without references; ";

    private Construct construct;

    private PlainYamlParser(IOContext context, int features, int yamlFeatures, LoaderOptions options, Reader reader) {
        super(context, features, yamlFeatures, options, null, reader);
    }

    /** The anchor, alias or tag on the token read last, or null when it had none. */
    Construct construct() {
        return construct;
    }

    @Override
    protected Event getEvent() throws IOException {
        Event event = super.getEvent();
        construct = event == null ? null : describe(event);
        return event;
    }

    private static Construct describe(Event event) {
        String what;
        String remedy;
        if (event instanceof AliasEvent alias) {
            what = "the alias *" + alias.getAnchor();
            remedy = NO_REFERENCES + "write the value it refers to out here in full";
        } else if (event instanceof NodeEvent node && node.getAnchor() != null) {
            what = "the anchor &" + node.getAnchor();
            remedy = NO_REFERENCES + "remove it and write the value out wherever it is used";
        } else if (tag(event) != null) {
            what = "the explicit tag " + shortTag(tag(event));
            remedy = "without tags; remove the tag (and quote the value if it must be read as text)";
        } else {
            return null;
        }
        Mark start = event.getStartMark();
        return new Construct(
                what, remedy, start == null ? 0 : start.getLine() + 1, start == null ? 0 : start.getColumn() + 1);
    }

    private static String tag(Event event) {
        if (event instanceof ScalarEvent scalar) {
            return scalar.getTag();
        }
        if (event instanceof CollectionStartEvent collection) {
            return collection.getTag();
        }
        return null;
    }

    /** A resolved core-schema tag as written ({@code tag:yaml.org,2002:str} as {@code !!str}). */
    private static String shortTag(String tag) {
        String core = "tag:yaml.org,2002:";
        return tag.startsWith(core) ? "!!" + tag.substring(core.length()) : tag;
    }

    /** Makes {@link PlainYamlParser}s; only reading from bytes, which is all the tree reader does. */
    static final class Factory extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        @Override
        protected YAMLParser _createParser(byte[] data, int offset, int length, IOContext context) throws IOException {
            return new PlainYamlParser(
                    context,
                    _parserFeatures,
                    _yamlParserFeatures,
                    _loaderOptions,
                    _createReader(data, offset, length, null, context));
        }
    }
}
