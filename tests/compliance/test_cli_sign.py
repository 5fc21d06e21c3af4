"""`sealdesk sign --vault`: before-use, intent (PIN / key password) and after-use as evidence."""

from __future__ import annotations

import json

import pytest

from app.cli.main import main
from app.compliance import agreements, consent
from app.evidence import chain
from app.vault import Vault
from tests.fixtures.docs import make_batch, sha256
from tests.fixtures.vault import PASSPHRASE

pytestmark = pytest.mark.net


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("P12PW", "pw")
    monkeypatch.setenv("VPW", PASSPHRASE)


def _sign(files, out_dir, seal_p12, vault_dir, *extra):
    return main(["sign", *map(str, files), "--out-dir", str(out_dir), "--p12", str(seal_p12),
                 "--password-env", "P12PW", "--level", "B-B", "--vault", str(vault_dir),
                 "--vault-passphrase-env", "VPW", *extra])


def _accept(vault_dir, *kinds):
    agree = [a for kind in kinds for a in ("--i-agree", kind)]
    return main(["consent", "accept", *kinds, *agree, "--vault", str(vault_dir),
                 "--passphrase-env", "VPW", "--json"])


def test_cli_refuses_to_sign_before_the_agreements_are_accepted(contract, seal_p12, tmp_path,
                                                                capsys, vault_dir):
    Vault.create(vault_dir, passphrase=PASSPHRASE).close()
    out = tmp_path / "out"
    code = _sign([contract], out, seal_p12, vault_dir, "--json")
    doc = json.loads(capsys.readouterr().out)
    assert code == 1 and doc["error"]["code"] == "consent_required"
    assert "consent accept" in doc["error"]["message"]  # says what to do in the CLI
    assert not out.exists() or not list(out.iterdir())  # nothing signed
    assert _accept(vault_dir, *agreements.REQUIRED[:2]) == 0  # two of three: still refused
    capsys.readouterr()
    assert _sign([contract], out, seal_p12, vault_dir, "--json") == 1
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "consent_required"
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        assert v.list_documents() == []
        types = [e.type for e in v.db.call(lambda c: list(chain.iter_events(c)))]
        assert "cert.notice.before_use" not in types and "intent.checked" not in types


def test_cli_records_the_lifecycle_in_order(contract_template, seal_p12, tmp_path, capsys,
                                            vault_dir):
    Vault.create(vault_dir, passphrase=PASSPHRASE).close()
    assert _accept(vault_dir, *agreements.REQUIRED) == 0
    capsys.readouterr()
    files = make_batch(contract_template, tmp_path / "in", 2)
    assert _sign(files, tmp_path / "out", seal_p12, vault_dir) == 0
    err = capsys.readouterr().err
    assert all(f"will now sign {f.name}" in err for f in files)  # the before-use notice
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        events = v.db.call(lambda c: list(chain.iter_events(c)))
        ours = [e for e in events if e.type.startswith(("cert.", "intent."))]
        assert [e.type for e in ours] == ["cert.notice.before_use"] * 2 + [
            "intent.checked"] * 2 + ["cert.notice.after_use"] * 2
        data = [json.loads(e.body)["data"] for e in ours]
        sources = [sha256(f) for f in files]
        assert [d["document_sha256"] for d in data] == sources * 3
        assert {d["certificate_sha256"] for d in data} == {
            v.list_documents()[0].signers[0]["certificate_sha256"]}
        assert {d["method"] for d in data[2:4]} == {"key_file_password"}
        outputs = {r.sha256: r.id for r in v.list_documents()}
        for e, d in zip(ours[4:], data[4:]):
            assert outputs[d["signed_sha256"]] == e.document  # bound to the archived contract
        first_signature = min(r.signed_at for r in v.list_documents())
        assert ours[3].at[:19] <= first_signature  # intent recorded before any signature
        assert v.db.call(chain.verify).ok


def test_cli_refuses_to_sign_after_consent_was_withdrawn(contract, seal_p12, tmp_path, capsys,
                                                         vault_dir):
    with Vault.create(vault_dir, passphrase=PASSPHRASE) as v:
        consent.accept_required(v, agreements.load(), "en",
                                dict.fromkeys(agreements.REQUIRED, True))
        consent.withdraw(v, agreements.CERTIFICATE)
    code = _sign([contract], tmp_path / "out", seal_p12, vault_dir, "--json")
    doc = json.loads(capsys.readouterr().out)
    assert code != 0 and doc["error"]["code"] == "consent_required"
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def _renewals(vault_dir):
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        events = v.db.call(lambda c: list(chain.iter_events(c)))
    return [json.loads(e.body)["data"]["consent"] for e in events
            if e.type == "cert.notice.renewal"], [e.type for e in events]


def test_cli_asks_renewal_consent_at_the_next_signing(contract_template, tmp_path, capsys,
                                                      vault_dir):
    from tests.compliance.conftest import short_lived_p12

    Vault.create(vault_dir, passphrase=PASSPHRASE).close()
    assert _accept(vault_dir, *agreements.REQUIRED) == 0
    p12 = short_lived_p12(tmp_path / "soon.p12", 5)
    files = make_batch(contract_template, tmp_path / "in", 3)
    capsys.readouterr()
    # not a terminal, no --renewal: told, put off to the next signing, signed anyway
    assert _sign(files[:1], tmp_path / "out1", p12, vault_dir) == 0
    err = capsys.readouterr().err
    assert "expires on" in err and "4 days left" in err and "--renewal" in err
    assert _renewals(vault_dir)[0] == ["deferred"]
    assert _sign(files[1:2], tmp_path / "out2", p12, vault_dir, "--renewal", "agree") == 0
    assert "expires on" in capsys.readouterr().err  # asked again, answered
    assert _sign(files[2:], tmp_path / "out3", p12, vault_dir, "--renewal", "decline") == 0
    assert "expires on" not in capsys.readouterr().err  # answered: not asked again
    consents, types = _renewals(vault_dir)
    assert consents == ["deferred", "at_signing"] and types.count("cert.notice.after_use") == 3
    first_renewal = types.index("cert.notice.renewal")
    assert first_renewal < types.index("cert.notice.before_use")


def test_cli_renewal_declined_is_recorded_and_signs(contract, tmp_path, capsys, vault_dir):
    from tests.compliance.conftest import short_lived_p12

    Vault.create(vault_dir, passphrase=PASSPHRASE).close()
    assert _accept(vault_dir, *agreements.REQUIRED) == 0
    p12 = short_lived_p12(tmp_path / "soon.p12", 5)
    capsys.readouterr()
    assert _sign([contract], tmp_path / "out", p12, vault_dir, "--renewal", "decline",
                 "--json") == 0
    assert json.loads(capsys.readouterr().out)["files"]  # stdout stays JSON
    assert _renewals(vault_dir)[0] == ["declined"]
    assert list((tmp_path / "out").iterdir())


def test_a_rerun_after_a_crash_before_archiving_archives_once(contract_template, seal_p12,
                                                              tmp_path, capsys, vault_dir):
    """The journal is gone once every file is signed; a crash before the vault took them used
    to leave the rerun refusing every file as "output exists" (found in review)."""
    Vault.create(vault_dir, passphrase=PASSPHRASE).close()
    assert _accept(vault_dir, *agreements.REQUIRED) == 0
    files = make_batch(contract_template, tmp_path / "in", 2)
    out = tmp_path / "out"
    # the state such a crash leaves: both outputs signed, the journal finished, nothing archived
    assert main(["sign", *map(str, files), "--out-dir", str(out), "--p12", str(seal_p12),
                 "--password-env", "P12PW", "--level", "B-B"]) == 0
    signed = {p.name: p.read_bytes() for p in out.iterdir()}
    for _ in range(2):  # the rerun, then once more: archived once, nothing signed again
        capsys.readouterr()
        assert _sign(files, out, seal_p12, vault_dir, "--json") == 0
        doc = json.loads(capsys.readouterr().out)
        assert [f["status"] for f in doc["files"]] == ["skipped", "skipped"]
        assert {p.name: p.read_bytes() for p in out.iterdir()} == signed
        with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
            assert len(v.list_documents()) == 2
            types = [e.type for e in v.db.call(lambda c: list(chain.iter_events(c)))]
        assert types.count("cert.notice.after_use") == 2


def test_an_output_signed_by_someone_else_is_still_refused(contract, seal_p12, test_pki,
                                                            tmp_path, capsys):
    other = tmp_path / "other.p12"
    other.write_bytes(test_pki["seal-ec"].to_pkcs12(b"pw"))
    out = tmp_path / "signed.pdf"
    assert main(["sign", str(contract), "-o", str(out), "--p12", str(other),
                 "--password-env", "P12PW", "--level", "B-B"]) == 0
    before = out.read_bytes()
    capsys.readouterr()
    assert main(["sign", str(contract), "-o", str(out), "--p12", str(seal_p12),
                 "--password-env", "P12PW", "--level", "B-B", "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["files"][0]["error"]["code"] == "output_exists"
    assert out.read_bytes() == before


def test_a_rerun_notices_only_the_files_it_signs(contract_template, seal_p12, tmp_path, capsys,
                                                 vault_dir):
    """Found in review: a rerun recorded before-use and intent again for files an earlier run
    had signed.  Now only the files signed now; the batch stays the whole reviewed list."""
    Vault.create(vault_dir, passphrase=PASSPHRASE).close()
    assert _accept(vault_dir, *agreements.REQUIRED) == 0
    files = make_batch(contract_template, tmp_path / "in", 3)
    out = tmp_path / "out"
    out.mkdir()
    blocker = out / f"{files[1].stem}.signed.pdf"
    blocker.write_bytes(b"someone else's file")  # the second file fails: output exists
    capsys.readouterr()
    assert _sign(files, out, seal_p12, vault_dir) == 1
    err = capsys.readouterr().err
    assert all(f"will now sign {f.name}" in err for f in files)
    blocker.unlink()
    assert _sign(files, out, seal_p12, vault_dir) == 0
    err = capsys.readouterr().err
    assert f"will now sign {files[1].name}" in err
    assert f"will now sign {files[0].name}" not in err  # signed by the first run
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        events = v.db.call(lambda c: list(chain.iter_events(c)))
    data = {t: [json.loads(e.body)["data"] for e in events if e.type == t]
            for t in ("cert.notice.before_use", "intent.checked", "cert.notice.after_use")}
    sources = [sha256(f) for f in files]
    used = sorted([*sources, sources[1]])  # the failed file was about to be signed twice
    assert sorted(d["document_sha256"] for d in data["cert.notice.before_use"]) == used
    assert sorted(d["document_sha256"] for d in data["intent.checked"]) == used
    assert sorted(d["document_sha256"] for d in data["cert.notice.after_use"]) == sorted(sources)
    assert len({d["batch"] for v in data.values() for d in v}) == 1  # one reviewed list
    assert {d["batch_size"] for v in data.values() for d in v} == {3}


def test_a_signed_copy_changed_afterwards_is_not_taken_as_done(contract, seal_p12, tmp_path,
                                                                capsys, vault_dir):
    """Without a journal, an output counts as done only if our review finds it unchanged since
    it was signed: a copy changed after signing is refused, never archived as ours."""
    import pymupdf

    Vault.create(vault_dir, passphrase=PASSPHRASE).close()
    assert _accept(vault_dir, *agreements.REQUIRED) == 0
    out = tmp_path / "out"
    assert main(["sign", str(contract), "--out-dir", str(out), "--p12", str(seal_p12),
                 "--password-env", "P12PW", "--level", "B-B"]) == 0
    [signed] = list(out.iterdir())
    with pymupdf.open(signed) as doc:  # an incremental update drawing over page 1
        doc[0].draw_rect(pymupdf.Rect(50, 50, 400, 200), color=(1, 0, 0), fill=(1, 1, 1))
        doc.saveIncr()
    changed = signed.read_bytes()
    capsys.readouterr()
    assert _sign([contract], out, seal_p12, vault_dir, "--json") == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["files"][0]["error"]["code"] == "output_exists"
    assert signed.read_bytes() == changed
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as v:
        assert v.list_documents() == []
