"""Writing a demo/test PKI to a folder and reading it back.

Layout of the folder (``<name>`` is ``root``, ``intermediate``, ``tsa``, ``ocsp`` or a leaf name
such as ``seal-rsa``)::

    pki.json             manifest: base URL, company, identities (role, issuer), revocations
    <name>.pem           certificate, PEM
    <name>.der           certificate, DER
    <name>-chain.pem     certificate followed by its issuers up to the root (not for the root)
    <name>.key           private key, unencrypted PKCS#8 PEM, mode 0600 (when the key is known)
    <name>.p12           PKCS#12 with key, certificate and issuers, mode 0600 (when the key is
                         known); password ``sealdesk`` unless another one was given

The folder itself is created 0700.  Files are written atomically.  The trust anchor for
validators is ``root.pem``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from .model import DEMO_P12_PASSWORD, Identity, Pki, Revocation, SigningKey

MANIFEST = "pki.json"
FORMAT = "sealdesk-demo-pki/1"


def save_pki(pki: Pki, directory: Path, *, p12_password: bytes | None = DEMO_P12_PASSWORD) -> Path:
    """Write every file of the layout above; returns ``directory``."""
    if not directory.exists():
        directory.mkdir(mode=0o700, parents=True)
    identities = pki.identities
    for name, identity in identities.items():
        _write(directory / f"{name}.pem", identity.cert_pem())
        _write(directory / f"{name}.der", identity.cert_der())
        if identity.issuer is not None:
            _write(directory / f"{name}-chain.pem", identity.chain_pem())
        if identity.key is not None:
            _write(directory / f"{name}.key", identity.key_pem(), private=True)
            _write(directory / f"{name}.p12", identity.to_pkcs12(p12_password), private=True)
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "base_url": pki.base_url,
        "company": pki.company,
        "company_en": pki.company_en,
        "credit_code": pki.credit_code,
        "created": pki.created.isoformat(),
        "identities": [
            {
                "name": name,
                "role": _role(name),
                "issuer": identity.issuer,
                "serial": format(identity.serial, "x"),
                "has_key": identity.key is not None,
            }
            for name, identity in identities.items()
        ],
        "revocations": [
            {
                "serial": format(r.serial, "x"),
                "issuer": r.issuer,
                "time": r.time.isoformat(),
                "reason": r.reason.value,
            }
            for r in pki.revocations.values()
        ],
    }
    text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
    _write(directory / MANIFEST, text.encode())
    return directory


def load_pki(directory: Path) -> Pki:
    """Read a folder written by :func:`save_pki`."""
    try:
        manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"{directory} holds no readable demo PKI ({exc})") from exc
    if manifest.get("format") != FORMAT:
        raise ValueError(f"{directory / MANIFEST} is not a {FORMAT} manifest")
    records = {r["name"]: r for r in manifest["identities"]}
    loaded: dict[str, Identity] = {}

    def load(name: str) -> Identity:
        if name in loaded:
            return loaded[name]
        record = records[name]
        issuer = load(record["issuer"]) if record["issuer"] else None
        cert = asn1_x509.Certificate.load((directory / f"{name}.der").read_bytes())
        key = _read_key(directory / f"{name}.key") if record["has_key"] else None
        chain = (cert, *(issuer.chain if issuer else ()))
        loaded[name] = Identity(name, cert, key, chain, record["issuer"])
        return loaded[name]

    for name in records:
        load(name)
    leaves = {n: loaded[n] for n, r in records.items() if r["role"] == "leaf"}
    revocations = {
        int(r["serial"], 16): Revocation(
            int(r["serial"], 16),
            r["issuer"],
            dt.datetime.fromisoformat(r["time"]),
            x509.ReasonFlags(r["reason"]),
        )
        for r in manifest["revocations"]
    }
    return Pki(
        base_url=manifest["base_url"],
        root=loaded["root"],
        intermediate=loaded["intermediate"],
        tsa=loaded["tsa"],
        ocsp=loaded["ocsp"],
        leaves=leaves,
        revocations=revocations,
        company=manifest["company"],
        company_en=manifest["company_en"],
        credit_code=manifest["credit_code"],
        created=dt.datetime.fromisoformat(manifest["created"]),
    )


def _role(name: str) -> str:
    return name if name in ("root", "intermediate", "tsa", "ocsp") else "leaf"


def _read_key(path: Path) -> SigningKey:
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, SigningKey):
        raise ValueError(f"{path} holds neither an RSA nor an EC private key")
    return key


def _write(path: Path, data: bytes, *, private: bool = False) -> None:
    """Atomic write: temporary file in the same folder, fsync, rename."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600 if private else 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
