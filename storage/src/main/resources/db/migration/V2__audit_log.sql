-- Clavis object store, schema version 2: the audit table (docs/security.md §1, ADR 0009).
-- One row per audit entry, the same hash chain as the node's audit file. Every node keeps its own
-- chain, keyed by (node, seq): several nodes sharing one PostgreSQL never wait for each other.
-- Insert-only: grant the server's role INSERT and SELECT on it, no UPDATE or DELETE.
-- Unbounded text for the fields a client influences (identity, identifiers): a row is never
-- refused for its length, so one odd request cannot stop the audit (and, fail-closed, the server).

CREATE TABLE audit_log (
    node           VARCHAR(255)             NOT NULL,
    seq            BIGINT                   NOT NULL,  -- gap-free, from the chain, not a sequence
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,  -- when the request arrived (UTC)
    request_id     VARCHAR(64)              NOT NULL,
    identity       VARCHAR,
    peer           VARCHAR(256),
    operation      VARCHAR(64),
    object_ids     VARCHAR                  NOT NULL,  -- JSON array, as in the line
    result_status  VARCHAR(64),
    result_reason  VARCHAR(128),
    prev_hash      CHAR(64)                 NOT NULL,
    hash           CHAR(64)                 NOT NULL,
    line           VARCHAR                  NOT NULL,  -- the canonical line: verified as the file's
    CONSTRAINT pk_audit_log PRIMARY KEY (node, seq)
);
