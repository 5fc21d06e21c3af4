"""Bad input gets a clear error, no partial output, and an untouched input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli.main import main
from tests.fixtures.docs import sha256

pytestmark = pytest.mark.net


@pytest.fixture(scope="module")
def p12_files(test_pki, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("keys")
    out = {}
    for name in ("seal-rsa", "expired", "not-yet-valid", "no-sign-usage", "revoked"):
        path = folder / f"{name}.p12"
        path.write_bytes(test_pki[name].to_pkcs12(b"pw"))
        out[name] = path
    return out


@pytest.fixture(autouse=True)
def _p12_password(monkeypatch):
    monkeypatch.setenv("P12PW", "pw")


def run(capsys, *args: str) -> tuple[int, dict]:
    code = main(["sign", *args, "--json"])
    captured = capsys.readouterr()
    return code, json.loads(captured.out)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def error_of(doc: dict) -> dict:
    if "error" in doc:
        return doc["error"]
    return doc["files"][0]["error"]


def check_failed(capsys, src: Path, code_expected: str, *extra: str, key: str = "seal-rsa", p12_files=None):
    out_dir = src.parent / "out"
    out_dir.mkdir(exist_ok=True)
    out = out_dir / "signed.pdf"
    before = sha256(src) if src.is_file() else None
    code, doc = run(
        capsys, str(src), "-o", str(out), "--p12", str(p12_files[key]), "--password-env", "P12PW",
        "--level", "B-B", *extra,
    )
    assert code == 1, doc
    err = error_of(doc)
    assert err["code"] == code_expected, err
    assert err["kind"] == "user"
    assert err["message"] and "Traceback" not in err["message"]
    assert not out.exists()
    assert leftovers(out_dir) == []
    if before is not None:
        assert sha256(src) == before
    return err


def test_not_a_pdf(tmp_path, capsys, p12_files):
    src = tmp_path / "notes.pdf"
    src.write_text("just some text, not a PDF\n")
    check_failed(capsys, src, "not_a_pdf", p12_files=p12_files)


def test_truncated_pdf(tmp_path, capsys, contract, p12_files):
    src = tmp_path / "truncated.pdf"
    data = contract.read_bytes()
    src.write_bytes(data[: len(data) // 2])
    check_failed(capsys, src, "damaged_pdf", p12_files=p12_files)


def test_missing_input(tmp_path, capsys, p12_files):
    check_failed(capsys, tmp_path / "nope.pdf", "input_error", p12_files=p12_files)


@pytest.mark.parametrize(
    "key, code",
    [
        ("expired", "certificate_expired"),
        ("not-yet-valid", "certificate_not_yet_valid"),
        ("no-sign-usage", "certificate_error"),
    ],
)
def test_unusable_certificate(key, code, contract, capsys, p12_files):
    check_failed(capsys, contract, code, key=key, p12_files=p12_files)


def test_revoked_certificate_at_lt(contract, capsys, p12_files, pki_server):
    err = check_failed(
        capsys, contract, "certificate_revoked", "--level", "B-LT", "--tsa", pki_server.tsa_url,
        key="revoked", p12_files=p12_files,
    )
    assert "revoked" in err["message"].lower()


def test_wrong_p12_password(contract, capsys, p12_files, monkeypatch):
    monkeypatch.setenv("P12PW", "wrong")
    check_failed(capsys, contract, "key_file", p12_files=p12_files)


@pytest.mark.parametrize("mode", ["503", "drop"])
def test_tsa_down(mode, contract, capsys, p12_files, fresh_pki_server):
    fresh_pki_server.set_down("tsa", mode)
    check_failed(
        capsys, contract, "tsa_unavailable", "--level", "B-T", "--tsa", fresh_pki_server.tsa_url,
        p12_files=p12_files,
    )


def test_output_exists_is_refused(contract, tmp_path, capsys, p12_files):
    out = tmp_path / "exists.pdf"
    out.write_bytes(b"keep me")
    code, doc = run(capsys, str(contract), "-o", str(out), "--p12", str(p12_files["seal-rsa"]),
                    "--password-env", "P12PW", "--level", "B-B")
    assert code == 1
    assert error_of(doc)["code"] == "output_exists"
    assert out.read_bytes() == b"keep me"
    code, doc = run(capsys, str(contract), "-o", str(out), "--p12", str(p12_files["seal-rsa"]),
                    "--password-env", "P12PW", "--level", "B-B", "--overwrite")
    assert code == 0, doc
    assert out.read_bytes().startswith(b"%PDF")


def test_output_not_writable(contract, tmp_path, capsys, p12_files):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")  # writing "into" a file fails even for root
    code, doc = run(capsys, str(contract), "-o", str(blocker / "x.pdf"), "--p12",
                    str(p12_files["seal-rsa"]), "--password-env", "P12PW", "--level", "B-B")
    assert code == 1
    assert error_of(doc)["code"] == "output_error"


def test_output_folder_missing(contract, tmp_path, capsys, p12_files):
    code, doc = run(capsys, str(contract), "-o", str(tmp_path / "no" / "such" / "x.pdf"), "--p12",
                    str(p12_files["seal-rsa"]), "--password-env", "P12PW", "--level", "B-B")
    assert code == 1
    assert error_of(doc)["code"] == "output_error"


def test_level_needs_tsa(contract, tmp_path, capsys, p12_files):
    code = main(["sign", str(contract), "-o", str(tmp_path / "x.pdf"), "--p12",
                 str(p12_files["seal-rsa"]), "--password-env", "P12PW", "--level", "B-T"])
    assert code == 2
    assert "--tsa" in capsys.readouterr().err


def test_missing_pin_env_is_clear(contract, tmp_path, capsys, p12_files, monkeypatch):
    monkeypatch.delenv("P12PW")
    code = main(["sign", str(contract), "-o", str(tmp_path / "x.pdf"), "--p12",
                 str(p12_files["seal-rsa"]), "--password-env", "P12PW", "--level", "B-B"])
    assert code == 1
    assert "P12PW" in capsys.readouterr().err


def test_wrong_key_is_caught_before_anything_is_written(contract, test_pki, tmp_path):
    """A key source that signs with another key (a confused token) never produces a file."""
    from app.signing.batch import BatchSigner, FileJob
    from crypto.pades.engine import DocumentSigner
    from crypto.pades.options import SignatureLevel, SignOptions
    from crypto.tokens.soft import SoftKeySession, SoftKeySigner

    seal, person = test_pki["seal-rsa"], test_pki["person-rsa"]
    confused = SoftKeySigner(person.key, seal.cert, seal.chain[1:])
    cert = SoftKeySession(seal.key, seal.cert, seal.chain[1:], "seal").certificates()[0]
    doc_signer = DocumentSigner(confused, SignOptions(level=SignatureLevel.B_B))
    out = tmp_path / "out" / "signed.pdf"
    out.parent.mkdir()
    [result] = BatchSigner(doc_signer, cert).run([FileJob(contract, out)])
    assert result.status == "failed"
    assert result.error.code == "verification_failed"
    assert not out.exists() and list(out.parent.iterdir()) == []
