"""CJK text everywhere: the bundled Noto Sans CJK SC subset, registered with Qt at start-up.

Computers without a Chinese font (a fresh Windows in English, a minimal Linux) would show boxes
instead of 签章台.  The font that draws the seals is registered as an application font and put
after the platform's UI font in the application font's family list, so Latin text keeps the
native look and every character the UI font lacks falls back to the bundled one.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

_registered: list[str] = []


def register_bundled_fonts() -> list[str]:
    """Add the bundled CJK fonts to Qt's font database (once); returns their family names."""
    if _registered:
        return list(_registered)
    from crypto import errors
    from crypto.seal.fonts import font_path

    for weight in ("regular", "bold"):
        try:
            path = font_path(weight)
        except errors.SealDeskError as exc:
            log.warning("bundled font missing: %s", exc)
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Qt could not load the bundled font %s", path)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in _registered:
                _registered.append(family)
    return list(_registered)


def install_cjk_fallback(app: QApplication) -> QFont:
    """Make the application font fall back to the bundled CJK font; returns the new font."""
    families = register_bundled_fonts()
    font = app.font()
    chain = [f for f in font.families() or [font.family()] if f]
    for family in families:
        if family not in chain:
            chain.append(family)
    font.setFamilies(chain)
    app.setFont(font)
    return font


def cjk_family() -> str | None:
    """The bundled CJK family (for widgets that must draw Chinese whatever the UI font is)."""
    families = register_bundled_fonts()
    return families[0] if families else None
