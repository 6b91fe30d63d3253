-- Least privilege: the application's own transactions run as this user, which may only read
-- and append. TRUNCATE, DROP, ALTER and SET REFERENTIAL_INTEGRITY need rights it lacks; the
-- triggers refuse UPDATE and DELETE for every user. The password guards against mistakes,
-- not people: the workspace owner can always open the file as its admin (ADR 0004).
-- [jooq ignore start]
CREATE USER IF NOT EXISTS countersign_app PASSWORD 'append-only';
GRANT SELECT, INSERT ON blob, draft_revision, signing_key, key_retirement, evidence_entry TO countersign_app;
-- [jooq ignore stop]
