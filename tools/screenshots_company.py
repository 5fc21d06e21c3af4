"""Screenshots of Tools → Authorisation letter (授权书, issue 6), in Chinese and in English.

    xvfb-run -a -s "-screen 0 1280x860x24" .venv/bin/python tools/screenshots_company.py

Also run as part of tools/screenshots.py (``company_screens``).  A temporary vault (agreements
accepted) and a throw-away soft seal certificate stand in for the real ones; the letter is really
signed and registered there.
"""

from __future__ import annotations

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
    from tools.screenshots import standalone

    return standalone(__doc__.splitlines()[0], "company", company_screens)


if __name__ == "__main__":
    sys.exit(main())
