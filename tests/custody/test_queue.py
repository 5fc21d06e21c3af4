"""The offline queue: B-B seals upgraded to LTA once a local TSA and revocation sources answer."""

from __future__ import annotations

import pytest

from tests.custody.conftest import SEAL_NAME, approver_key, requester_key
from tests.fixtures.softhsm import ScriptedUser

pytestmark = [pytest.mark.hsm, pytest.mark.net]

PLACEMENT = {"kind": "anchor", "text": "盖章处", "size": 120}


def sealed_offline(vault, people, docs, out):
    """Request, approve and seal ``docs`` at B-B (no network used)."""
    from app.custody.apply import apply_seal
    from app.custody.requests import create_request, decide_request

    with requester_key(people) as key:
        req = create_request(vault, SEAL_NAME, docs, "离线用印", PLACEMENT, key)
    with approver_key(people) as key:
        decide_request(vault, req.id, key, approve=True, reason="")
    return apply_seal(vault, req.id, docs, out, ScriptedUser(), password=b"pw")


def config(server):
    from app.custody.queue import UpgradeConfig
    from crypto.pades.options import TsaConfig

    return UpgradeConfig(TsaConfig(url=server.tsa_url, timeout=3.0))


def test_queue_upgrades_once_tsa_is_up(custody_vault, people, contract, fresh_pki_server,
                                       test_pki, tmp_path):
    from app.custody.queue import queue_entries, queue_summary, run_queue
    from app.evidence import chain
    from tests.fixtures.verify import pyhanko_verdicts

    vault = custody_vault
    fresh_pki_server.set_down("*", "drop")  # offline
    [sealed] = sealed_offline(vault, people, [contract], tmp_path / "out")
    assert sum(fresh_pki_server.hits.values()) == 0, "sealing needs no network"
    [outcome] = run_queue(vault, config(fresh_pki_server))
    assert outcome.status == "failed" and outcome.error.code == "tsa_unavailable"
    entry = queue_entries(vault)[0]
    assert entry.state == "failed" and entry.attempts == 1 and entry.next_attempt > entry.added_at
    assert entry.error().code == "tsa_unavailable"
    assert run_queue(vault, config(fresh_pki_server)) == [], "not due again before its time"
    # TSA back, revocation still down: no half-upgraded file is accepted
    fresh_pki_server.set_up("tsa")
    [outcome] = run_queue(vault, config(fresh_pki_server), force=True)
    assert outcome.status == "failed" and outcome.error.code == "revocation_unavailable"
    fresh_pki_server.set_up("*")
    [outcome] = run_queue(vault, config(fresh_pki_server), force=True)
    assert outcome.status == "upgraded", outcome.error
    assert queue_summary(vault) == {"pending": 0, "failed": 0, "done": 1}
    done = queue_entries(vault)[0]
    new = vault.document(done.upgraded_document_id)
    assert new.id != sealed.document_id
    assert vault.document(sealed.document_id).state == "active", "the original stays"
    upgraded = tmp_path / "upgraded.pdf"
    upgraded.write_bytes(b"".join(vault.read_document(new.id)))
    fresh_pki_server.set_down("*", "drop")
    verdicts = pyhanko_verdicts(upgraded, [test_pki.root.cert], online=False)
    assert verdicts and all(v.indication == "TOTAL-PASSED" for v in verdicts), verdicts
    assert _levels(upgraded, test_pki) == ["B-LTA"]
    types = [e.type for e in vault.events_for(new.id)]
    assert "queue.upgraded" in types
    assert vault.db.call(chain.verify).ok
    assert run_queue(vault, config(fresh_pki_server), force=True) == []


def _levels(path, pki):
    """PAdES levels the review engine finds, offline (an independent check of the upgrade)."""
    from crypto.review.engine import review_file
    from crypto.review.model import ReviewOptions

    opts = ReviewOptions(trust_roots=(pki.root.cert.dump(),), system_trust=False, offline=True,
                         visual=False)
    report = review_file(path, opts)
    return [s.pades_level for s in report.signatures if s.kind == "signature"]
