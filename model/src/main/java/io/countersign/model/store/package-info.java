/**
 * What the evidence store hands back: plain records, no SQL types. The store keeps bytes and
 * digests; it never interprets an envelope (that is {@code io.countersign.model.evidence}).
 */
package io.countersign.model.store;
