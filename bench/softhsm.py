"""The benchmark's own SoftHSM token (private SOFTHSM2_CONF in a temp dir) and an NSS database
that reaches it (for pdfsig).

The token holds the seal's RSA-2048 private key, public key and certificate under CKA_ID 01 and
label ``seal``, plus the issuing and root CA certificates.  The user PIN is random per run.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from bench.workload import KeyFiles

TOKEN_LABEL = "SealDesk Bench"
KEY_LABEL = "seal"
KEY_ID = "01"
MODULE_ENV = "SEALDESK_SOFTHSM_MODULE"
MODULE_CANDIDATES = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib64/pkcs11/libsofthsm2.so",
    "/usr/local/lib/softhsm/libsofthsm2.so",
)


class SetupError(RuntimeError):
    """The bench could not prepare a token or a tool (says what is missing)."""


@dataclass(frozen=True)
class BenchToken:
    """A SoftHSM token made for this run."""

    module: str
    conf: Path
    pin: str = field(repr=False)
    token_label: str = TOKEN_LABEL
    key_label: str = KEY_LABEL

    @property
    def uri(self) -> str:
        """RFC 7512 URI of the key, with the module path as a query attribute."""
        return (
            f"pkcs11:token={quote(self.token_label)};object={quote(self.key_label)}"
            f"?module-path={quote(self.module, safe='/')}"
        )

    @property
    def nss_nickname(self) -> str:
        """How NSS names the certificate on the token: "token label:cert label"."""
        return f"{self.token_label}:{self.key_label}"

    def env(self, base: Mapping[str, str]) -> dict[str, str]:
        """``base`` plus the private SoftHSM configuration."""
        return {**base, "SOFTHSM2_CONF": str(self.conf)}


def find_module() -> str:
    """libsofthsm2 on this machine ($SEALDESK_SOFTHSM_MODULE first)."""
    configured = os.environ.get(MODULE_ENV)
    if configured:
        return configured
    for path in MODULE_CANDIDATES:
        if os.path.isfile(path):
            return path
    raise SetupError(f"libsofthsm2.so not found (install softhsm2, or set ${MODULE_ENV})")


def tool(name: str, package: str) -> str:
    """Full path of a system tool, or a SetupError naming the Debian package."""
    path = shutil.which(name)
    if path is None:
        raise SetupError(f"{name} not found: apt-get install {package} (or run `make sysdeps`)")
    return path


def _run(argv: list[str], env: Mapping[str, str], what: str) -> str:
    proc = subprocess.run(argv, env=dict(env), capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        output = (proc.stderr or proc.stdout)[-500:]
        raise SetupError(f"{what} failed ({proc.returncode}): {output}")
    return proc.stdout


def create_token(folder: Path, keys: KeyFiles) -> BenchToken:
    """Initialise a token in ``folder`` and import the seal key, its certificate and the CAs."""
    module = find_module()
    tokens = folder / "tokens"
    tokens.mkdir(parents=True, exist_ok=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(
        f"directories.tokendir = {tokens}\nobjectstore.backend = file\n"
        "log.level = ERROR\nslots.removable = false\n",
        encoding="utf-8",
    )
    token = BenchToken(module=module, conf=conf, pin=f"{secrets.randbelow(10**8):08d}")
    env = token.env(os.environ)
    so_pin = secrets.token_hex(8)
    # softhsm2-util and pkcs11-tool only take PINs as arguments; this token is throwaway
    _run([tool("softhsm2-util", "softhsm2"), "--init-token", "--free", "--label", TOKEN_LABEL,
          "--pin", token.pin, "--so-pin", so_pin], env, "softhsm2-util --init-token")
    p11 = [tool("pkcs11-tool", "opensc"), "--module", module, "--token-label", TOKEN_LABEL,
           "--login", "--pin", token.pin]
    objects = [
        (keys.key_pem, "privkey", KEY_ID, KEY_LABEL),
        (keys.public_pem, "pubkey", KEY_ID, KEY_LABEL),
        (keys.cert_der, "cert", KEY_ID, KEY_LABEL),
        (_der(keys.ca_pems[0], folder), "cert", "02", "issuing-ca"),
        (_der(keys.ca_pems[1], folder), "cert", "03", "root-ca"),
    ]
    for path, kind, key_id, label in objects:
        _run([*p11, "--write-object", str(path), "--type", kind, "--id", key_id,
              "--label", label], env, f"pkcs11-tool --write-object {kind} {label}")
    keys.key_pem.unlink()  # the key now lives on the token only (the p12 stand-in keeps a copy)
    listing = _run([*p11, "--list-objects"], env, "pkcs11-tool --list-objects")
    if "Private Key Object; RSA" not in listing:
        raise SetupError("the RSA private key did not arrive on the bench token")
    return token


def _der(pem: Path, folder: Path) -> Path:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    cert = x509.load_pem_x509_certificate(pem.read_bytes())
    out = folder / (pem.stem + ".der")
    out.write_bytes(cert.public_bytes(serialization.Encoding.DER))
    return out


def create_nss_db(folder: Path, token: BenchToken) -> Path:
    """An NSS database (no password) with the SoftHSM module registered, for pdfsig."""
    folder.mkdir(parents=True, exist_ok=True)
    env = token.env(os.environ)
    _run([tool("certutil", "libnss3-tools"), "-N", "-d", f"sql:{folder}", "--empty-password"],
         env, "certutil -N")
    _run([tool("modutil", "libnss3-tools"), "-dbdir", f"sql:{folder}", "-add", "SoftHSM Bench",
          "-libfile", token.module, "-force"], env, "modutil -add")
    return folder


def create_verify_db(folder: Path) -> Path:
    """An empty NSS database for pdfsig's verification (so it never reads the user's ~/.pki)."""
    folder.mkdir(parents=True, exist_ok=True)
    _run([tool("certutil", "libnss3-tools"), "-N", "-d", f"sql:{folder}", "--empty-password"],
         dict(os.environ), "certutil -N")
    return folder
