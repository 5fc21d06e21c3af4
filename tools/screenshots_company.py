"""Screenshots of Tools → Authorisation letter (授权书, issue 6), in Chinese and in English.

    xvfb-run -a -s "-screen 0 1280x860x24" .venv/bin/python tools/screenshots_company.py

Also run as part of tools/screenshots.py (``company_screens``).  A temporary vault (agreements
accepted) and a throw-away soft seal certificate stand in for the real ones; the letter is really
signed and registered there.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
Wait = Callable[[], bool]
PASSPHRASE = "screenshots"  # noqa: S105 - a throw-away vault for the screenshots
FIELDS = {"company": "北京示例科技有限公司", "credit_code": "91110108MA01ABCD4P",
          "legal_rep_name": "王大明", "legal_rep_id": "11010519491231002X",
          "agent_name": "李小红", "agent_id": "440524198001010013"}


def company_screens(window: Any, language: str, jobs: Any, settle: Callable[..., Wait]
                    ) -> Iterator[Wait | str]:
    """The authorisation letter dialog over ``window``: a field error, the preview, the seal
    step, the registered letter (for tools/screenshots.py)."""
    from PySide6.QtWidgets import QMessageBox

    from app.compliance import agreements, consent
    from app.preferences import Preferences
    from app.vault import Vault
    from tests.compliance.conftest import short_lived_p12
    from ui.compliance.authorisation_dialog import AuthorisationDialog
    from ui.vault.session import VaultSession

    work = Path(tempfile.mkdtemp(prefix="sealdesk-company-shots-"))
    vault = Vault.create(work / "vault", passphrase=PASSPHRASE)
    consent.accept_required(vault, agreements.load(), language,
                            dict.fromkeys(agreements.REQUIRED, True))
    p12 = short_lived_p12(work / "公司公章.p12", 700)
    session = VaultSession(jobs, window, folder=Path(vault.folder))
    session.vault = vault  # the open vault, as if unlocked in the app
    dialog = AuthorisationDialog(session, Preferences(language, level="B-B"), window)
    try:
        dialog.open()
        form = dialog.form
        for name, value in FIELDS.items():
            form.edits[name].setText(value)
            form.edits[name].textEdited.emit(value)
        form.scope.setPlainText("代表本公司签署采购合同及相关补充协议" if language == "zh_CN"
                                else "To sign purchase contracts and their supplements")
        form.edits["agent_id"].setText(FIELDS["agent_id"][:-1] + "4")  # a wrong check digit
        form.secrets["agent_id"].show_button.setChecked(True)
        yield settle()
        yield "company-letter-field-error"
        form.edits["agent_id"].setText(FIELDS["agent_id"])
        form.secrets["agent_id"].show_button.setChecked(False)
        yield lambda: form.rendered
        yield settle()
        yield "company-letter-preview"
        dialog.next_button.click()
        dialog.identity.soft_radio.setChecked(True)
        dialog.identity.soft_path.setText(str(p12))
        dialog.identity.soft_password.setText("pw")
        dialog.output.setText(str(work / "授权委托书.pdf"))
        yield lambda: not dialog.identity.scanning and dialog.sign_button.isEnabled()
        yield settle()
        yield "company-letter-seal"
        dialog.sign_button.click()
        yield lambda: dialog.findChild(QMessageBox, "tokenQuestion") is not None
        yield settle()
        yield "company-letter-confirm"
        dialog.findChild(QMessageBox, "tokenQuestion").button(
            QMessageBox.StandardButton.Yes).click()
        yield lambda: dialog.letter is not None
        yield settle()
        yield "company-letter-registered"
    finally:
        dialog.reject()
        session.vault = None
        vault.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "out" / "screenshots"))
    parser.add_argument("--lang", action="append", choices=("zh_CN", "en"))
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        print("screenshots need an X display: run them with xvfb-run", file=sys.stderr)
        return 2
    os.environ["SEALDESK_HOME"] = tempfile.mkdtemp(prefix="sealdesk-shots-home-")
    from app.preferences import Preferences
    from tools.screenshots import SCREEN, Director, settle
    from ui import i18n
    from ui.app import create_application
    from ui.jobs import JobRunner
    from ui.main_window import MainWindow
    from ui.pdf_view.renderer import RenderService
    from ui.services import Services

    app = create_application(["sealdesk"])
    for language in args.lang or ["zh_CN", "en"]:
        i18n.install(language)
        jobs = JobRunner()
        services = Services(jobs, RenderService(), token_scan=None)
        window = MainWindow(services, Preferences(language))
        window.setGeometry(0, 0, *SCREEN)
        window.show()
        out = Path(args.out) / language
        out.mkdir(parents=True, exist_ok=True)
        director = Director(out, company_screens(window, language, jobs, settle))
        director.start()
        app.exec()
        window.close()
        services.shutdown()
        if director.failed:
            raise SystemExit(f"company screenshots ({language}): {director.failed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
