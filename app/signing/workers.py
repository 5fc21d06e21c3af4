"""Batch signing on every core: worker processes prepare and write, the key stays here.

pyHanko's per-document work (parse, add the field, hash, build the CMS, write) is pure Python and
bound by one core.  For a batch, worker processes do that work; whenever one needs a signature
value it sends the bytes to sign to this process, which owns the key (a token session lives
only here, on its module's thread) and answers with the signature.  Journal and progress stay
here too, so resume works exactly as for the serial path.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from asn1crypto import x509
from pyhanko.sign.signers import Signer

from crypto import errors
from crypto.pades.engine import DocumentSigner, SealSpec
from crypto.pades.options import SignOptions
from crypto.sm.signer import SmSignedAttributes
from crypto.tokens.mechanisms import chain_store, dummy_signature

MIN_FILES_PER_WORKER = 4


def worker_count(n_files: int, requested: int | None = None) -> int:
    """How many worker processes a batch of ``n_files`` deserves (0 = sign in-process)."""
    cores = requested if requested is not None else (os.cpu_count() or 1)
    n = min(cores, n_files // MIN_FILES_PER_WORKER)
    return n if n >= 2 else 0


@dataclass(frozen=True)
class WorkerSetup:
    """Everything a worker needs to sign like the main process would (no secrets but the
    document password, which never touches disk)."""

    options: SignOptions
    seal: SealSpec | None
    cert_der: bytes
    chain_der: tuple[bytes, ...]
    trust_der: tuple[bytes, ...]
    bytes_reserved: int
    overwrite: bool
    pdf_password: str | None = field(default=None, repr=False)
    signer_id: bytes | None = None  # SM2: the signer ID, for checking the outputs
    second: SecondSetup | None = None  # a second signature on every output (its key: number 1)


@dataclass(frozen=True)
class SecondSetup:
    """How a worker makes the second signature (app.signing.filesign.SecondSignature)."""

    options: SignOptions
    cert_der: bytes
    chain_der: tuple[bytes, ...]
    bytes_reserved: int


class RemoteKeySigner(SmSignedAttributes):
    """In a worker: a signer whose signature values come from the main process.

    For an SM2 certificate it declares SM2-with-SM3 and sends the signed attributes M; the
    main process's ``Sm2Signer`` computes e = SM3(Z‖M) and has the key sign it.
    """

    def __init__(
        self,
        conn: Connection,
        cert: x509.Certificate,
        chain: Sequence[x509.Certificate],
        use_pss: bool,
        signer_id: bytes | None = None,
        key: int = 0,
    ) -> None:
        from crypto.sm.profile import signature_mechanism_for

        self._conn = conn
        self._key = key  # which of the main process's signers (0: the first, 1: the second)
        self.signer_id = signer_id
        super().__init__(
            signing_cert=cert,
            cert_registry=chain_store(cert, chain),
            prefer_pss=use_pss,
            signature_mechanism=signature_mechanism_for(cert),  # SM2 names its own
        )

    async def async_sign_raw(
        self, data: bytes, digest_algorithm: str, dry_run: bool = False
    ) -> bytes:
        """Ask the key's owner for the signature value."""
        if dry_run:
            return dummy_signature(
                self.signing_cert, self.get_signature_mechanism_for_digest(digest_algorithm)
            )
        self._conn.send(("sign", data, digest_algorithm, self._key))
        kind, payload = self._conn.recv()
        if kind == "signature":
            return bytes(payload)
        raise errors.from_portable(payload)


def _die_with_parent(parent_pid: int | None) -> None:
    """A killed batch stops whole: on Linux the kernel kills this worker when the parent dies.

    ``parent_pid`` is None under forkserver, where our parent is the fork server; there (and on
    other systems) the worker ends when the pipe to the batch closes.
    """
    import sys

    if parent_pid is None:
        return

    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, int(signal.SIGKILL), 0, 0, 0)
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(0)


def _worker_main(conn: Connection, parent_pid: int | None) -> None:
    """Worker process: wait for the batch's setup, then sign jobs until told to stop."""
    _die_with_parent(parent_pid)
    from app.signing.filesign import sign_file

    try:
        first = conn.recv()
    except (EOFError, OSError):
        return  # the batch ended (or its process died) before it needed us
    if first[0] != "setup":
        return
    setup: WorkerSetup = first[1]

    cert = x509.Certificate.load(setup.cert_der)
    chain = [x509.Certificate.load(d) for d in setup.chain_der]
    signer = RemoteKeySigner(conn, cert, chain, setup.options.use_pss, setup.signer_id)
    timestamper = None
    if setup.options.tsa is not None and setup.options.level.needs_timestamp:
        from crypto.pades.timestamper import HttpxTimeStamper

        timestamper = HttpxTimeStamper(setup.options.tsa)
    vc = None
    if setup.options.level.needs_revocation_info:
        from crypto.pades.revinfo import signing_validation_context

        vc = signing_validation_context(chain, [x509.Certificate.load(d) for d in setup.trust_der])
    doc_signer = DocumentSigner(
        signer, setup.options, timestamper=timestamper, validation_context=vc, seal=setup.seal
    )
    doc_signer.preset_reserve(setup.bytes_reserved)
    second = _second_signature(conn, setup, timestamper)
    loop = asyncio.new_event_loop()
    try:
        while True:
            try:
                msg = conn.recv()
            except (EOFError, OSError):
                break  # the main process is gone
            if msg[0] == "stop":
                break
            _, idx, source, output = msg
            try:
                signed, out_sha = loop.run_until_complete(
                    sign_file(
                        doc_signer,
                        Path(source),
                        Path(output),
                        cert,
                        overwrite=setup.overwrite,
                        pdf_password=setup.pdf_password,
                        second=second,
                    )
                )
                conn.send(("done", idx, (signed.field_name, signed.page, out_sha)))
            except (EOFError, OSError):
                break  # the main process died while we waited for a signature
            except errors.SealDeskError as exc:
                conn.send(("failed", idx, errors.to_portable(exc)))
            except Exception as exc:  # noqa: BLE001 — reported as our bug, with its type
                conn.send(
                    (
                        "failed",
                        idx,
                        errors.to_portable(
                            errors.InternalError(
                                what="Signing failed unexpectedly ({error}).",
                                error=f"{type(exc).__name__}: {exc}",
                            )
                        ),
                    )
                )
    finally:
        loop.run_until_complete(doc_signer.aclose())
        if second is not None:
            loop.run_until_complete(second.doc_signer.aclose())
        if timestamper is not None:
            timestamper.close()
        loop.close()


def _second_signature(conn: Connection, setup: WorkerSetup, timestamper: Any) -> Any:
    """The worker's side of the second signature: a remote signer for key 1, no seal."""
    if setup.second is None:
        return None
    from app.signing.filesign import SecondSignature

    spec = setup.second
    cert = x509.Certificate.load(spec.cert_der)
    chain = [x509.Certificate.load(d) for d in spec.chain_der]
    signer = RemoteKeySigner(conn, cert, chain, spec.options.use_pss, key=1)
    vc = None
    if spec.options.level.needs_revocation_info:
        from crypto.pades.revinfo import signing_validation_context

        vc = signing_validation_context(chain, [x509.Certificate.load(d) for d in setup.trust_der])
    doc_signer = DocumentSigner(
        signer, spec.options, timestamper=timestamper, validation_context=vc
    )
    doc_signer.preset_reserve(spec.bytes_reserved)
    return SecondSignature(doc_signer, cert, tuple(chain))


def _start_method() -> str:
    """fork where it is safe and cheap (Linux, one thread, no token open yet), else spawn."""
    import sys
    import threading

    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    if sys.platform.startswith("linux"):
        return "forkserver"
    return "spawn"


Outcome = Callable[[int, str, Any], bool]  # (job index, "done"|"failed", payload) → keep going?


class WorkerPool:
    """N worker processes and the loop that serves their signature requests."""

    def __init__(self, n: int) -> None:
        """Start ``n`` workers now — before any token is opened, so a fork copies no session."""
        method = _start_method()
        ctx: Any = multiprocessing.get_context(method)
        parent = None if method == "forkserver" else os.getpid()
        self._conns: list[Connection] = []
        self._procs: list[Any] = []
        for i in range(n):
            here, there = ctx.Pipe(duplex=True)
            proc = ctx.Process(
                target=_worker_main, args=(there, parent), name=f"sealdesk-worker-{i}", daemon=True
            )
            proc.start()
            there.close()
            self._conns.append(here)
            self._procs.append(proc)

    def configure(self, setup: WorkerSetup) -> None:
        """Tell every worker how to sign (certificate, options, seal …)."""
        for conn in self._conns:
            conn.send(("setup", setup))

    def run(
        self,
        jobs: Sequence[tuple[int, Path, Path]],
        signers: Sequence[Signer],
        outcome: Outcome,
        loop: asyncio.AbstractEventLoop,
    ) -> None:
        """Dispatch ``jobs`` (index, source, output); sign what workers ask with ``signers``
        (by key number: the first signature's, then the second's); report outcomes."""
        pending = list(jobs)
        busy: dict[Connection, int] = {}
        stop = False

        def feed(conn: Connection) -> None:
            if pending and not stop:
                idx, src, dst = pending.pop(0)
                conn.send(("job", idx, str(src), str(dst)))
                busy[conn] = idx

        for conn in self._conns:
            feed(conn)
        while busy:
            for ready in wait(list(busy)):
                assert isinstance(ready, Connection)
                conn = ready
                try:
                    msg = conn.recv()
                except EOFError:
                    idx = busy.pop(conn)
                    stop = not outcome(
                        idx,
                        "failed",
                        errors.to_portable(
                            errors.InternalError(
                                what="A signing worker process ended unexpectedly."
                            )
                        ),
                    )
                    continue
                if msg[0] == "sign":  # ("sign", data, digest, key number)
                    try:
                        signer = signers[msg[3]]
                        sig = loop.run_until_complete(signer.async_sign_raw(msg[1], msg[2]))
                        conn.send(("signature", sig))
                    except errors.SealDeskError as exc:
                        conn.send(("refused", errors.to_portable(exc)))
                    continue
                idx = busy.pop(conn)
                if not outcome(idx, msg[0], msg[2]):
                    stop = True
                feed(conn)

    def close(self) -> None:
        """Stop the workers (they finish nothing half: each job is atomic)."""
        for conn in self._conns:
            try:
                conn.send(("stop",))
            except (OSError, ValueError):
                pass
        for proc in self._procs:
            proc.join(timeout=10)
            if proc.is_alive():
                proc.kill()
        for conn in self._conns:
            conn.close()
