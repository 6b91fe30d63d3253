package io.countersign.model.convert;

import java.util.Locale;

/**
 * A name pattern where {@code *} stands for any run of characters and {@code ?} for one, as IAM
 * policies and the SCIM mapping's rules write them. Matching ignores case when asked to: IAM action
 * names do (AWS treats {@code S3:getobject} as {@code s3:GetObject}).
 */
record Glob(String pattern, boolean ignoreCase) {

    static Glob caseSensitive(String pattern) {
        return new Glob(pattern, false);
    }

    static Glob ignoringCase(String pattern) {
        return new Glob(pattern.toLowerCase(Locale.ROOT), true);
    }

    boolean hasWildcard() {
        return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0;
    }

    boolean matches(String text) {
        String subject = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
        return matches(subject, 0, 0);
    }

    /** Iterative wildcard match with one backtrack point: linear in practice, never exponential. */
    private boolean matches(String text, int from, int at) {
        int p = at;
        int t = from;
        int star = -1;
        int resume = 0;
        while (t < text.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
                p++;
                t++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                resume = t;
            } else if (star >= 0) {
                p = star + 1;
                t = ++resume;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}
