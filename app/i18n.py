"""Translations without Qt: the Qt Linguist catalogs (.ts) read with the standard library.

The CLI and the core call :func:`tr`; the GUI compiles the same ``.ts`` files to ``.qm`` and
loads them with QTranslator, so every string is translated once for both front ends.
Contexts: ``"errors"`` (templates in :mod:`crypto.errors` and custom ``what=``/``todo=``),
``"cli"`` (command-line text), ``"argparse"`` (argparse's own words) and ``"tokens"``
(token messages passed to ``Interaction.notify``).  Missing or unfinished translations fall
back to the English source text.
"""

from __future__ import annotations

import locale
import logging
import os
import sys
import threading
import xml.etree.ElementTree as ET  # noqa: S405 - parses only our own bundled catalogs
from collections.abc import Mapping
from importlib import resources

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")
LANG_ENV = "SEALDESK_LANG"
_LOCALE_ENVS = ("LC_ALL", "LC_MESSAGES", "LANG")
_NOT_IN_USE = frozenset({"unfinished", "vanished", "obsolete"})

Catalog = dict[tuple[str, str], str]

_lock = threading.Lock()
_language: str | None = None
_catalogs: dict[str, Catalog] = {}


def tr(context: str, source: str) -> str:
    """``source`` (English) in the current language; the source itself when untranslated."""
    return _catalog(current_language()).get((context, source), source)


def tr_noop(context: str, source: str) -> str:
    """Mark a string for the catalogs without translating it yet (Qt's QT_TRANSLATE_NOOP)."""
    del context
    return source


def set_language(code: str | None = None) -> str:
    """Choose the language (``None``: from the environment); returns the code in use."""
    global _language
    _language = normalize(code) if code is not None else language_from_environment()
    return _language


def current_language() -> str:
    """The language in use, chosen from the environment on first use."""
    return _language if _language is not None else set_language()


def normalize(code: str) -> str:
    """``zh``, ``zh_CN.UTF-8``, ``zh-TW``, ``Chinese_China`` → ``zh_CN``; anything else → ``en``."""
    text = code.strip().lower()
    return "zh_CN" if text.startswith(("zh", "chinese")) else "en"


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """$SEALDESK_LANG, else LC_ALL / LC_MESSAGES / LANG, else the system's locale."""
    env = os.environ if environ is None else environ
    for name in (LANG_ENV, *_LOCALE_ENVS):
        value = env.get(name, "").strip()
        if value:
            return normalize(value)
    return normalize(_system_locale())


def catalog_file(language: str) -> str:
    """File name of a language's catalog inside ``resources/translations``."""
    return f"sealdesk_{language}.ts"


def parse_catalog(data: bytes | str) -> Catalog:
    """Finished translations of a TS file, keyed by (context, source)."""
    root = ET.fromstring(data)  # noqa: S314 - our own bundled file, not untrusted input
    found: Catalog = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in _NOT_IN_USE or not translation.text:
                continue
            found[(name, source)] = translation.text
    return found


def _catalog(language: str) -> Catalog:
    cached = _catalogs.get(language)
    if cached is not None:
        return cached
    with _lock:
        if language not in _catalogs:
            _catalogs[language] = _load(language)
        return _catalogs[language]


def _load(language: str) -> Catalog:
    path = resources.files("resources") / "translations" / catalog_file(language)
    try:
        return parse_catalog(path.read_bytes())
    except FileNotFoundError:
        log.warning("no translations for %s (%s is missing)", language, catalog_file(language))
    except (OSError, ET.ParseError) as exc:
        log.warning("cannot read the %s translations: %s", language, exc)
    return {}


def _system_locale() -> str:
    """The user's locale when no environment variable names one (Windows: the UI language)."""
    if sys.platform == "win32":
        import ctypes

        lang_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()
        return "zh" if lang_id & 0x3FF == 0x04 else "en"  # LANG_CHINESE
    try:
        return locale.getlocale(locale.LC_MESSAGES)[0] or locale.getlocale()[0] or ""
    except (AttributeError, ValueError):
        return ""
