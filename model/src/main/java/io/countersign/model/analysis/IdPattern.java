package io.countersign.model.analysis;

import java.util.List;
import java.util.regex.Pattern;

/** An id or a pattern where {@code *} matches any run of characters; everything else is literal. */
public final class IdPattern {
    private final String text;
    private final Pattern regex;

    private IdPattern(String text) {
        this.text = text;
        this.regex = text.contains("*") ? Pattern.compile(toRegex(text)) : null;
    }

    public static IdPattern of(String text) {
        return new IdPattern(text);
    }

    public static boolean anyMatches(List<String> patterns, String id) {
        return patterns.stream().anyMatch(pattern -> of(pattern).matches(id));
    }

    public boolean isLiteral() {
        return regex == null;
    }

    public boolean matches(String id) {
        return regex == null ? text.equals(id) : regex.matcher(id).matches();
    }

    public String text() {
        return text;
    }

    private static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (String part : glob.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return regex.toString();
    }
}
