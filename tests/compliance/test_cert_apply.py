"""`sealdesk cert apply` against the real platform (server/, 127.0.0.1, SQLite): the SMS check
bound to the request, the issuing CA, the PKCS#12 file, the lifecycle notices in the evidence
chain, and a signature with the issued certificate that the review engine validates."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from app.cli.main import main
from app.compliance import agreements, consent
from app.evidence import chain
from app.vault import Vault
from tests.compliance.live_platform import LivePlatform, serving
from tests.fixtures.vault import PASSPHRASE

pytestmark = pytest.mark.net
SIGNER = hashlib.sha256(b"applicant").hexdigest()


@pytest.fixture
def live(tmp_path: Path):
    with serving(tmp_path / "platform", SIGNER) as platform:
        yield platform


@pytest.fixture
def registered_vault(live: LivePlatform, vault_dir: Path, monkeypatch) -> Path:
    from app.sync.device import register
    from app.sync.transport import Endpoint

    monkeypatch.setenv("VPW", PASSPHRASE)
    monkeypatch.setenv("P12PW", "secret-pw")
    with Vault.create(vault_dir, passphrase=PASSPHRASE) as vault:
        register(vault, Endpoint(live.url), live.new_token())
    return vault_dir


def _accept(vault_dir: Path) -> None:
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        consent.accept_required(vault, agreements.load(), "en",
                                {k: True for k in agreements.REQUIRED})


def _apply(vault_dir: Path, out: Path, *extra: str) -> int:
    return main(["cert", "apply", "--name", "张三", "--signer", SIGNER, "-o", str(out),
                 "--password-env", "P12PW", "--vault", str(vault_dir),
                 "--passphrase-env", "VPW", "--sms-code-env", "SMSCODE", "--json", *extra])


class _CodeFromOutbox:
    """Puts the code the platform "sent" into SMSCODE when the CLI reads it."""

    def __init__(self, live: LivePlatform, monkeypatch, wrong: bool = False) -> None:
        import app.cli.env as env

        real = env.secret_from_env

        def read(var, secret):
            if var == "SMSCODE":
                code = live.code_for(live.messages()[-1]["challenge_id"])
                if wrong:
                    code = f"{(int(code) + 1) % 10**6:06d}"
                monkeypatch.setenv("SMSCODE", code)
            return real(var, secret)

        monkeypatch.setattr(env, "secret_from_env", read)


def _events(vault_dir: Path) -> list[dict]:
    with Vault.open(vault_dir, passphrase=PASSPHRASE) as vault:
        return [json.loads(e.body) for e in vault.db.call(lambda c: list(chain.iter_events(c)))]


def test_apply_issues_a_certificate_that_signs_and_validates(live, registered_vault, tmp_path,
                                                             capsys, monkeypatch, contract):
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    from crypto.review.engine import review_file
    from crypto.review.model import Indication, ReviewOptions, SubIndication

    _accept(registered_vault)
    capsys.readouterr()
    _CodeFromOutbox(live, monkeypatch)
    out = tmp_path / "me.p12"
    assert _apply(registered_vault, out, "--ca-out", str(tmp_path / "platform-ca.pem")) == 0
    answer = json.loads(capsys.readouterr().out)
    loaded = pkcs12.load_pkcs12(out.read_bytes(), b"secret-pw")
    assert loaded.cert is not None and loaded.key is not None
    cert = loaded.cert.certificate
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "张三"
    ca = live.platform.issuance.ca.certificate
    assert cert.issuer == ca.subject
    assert (cert.not_valid_after_utc - cert.not_valid_before_utc).days in (365, 364)
    from cryptography.hazmat.primitives import serialization
    der = cert.public_bytes(serialization.Encoding.DER)
    assert answer["certificate_sha256"] == hashlib.sha256(der).hexdigest()
    assert live.issued_count() == 1
    key_file = live.platform.settings.ca_paths()[0]
    assert key_file.parent == live.platform.settings.log_key_path.parent
    assert key_file.stat().st_mode & 0o777 == 0o600

    types = [e["type"] for e in _events(registered_vault)]
    notices = [t for t in types if t.startswith("cert.notice")]
    assert notices == ["cert.notice.before_issuance", "cert.notice.issued"]
    assert types.index("consent.given") < types.index("cert.notice.before_issuance")
    issued = next(e for e in _events(registered_vault) if e["type"] == "cert.notice.issued")
    assert issued["data"]["certificate_sha256"] == answer["certificate_sha256"]
    assert "张三" not in json.dumps(_events(registered_vault), ensure_ascii=False)

    signed = tmp_path / "signed"
    assert main(["sign", str(contract), "--out-dir", str(signed), "--p12", str(out),
                 "--password-env", "P12PW", "--level", "B-B"]) == 0
    pdf = next(signed.iterdir())
    ca_der = ca.public_bytes(serialization.Encoding.DER)
    # --ca-out: the CA the answer named, checked to sign the certificate, saved as PEM
    assert (tmp_path / "platform-ca.pem").read_bytes() == ca.public_bytes(
        serialization.Encoding.PEM)
    assert answer["ca"]["sha256"] == hashlib.sha256(ca_der).hexdigest()
    report = review_file(pdf, ReviewOptions(trust_roots=(ca_der,), system_trust=False,
                                            visual=False, lang="en"))
    sig = report.signatures[0]
    # the chain reaches the platform's CA, the signature is intact and the review fetched the
    # CA's CRL from the URL in the certificate (tests/compliance/test_cert_revocation.py)
    assert (sig.indication, sig.sub_indication) == (Indication.TOTAL_PASSED, None), sig
    untrusted = review_file(pdf, ReviewOptions(trust_roots=(), system_trust=False,
                                               visual=False, lang="en")).signatures[0]
    assert untrusted.sub_indication != SubIndication.TRY_LATER, untrusted


def test_a_wrong_code_issues_nothing_and_writes_no_file(live, registered_vault, tmp_path,
                                                        capsys, monkeypatch):
    _accept(registered_vault)
    capsys.readouterr()
    _CodeFromOutbox(live, monkeypatch, wrong=True)
    out = tmp_path / "me.p12"
    assert _apply(registered_vault, out) == 1
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "sms_wrong_code"
    assert not out.exists() and not list(tmp_path.glob(".me.p12*"))
    assert live.issued_count() == 0
    types = [e["type"] for e in _events(registered_vault)]
    assert "cert.notice.issued" not in types and "cert.notice.before_issuance" not in types


def test_without_consent_nothing_is_asked(live, registered_vault, tmp_path, capsys,
                                          monkeypatch):
    monkeypatch.setenv("SMSCODE", "000000")
    out = tmp_path / "me.p12"
    assert _apply(registered_vault, out) == 1
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "consent_required"
    assert live.messages() == [] and not out.exists() and live.issued_count() == 0


def test_the_platform_refuses_a_request_without_its_verified_check(live, registered_vault):
    from app.compliance import issuance
    from app.compliance.errors import PlatformRefused
    from app.compliance.platform import intent_services

    with Vault.open(registered_vault, passphrase=PASSPHRASE) as vault, \
            intent_services(vault, SIGNER) as services:
        first = issuance.new_application("A")
        challenge = services.sms.start(first.request_sha256)
        services.sms.verify(challenge, live.code_for(challenge.challenge_id))
        other = issuance.new_application("B")  # a different request: the check does not cover it
        with pytest.raises(PlatformRefused):
            issuance.request_certificate(services.sms, other, challenge.challenge_id)
        issuance.request_certificate(services.sms, first, challenge.challenge_id)
        with pytest.raises(PlatformRefused):  # a check issues once
            issuance.request_certificate(services.sms, first, challenge.challenge_id)
    assert live.issued_count() == 1


def _self_signed_pem(name: str) -> bytes:
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=1))
            .sign(key, hashes.SHA256()))
    return cert.public_bytes(serialization.Encoding.PEM)


@pytest.mark.unit
def test_save_ca_never_replaces_another_file(tmp_path):
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    from app.compliance.issuance import save_ca
    from crypto import errors

    ours, other = _self_signed_pem("Platform CA"), _self_signed_pem("Another CA")
    target = tmp_path / "ca.pem"
    assert save_ca(ours, target) == target.resolve() and target.read_bytes() == ours
    assert save_ca(ours, target) == target.resolve()  # the same certificate: kept
    der = tmp_path / "ca.der"  # the same certificate in DER: kept as it is
    der.write_bytes(x509.load_pem_x509_certificate(ours).public_bytes(
        serialization.Encoding.DER))
    assert save_ca(ours, der) == der.resolve() and der.read_bytes()[:1] == b"\x30"
    for content in (other, b"my notes\n"):  # another certificate, or not one at all
        target.write_bytes(content)
        with pytest.raises(errors.OutputExists):
            save_ca(ours, target)
        assert target.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ca.der", "ca.pem"]  # no temp files


def test_ca_out_never_overwrites_another_file(live, registered_vault, tmp_path, capsys,
                                              monkeypatch):
    _accept(registered_vault)
    capsys.readouterr()
    _CodeFromOutbox(live, monkeypatch)
    out, ca_out = tmp_path / "me.p12", tmp_path / "ca.pem"
    ca_out.write_text("my notes\n")  # not a certificate: refused before anything is sent
    assert _apply(registered_vault, out, "--ca-out", str(ca_out)) == 1
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "output_exists"
    assert live.messages() == [] and live.issued_count() == 0 and not out.exists()
    assert ca_out.read_text() == "my notes\n"
    other = _self_signed_pem("An older CA")  # a certificate, but not the platform's
    ca_out.write_bytes(other)
    assert _apply(registered_vault, out, "--ca-out", str(ca_out)) == 1
    answer = json.loads(capsys.readouterr().out)
    assert answer["error"]["code"] == "output_exists" and answer["ca"] is None
    assert out.exists() and answer["output"] == str(out.resolve())  # issued and stored
    assert live.issued_count() == 1 and ca_out.read_bytes() == other
