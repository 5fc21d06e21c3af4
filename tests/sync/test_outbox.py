"""The outbox in a real SQLCipher vault: queued with each event, atomically, backlog once."""

from __future__ import annotations

import pytest

from app.evidence import chain
from app.evidence.events import EventDraft, seal_event
from app.sync import outbox, state
from app.vault import Vault, schema
from app.vault.connection import VaultConnection
from tests.fixtures.vault import PASSPHRASE

pytestmark = pytest.mark.unit


def queued(vault: Vault) -> list[int]:
    return vault.db.call(lambda c: [e.seq for e in outbox.pending(c, 10_000)])


def test_every_appended_event_is_queued(vault):
    vault.append_events([EventDraft("consent_given", {"n": i}) for i in range(3)])
    seqs = vault.db.call(lambda c: [e.seq for e in chain.iter_events(c)])
    assert queued(vault) == seqs and len(seqs) == 4  # vault_created + 3
    [event] = vault.db.call(lambda c: outbox.pending(c, 1, after=seqs[-2]))
    assert event.seq == seqs[-1] and event.type == "consent_given"
    assert vault.db.call(outbox.count) == 4


def test_rolled_back_event_leaves_no_outbox_row(vault):
    before = queued(vault)

    def append_then_fail(conn):
        chain.append(conn, EventDraft("consent_given", {"n": 1}))
        raise RuntimeError("the caller's work failed")

    with pytest.raises(RuntimeError):
        vault.db.transaction(append_then_fail)
    assert queued(vault) == before
    assert vault.chain_head()[0] == before[-1]


def test_state_values_round_trip_and_delete(vault):
    vault.db.transaction(lambda c: state.put(c, state.DEVICE, {"device_id": "d", "org_id": "o"}))
    assert vault.db.call(lambda c: state.get(c, state.DEVICE)) == {"device_id": "d", "org_id": "o"}
    vault.db.transaction(lambda c: state.put(c, state.DEVICE, None))
    assert vault.db.call(lambda c: state.get(c, state.DEVICE)) is None
    current = state.sync_status(vault)
    assert not current.registered and current.pending == 1 and current.receipts == 0


def test_migration_queues_the_backlog_once(tmp_path):
    """A vault written before V3 (events, one already receipted) gets its backlog queued once."""
    path = tmp_path / "old.db"
    conn = VaultConnection(path, PASSPHRASE)
    try:
        conn.call(lambda c: schema.migrate(c, str(path), schema.MIGRATIONS[:2]))

        def old_code_writes(c):
            c.execute("BEGIN IMMEDIATE")
            prev = chain.GENESIS
            for seq in range(1, 6):  # what the V2 code did: the evidence row only
                e = seal_event(EventDraft("consent_given", {"n": seq}), seq, prev)
                c.execute(
                    "INSERT INTO evidence (seq, type, at, document_id, body, sha256, sm3) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (e.seq, e.type, e.at, None, e.body.decode(), e.sha256, e.sm3),
                )
                prev = e.sha256
            c.execute("INSERT INTO receipts VALUES (2, 'https://p.example', '{}', 'then')")
            c.execute("COMMIT")

        conn.call(old_code_writes)
        assert conn.call(lambda c: schema.migrate(c, str(path))) == schema.LATEST
        assert conn.call(lambda c: [e.seq for e in outbox.pending(c, 100)]) == [1, 3, 4, 5]
        assert conn.call(lambda c: schema.migrate(c, str(path))) == schema.LATEST  # no-op
        assert conn.call(outbox.count) == 4
        assert conn.call(lambda c: chain.verify(c)).ok
    finally:
        conn.close()


def test_attempts_are_counted_and_acknowledge_removes(vault):
    [seq] = queued(vault)
    vault.db.transaction(lambda c: outbox.note_attempt(c, [seq]))
    vault.db.transaction(lambda c: outbox.note_attempt(c, [seq]))
    row = vault.db.call(lambda c: c.execute("SELECT attempts FROM outbox").fetchone())
    assert row[0] == 2
    vault.db.transaction(lambda c: outbox.acknowledge(c, seq))
    assert queued(vault) == []
