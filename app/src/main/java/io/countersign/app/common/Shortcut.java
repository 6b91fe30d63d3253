package io.countersign.app.common;

/** One keyboard shortcut as the shortcut sheet lists it: the keys to press and what they do. */
public record Shortcut(String keys, String action) {}
