"""Vault schema migration V5: seals, seal-use requests, the seal-use ledger and the offline queue.

Applied by app.vault.schema in order with the other migrations (see MIGRATIONS there).

* ``custody_seals``: the seal registry (image as stamped, bound certificate and key location,
  who may request and approve, validity).
* ``custody_requests``: signed request envelopes and the signed decision on each (canonical
  JSON, exactly as signed), with the state the decision leads to.
* ``custody_ledger`` (用印登记簿): one append-only row per document sealed.
* ``custody_queue``: documents signed at B-B waiting for their timestamp and validation data.
"""

MIGRATION = """
CREATE TABLE custody_seals (
    id                 TEXT PRIMARY KEY,
    name               TEXT NOT NULL,
    kind               TEXT NOT NULL,
    image              BLOB NOT NULL,
    image_sha256       TEXT NOT NULL,
    certificate        BLOB NOT NULL,
    certificate_sha256 TEXT NOT NULL,
    key_source         TEXT NOT NULL,
    requesters         TEXT NOT NULL,
    approvers          TEXT NOT NULL,
    valid_from         TEXT,
    valid_until        TEXT,
    added_at           TEXT NOT NULL
);

CREATE TABLE custody_requests (
    id              TEXT PRIMARY KEY,
    seal_id         TEXT NOT NULL,
    request         TEXT NOT NULL,
    request_sha256  TEXT NOT NULL UNIQUE,
    decision        TEXT,
    decision_sha256 TEXT UNIQUE,
    state           TEXT NOT NULL
        CHECK (state IN ('pending', 'approved', 'rejected', 'sealed')),
    origin          TEXT NOT NULL CHECK (origin IN ('local', 'import')),
    created_at      TEXT NOT NULL,
    decided_at      TEXT,
    CHECK ((state = 'pending') = (decision IS NULL))
);
CREATE INDEX custody_requests_seal ON custody_requests(seal_id, created_at);

CREATE TABLE custody_ledger (
    seq                 INTEGER PRIMARY KEY,
    seal_id             TEXT NOT NULL,
    request_id          TEXT NOT NULL REFERENCES custody_requests(id),
    document_sha256     TEXT NOT NULL,
    document_sm3        TEXT NOT NULL,
    signed_sha256       TEXT NOT NULL,
    document_id         TEXT NOT NULL,
    level               TEXT NOT NULL,
    requester_sha256    TEXT NOT NULL,
    approver_sha256     TEXT NOT NULL,
    custodian_sha256    TEXT NOT NULL,
    applied_at          TEXT NOT NULL,
    UNIQUE (request_id, document_sha256)
);
CREATE INDEX custody_ledger_seal ON custody_ledger(seal_id, seq);

CREATE TABLE custody_queue (
    id                   INTEGER PRIMARY KEY,
    document_id          TEXT NOT NULL UNIQUE,
    state                TEXT NOT NULL CHECK (state IN ('pending', 'failed', 'done')),
    attempts             INTEGER NOT NULL DEFAULT 0,
    last_error           TEXT,
    next_attempt         TEXT NOT NULL,
    added_at             TEXT NOT NULL,
    done_at              TEXT,
    upgraded_document_id TEXT
);

CREATE TRIGGER custody_ledger_no_update BEFORE UPDATE ON custody_ledger
BEGIN SELECT RAISE(ABORT, 'custody_ledger is append-only'); END;
CREATE TRIGGER custody_ledger_no_delete BEFORE DELETE ON custody_ledger
BEGIN SELECT RAISE(ABORT, 'custody_ledger is append-only'); END;
"""
