package io.countersign.model.format;

/** A system whose entitlements the snapshot lists (an ERP, a cloud account, a directory…). */
public record ManagedSystem(String id, String name, String owner) {}
