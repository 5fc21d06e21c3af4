"""What this installation can do: one check per part, each ok / warn / fail with what to do.

``sealdesk doctor`` prints the report (:mod:`app.cli.doctor_cmd`); the desktop app will show the
same :class:`Report`.  Nothing here prompts, logs in to a token, asks for a passphrase or reads a
secret; PKCS#11 drivers are loaded only to list tokens (as ``sealdesk tokens`` does), and the
network is touched only with ``online``.  Qt and OpenCV are tried in a child process, so this
module stays free of Qt and a broken system library cannot take the report down with it.

Words are :class:`~crypto.errors.Text` (or a :class:`~crypto.errors.SealDeskError`), rendered in
the user's language by the front end.  A check that fails unexpectedly becomes a ``fail`` entry
with its trace in the log; the other checks still run.
"""

from __future__ import annotations

import functools
import importlib
import logging
import multiprocessing
import os
import platform
import struct
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import RELEASES_URL, __version__
from crypto import errors
from crypto.errors import Text, Translate

log = logging.getLogger(__name__)

OK, WARN, FAIL = "ok", "warn", "fail"
SCHEMA = "sealdesk.doctor/1"
Words = Text | errors.SealDeskError

REINSTALL = Text("Reinstall SealDesk.")
GUI_MODULE = "PySide6.QtWidgets"
CAMERA_MODULE = "PySide6.QtMultimedia"
OPENCV_MODULE = "cv2"
PROBE_TIMEOUT = 60.0  # seconds for the child process that loads Qt and OpenCV
NETWORK_TIMEOUT = 5.0


@dataclass(frozen=True)
class Check:
    """One line of the report."""

    id: str  # stable: scripts and the GUI key on it
    title: Text
    status: str  # ok | warn | fail
    message: Words
    todo: Words | None = None
    details: dict[str, Any] = field(default_factory=dict)

    def to_json(self, translate: Translate | None = None) -> dict[str, Any]:
        """Machine-readable form, its words in the language of ``translate``."""
        return {
            "id": self.id,
            "title": render(self.title, translate),
            "status": self.status,
            "message": render(self.message, translate),
            "todo": render(self.todo, translate) if self.todo is not None else None,
            "details": self.details,
        }


@dataclass(frozen=True)
class DoctorOptions:
    """What to look at beyond the defaults (all optional)."""

    modules: tuple[str, ...] = ()  # PKCS#11 drivers to check besides the ones found
    skf_library: str | None = None
    vault: Path | None = None  # default: the data folder's vault
    online: bool = False  # only then: reach the services below
    services: tuple[tuple[str, str], ...] = ()  # ("tsa" | "platform", URL)
    warning_days: int = 30  # a certificate expiring within this many days is a warning


@dataclass(frozen=True)
class Report:
    """Every check, in a stable order."""

    checks: tuple[Check, ...]

    @property
    def ok(self) -> bool:
        """True when no check failed (warnings allowed): the exit code is 0."""
        return all(c.status != FAIL for c in self.checks)

    def by_id(self, check_id: str) -> Check:
        """The check with this id."""
        return next(c for c in self.checks if c.id == check_id)

    def to_json(self, translate: Translate | None = None) -> dict[str, Any]:
        """``sealdesk.doctor/1``."""
        return {"schema": SCHEMA, "ok": self.ok,
                "checks": [c.to_json(translate) for c in self.checks]}


def render(words: Words, translate: Translate | None = None) -> str:
    """A check's words, translated when ``translate`` is given."""
    return words.render(translate)


def run_checks(options: DoctorOptions | None = None) -> Report:
    """Run every check (the network ones only when ``options.online``)."""
    options = options or DoctorOptions()
    probe = _probe_optional_modules()
    steps: list[tuple[str, Callable[[], Outcome | list[Outcome]]]] = [
        ("version", _version),
        ("python", _python),
        ("platform", _platform),
        ("pyhanko", lambda: _library("pyhanko.version", "pyHanko")),
        ("pymupdf", lambda: _library("pymupdf", "PyMuPDF")),
        ("gui", lambda: _gui(probe)),
        ("face", lambda: _face(probe)),
        ("translations", _translations),
        ("font", _font),
        ("pkcs11", lambda: _drivers(options)),
        ("skf", lambda: _skf(options)),
        ("trust", _trust),
        ("keyring", _keyring),
        ("vault", lambda: _vault(options)),
        ("data", _data_folder),
    ]
    if options.online:
        steps.append(("network", lambda: _network(options)))
    checks: list[Check] = []
    for step_id, step in steps:
        try:
            result = step()
        except Exception as exc:  # a check's own bug must not hide the other checks
            log.error("doctor check %s failed", step_id, exc_info=exc)
            result = Outcome(FAIL, Text("This check stopped with an unexpected {error}.",
                                        error=type(exc).__name__),
                             Text("Please report this problem with the log file attached."))
        for outcome in result if isinstance(result, list) else [result]:
            check_id = outcome.id or step_id
            title = TITLES.get(check_id) or TITLES[check_id.split(".")[0]]
            checks.append(Check(check_id, title, outcome.status, outcome.message,
                                outcome.todo, outcome.details))
    return Report(tuple(checks))


TITLES = {
    "version": Text("Version"),
    "python": Text("Python"),
    "platform": Text("Operating system"),
    "pyhanko": Text("PDF signing (pyHanko)"),
    "pymupdf": Text("PDF rendering (PyMuPDF)"),
    "gui": Text("Desktop app (Qt)"),
    "face": Text("Face check (camera, OpenCV)"),
    "translations": Text("Translations"),
    "font": Text("Chinese font"),
    "pkcs11": Text("PKCS#11 drivers"),
    "tokens": Text("Tokens"),
    "certificates": Text("Certificates on the tokens"),
    "skf": Text("SKF library (SM2 keys)"),
    "trust": Text("Trust roots"),
    "keyring": Text("System keyring"),
    "vault": Text("Vault"),
    "data": Text("Data folder"),
    "network": Text("Network"),
}


@dataclass(frozen=True)
class Outcome:
    """What one check found; :func:`run_checks` adds its id (unless set) and title."""

    status: str
    message: Words
    todo: Words | None = None
    id: str = ""
    details: dict[str, Any] = field(default_factory=dict)


def _result(status: str, message: Words, todo: Words | None = None, check_id: str = "", /,
            **details: Any) -> Outcome:
    return Outcome(status, message, todo, check_id, details)


# --- the installation ---------------------------------------------------------------------


def _version() -> Outcome:
    frozen = bool(getattr(sys, "frozen", False))
    if frozen:
        message = Text("SealDesk {version} (installed bundle).", version=__version__)
    else:
        message = Text("SealDesk {version} (run from Python).", version=__version__)
    return _result(OK, message, version=__version__, frozen=frozen,
                   executable=sys.executable, releases=RELEASES_URL)


def _python() -> Outcome:
    bits = struct.calcsize("P") * 8
    version = platform.python_version()
    return _result(OK, Text("Python {version}, {bits}-bit.", version=version, bits=bits),
                   version=version, bits=bits, implementation=platform.python_implementation())


def _platform() -> Outcome:
    system, release, machine = platform.system(), platform.release(), platform.machine()
    return _result(OK, Text("{system} {release} on {machine}.", system=system,
                            release=release, machine=machine),
                   system=system, release=release, machine=machine,
                   platform=platform.platform())


def _library(module: str, name: str) -> Outcome:
    try:
        loaded = importlib.import_module(module)
    except Exception as exc:  # ImportError, or OSError from a missing shared library
        return _result(FAIL, Text("{name} cannot be loaded: {error}", name=name,
                                  error=f"{type(exc).__name__}: {exc}"), REINSTALL)
    version = str(getattr(loaded, "__version__", "") or getattr(loaded, "VersionBind", ""))
    return _result(OK, Text("{name} {version} is loaded.", name=name, version=version),
                   version=version)


def _gui(probe: dict[str, tuple[str | None, str | None]]) -> Outcome:
    version, problem = probe.get(GUI_MODULE, (None, "not checked"))
    if problem is not None:
        return _result(WARN, Text("The desktop app cannot start here: {error}", error=problem),
                       Text("Install SealDesk with its desktop app (pip install "
                            "'sealdesk[gui]'), or install the system libraries named above."),
                       error=problem)
    return _result(OK, Text("Qt {version} loads; the desktop app can start.", version=version),
                   version=version)


def _face(probe: dict[str, tuple[str | None, str | None]]) -> Outcome:
    found = {m: probe.get(m, (None, "not checked")) for m in (CAMERA_MODULE, OPENCV_MODULE)}
    missing = {m: err for m, (_, err) in found.items() if err is not None}
    details = {m: {"version": v, "error": e} for m, (v, e) in found.items()}
    if missing:
        error = "; ".join(f"{m}: {e}" for m, e in missing.items())
        return _result(WARN, Text("The face check is not available: {error}", error=error),
                       Text("Only needed when a signing policy asks for a face check: install "
                            "SealDesk with its face extra (pip install 'sealdesk[face]'), or "
                            "the system library named above."),
                       **details)
    return _result(OK, Text("Camera support and OpenCV {version} load; the face check can run.",
                            version=found[OPENCV_MODULE][0]), **details)


@functools.lru_cache(maxsize=1)
def _probe_optional_modules() -> dict[str, tuple[str | None, str | None]]:
    """Import Qt and OpenCV in a child process: ``{module: (version, error)}``.

    Once per process: what is installed does not change while SealDesk runs."""
    names = [GUI_MODULE, CAMERA_MODULE, OPENCV_MODULE]
    ctx = multiprocessing.get_context("spawn")
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=probe_modules, args=(sender, names), name="doctor-probe",
                        daemon=True)
    try:
        child.start()
        sender.close()
        if receiver.poll(PROBE_TIMEOUT):
            found: dict[str, tuple[str | None, str | None]] = receiver.recv()
            return found
        problem = f"no answer from the test process in {PROBE_TIMEOUT:.0f} s"
    except Exception as exc:  # the child died while loading a library, or could not start
        log.warning("the Qt/OpenCV probe failed", exc_info=exc)
        problem = f"the test process ended abnormally ({type(exc).__name__})"
    finally:
        child.join(timeout=5)
        if child.is_alive():
            child.kill()
        receiver.close()
    return {name: (None, problem) for name in names}


def probe_modules(conn: Any, names: Sequence[str]) -> None:
    """(Child process) import each module and send ``{name: (version, error)}`` back.

    The child's output goes nowhere: some bindings print to stdout when they fail to load,
    which would end up in the middle of ``sealdesk doctor --json``."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    found: dict[str, tuple[str | None, str | None]] = {}
    for name in names:
        try:
            module = importlib.import_module(name)
        except Exception as exc:  # ImportError, OSError: both mean "not usable here"
            found[name] = (None, f"{type(exc).__name__}: {exc}")
            continue
        version = getattr(module, "__version__", None)
        if name.startswith("PySide6."):
            qt_core = importlib.import_module("PySide6.QtCore")
            version = str(qt_core.qVersion())
        found[name] = (str(version) if version is not None else "", None)
    conn.send(found)
    conn.close()


def _translations() -> Outcome:
    from importlib import resources

    from app.i18n import LANGUAGES, catalog_file, parse_catalog

    folder = resources.files("resources") / "translations"
    details: dict[str, Any] = {}
    missing: list[str] = []
    for language in LANGUAGES:
        ts, qm = folder / catalog_file(language), folder / f"sealdesk_{language}.qm"
        entry: dict[str, Any] = {"ts": ts.is_file(), "qm": qm.is_file(), "messages": 0}
        if entry["ts"]:
            try:
                entry["messages"] = len(parse_catalog(ts.read_bytes()))
            except Exception as exc:  # a damaged catalog: say which
                log.warning("cannot read %s: %s", catalog_file(language), exc)
                entry["ts"] = False
        missing += [name for name, present in (
            (catalog_file(language), entry["ts"]), (f"sealdesk_{language}.qm", entry["qm"]))
            if not present]
        details[language] = entry
    if missing:
        return _result(WARN, Text("Translation files are missing: {files}; the missing "
                                  "language shows English.", files=", ".join(missing)),
                       Text("Run 'make translations' (from source) or reinstall SealDesk."),
                       **details)
    return _result(OK, Text("Chinese and English are available ({count} Chinese messages).",
                            count=details["zh_CN"]["messages"]), **details)


def _font() -> Outcome:
    from crypto.seal.fonts import font_path, missing_characters

    paths = {weight: str(font_path(weight)) for weight in ("regular", "bold")}
    gaps = missing_characters("签章台合同专用章有限公司")
    if gaps:
        return _result(FAIL, Text("The bundled Chinese font cannot draw {chars}.", chars=gaps),
                       REINSTALL, **paths)
    return _result(OK, Text("The bundled Chinese font is present."), **paths)


# --- tokens -------------------------------------------------------------------------------


def _drivers(options: DoctorOptions) -> list[Outcome]:
    from crypto.tokens.pkcs11 import discover_modules
    from crypto.tokens.pkcs11.binfmt import host_bits, host_machine

    modules = discover_modules(options.modules)
    listed = [{"path": m.path, "source": m.source, "problem": m.problem} for m in modules]
    usable = [m.path for m in modules if m.usable]
    broken = [m for m in modules if not m.usable]
    if not modules:
        drivers = _result(WARN, Text("No PKCS#11 driver was found."),
                          Text("Install the driver (middleware) of your USB key's vendor, or "
                               "give its path with --module."), modules=listed)
    elif broken:
        worst = next((m for m in broken if m.source == "configured"), broken[0])
        drivers = _result(
            FAIL if worst.source == "configured" else WARN,
            Text("{usable} of {count} PKCS#11 drivers can be loaded; {path} cannot: {problem}.",
                 usable=len(usable), count=len(modules), path=worst.path,
                 problem=worst.problem or ""),
            Text("Install the vendor's driver built for this SealDesk ({bits}-bit {machine}).",
                 bits=host_bits(), machine=host_machine()),
            modules=listed)
    else:
        drivers = _result(OK, Text("{count} PKCS#11 driver(s) found: {paths}.",
                                   count=len(usable), paths=", ".join(usable)), modules=listed)
    return [drivers, _tokens(usable), _certificates(usable, options.warning_days)]


def _certificates(module_paths: list[str], warning_days: int) -> Outcome:
    """Certificates readable without login on the inserted tokens: expired or expiring soon."""
    import datetime as dt

    from crypto.tokens.pkcs11 import scan_tokens
    from crypto.tokens.pkcs11.peek import public_certificates

    found: list[dict[str, Any]] = []
    for token in scan_tokens(module_paths, strict=False) if module_paths else []:
        try:
            certs = public_certificates(token)
        except errors.SealDeskError as exc:
            log.info("doctor: cannot list certificates on %s: %s", token.label, exc)
            continue
        now = dt.datetime.now(dt.UTC)
        for cert in certs:
            days = (cert.not_after - now).days
            found.append({"token": token.label, "subject": cert.subject, "days_left": days,
                          "not_after": cert.not_after.date().isoformat(),
                          "usable": cert.usable})
    if not found:
        return _result(OK, Text("No certificate is readable without a PIN on the inserted "
                                "tokens."), None, "certificates", certificates=[])
    expired = [c for c in found if c["days_left"] < 0]
    soon = [c for c in found if 0 <= c["days_left"] <= warning_days]
    if expired:
        names = ", ".join(f"{c['subject']} ({c['not_after']})" for c in expired)
        return _result(WARN, Text("Expired certificate(s), which SealDesk will not offer for "
                                  "signing: {names}.", names=names),
                       Text("Renew the certificate with your certificate authority."),
                       "certificates", certificates=found)
    if soon:
        names = ", ".join(f"{c['subject']} ({c['days_left']})" for c in soon)
        return _result(WARN, Text("Certificate(s) expiring within {days} days (days left): "
                                  "{names}.", days=warning_days, names=names),
                       Text("Renew the certificate before it expires."), "certificates",
                       certificates=found)
    return _result(OK, Text("{count} certificate(s) on the tokens, none expiring within {days} "
                            "days.", count=len(found), days=warning_days), None,
                   "certificates", certificates=found)


def _tokens(module_paths: list[str]) -> Outcome:
    from crypto.tokens.pkcs11 import scan_tokens

    if not module_paths:
        return _result(WARN, Text("No token can be listed without a driver."), None, "tokens",
                       tokens=[])
    tokens = scan_tokens(module_paths, strict=False)  # never prompts, never logs in
    listed = [{"label": t.label, "serial": t.serial, "module": t.module_path,
               "state": t.state} for t in tokens]
    if not tokens:
        return _result(WARN, Text("No token is inserted."),
                       Text("Insert the USB key; if it is inserted, check that its driver is "
                            "among the ones listed."), "tokens", tokens=listed)
    locked = [t.label for t in tokens if t.state == "pin_locked"]
    at_risk = [t.label for t in tokens if t.state in ("pin_final_try", "pin_count_low")]
    if locked:
        return _result(WARN, Text("The PIN of {labels} is locked.", labels=", ".join(locked)),
                       Text("Ask your administrator or the certificate authority to unblock "
                            "it."), "tokens", tokens=listed)
    if at_risk:
        return _result(WARN, Text("{labels}: few PIN tries are left.",
                                  labels=", ".join(at_risk)),
                       Text("Enter the PIN carefully: wrong tries can lock the token."),
                       "tokens", tokens=listed)
    labels = ", ".join(t.label for t in tokens)
    return _result(OK, Text("{count} token(s) present: {labels}.", count=len(tokens),
                            labels=labels), None, "tokens", tokens=listed)


def _skf(options: DoctorOptions) -> Outcome:
    if options.skf_library is None:
        return _result(OK, Text("No SKF library is configured; only SM2 USB keys need one "
                                "(give it with --skf)."), configured=False)
    from crypto.tokens.pkcs11.binfmt import load_problem
    from crypto.tokens.skf import scan

    path = options.skf_library
    problem = load_problem(path) if os.path.isfile(path) else Text("file does not exist")
    if problem is not None:
        return _result(FAIL, Text("The SKF library {path} cannot be loaded: {problem}.",
                                  path=path, problem=problem),
                       Text("Give the vendor's SKF library built for this SealDesk."),
                       configured=True, path=path)
    try:
        devices = scan(Path(path))
    except errors.SealDeskError as exc:
        return _result(FAIL, exc, configured=True, path=path)
    names = [d.name for d in devices]
    return _result(OK, Text("SKF library {path}: {count} device(s).", path=path,
                            count=len(names)), configured=True, path=path, devices=names)


# --- trust, keyring, vault, data ----------------------------------------------------------


def _trust() -> Outcome:
    from crypto.review.trust import bundled_roots, system_roots

    bundled, system = len(list(bundled_roots())), len(list(system_roots()))
    if bundled + system == 0:
        return _result(WARN, Text("No trust roots: neither bundled nor from the system."),
                       Text("Give the root certificates you trust with --trust, or in the "
                            "settings."), bundled=bundled, system=system)
    return _result(OK, Text("{bundled} trust roots bundled with SealDesk, {system} from the "
                            "system.", bundled=bundled, system=system),
                   bundled=bundled, system=system)


def keyring_backend() -> tuple[str, bool]:
    """The keyring backend's name and whether it can keep a vault key (nothing is read)."""
    import keyring

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    inner = getattr(backend, "backends", None)  # the chainer: usable if it chains anything
    usable = not name.startswith(("keyring.backends.fail", "keyring.backends.null"))
    if inner is not None:
        usable = usable and bool(inner)
    return name, usable


def _keyring() -> Outcome:
    name, usable = keyring_backend()
    if not usable:
        return _result(WARN, Text("No usable system keyring ({backend}); vaults need a "
                                  "passphrase.", backend=name),
                       Text("Use a passphrase vault, or start the desktop's keyring service."),
                       backend=name, usable=False)
    return _result(OK, Text("System keyring: {backend}.", backend=name), backend=name,
                   usable=True)


def _vault(options: DoctorOptions) -> Outcome:
    from app.vault import default_folder
    from app.vault.keys import read_header

    folder = options.vault or default_folder()
    try:
        header = read_header(folder)
    except errors.VaultNotFound:
        return _result(OK, Text("No vault at {path} yet; 'sealdesk vault init' creates one.",
                                path=str(folder)), path=str(folder), exists=False)
    except errors.SealDeskError as exc:
        return _result(FAIL, exc, path=str(folder), exists=True)
    details = {"path": str(folder), "exists": True, "id": header.vault_id,
               "unlock": header.unlock, "locked": header.unlock == "passphrase"}
    if header.unlock == "keyring":
        backend, usable = keyring_backend()
        if not usable:
            return _result(FAIL, Text("The vault at {path} is unlocked by the system keyring, "
                                      "which is not usable here ({backend}).",
                                      path=str(folder), backend=backend),
                           Text("Start the desktop's keyring service, or open the vault on "
                                "the computer that created it."), **details)
        return _result(OK, Text("Vault at {path}; it opens with its key in the system "
                                "keyring.", path=str(folder)), **details)
    return _result(OK, Text("Vault at {path}; it stays locked until its passphrase is "
                            "entered.", path=str(folder)), **details)


def _data_folder() -> Outcome:
    from app.paths import ENV_HOME, data_home

    try:
        folder = data_home()
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".doctor-", delete=True) as probe:
            probe.write(b"sealdesk")
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as exc:
        return _result(FAIL, Text("The data folder cannot be written: {error}",
                                  error=str(exc)),
                       Text("Check its permissions, or point {var} to a writable folder.",
                            var=ENV_HOME))
    return _result(OK, Text("Data folder {path} is writable.", path=str(folder)),
                   path=str(folder))


# --- network (only with online) -----------------------------------------------------------


def _network(options: DoctorOptions) -> list[Outcome]:
    if not options.services:
        return [_result(OK, Text("No timestamp service or platform is configured; nothing to "
                                 "reach (give them with --tsa and --platform)."))]
    return [_reach(kind, url) for kind, url in options.services]


def _reach(kind: str, url: str) -> Outcome:
    import httpx

    service = Text("timestamp service") if kind == "tsa" else Text("platform")
    check_id = f"network.{kind}"
    try:
        with httpx.Client(timeout=NETWORK_TIMEOUT, follow_redirects=False) as client:
            response = client.get(url)
    except (httpx.HTTPError, ValueError) as exc:  # connection, TLS, timeout, bad URL
        return _result(WARN, Text("The {service} {url} cannot be reached: {error}",
                                  service=service, url=url, error=f"{type(exc).__name__}: {exc}"),
                       Text("Check the network, the proxy and the address; signing without a "
                            "timestamp (B-B) still works offline."), check_id, url=url)
    # any HTTP answer means the service is there (a TSA answers GET with 405 or 400)
    return _result(OK, Text("The {service} {url} answers (HTTP {status}).", service=service,
                            url=url, status=response.status_code),
                   None, check_id, url=url, status=response.status_code)
