"""Whom the review engine trusts: --trust certificates, SealDesk's bundled roots, the OS store.

Three sources, in this order: certificates the user named (``ReviewOptions.trust_roots``), the
roots shipped in ``resources/trust/`` (read with importlib.resources, so review works offline
and from a frozen installer), and — unless ``system_trust`` is off — the operating system's
store.  On Linux the system store is the PEM bundle OpenSSL uses; on Windows and macOS it is what
``ssl`` can list.  Unreadable entries are skipped: a broken system file must never stop a review.
"""

from __future__ import annotations

import logging
import os
import ssl
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path

from asn1crypto import pem, x509
from pyhanko_certvalidator.authority import Authority, TrustAnchor
from pyhanko_certvalidator.registry import SimpleTrustManager, TrustManager

log = logging.getLogger(__name__)

BUNDLED_PACKAGE = "resources.trust"
CERT_SUFFIXES = (".pem", ".crt", ".cer", ".der")
LINUX_BUNDLES = (
    "/etc/ssl/certs/ca-certificates.crt",  # Debian, Ubuntu
    "/etc/pki/tls/certs/ca-bundle.crt",  # Fedora, RHEL
    "/etc/ssl/ca-bundle.pem",  # openSUSE
    "/etc/ssl/cert.pem",  # Alpine, BSD
)


@dataclass(frozen=True)
class TrustStore:
    """The trust anchors of one review, deduplicated, with where each came from."""

    user: tuple[x509.Certificate, ...] = ()
    bundled: tuple[x509.Certificate, ...] = ()
    system: tuple[x509.Certificate, ...] = field(default=(), repr=False)

    @cached_property
    def roots(self) -> tuple[x509.Certificate, ...]:
        """Every anchor once (user first), by SHA-256 of the certificate."""
        seen: set[bytes] = set()
        out = []
        for cert in (*self.user, *self.bundled, *self.system):
            if cert.sha256 not in seen:
                seen.add(cert.sha256)
                out.append(cert)
        return tuple(out)

    @cached_property
    def trust_manager(self) -> TrustManager:
        """pyHanko's view of the anchors, built once and shared by every validation."""
        return AnchorSet(SimpleTrustManager.build(trust_roots=list(self.roots)))


class AnchorSet(TrustManager):
    """A trust manager over a prebuilt set of anchors.

    A ``SimpleTrustManager`` handed to a ValidationContext gets every anchor registered into
    that context's certificate registry — ~150 name hashes per context with the system store.
    Anchors are found through the trust manager anyway, so this wrapper (not a
    ``SimpleTrustManager`` itself) lets each context skip that work.
    """

    def __init__(self, inner: SimpleTrustManager) -> None:
        self._inner = inner

    def is_root(self, cert: x509.Certificate) -> bool:
        return bool(self._inner.is_root(cert))

    def as_trust_anchor(self, authority: Authority) -> TrustAnchor | None:
        anchor: TrustAnchor | None = self._inner.as_trust_anchor(authority)
        return anchor

    def find_potential_issuers(self, cert: x509.Certificate) -> Iterator[TrustAnchor]:
        return self._inner.find_potential_issuers(cert)


def load_trust_store(user_der: Iterable[bytes] = (), *, system: bool = True) -> TrustStore:
    """Build the store for a review (``user_der``: DER certificates from --trust)."""
    user = tuple(_parse_all(user_der, "--trust"))
    return TrustStore(
        user=user,
        bundled=tuple(bundled_roots()),
        system=tuple(system_roots()) if system else (),
    )


def bundled_roots() -> Iterator[x509.Certificate]:
    """Roots shipped with SealDesk in ``resources/trust/`` (none yet; the loader stays)."""
    try:
        folder = resources.files(BUNDLED_PACKAGE)
    except (ModuleNotFoundError, TypeError):
        return
    try:
        entries = sorted(folder.iterdir(), key=lambda e: e.name)
    except (FileNotFoundError, NotADirectoryError, OSError):
        return
    for entry in entries:
        if entry.is_file() and entry.name.lower().endswith(CERT_SUFFIXES):
            yield from certificates_in(entry.read_bytes(), entry.name)


def system_roots() -> Iterator[x509.Certificate]:
    """The operating system's trust anchors (empty when they cannot be read)."""
    bundle = _system_bundle_file()
    if bundle is not None:
        try:
            yield from certificates_in(bundle.read_bytes(), str(bundle))
            return
        except OSError as exc:
            log.warning("cannot read the system trust store %s: %s", bundle, exc)
    folder = _system_bundle_dir()
    if folder is not None:
        yield from _certificates_in_dir(folder)
        return
    try:
        ders = ssl.create_default_context().get_ca_certs(binary_form=True)
    except (ssl.SSLError, OSError) as exc:
        log.warning("cannot list the system trust store: %s", exc)
        return
    yield from _parse_all((bytes(d) for d in ders), "system store")


def certificates_in(data: bytes, origin: str) -> Iterator[x509.Certificate]:
    """Every certificate in a PEM bundle or one DER file; bad entries are logged and skipped."""
    if pem.detect(data):
        try:
            blocks = [der for kind, _, der in pem.unarmor(data, multiple=True)
                      if kind in ("CERTIFICATE", "TRUSTED CERTIFICATE")]
        except ValueError as exc:
            log.warning("unreadable PEM in %s: %s", origin, exc)
            return
        yield from _parse_all(blocks, origin)
    else:
        yield from _parse_all([data], origin)


def _parse_all(ders: Iterable[bytes], origin: str) -> Iterator[x509.Certificate]:
    for der in ders:
        try:
            cert = x509.Certificate.load(der)
            cert.native  # noqa: B018 - force a full parse now, not during validation
        except (ValueError, TypeError) as exc:
            log.warning("skipping an unreadable certificate from %s: %s", origin, exc)
            continue
        yield cert


def _system_bundle_file() -> Path | None:
    env = os.environ.get("SSL_CERT_FILE")
    candidates = [env] if env else []
    paths = ssl.get_default_verify_paths()
    candidates += [paths.cafile or "", paths.openssl_cafile or "", *LINUX_BUNDLES]
    for name in candidates:
        if name and Path(name).is_file():
            return Path(name)
    return None


def _system_bundle_dir() -> Path | None:
    env = os.environ.get("SSL_CERT_DIR")
    paths = ssl.get_default_verify_paths()
    for name in (env, paths.capath, paths.openssl_capath):
        if name and Path(name).is_dir() and any(Path(name).glob("*.pem")):
            return Path(name)
    return None


def _certificates_in_dir(folder: Path) -> Iterator[x509.Certificate]:
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() in CERT_SUFFIXES and path.is_file():
            try:
                yield from certificates_in(path.read_bytes(), str(path))
            except OSError:
                continue


__all__ = [
    "AnchorSet",
    "TrustStore",
    "bundled_roots",
    "certificates_in",
    "load_trust_store",
    "system_roots",
]
