"""The desktop app's small settings file: language, recent files, trusted roots.

A JSON file under :func:`app.paths.data_home`, read into a frozen dataclass and validated when
loaded: a damaged or hand-edited file never stops the app (bad entries are dropped, a file that
is not JSON gives the defaults and a warning in the log).  Writes are atomic.  No Qt here: the
GUI reads and writes it through :func:`load` and :func:`save`.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.atomic import atomic_output
from app.paths import data_home
from crypto import errors

log = logging.getLogger(__name__)

FILE_NAME = "preferences.json"
SCHEMA = "sealdesk.preferences/1"
MAX_RECENT = 10
LANGUAGES = ("zh_CN", "en")
LEVELS = ("B-B", "B-T", "B-LT", "B-LTA")
INTENT_POLICIES = ("pin", "pin+sms", "pin+face", "pin+sms|face")


@dataclass(frozen=True)
class Preferences:
    """What the desktop app remembers between runs."""

    language: str | None = None  # None: follow the system (SEALDESK_LANG, then the locale)
    recent_files: tuple[str, ...] = ()  # most recent first, absolute paths
    trust_anchors: tuple[str, ...] = ()  # PEM/DER files of roots the reviewer trusts
    # signing (Settings → Signing)
    pkcs11_modules: tuple[str, ...] = ()  # drivers added by hand (found ones are always used)
    tsa_url: str | None = None  # RFC 3161 timestamp service; None: sign at B-B only
    platform_url: str | None = None  # the e-signing platform (evidence sync, SMS codes)
    level: str = "B-T"  # default PAdES level
    seal_images: tuple[str, ...] = ()  # PNG seal images offered in the sign dialog
    seal_anchor: str = "盖章处"  # default placement rule: centre the seal on this text
    seal_size: float = 120.0  # points
    expiry_warning_days: int = 30  # warn this many days before a certificate expires
    intent_policy: str = "pin"  # checks before each signing: "pin", "pin+sms", "pin+sms|face"

    def with_recent(self, path: Path | str) -> Preferences:
        """These preferences with ``path`` first in the recent files (duplicates folded)."""
        first = str(Path(path).expanduser().absolute())
        rest = [p for p in self.recent_files if p != first]
        return dataclasses.replace(self, recent_files=(first, *rest)[:MAX_RECENT])

    def without_recent(self, path: Path | str) -> Preferences:
        """These preferences with ``path`` removed from the recent files."""
        gone = str(Path(path).expanduser().absolute())
        return dataclasses.replace(
            self, recent_files=tuple(p for p in self.recent_files if p != gone))

    def to_json(self) -> dict[str, Any]:
        """The file's content."""
        return {
            "schema": SCHEMA,
            "language": self.language,
            "recent_files": list(self.recent_files),
            "trust_anchors": list(self.trust_anchors),
            "pkcs11_modules": list(self.pkcs11_modules),
            "tsa_url": self.tsa_url,
            "platform_url": self.platform_url,
            "level": self.level,
            "seal_images": list(self.seal_images),
            "seal_anchor": self.seal_anchor,
            "seal_size": self.seal_size,
            "expiry_warning_days": self.expiry_warning_days,
            "intent_policy": self.intent_policy,
        }

    @classmethod
    def from_json(cls, doc: object) -> Preferences:
        """Validated preferences from parsed JSON; anything malformed falls back to defaults."""
        if not isinstance(doc, dict):
            log.warning("preferences: not a JSON object; using the defaults")
            return cls()
        language = doc.get("language")
        if language not in LANGUAGES:
            if language is not None:
                log.warning("preferences: unknown language %r ignored", language)
            language = None
        return cls(
            language=language,
            recent_files=_paths(doc.get("recent_files"), "recent_files")[:MAX_RECENT],
            trust_anchors=_paths(doc.get("trust_anchors"), "trust_anchors"),
            pkcs11_modules=_paths(doc.get("pkcs11_modules"), "pkcs11_modules"),
            tsa_url=_url(doc.get("tsa_url"), "tsa_url"),
            platform_url=_url(doc.get("platform_url"), "platform_url"),
            level=_choice(doc.get("level"), LEVELS, "B-T", "level"),
            seal_images=_paths(doc.get("seal_images"), "seal_images"),
            seal_anchor=_text(doc.get("seal_anchor"), "盖章处", "seal_anchor"),
            seal_size=float(_number(doc.get("seal_size"), 120.0, 20.0, 600.0, "seal_size")),
            expiry_warning_days=int(
                _number(doc.get("expiry_warning_days"), 30, 0, 365, "expiry_warning_days")
            ),
            intent_policy=_choice(doc.get("intent_policy"), INTENT_POLICIES, "pin",
                                  "intent_policy"),
        )


def _url(value: object, name: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, str) and value.startswith(("https://", "http://")):
        return value
    log.warning("preferences: %s is not an http(s) URL; ignored", name)
    return None


def _choice(value: object, allowed: tuple[str, ...], default: str, name: str) -> str:
    if value is None:
        return default
    if value in allowed:
        return str(value)
    log.warning("preferences: unknown %s %r ignored", name, value)
    return default


def _text(value: object, default: str, name: str) -> str:
    if value is None:
        return default
    if isinstance(value, str) and 0 < len(value) <= 200:
        return value
    log.warning("preferences: bad %s ignored", name)
    return default


def _number(value: object, default: float, low: float, high: float, name: str) -> float:
    if value is None:
        return default
    if isinstance(value, int | float) and not isinstance(value, bool) and low <= value <= high:
        return float(value)
    log.warning("preferences: %s must be a number from %g to %g; ignored", name, low, high)
    return default


def _paths(value: object, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        log.warning("preferences: %s is not a list; ignored", name)
        return ()
    out: list[str] = []
    for item in value:
        if isinstance(item, str) and item and item not in out:
            out.append(item)
        else:
            log.warning("preferences: bad entry in %s ignored", name)
    return tuple(out)


def preferences_path() -> Path:
    """Where the preferences live."""
    return data_home() / FILE_NAME


def load(path: Path | None = None) -> Preferences:
    """The saved preferences (the defaults when there is no file or it cannot be read)."""
    path = path or preferences_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Preferences()
    except OSError as exc:
        log.warning("cannot read %s: %s; using the defaults", path, exc)
        return Preferences()
    try:
        doc = json.loads(text)
    except ValueError as exc:
        log.warning("%s is not valid JSON (%s); using the defaults", path, exc)
        return Preferences()
    return Preferences.from_json(doc)


def save(prefs: Preferences, path: Path | None = None) -> None:
    """Write the preferences atomically; a failure is logged, never raised (they are a comfort)."""
    path = path or preferences_path()
    data = json.dumps(prefs.to_json(), ensure_ascii=False, indent=2).encode("utf-8")
    try:
        with atomic_output(path, overwrite=True) as fh:
            fh.write(data + b"\n")
    except errors.OutputError as exc:
        log.warning("cannot save the preferences: %s", exc)


def trust_roots(files: Iterable[str]) -> tuple[bytes, ...]:
    """DER certificates from PEM or DER files; unreadable files are logged and skipped."""
    from crypto.review.trust import certificates_in

    ders: list[bytes] = []
    for name in files:
        try:
            data = Path(name).expanduser().read_bytes()
            ders += [cert.dump() for cert in certificates_in(data, name)]
        except (OSError, ValueError, errors.SealDeskError) as exc:
            log.warning("trust anchor %s skipped: %s", name, exc)
    return tuple(ders)
