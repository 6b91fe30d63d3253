package io.countersign.app.review;

/** Another pending draft for the same identities, which together with this one may add up to a conflict. */
public record PendingRef(String id, String title, String identities) {}
