"""The agreement texts: versioned, in Chinese and English, read from ``resources/agreements``.

Layout: ``manifest.json`` names each agreement's current version and whether signing needs it;
the texts are ``<kind>/<version>/<language>.md``.  A consent names the kind, the version, the
language shown and the SHA-256 of the exact UTF-8 bytes shown, so a changed text (even one
character under the same version) asks for consent again.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from app.compliance.errors import AgreementTextMissing
from crypto.errors import Text

SERVICE = "service_agreement"
PRIVACY = "privacy_policy"
CERTIFICATE = "certificate_usage"
BIOMETRIC = "biometric"
ANALYTICS = "analytics"
REQUIRED = (SERVICE, PRIVACY, CERTIFICATE)  # signing needs all three
OPTIONAL = (BIOMETRIC, ANALYTICS)  # separate consent; refusing never blocks signing
LANGUAGES = ("zh_CN", "en")
SCHEMA = "sealdesk.agreements/1"
MANIFEST = "manifest.json"


def default_root() -> Traversable:
    """The bundled texts (read through importlib.resources so a frozen app finds them)."""
    return resources.files("resources").joinpath("agreements")


@dataclass(frozen=True)
class Agreement:
    """One version of one text, in both languages, with the SHA-256 of each."""

    kind: str
    version: str
    required: bool
    texts: dict[str, str]

    def text(self, language: str) -> str:
        """The text in ``language`` (Chinese for any language other than English)."""
        return self.texts["en" if language == "en" else "zh_CN"]

    def sha256(self, language: str) -> str:
        """SHA-256 of the exact bytes shown in ``language``."""
        return hashlib.sha256(self.text(language).encode("utf-8")).hexdigest()

    def shown_language(self, language: str) -> str:
        """The language code of the text actually shown for ``language``."""
        return "en" if language == "en" else "zh_CN"

    def title(self, language: str) -> str:
        """The first heading of the text."""
        for line in self.text(language).splitlines():
            if line.startswith("# "):
                return line[2:].strip()
        return self.kind

    def matches(self, version: str, sha256: str) -> bool:
        """True when a consent to (version, sha256) is a consent to this text."""
        return version == self.version and sha256 in {self.sha256(x) for x in LANGUAGES}


@dataclass(frozen=True)
class AgreementSet:
    """Every agreement's current version, plus the templates (authorisation letter)."""

    agreements: dict[str, Agreement]
    templates: dict[str, tuple[str, Traversable]]

    def __getitem__(self, kind: str) -> Agreement:
        return self.agreements[kind]

    @property
    def required(self) -> list[Agreement]:
        """The three texts signing needs, in display order."""
        return [self.agreements[k] for k in REQUIRED]

    def template(self, kind: str, language: str) -> tuple[str, str]:
        """(version, text) of a template such as the authorisation letter."""
        version, folder = self.templates[kind]
        name = ("en" if language == "en" else "zh_CN") + ".html"
        return version, _read(folder.joinpath(name), f"{kind}/{version}/{name}")


def _read(node: Traversable, name: str) -> str:
    try:
        data = node.read_bytes()
    except OSError as exc:
        raise AgreementTextMissing(name=name, detail=Text("cannot be read")) from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise AgreementTextMissing(name=name, detail=Text("not UTF-8")) from None
    if not text.strip():
        raise AgreementTextMissing(name=name, detail=Text("empty"))
    return text


def load(root: Traversable | Path | None = None) -> AgreementSet:
    """Read the manifest and every current text (AgreementTextMissing when one is absent)."""
    base: Traversable = root if root is not None else default_root()
    try:
        manifest: Any = json.loads(_read(base.joinpath(MANIFEST), MANIFEST))
    except ValueError:
        raise AgreementTextMissing(name=MANIFEST, detail=Text("not JSON")) from None
    if not isinstance(manifest, dict) or manifest.get("schema") != SCHEMA:
        raise AgreementTextMissing(name=MANIFEST, detail=Text("unknown schema"))
    found: dict[str, Agreement] = {}
    for kind, entry in dict(manifest.get("agreements", {})).items():
        version = str(entry["version"])
        folder = base.joinpath(kind).joinpath(version)
        texts = {lang: _read(folder.joinpath(f"{lang}.md"), f"{kind}/{version}/{lang}.md")
                 for lang in LANGUAGES}
        found[kind] = Agreement(kind, version, bool(entry.get("required")), texts)
    for kind in REQUIRED + OPTIONAL:
        if kind not in found:
            raise AgreementTextMissing(name=kind, detail=Text("not in the manifest"))
    templates = {
        kind: (str(entry["version"]), base.joinpath(kind).joinpath(str(entry["version"])))
        for kind, entry in dict(manifest.get("templates", {})).items()
    }
    return AgreementSet(found, templates)
