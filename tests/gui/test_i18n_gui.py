"""The GUI in Chinese and English: Qt's translator with the .qm catalogs built from the same .ts
files as the CLI, the system language by default, a menu to switch, and CJK text that renders
with the bundled font."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel

from app import preferences
from app.preferences import Preferences
from tests.gui.conftest import ROOT, open_and_wait

pytestmark = pytest.mark.gui


@pytest.fixture
def restore_language(qapp):
    from ui import i18n

    yield
    i18n.install("en")


def test_every_gui_message_is_translated_into_chinese() -> None:
    sys.path.insert(0, str(ROOT / "resources" / "translations"))
    import update_catalogs as uc

    found = uc.extract(ROOT)
    zh = uc.read_ts(uc.ts_path("zh_CN"))
    gui = [(ctx, src) for ctx, messages in found.messages.items() for src, origins in
           messages.items() if any(o.startswith("ui/") or "gui_cmd" in o for o in origins)]
    assert len(gui) > 90
    missing = [(c, s) for c, s in gui
               if not zh.get(c, {}).get(s) or zh[c][s].state is not None
               or not zh[c][s].translation]
    assert missing == []
    for c, s in gui:  # placeholders survive translation
        for name in ("{name}", "{field}", "{count}", "{path}", "{pages}", "{label}", "{reason}"):
            assert (name in s) == (name in zh[c][s].translation), (c, s)


def test_the_system_language_is_the_default(qtbot, services, restore_language,
                                            monkeypatch) -> None:
    from ui import i18n
    from ui.main_window import MainWindow

    monkeypatch.setenv("SEALDESK_LANG", "zh_CN")
    assert i18n.install(None) == "zh_CN"
    win = MainWindow(services, Preferences())
    qtbot.addWidget(win)
    qtbot.wait(10)
    assert win.acts.menus["file"].title() == "文件(&F)"
    assert win.welcome.open_button.text() == "打开 PDF…"
    assert win.acts.language_actions["zh_CN"].isChecked()


def test_switching_language_retranslates_everything_and_is_remembered(
        qtbot, window, trusting, review_samples, restore_language, _isolated_home) -> None:
    tab = open_and_wait(qtbot, window, review_samples["legit_p2_fill"])
    assert tab.verdict.text.text().startswith("Signed, but the document was changed")
    with qtbot.waitSignal(tab.reviewed, timeout=60_000):  # the engine's reasons, in Chinese
        window.acts.language_actions["zh_CN"].trigger()  # LanguageChange events are posted
    assert window.acts.menus["signatures"].title() == "签名(&S)"
    assert window.acts.open.text() == "打开(&O)…"
    assert window.status.page.text().startswith("第 1 页，共 ")
    assert tab.verdict.text.text().startswith("已签名，但文档在签署后被更改过")
    texts = [label.text() for label in tab.panel.findChildren(QLabel)]
    assert any(t.startswith("签署后的更改") for t in texts)
    assert any("（CHANGED）" in t for t in texts)
    qtbot.waitUntil(lambda: preferences.load().language == "zh_CN", timeout=5000)
    window.acts.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.acts.menus["signatures"].title() == "&Signatures", timeout=5000)
    qtbot.waitUntil(lambda: preferences.load().language == "en", timeout=5000)


def test_standard_dialog_buttons_follow_the_language(qapp, restore_language) -> None:
    from PySide6.QtCore import QCoreApplication

    from ui import i18n

    i18n.install("zh_CN")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    assert QCoreApplication.translate("ui", "Cancel") == "取消"


def test_the_bundled_cjk_font_is_registered_and_used_as_fallback(qapp) -> None:
    from ui import fonts

    families = fonts.register_bundled_fonts()
    assert "Noto Sans CJK SC" in families
    assert "Noto Sans CJK SC" in QFontDatabase.families()
    app_font = QApplication.font()
    assert "Noto Sans CJK SC" in app_font.families()
    assert QFontMetrics(QFont("Noto Sans CJK SC")).inFontUcs4(ord("签"))


def test_chinese_renders_without_any_system_cjk_font(tmp_path: Path) -> None:
    """A machine with no Chinese font: fontconfig sees no fonts at all, only ours."""
    conf = tmp_path / "fonts.conf"
    conf.write_text("<?xml version='1.0'?><!DOCTYPE fontconfig SYSTEM 'fonts.dtd'>"
                    f"<fontconfig><cachedir>{tmp_path}/cache</cachedir></fontconfig>")
    code = (
        "import sys\n"
        "from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QImage, QPainter, QColor\n"
        "from PySide6.QtCore import Qt\n"
        "from ui.app import create_application\n"
        "app = create_application(['t'])\n"
        "system = [f for f in QFontDatabase.families() if 'CJK' in f or 'Hei' in f]\n"
        "assert system == ['Noto Sans CJK SC'], system\n"
        "def draw(font):\n"
        "    image = QImage(200, 60, QImage.Format.Format_RGB32)\n"
        "    image.fill(QColor('white'))\n"
        "    p = QPainter(image)\n"
        "    p.setFont(font)\n"
        "    p.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, '签章台')\n"
        "    p.end()\n"
        "    return image\n"
        "ui = draw(app.font())\n"
        "ui.save(sys.argv[1])\n"
        "bundled = QFont('Noto Sans CJK SC')\n"
        "bundled.setPointSizeF(app.font().pointSizeF())\n"
        "assert ui == draw(bundled)  # the glyphs come from the bundled font, not boxes\n"
        "dark = sum(1 for x in range(200) for y in range(60) if ui.pixelColor(x, y).value() < 128)\n"
        "assert dark > 100, dark\n"
        "assert QFontMetrics(app.font()).inFontUcs4(ord('签'))\n"
    )
    env = {"FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
           "HOME": str(tmp_path), "SEALDESK_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "cjk.png")], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
