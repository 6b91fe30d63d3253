package io.countersign.model.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** {@code data/VERIFY.md}: the by-hand recipe, with this pack's exporter and key filled in. */
public final class VerifyGuide {

    private static final String TEMPLATE = load();

    private VerifyGuide() {}

    public static byte[] render(PackStatement statement) {
        String exporterKeyHex = statement.exporterKeyId().substring("sha256:".length());
        return TEMPLATE.replace("{{EXPORTER_KEY}}", exporterKeyHex)
                .replace("{{EXPORTED_AT}}", statement.exportedAt().toString())
                .replace("{{EXPORTER}}", markdownText(statement.exporterName() + " (" + statement.exporterId() + ")"))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Keeps a name from turning into Markdown markup or a new line. */
    private static String markdownText(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c < 0x20) {
                out.append(' ');
            } else {
                if ("\\`*_{}[]<>()#+-!|".indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String load() {
        try (InputStream in =
                Objects.requireNonNull(VerifyGuide.class.getResourceAsStream("VERIFY.md"), "VERIFY.md template")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
