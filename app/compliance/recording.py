"""The certificate lifecycle of one signing run, as the CLI and the GUI record it.

Once the key is open (the token accepted the PIN, or the key file opened), before the first
signature: a certificate expiring within the warning days whose renewal was never answered (or
put off to "the next signing") asks for renewal consent (``ask_renewal``; the answer is
``cert.notice.renewal`` — declining never stops the signing); then the signer is told which
certificate will sign which documents (``announce``; the GUI asks for a confirmation there, and
a "no" cancels), then ``cert.notice.before_use`` and ``intent.checked`` are recorded for every
document. After archiving: ``cert.notice.after_use`` with each signed file's fingerprint. A
vault whose required agreements were never accepted, or were withdrawn or changed since, refuses
to sign — the GUI and ``sign --vault`` alike (the CLI accepts them with ``sealdesk consent
accept``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.compliance.expiry import CertificateStanding
    from app.compliance.intent import IntentResult
    from app.signing.batch import FileResult
    from app.vault.vault import ArchiveResult, Vault
    from crypto.errors import SealDeskError
    from crypto.tokens.base import CertificateInfo

Announce = Callable[["CertificateInfo", Sequence[Path]], None]
# asks for renewal consent: "at_signing", "declined", "deferred", or None (no answer recorded)
AskRenewal = Callable[["CertificateInfo", "CertificateStanding"], "str | None"]


class SigningRecord:
    """Before-use, intent and after-use evidence for the documents of one run."""

    def __init__(self, vault: Vault, sources: Sequence[Path], method: str, *,
                 announce: Announce | None = None, require_consent: bool = True,
                 language: str = "zh_CN", checks: Sequence[IntentResult] = (),
                 signer_sha256: str | None = None, ask_renewal: AskRenewal | None = None,
                 warning_days: int = 30, reviewed: Sequence[str] | None = None) -> None:
        from app.compliance.consent import ConsentGate

        if require_consent:  # never accepted, withdrawn or changed: stop before any signing
            ConsentGate.load(vault).require_signing(language)
        self.vault = vault
        self.sources = list(sources)
        self.method = method
        self.announce = announce
        self.checks = list(checks)  # passed before the key opened (SMS, face), for that signer
        self.signer_sha256 = signer_sha256
        self.ask_renewal = ask_renewal
        self.reviewed = None if reviewed is None else list(reviewed)  # SHA-256s the person saw
        self.warning_days = warning_days
        self.certificate_sha256: str | None = None
        self.hashes: list[str] = []

    def opened(self, cert: CertificateInfo, signing: Sequence[Path] | None = None) -> None:
        """The key is open and ``signing`` (default: every source) will be signed now — the
        others were signed by an interrupted earlier run: tell, then record before-use and
        intent for those.  The batch is always the whole reviewed list."""
        from app.compliance import notices
        from app.compliance.expiry import certificate_sha256, require_usable
        from app.compliance.intent import IntentResult, batch_id, record_checked

        require_usable(cert)
        sha = certificate_sha256(cert)
        if self.checks and sha != self.signer_sha256:  # confirmed for someone else's certificate
            from app.compliance.errors import IntentNotChecked
            from crypto.errors import Text

            raise IntentNotChecked(detail=Text("the checks were made for another certificate"))
        now = set(self.sources if signing is None else signing)
        hashes = [file_sha256(path) for path in self.sources]
        if self.reviewed is not None:  # what is signed must be what was reviewed
            for path, current, seen in zip(self.sources, hashes, self.reviewed, strict=True):
                if path in now and current != seen:
                    from app.compliance.errors import DocumentNotAsReviewed

                    raise DocumentNotAsReviewed(name=path.name)
        self.certificate_sha256 = sha
        self.hashes = hashes
        todo = [(path, h) for path, h in zip(self.sources, hashes, strict=True) if path in now]
        if not todo:  # all signed before: nothing is used now (after-use still follows)
            return
        self._renewal(cert)
        if self.announce is not None:
            self.announce(cert, [path for path, _ in todo])
        batch = batch_id(hashes) if len(hashes) > 1 else None
        documents = [h for _, h in todo]
        notices.before_use(self.vault, sha, documents, batch, batch_size=len(hashes))
        record_checked(self.vault, IntentResult(self.method), sha, documents, listed=hashes)
        for step, check in enumerate(self.checks, start=2):
            record_checked(self.vault, check, sha, documents, step=step, listed=hashes)

    def _renewal(self, cert: CertificateInfo) -> None:
        from app.compliance import notices
        from app.compliance.expiry import standing

        if self.ask_renewal is None:
            return
        now = standing(cert, self.warning_days)
        if not notices.renewal_due(self.vault, now):
            return
        answer = self.ask_renewal(cert, now)
        if answer is not None:
            notices.renewal(self.vault, now.certificate_sha256, consent=answer,
                            not_after=cert.not_after)

    def finish(self, signed: Sequence[tuple[str, str, str | None]]) -> None:
        """After archiving: the after-use notice per (source SHA-256, signed SHA-256, id)."""
        from app.compliance import notices

        if self.certificate_sha256 is None or not signed:
            return
        from app.compliance.intent import batch_id

        batch = batch_id(self.hashes) if len(self.hashes) > 1 else None
        notices.after_use(self.vault, self.certificate_sha256, signed, batch,
                          batch_size=len(self.hashes))


def archive_results(vault: Vault, results: Sequence[FileResult], record: SigningRecord | None,
                    *, level: str, intent: str, tsa_url: str | None
                    ) -> list[tuple[FileResult, ArchiveResult | SealDeskError]]:
    """Archive every signed file of a run (one transaction each; a file an earlier, interrupted
    run signed is archived too, once), then the after-use notice for those archived.  Per
    result: what the vault holds now, or why it could not take the file."""
    from app.vault.importing import archive_signed
    from crypto.errors import SealDeskError

    out: list[tuple[FileResult, ArchiveResult | SealDeskError]] = []
    used: list[tuple[str, str, str | None]] = []
    for result in results:
        if result.status not in ("signed", "skipped"):
            continue
        try:
            done = archive_signed(vault, result.output, source_sha256=result.source_sha256,
                                  level=level, intent=intent, tsa_url=tsa_url)
        except SealDeskError as exc:
            out.append((result, exc))
            continue
        out.append((result, done))
        if result.source_sha256:
            used.append((result.source_sha256, result.output_sha256 or done.record.sha256,
                         done.record.id))
    if record is not None:
        record.finish(used)
    return out


def file_sha256(path: Path) -> str:
    """SHA-256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
