-- One row per import of a snapshot, policy, draft or casebook (re-importing an older snapshot
-- adds a row, making it current again). The workspace's current snapshot and policy are the
-- most recently imported ones: the highest seq of their kind. Append-only like the rest.
CREATE TABLE input_import (
  seq          BIGINT       GENERATED ALWAYS AS IDENTITY,
  kind         VARCHAR(16)  NOT NULL,
  input_id     VARCHAR(200) NOT NULL,
  blob_digest  VARCHAR(64)  NOT NULL,
  imported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_input_import PRIMARY KEY (seq),
  CONSTRAINT fk_input_import_blob FOREIGN KEY (blob_digest) REFERENCES blob (digest),
  CONSTRAINT ck_input_import_kind CHECK (kind IN ('draft', 'snapshot', 'policy', 'casebook'))
);

CREATE INDEX ix_input_import_kind_seq ON input_import (kind, seq);

-- [jooq ignore start]
CREATE TRIGGER trg_input_import_append_only BEFORE UPDATE, DELETE ON input_import
  FOR EACH ROW CALL 'io.countersign.persistence.schema.AppendOnlyTrigger';
GRANT SELECT, INSERT ON input_import TO countersign_app;
-- [jooq ignore stop]
