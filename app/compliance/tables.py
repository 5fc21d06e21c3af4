"""Vault schema migration V4: consents and the certificate notices already given.

Applied by app.vault.schema in order with the other migrations (see MIGRATIONS there).

* ``consents``: one row per consent given to one version of one text (the agreement's kind,
  version, the language shown and the SHA-256 of that text), with the time it was given and,
  once withdrawn, when.  The evidence chain keeps the same history as ``consent.given`` /
  ``consent.withdrawn`` events (``event_seq`` names the event of the consent).
* ``notice_marks``: which once-only certificate notices were given (expiry warning for a
  certificate at a threshold, renewal notice), so a notice is recorded once, not at every start.
"""

MIGRATION = """
CREATE TABLE consents (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL,
    version      TEXT NOT NULL,
    language     TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    given_at     TEXT NOT NULL,
    withdrawn_at TEXT,
    event_seq    INTEGER NOT NULL REFERENCES evidence(seq)
);
CREATE INDEX consents_kind ON consents(kind, id);

CREATE TABLE notice_marks (
    certificate_sha256 TEXT NOT NULL,
    notice             TEXT NOT NULL,
    mark               TEXT NOT NULL,
    at                 TEXT NOT NULL,
    PRIMARY KEY (certificate_sha256, notice, mark)
) WITHOUT ROWID;

CREATE TABLE authorisations (
    id               TEXT PRIMARY KEY,
    document_id      TEXT NOT NULL REFERENCES documents(id),
    company          TEXT NOT NULL,
    credit_code      TEXT NOT NULL,
    template_version TEXT NOT NULL,
    purpose          TEXT NOT NULL,
    valid_from       TEXT NOT NULL,
    valid_until      TEXT NOT NULL,
    legal_rep_name   TEXT NOT NULL,
    legal_rep_id     TEXT NOT NULL,
    agent_name       TEXT NOT NULL,
    agent_id         TEXT NOT NULL,
    created_at       TEXT NOT NULL
);
"""
