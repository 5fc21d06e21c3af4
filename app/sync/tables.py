"""Vault schema migration V3: the outbox (events waiting for the platform) and sync state.

Applied by app.vault.schema in order with the other migrations (see MIGRATIONS there).

* ``outbox``: one row per evidence event not yet acknowledged by a verified platform receipt.
  :func:`app.evidence.chain.append` queues each event in the transaction that writes it; this
  migration queues the backlog of an older vault once (it runs in one transaction with the new
  ``user_version``).  A row leaves the outbox in the transaction that stores its receipt.
* ``sync_state``: the platform this vault syncs with (URL, device id, pinned log key, the last
  verified signed tree head, last success, last error, warning), one JSON value per name.
"""

MIGRATION = """
CREATE TABLE outbox (
    evidence_seq INTEGER PRIMARY KEY REFERENCES evidence(seq),
    queued_at    TEXT NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0
);

INSERT INTO outbox (evidence_seq, queued_at)
    SELECT seq, at FROM evidence WHERE seq NOT IN (SELECT evidence_seq FROM receipts);

CREATE TABLE sync_state (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
"""
