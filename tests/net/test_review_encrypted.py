"""Password-protected signed PDFs: reviewed fully with the password, a clear answer without it.

Samples come from the corpus generators (tests/data/review/encrypted.py): the payment order
encrypted by MuPDF (RC4 and AES, user password), signed by our signer.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.cli.main import main
from crypto.review.engine import review_file
from crypto.review.model import Indication, Integrity, ReviewOptions
from tests.data.review.encrypted import METHODS, USER_PASSWORD
from tests.data.review.make_corpus import build_corpus

pytestmark = pytest.mark.net

PW_ENV = "SEALDESK_REVIEW_TEST_PDF_PASSWORD"


@pytest.fixture(scope="module")
def samples(pki_server, tmp_path_factory) -> dict[str, Path]:
    names = [*(f"legit_enc_{m}" for m in METHODS), "legit_enc_empty_password", "isa_encrypted"]
    return build_corpus(tmp_path_factory.mktemp("encrypted"), pki_server.pki,
                        tsa_url=pki_server.tsa_url, names=names)


def _review(path: Path, test_pki, password: str | None = None, **kw) -> object:  # type: ignore[no-untyped-def]
    return review_file(path, ReviewOptions(
        trust_roots=(test_pki.root.cert.dump(),), system_trust=False, lang="en",
        password=password, **kw))


@pytest.mark.parametrize("method", sorted(METHODS))
def test_encrypted_file_is_reviewed_with_its_password(method, samples, test_pki):
    report = _review(samples[f"legit_enc_{method}"], test_pki, USER_PASSWORD)
    assert report.integrity is Integrity.UNCHANGED, report
    assert report.passed and not report.needs_password
    sig = report.signatures[0]
    assert (sig.intact, sig.crypto_valid, sig.coverage) == (True, True, "ENTIRE_FILE")


@pytest.mark.parametrize("method", ["rc4_40", "aes256"])
def test_without_or_with_a_wrong_password_it_asks(method, samples, test_pki):
    path = samples[f"legit_enc_{method}"]
    missing = _review(path, test_pki)
    assert missing.integrity is Integrity.ERROR and not missing.passed
    assert missing.needs_password and not missing.signatures
    assert "give its password" in missing.error and "--password-env" in missing.error
    wrong = _review(path, test_pki, "not-it")
    assert wrong.integrity is Integrity.ERROR and wrong.needs_password
    assert "does not open it" in wrong.error
    assert "not-it" not in repr(ReviewOptions(password="not-it"))  # never in logs


def test_empty_user_password_opens_without_asking(samples, test_pki):
    report = _review(samples["legit_enc_empty_password"], test_pki)
    assert report.integrity is Integrity.UNCHANGED and report.passed, report
    # a password given for nothing does no harm
    assert _review(samples["legit_enc_empty_password"], test_pki, "unused").passed


def test_attack_on_an_encrypted_file_is_seen(samples, test_pki):
    report = _review(samples["isa_encrypted"], test_pki, USER_PASSWORD)
    assert report.integrity is Integrity.MANIPULATED, report
    assert report.signatures[0].indication is not Indication.TOTAL_PASSED
    assert report.visual_difference is True and report.differing_pages == [1]
    details = " ".join(c.detail for c in report.changes)
    assert "page 1: /Contents changed" in details
    assert "DecryptedObjectProxy" not in details  # names read decrypted, not as Python objects


def test_cli_password_env(samples, test_pki, tmp_path, capsys):
    root = tmp_path / "root.pem"
    root.write_bytes(test_pki.root.cert_pem())
    path = str(samples["legit_enc_aes128"])
    base = [path, "--trust", str(root), "--no-system-trust", "--lang", "en", "--json"]
    os.environ[PW_ENV] = USER_PASSWORD
    try:
        revisions = tmp_path / "revisions"
        assert main(["verify", *base, "--password-env", PW_ENV,
                     "--extract-revisions", str(revisions)]) == 0
        doc = json.loads(capsys.readouterr().out)
        assert doc["files"][0]["integrity"] == "UNCHANGED"
        assert len(list(revisions.rglob("*.pdf"))) == 1  # what was signed, still encrypted
        assert "needs_password" not in doc["files"][0]  # the JSON schema is unchanged
        assert main(["verify", *base]) == 1
        entry = json.loads(capsys.readouterr().out)["files"][0]
        assert entry["integrity"] == "ERROR" and "--password-env" in entry["error"]
    finally:
        os.environ.pop(PW_ENV, None)
    assert main(["verify", *base, "--password-env", PW_ENV]) == 1  # variable not set
    said = capsys.readouterr()
    assert f"environment variable {PW_ENV}, which is not set" in said.out + said.err
