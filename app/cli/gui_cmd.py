"""`sealdesk gui [FILE...]` (and `sealdesk` alone): start the desktop app.

Qt is imported only here, inside :func:`run_gui`, so every other command (and ``--version``)
starts without it.  Without a display, or without the GUI extra installed, it says so and
exits with the usage code instead of crashing inside Qt.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from app.i18n import tr

EXIT_USAGE = 2


def add_gui_parser(subparsers: Any) -> None:
    """Register ``gui`` and its options."""
    p = subparsers.add_parser(
        "gui", help=tr("cli", "open the desktop app (also: sealdesk with no command)"))
    p.add_argument("files", nargs="*", metavar="FILE", help=tr("cli", "PDF files to open"))
    p.add_argument("--trust", action="append", default=[], metavar="PEM",
                   help=tr("cli", "trust this root or CA certificate when checking signatures "
                                  "(repeatable)"))


def has_display(environ: os._Environ[str] | dict[str, str] | None = None) -> bool:
    """Whether Qt can open a window here (X11/Wayland on Linux; always elsewhere)."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return True
    if env.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal", "vnc", "eglfs",
                                                          "linuxfb"):
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def run_gui(args: argparse.Namespace | None) -> int:
    """Start the app with ``args.files`` (None: no files); the app's exit code."""
    files = list(getattr(args, "files", []) or [])
    trust = list(getattr(args, "trust", []) or [])
    if not has_display():
        message = tr("cli", "No display is available, so the desktop app cannot start. Use a "
                            "command instead (see 'sealdesk --help').")
        print(f"sealdesk: {message}", file=sys.stderr)
        return EXIT_USAGE
    process = None
    try:
        from ui.pdf_view.render_client import RenderProcess

        process = RenderProcess()  # starts now: ready when the window is, not 0.2 s later
        from ui.app import run
    except ImportError as exc:
        if process is not None:
            process.stop()
        message = tr("cli", "The desktop app is not installed ({detail}). Install SealDesk with "
                            "its GUI extra: pip install 'sealdesk[gui]'.").format(detail=exc)
        print(f"sealdesk: {message}", file=sys.stderr)
        return EXIT_USAGE
    return run(files, trust_files=trust, render_process=process)
