package io.countersign.model.finding;

/** One fact behind a finding: who holds what, and by which path ("direct", "via role R", "step S"). */
public record Evidence(String identity, String item, String path) {}
