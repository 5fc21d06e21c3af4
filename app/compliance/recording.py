"""The certificate lifecycle of one signing run, as the CLI and the GUI record it.

Once the key is open (the token accepted the PIN, or the key file opened), before the first
signature: the signer is told which certificate will sign which documents (``announce``; the
GUI asks for a confirmation there, and a "no" cancels), then ``cert.notice.before_use`` and
``intent.checked`` are recorded for every document.  After archiving: ``cert.notice.after_use``
with each signed file's fingerprint.  A vault whose required agreements were never accepted,
or were withdrawn or changed since, refuses to sign — the GUI and ``sign --vault`` alike (the
CLI accepts them with ``sealdesk consent accept``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.compliance.intent import IntentResult
    from app.vault.vault import Vault
    from crypto.tokens.base import CertificateInfo

Announce = Callable[["CertificateInfo", Sequence[Path]], None]


class SigningRecord:
    """Before-use, intent and after-use evidence for the documents of one run."""

    def __init__(self, vault: Vault, sources: Sequence[Path], method: str, *,
                 announce: Announce | None = None, require_consent: bool = True,
                 language: str = "zh_CN", checks: Sequence[IntentResult] = (),
                 signer_sha256: str | None = None) -> None:
        from app.compliance.consent import ConsentGate

        if require_consent:  # never accepted, withdrawn or changed: stop before any signing
            ConsentGate.load(vault).require_signing(language)
        self.vault = vault
        self.sources = list(sources)
        self.method = method
        self.announce = announce
        self.checks = list(checks)  # passed before the key opened (SMS, face), for that signer
        self.signer_sha256 = signer_sha256
        self.certificate_sha256: str | None = None

    def opened(self, cert: CertificateInfo) -> None:
        """The key is open: tell, then record before-use and intent for every document."""
        from app.compliance import notices
        from app.compliance.expiry import certificate_sha256, require_usable
        from app.compliance.intent import IntentResult, batch_id, record_checked

        require_usable(cert)
        sha = certificate_sha256(cert)
        if self.checks and sha != self.signer_sha256:  # confirmed for someone else's certificate
            from app.compliance.errors import IntentNotChecked
            from crypto.errors import Text

            raise IntentNotChecked(detail=Text("the checks were made for another certificate"))
        if self.announce is not None:
            self.announce(cert, self.sources)
        self.certificate_sha256 = sha
        hashes = [file_sha256(path) for path in self.sources]
        batch = batch_id(hashes) if len(hashes) > 1 else None
        notices.before_use(self.vault, sha, hashes, batch)
        record_checked(self.vault, IntentResult(self.method), sha, hashes)
        for step, check in enumerate(self.checks, start=2):
            record_checked(self.vault, check, sha, hashes, step=step)

    def finish(self, signed: Sequence[tuple[str, str, str | None]]) -> None:
        """After archiving: the after-use notice per (source SHA-256, signed SHA-256, id)."""
        from app.compliance import notices

        if self.certificate_sha256 is None or not signed:
            return
        notices.after_use(self.vault, self.certificate_sha256, signed)


def file_sha256(path: Path) -> str:
    """SHA-256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
