-- Content-addressed store of every reviewed input: drafts, snapshots, policies, casebooks, findings.
-- The digest is SHA-256 over the RFC 8785 canonical JSON; the bytes are that canonical JSON.
CREATE TABLE blob (
  digest       VARCHAR(64)  NOT NULL,
  media_type   VARCHAR(64)  NOT NULL,
  content      BLOB         NOT NULL,
  imported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_blob PRIMARY KEY (digest),
  CONSTRAINT ck_blob_digest CHECK (LENGTH(digest) = 64)
);
