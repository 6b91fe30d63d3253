package io.countersign.services;

/** The version recorded in decisions and packs, and printed by {@code --version}. */
public final class AppVersion {
    public static final String VERSION = "0.1.0";

    private AppVersion() {}
}
