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


@dataclass(frozen=True)
class Preferences:
    """What the desktop app remembers between runs."""

    language: str | None = None  # None: follow the system (SEALDESK_LANG, then the locale)
    recent_files: tuple[str, ...] = ()  # most recent first, absolute paths
    trust_anchors: tuple[str, ...] = ()  # PEM/DER files of roots the reviewer trusts

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
        )


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
