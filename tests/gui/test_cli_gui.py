"""`sealdesk` alone and `sealdesk gui [FILE...]` start the app; nothing else pays for Qt."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app.cli import gui_cmd
from app.cli.main import EXIT_USAGE, main
from tests.gui.conftest import ROOT

pytestmark = pytest.mark.gui

_BLOCK_QT = (
    "import sys\n"
    "class Block:\n"
    "    def find_spec(self, name, path=None, target=None):\n"
    "        if name.split('.')[0] in ('PySide6', 'shiboken6', 'ui'):\n"
    "            raise ImportError(name + ' is blocked')\n"
    "sys.meta_path.insert(0, Block())\n"
)


@pytest.fixture
def started(monkeypatch) -> list[tuple[list[str], list[str]]]:
    calls: list[tuple[list[str], list[str]]] = []

    def fake_run(files, *, trust_files=(), render_process=None):
        calls.append((list(files), list(trust_files)))
        if render_process is not None:
            render_process.stop()
        return 0

    import ui.app

    monkeypatch.setattr(ui.app, "run", fake_run)
    return calls


def test_gui_with_files_starts_the_app(started) -> None:
    assert main(["gui", "a.pdf", "合同.pdf", "--trust", "root.pem"]) == 0
    assert started == [(["a.pdf", "合同.pdf"], ["root.pem"])]


def test_a_bare_sealdesk_starts_the_app_when_there_is_a_display(started, monkeypatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert main([]) == 0
    assert started == [([], [])]


def test_without_a_display_a_bare_sealdesk_prints_help(started, monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SEALDESK_LANG", "en")
    assert main([]) == EXIT_USAGE
    assert "usage: sealdesk" in capsys.readouterr().out
    assert main(["gui", "x.pdf"]) == EXIT_USAGE
    assert "No display is available" in capsys.readouterr().err
    assert started == []


def test_display_detection() -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("Linux rule")
    assert gui_cmd.has_display({"DISPLAY": ":0"})
    assert gui_cmd.has_display({"WAYLAND_DISPLAY": "wayland-0"})
    assert gui_cmd.has_display({"QT_QPA_PLATFORM": "offscreen"})
    assert not gui_cmd.has_display({})
    assert not gui_cmd.has_display({"QT_QPA_PLATFORM": "xcb"})


def test_version_and_other_commands_never_load_qt() -> None:
    code = (
        "import sys\n"
        "from app.cli.main import main\n"
        "try:\n"
        "    main(['--version'])\n"
        "except SystemExit as exit:\n"
        "    assert exit.code == 0\n"
        "from app.cli.main import build_parser\n"
        "build_parser().parse_args(['gui', 'x.pdf'])\n"
        "import app.cli.gui_cmd, app.preferences, app.token_status\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ui'))]\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("sealdesk ")


def test_gui_without_the_gui_extra_says_how_to_install_it() -> None:
    code = _BLOCK_QT + (
        "import os\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "os.environ['SEALDESK_LANG'] = 'en'\n"
        "from app.cli.main import main\n"
        "assert main(['gui']) == 2\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "The desktop app is not installed" in done.stderr
    assert "pip install 'sealdesk[gui]'" in done.stderr


def test_app_and_crypto_never_import_pyside6() -> None:
    code = _BLOCK_QT + (
        "import app.cli.main, app.cli.gui_cmd, app.preferences, app.token_status, app.review\n"
        "import app.review.report_pdf, crypto.review.engine\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
