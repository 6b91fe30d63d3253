package io.countersign.services.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.countersign.model.convert.IdentityMap;
import io.countersign.model.convert.ScimMapping;
import io.countersign.model.format.Snapshot;
import io.countersign.model.read.FormatException;
import io.countersign.model.read.InputFiles;
import io.countersign.model.read.SourceNode;
import io.countersign.model.read.SourcePosition;
import io.countersign.services.snapshot.UpdateSource.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells what a chosen file is from its top-level fields, with a Jackson token scan that stops as
 * soon as it knows (a 100 MB export is not parsed twice): a Countersign document by its
 * {@code format}, a SCIM document by {@code schemas}, AWS authorization details by their detail
 * lists. A file that is not JSON is handed to the strict reader, whose refusal names line, column
 * and pointer; YAML (the mapping files) is small and read whole.
 */
public final class SourceRecognizer {
    private static final JsonFactory JSON = new JsonFactory();
    private static final Set<String> AWS_LISTS =
            Set.of("UserDetailList", "GroupDetailList", "RoleDetailList", "Policies");
    private static final Pattern ACCOUNT = Pattern.compile("^arn:aws:iam::(\\d{12}):");

    private SourceRecognizer() {}

    public static UpdateSource recognise(Path path) throws FormatException {
        if (Files.isDirectory(path)) {
            return new UpdateSource(path, Kind.SCIM, null, null);
        }
        if (!Files.isRegularFile(path)) {
            throw refused(path, "the file does not exist");
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return byFormat(path, InputFiles.tree(path));
        }
        try (JsonParser parser = JSON.createParser(path.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return byFormat(path, InputFiles.tree(path));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("format")) {
                    Kind known = value == JsonToken.VALUE_STRING ? kindOf(parser.getText()) : null;
                    return known != null
                            ? new UpdateSource(path, known, null, null)
                            : byFormat(path, InputFiles.tree(path));
                }
                if (field.equals("schemas")) {
                    return new UpdateSource(path, Kind.SCIM, null, null);
                }
                if (AWS_LISTS.contains(field)) {
                    return new UpdateSource(path, Kind.AWS, null, account(parser, value));
                }
                parser.skipChildren();
            }
        } catch (IOException e) {
            // Not well-formed: the strict reader says where, or the file could not be read at all.
            InputFiles.tree(path);
            throw refused(path, "the file could not be read: " + e.getMessage());
        }
        throw unknown(path);
    }

    /** The twelve-digit account of the first ARN in the details, so the system id can be guessed. */
    private static String account(JsonParser parser, JsonToken first) throws IOException {
        JsonToken token = first;
        while (token != null) {
            if (token == JsonToken.FIELD_NAME && parser.currentName().equals("Arn")) {
                if (parser.nextToken() == JsonToken.VALUE_STRING) {
                    Matcher matcher = ACCOUNT.matcher(parser.getText());
                    if (matcher.find()) {
                        return matcher.group(1);
                    }
                }
            }
            token = parser.nextToken();
        }
        return null;
    }

    private static UpdateSource byFormat(Path path, SourceNode root) throws FormatException {
        root.expectObject("a snapshot, SCIM document, AWS authorization details or mapping");
        if (!root.has("format")) {
            throw unknown(path);
        }
        SourceNode format = root.field("format");
        Kind kind = kindOf(format.asText());
        if (kind == null) {
            throw format.error("a snapshot update takes " + Snapshot.FORMAT + ", " + ScimMapping.FORMAT + " or "
                    + IdentityMap.FORMAT + ", not \"" + format.asText() + "\"");
        }
        return new UpdateSource(path, kind, null, null);
    }

    private static Kind kindOf(String format) {
        return switch (format) {
            case Snapshot.FORMAT -> Kind.SNAPSHOT;
            case ScimMapping.FORMAT -> Kind.SCIM_MAPPING;
            case IdentityMap.FORMAT -> Kind.IDENTITY_MAP;
            default -> null;
        };
    }

    private static FormatException unknown(Path path) {
        return new FormatException(
                path.toString(),
                new SourcePosition(1, 1, ""),
                "not a Countersign snapshot, a SCIM document (no \"schemas\"), AWS authorization details (no"
                        + " UserDetailList, GroupDetailList, RoleDetailList or Policies) or a mapping file");
    }

    static FormatException refused(Path path, String reason) {
        return new FormatException(path.toString(), new SourcePosition(0, 0, ""), reason);
    }
}
