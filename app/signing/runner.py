"""One signing run: open the identity once, sign every job, close — for the CLI and the GUI."""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from asn1crypto import x509
from pyhanko.sign.signers import Signer
from pyhanko.sign.timestamps.api import TimeStamper

from app.identity import IdentitySpec, open_identity
from app.signing.batch import BatchSigner, FileJob, FileResult, Progress
from app.signing.errors import SecondSignatureKey, SecondSignatureNotAllowed
from app.signing.filesign import SecondSignature
from app.signing.workers import WorkerPool, WorkerSetup, worker_count
from crypto.pades.engine import DocumentSigner, SealSpec
from crypto.pades.options import SignOptions
from crypto.tokens.base import CertificateInfo, Interaction, KeySession


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
    cancelled: Callable[[], bool] = lambda: False  # polled between files (a GUI's Cancel)
    # called once the key is open (login done), before the first signature, with the files
    # this run will sign (not those an interrupted run signed already): the compliance notices
    # (before use, intent by PIN) are recorded there; an exception stops the run
    on_open: Callable[[CertificateInfo, list[Path]], None] | None = None
    # a second signature on every output with this identity (RSA/ECDSA), after the first: for
    # readers that cannot verify SM2, e.g. Adobe Reader (see second_options)
    also: IdentitySpec | None = None
    also_certificate: CertificateInfo | None = None

    def execute(
        self, jobs: Sequence[FileJob], interaction: Interaction, progress: Progress | None = None
    ) -> list[FileResult]:
        """Log in once, sign all jobs, log out."""
        if self.also is not None and self.options.certify == 1:
            raise SecondSignatureNotAllowed()
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
        with contextlib.ExitStack() as opened:
            session, cert = open_identity(self.identity, interaction)
            opened.callback(session.close)
            if cert.key_type == "sm2":
                from crypto.sm.profile import reader_notice

                interaction.notify(reader_notice())  # Adobe Reader cannot verify SM2
            cert = self.certificate = self._with_chain(cert)
            also: tuple[KeySession, CertificateInfo] | None = None
            if self.also is not None:  # opened (and its PIN asked) before anything is signed
                also_session, also_cert = open_identity(self.also, interaction)
                opened.callback(also_session.close)
                if also_cert.key_type == "sm2":
                    raise SecondSignatureKey(subject=also_cert.subject)
                also = also_session, self._with_chain(also_cert)
                self.also_certificate = also[1]
            extra = []
            if self.options.level.needs_revocation_info:
                from crypto.tokens.soft import load_certificates

                extra = [c for p in self.trust_files for c in load_certificates(p)]
            timestamper = None
            if self.options.tsa is not None and self.options.level.needs_timestamp:
                from crypto.pades.timestamper import HttpxTimeStamper

                timestamper = HttpxTimeStamper(self.options.tsa)
                opened.callback(timestamper.close)
            signer = session.signer(cert, use_pss=self.options.use_pss)
            doc_signer = _document_signer(signer, cert, self.options, extra, timestamper, self.seal)
            second = None
            if also is not None:
                options = second_options(self.options)
                second_signer = also[0].signer(also[1], use_pss=options.use_pss)
                second = SecondSignature(
                    _document_signer(second_signer, also[1], options, extra, timestamper, None),
                    also[1].certificate,
                    tuple(also[1].chain),
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
                cancelled=self.cancelled,
                second=second,
                on_open=self.on_open,
            )
            return batch.run(jobs, progress)

    def _with_chain(self, cert: CertificateInfo) -> CertificateInfo:
        """B-T and up go online anyway: fetch the CA certificates the key source lacks."""
        if not self.options.level.needs_timestamp:
            return cert
        from crypto.pades.chain import complete_chain

        return dataclasses.replace(cert, chain=complete_chain(cert.certificate, cert.chain))

    def signer_summary(self, *, second: bool = False) -> dict[str, object] | None:
        """Who signed, for reports and --json (with ``warnings`` the signer should know);
        ``second``: who made the second signature (None without one)."""
        info = self.also_certificate if second else self.certificate
        if info is None:
            return None
        c = info.certificate
        summary: dict[str, object] = {
            "subject": info.subject,
            "issuer": str(c.issuer.human_friendly),
            "serial": format(c.serial_number, "x"),
            "not_after": c.not_valid_after.isoformat(),
            "key": f"{info.key_type}-{info.key_bits}",
            "warnings": signer_warnings(info),
        }
        return summary


def second_options(options: SignOptions) -> SignOptions:
    """The second signature's options: same level, timestamp service, reason and location as
    the first; an approval signature (never a certification) on a new invisible field; the
    digest SHA-256 (SM3 is for SM2 only)."""
    from crypto.sm.profile import SM2_DIGEST

    md = options.md_algorithm if options.md_algorithm != SM2_DIGEST else SignOptions().md_algorithm
    return dataclasses.replace(options, certify=None, field_name=None, md_algorithm=md)


def _document_signer(
    signer: Signer,
    cert: CertificateInfo,
    options: SignOptions,
    extra: Sequence[x509.Certificate],
    timestamper: TimeStamper | None,
    seal: SealSpec | None,
) -> DocumentSigner:
    vc = None
    if options.level.needs_revocation_info:
        from crypto.pades.revinfo import signing_validation_context

        vc = signing_validation_context(cert.chain, list(extra))
    return DocumentSigner(
        signer, options, timestamper=timestamper, validation_context=vc, seal=seal
    )


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
