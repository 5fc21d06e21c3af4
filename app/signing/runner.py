"""One signing run: open the identity once, sign every job, close — for the CLI and the GUI."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.identity import IdentitySpec, open_identity
from app.signing.batch import BatchSigner, FileJob, FileResult, Progress
from app.signing.workers import WorkerPool, WorkerSetup, worker_count
from crypto.pades.engine import DocumentSigner, SealSpec
from crypto.pades.options import SignOptions
from crypto.tokens.base import CertificateInfo, Interaction


@dataclass
class SigningRun:
    """Everything a batch shares: identity, options, seal, trust."""

    identity: IdentitySpec
    options: SignOptions
    seal: SealSpec | None = None
    trust_files: Sequence[Path] = ()
    overwrite: bool = False
    pdf_password: str | None = field(default=None, repr=False)
    certificate: CertificateInfo | None = None
    workers: int | None = None  # None: one per core for big batches; 0: in-process only

    def execute(
        self, jobs: Sequence[FileJob], interaction: Interaction, progress: Progress | None = None
    ) -> list[FileResult]:
        """Log in once, sign all jobs, log out."""
        n_workers = worker_count(len(jobs), self.workers)
        pool = WorkerPool(n_workers) if n_workers else None  # before the token is opened
        try:
            return self._execute(jobs, interaction, progress, pool)
        finally:
            if pool is not None:
                pool.close()

    def _execute(
        self,
        jobs: Sequence[FileJob],
        interaction: Interaction,
        progress: Progress | None,
        pool: WorkerPool | None,
    ) -> list[FileResult]:
        session, cert = open_identity(self.identity, interaction)
        if cert.key_type == "sm2":
            from crypto.sm.profile import reader_notice

            interaction.notify(reader_notice())  # Adobe Reader cannot verify SM2
        if self.options.level.needs_timestamp:  # online anyway: fetch missing CA certificates
            from crypto.pades.chain import complete_chain

            cert = dataclasses.replace(
                cert, chain=complete_chain(cert.certificate, cert.chain)
            )
        self.certificate = cert
        timestamper = None
        try:
            signer = session.signer(cert, use_pss=self.options.use_pss)
            vc = None
            extra = []
            if self.options.level.needs_revocation_info:
                from crypto.pades.revinfo import signing_validation_context
                from crypto.tokens.soft import load_certificates

                extra = [c for p in self.trust_files for c in load_certificates(p)]
                vc = signing_validation_context(cert.chain, extra)
            if self.options.tsa is not None and self.options.level.needs_timestamp:
                from crypto.pades.timestamper import HttpxTimeStamper

                timestamper = HttpxTimeStamper(self.options.tsa)
            doc_signer = DocumentSigner(
                signer,
                self.options,
                timestamper=timestamper,
                validation_context=vc,
                seal=self.seal,
            )

            def worker_setup(reserve: int) -> WorkerSetup:
                return WorkerSetup(
                    options=self.options,
                    seal=self.seal,
                    cert_der=cert.certificate.dump(),
                    chain_der=tuple(c.dump() for c in cert.chain),
                    trust_der=tuple(c.dump() for c in extra),
                    bytes_reserved=reserve,
                    overwrite=self.overwrite,
                    pdf_password=self.pdf_password,
                    signer_id=getattr(signer, "signer_id", None),
                )

            batch = BatchSigner(
                doc_signer,
                cert,
                overwrite=self.overwrite,
                pdf_password=self.pdf_password,
                worker_setup=worker_setup,
                pool=pool,
            )
            return batch.run(jobs, progress)
        finally:
            if timestamper is not None:
                timestamper.close()
            session.close()

    def signer_summary(self) -> dict[str, object] | None:
        """Who signed, for reports and --json (with ``warnings`` the signer should know)."""
        if self.certificate is None:
            return None
        c = self.certificate.certificate
        summary: dict[str, object] = {
            "subject": self.certificate.subject,
            "issuer": str(c.issuer.human_friendly),
            "serial": format(c.serial_number, "x"),
            "not_after": c.not_valid_after.isoformat(),
            "key": f"{self.certificate.key_type}-{self.certificate.key_bits}",
            "warnings": signer_warnings(self.certificate),
        }
        return summary


def signer_warnings(cert: CertificateInfo) -> list[dict[str, str]]:
    """Warnings about the signing key for ``--json`` (stable code, message in the user's
    language): today only that Adobe Reader cannot verify SM2 signatures."""
    if cert.key_type != "sm2":
        return []
    from app.i18n import tr
    from crypto.sm.profile import READER_NOTICE_CODE, reader_notice
    from crypto.tokens.notice import render_notice

    notice = reader_notice()
    return [
        {
            "code": READER_NOTICE_CODE,
            "message": render_notice(notice, lambda template: tr("tokens", template)),
        }
    ]
