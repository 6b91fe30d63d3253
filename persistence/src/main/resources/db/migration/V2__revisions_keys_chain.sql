-- Every imported revision of an AI draft. "Superseded" is derived (a higher revision exists),
-- never stored, so nothing here ever needs an UPDATE.
CREATE TABLE draft_revision (
  draft_id     VARCHAR(200) NOT NULL,
  revision     INTEGER      NOT NULL,
  blob_digest  VARCHAR(64)  NOT NULL,
  imported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_draft_revision PRIMARY KEY (draft_id, revision),
  CONSTRAINT uq_draft_revision_blob_digest UNIQUE (blob_digest),
  CONSTRAINT fk_draft_revision_blob FOREIGN KEY (blob_digest) REFERENCES blob (digest),
  CONSTRAINT ck_draft_revision_revision CHECK (revision >= 1)
);

-- Approvers' public keys. Append-only: a rotation adds a key_retirement row instead of
-- updating valid_to, so the whole store can refuse every UPDATE (ADR 0004).
CREATE TABLE signing_key (
  key_id         VARCHAR(71)   NOT NULL,
  owner_id       VARCHAR(200)  NOT NULL,
  display_name   VARCHAR(200)  NOT NULL,
  public_key     VARBINARY(1024) NOT NULL,
  valid_from     TIMESTAMP WITH TIME ZONE NOT NULL,
  registered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_signing_key PRIMARY KEY (key_id),
  CONSTRAINT ck_signing_key_key_id CHECK (key_id LIKE 'sha256:%' AND LENGTH(key_id) = 71)
);

CREATE TABLE key_retirement (
  key_id          VARCHAR(71) NOT NULL,
  retired_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  successor_key_id VARCHAR(71),
  recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_key_retirement PRIMARY KEY (key_id),
  CONSTRAINT fk_key_retirement_signing_key FOREIGN KEY (key_id) REFERENCES signing_key (key_id),
  CONSTRAINT fk_key_retirement_successor FOREIGN KEY (successor_key_id) REFERENCES signing_key (key_id),
  CONSTRAINT ck_key_retirement_not_self CHECK (successor_key_id IS NULL OR successor_key_id <> key_id)
);

-- The hash chain. The envelope bytes are the evidence; the listing columns are a convenience
-- for queries and are never trusted for verification.
CREATE TABLE evidence_entry (
  seq              BIGINT       NOT NULL,
  kind             VARCHAR(16)  NOT NULL,
  envelope         BLOB         NOT NULL,
  entry_hash       VARCHAR(64)  NOT NULL,
  prev_entry_hash  VARCHAR(64),
  recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  draft_id         VARCHAR(200),
  revision         INTEGER,
  approver_id      VARCHAR(200),
  outcome          VARCHAR(32),
  CONSTRAINT pk_evidence_entry PRIMARY KEY (seq),
  CONSTRAINT uq_evidence_entry_entry_hash UNIQUE (entry_hash),
  -- No forks: an entry can be the predecessor of at most one entry.
  CONSTRAINT uq_evidence_entry_prev_entry_hash UNIQUE (prev_entry_hash),
  -- The predecessor must be in the chain. Being self-referenced also makes H2 refuse TRUNCATE.
  CONSTRAINT fk_evidence_entry_prev FOREIGN KEY (prev_entry_hash) REFERENCES evidence_entry (entry_hash),
  CONSTRAINT ck_evidence_entry_kind CHECK (kind IN ('decision', 'export')),
  CONSTRAINT ck_evidence_entry_seq CHECK (seq >= 1),
  CONSTRAINT ck_evidence_entry_entry_hash CHECK (LENGTH(entry_hash) = 64),
  CONSTRAINT ck_evidence_entry_genesis CHECK (
    (seq = 1 AND prev_entry_hash IS NULL) OR (seq > 1 AND LENGTH(prev_entry_hash) = 64))
);

-- The database itself refuses to change or remove evidence; the Java class only raises an error.
-- [jooq ignore start]
CREATE TRIGGER trg_blob_append_only BEFORE UPDATE, DELETE ON blob
  FOR EACH ROW CALL 'io.countersign.persistence.schema.AppendOnlyTrigger';
CREATE TRIGGER trg_draft_revision_append_only BEFORE UPDATE, DELETE ON draft_revision
  FOR EACH ROW CALL 'io.countersign.persistence.schema.AppendOnlyTrigger';
CREATE TRIGGER trg_signing_key_append_only BEFORE UPDATE, DELETE ON signing_key
  FOR EACH ROW CALL 'io.countersign.persistence.schema.AppendOnlyTrigger';
CREATE TRIGGER trg_key_retirement_append_only BEFORE UPDATE, DELETE ON key_retirement
  FOR EACH ROW CALL 'io.countersign.persistence.schema.AppendOnlyTrigger';
CREATE TRIGGER trg_evidence_entry_append_only BEFORE UPDATE, DELETE ON evidence_entry
  FOR EACH ROW CALL 'io.countersign.persistence.schema.AppendOnlyTrigger';
-- [jooq ignore stop]
