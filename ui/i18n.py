"""The GUI's languages with Qt's own system: QTranslator and the .qm catalogs.

``make translations`` compiles ``resources/translations/sealdesk_<lang>.ts`` (the catalogs the
CLI reads) into ``.qm``; the GUI loads the one for its language, plus Qt's own ``qtbase``
catalog for the words of standard dialogs.  The default follows the system (``SEALDESK_LANG``,
then the locale, as in the CLI); the user's choice is saved in the preferences.  Switching
sends every widget a ``LanguageChange`` event and each one retranslates itself.
"""

from __future__ import annotations

import contextlib
import logging
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import i18n as core_i18n

log = logging.getLogger(__name__)

LANGUAGES = core_i18n.LANGUAGES  # ("zh_CN", "en")

_installed: list[QTranslator] = []
_current: str | None = None


def system_language() -> str:
    """The language the system asks for (``SEALDESK_LANG``, the locale; zh_CN or en)."""
    return core_i18n.language_from_environment()


def current_language() -> str:
    """The language the GUI shows."""
    return _current or system_language()


def catalog_path(language: str) -> Path | None:
    """The compiled catalog of ``language`` (None when ``make translations`` was not run)."""
    ref = resources.files("resources") / "translations" / f"sealdesk_{language}.qm"
    path = Path(str(ref))
    return path if path.is_file() else None


def install(language: str | None = None) -> str:
    """Load ``language`` (None: the system's) into the running application; returns it."""
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication first")
    language = core_i18n.normalize(language) if language else system_language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    for translator in _translators(language):
        if app.installTranslator(translator):
            _installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China)
                       if language == "zh_CN" else QLocale(QLocale.Language.English,
                                                           QLocale.Country.UnitedStates))
    core_i18n.set_language(language)  # the core's words (report texts) follow the GUI
    _current = language
    return language


def _translators(language: str) -> list[QTranslator]:
    found: list[QTranslator] = []
    path = catalog_path(language)
    if path is None:
        log.warning("sealdesk_%s.qm is missing: run `make translations`; showing English",
                    language)
    else:
        ours = QTranslator()
        if ours.load(str(path)):
            found.append(ours)
        else:
            log.warning("cannot load %s", path)
    if language != "en":
        qt = QTranslator()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        with contextlib.suppress(RuntimeError):
            if qt.load(f"qtbase_{language}", qt_dir):
                found.append(qt)
    return found
