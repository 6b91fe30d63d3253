package io.countersign.model.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A SHA-256 digest in its one accepted text form, {@code sha256:<64 lowercase hex>}. Lowercase
 * only, so that equal digests are equal strings wherever they are compared or stored.
 */
public record Digest(String hex) {

    public static final String PREFIX = "sha256:";

    // Before ZERO: static initialisers run in order and the constructor needs it.
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    /** The chain's genesis predecessor: {@code sha256:} followed by 64 zeros. */
    public static final Digest ZERO = new Digest("0".repeat(64));

    public Digest {
        Objects.requireNonNull(hex, "hex");
        if (!HEX64.matcher(hex).matches()) {
            throw new IllegalArgumentException("SHA-256 hex must be 64 lowercase hex digits");
        }
    }

    /** SHA-256 of the bytes. */
    public static Digest sha256(byte[] data) {
        Objects.requireNonNull(data, "data");
        return new Digest(HexFormat.of().formatHex(newSha256().digest(data)));
    }

    /** Parses {@code sha256:<64 lowercase hex>}; anything else is refused. */
    public static Digest parse(String text) {
        Objects.requireNonNull(text, "text");
        if (!text.startsWith(PREFIX)) {
            throw new IllegalArgumentException("digest must start with " + PREFIX);
        }
        return new Digest(text.substring(PREFIX.length()));
    }

    /** The 32 digest bytes, a fresh copy each call. */
    public byte[] bytes() {
        return HexFormat.of().parseHex(hex);
    }

    @Override
    public String toString() {
        return PREFIX + hex;
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
