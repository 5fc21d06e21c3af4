"""Screenshots of the compliance dialogs (issue 6), in Chinese and in English.

    xvfb-run -a -s "-screen 0 1280x860x24" .venv/bin/python tools/screenshots_compliance.py

Also run as part of tools/screenshots.py (``compliance_screens``).  A temporary vault and the
platform (server/, through tests/compliance/live_platform.py) on 127.0.0.1 stand in for the
real ones.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
Wait = Callable[[], bool]
DOCS = [("采购合同-2026-017.pdf", "3f" * 32), ("补充协议-2026-017A.pdf", "a7" * 32)]


def compliance_screens(window: Any, language: str, jobs: Any, settle: Callable[..., Wait]
                       ) -> Iterator[Wait | str]:
    """Every compliance dialog over ``window``, in order (for tools/screenshots.py)."""
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    from app.compliance import agreements, consent, expiry
    from app.compliance.platform import intent_services
    from app.sync.device import register
    from app.sync.transport import Endpoint
    from app.vault import Vault
    from tests.compliance.conftest import make_cert
    from tests.compliance.live_platform import LivePlatform
    from ui.compliance import notice_dialog
    from ui.compliance.agreements_dialog import AgreementsDialog
    from ui.compliance.consent_page import ConsentPage
    from ui.compliance.expiry_banner import ExpiryBanner
    from ui.compliance.face_dialog import FaceCaptureDialog, FaceConsentDialog
    from ui.compliance.sms_dialog import SmsCodeDialog
    from ui.signature_panel import common_name

    texts = agreements.load()
    lang = "en" if language == "en" else "zh_CN"
    work = Path(tempfile.mkdtemp(prefix="sealdesk-compliance-shots-"))
    vault = Vault.create(work / "vault", passphrase="screenshots")  # noqa: S106 - throwaway
    server = LivePlatform(work / "platform")
    signer = "5" * 64
    server.add_signer(signer, "+8613812345678")
    register(vault, Endpoint(server.url), server.enrolment_token)
    services = intent_services(vault, signer)
    try:
        dialog: Any = AgreementsDialog(texts, lang, window)
        dialog.open()
        yield settle()
        yield "compliance-agreements-unticked"
        for box in list(dialog.boxes.values())[:2]:
            box.setChecked(True)
        dialog.list.setCurrentRow(1)
        yield settle()
        yield "compliance-agreements-two-ticked"
        dialog.reject()

        consent.accept_required(vault, texts, lang, dict.fromkeys(agreements.REQUIRED, True))
        consent.withdraw(vault, agreements.PRIVACY)
        holder = QDialog(window)
        holder.setWindowTitle(holder.tr("Settings"))
        holder.resize(760, 420)
        page = ConsentPage(vault, jobs, texts, lang, holder)
        QVBoxLayout(holder).addWidget(page)
        holder.open()
        yield lambda: page.table.rowCount() == 3
        yield settle()
        yield "compliance-consent-page"
        holder.reject()

        now = dt.datetime.now(dt.UTC)
        old = make_cert(now - dt.timedelta(days=700), now - dt.timedelta(days=3), "财务专用章 2024")
        soon = make_cert(now - dt.timedelta(days=350), now + dt.timedelta(days=12), "合同专用章")
        banner = getattr(window, "expiry_banner", None)  # the main window's, above the tabs
        if banner is None:
            banner = ExpiryBanner(window)
            banner.setGeometry(0, window.menuBar().height(), window.width(), 64)
            banner.raise_()
        banner.set_standings(expiry.flag([old, soon], 30), {expiry.certificate_sha256(soon)})
        yield settle()
        yield "compliance-expiry-banner"
        banner.set_standings([])

        cert_sha = expiry.certificate_sha256(soon)
        who = common_name(soon.subject)
        until = soon.not_after.date().isoformat()
        for name, make in (
            ("before-use", lambda: notice_dialog.before_use(window, who, cert_sha, DOCS)),
            ("after-use", lambda: notice_dialog.after_use(
                window, who, cert_sha, [(n.replace(".pdf", ".signed.pdf"), "9c" * 32)
                                        for n, _ in DOCS])),
            ("issued", lambda: notice_dialog.issued(window, who, cert_sha,
                                                    "USB Key 0A1B2C3D", "2027-11-30")),
            ("renewal", lambda: notice_dialog.renewal(window, who, until, 12)),
            ("renewal-at-signing", lambda: notice_dialog.renewal_at_signing(
                window, who, until, 12)),
        ):
            dialog = make()
            dialog.open()
            yield settle()
            yield f"compliance-notice-{name}"
            dialog.reject()

        dialog = SmsCodeDialog(services.sms, DOCS[0][1], jobs, window)
        dialog.open()
        yield lambda: dialog.challenge is not None
        dialog.code.setText("123456")
        dialog.confirm.click()
        yield lambda: not dialog.busy and bool(dialog.error.text())
        dialog.code.setText("12")
        yield settle()
        yield "compliance-sms-wrong-code"
        dialog.reject()

        consent.accept_required(vault, texts, lang, dict.fromkeys(agreements.REQUIRED, True))
        yield from cert_apply_screens(window, language, vault, server, signer, jobs, settle)

        dialog = FaceConsentDialog(texts[agreements.BIOMETRIC], lang, window)
        dialog.open()
        yield settle()
        yield "compliance-face-consent"
        dialog.reject()
        dialog = FaceCaptureDialog(services.face, DOCS[0][1], "c" * 64, jobs, window)
        dialog.open()
        yield settle()
        yield "compliance-face-no-camera"
        dialog.reject()
    finally:
        services.close()
        server.stop()
        vault.close()


def cert_apply_screens(window: Any, language: str, vault: Any, server: Any, signer: str,
                       jobs: Any, settle: Callable[..., Wait]) -> Iterator[Wait | str]:
    """Tools → Apply for a certificate: the form, the before-issuance notice, the SMS code and
    the issued notice (a certificate really issued by the platform, into a temporary folder)."""
    from PySide6.QtWidgets import QPushButton

    from ui.compliance.cert_apply_dialog import CertApplyDialog
    from ui.vault.session import VaultSession

    session = VaultSession(jobs, window, folder=Path(vault.folder))
    session.vault = vault  # the open vault, as if unlocked in the app
    dialog = CertApplyDialog(session, window)
    dialog.open()
    dialog.name.setText("张三" if language == "zh_CN" else "Zhang San")
    dialog.signer.setText(signer)
    yield lambda: dialog.registered is True and bool(dialog.output.text())
    dialog.password.setText("screenshots-pw")  # noqa: S106 - throwaway
    dialog.repeat.setText("screenshots-pw")  # noqa: S106 - throwaway
    yield settle()
    yield "compliance-cert-apply-form"
    dialog.apply_button.click()
    yield lambda: dialog.step is not None and dialog.step.objectName() == "notice_before_issuance"
    yield settle()
    yield "compliance-cert-apply-before-issuance"
    dialog.step.findChild(QPushButton, "noticeAccept").click()
    yield lambda: dialog.step is not None and getattr(dialog.step, "challenge", None) is not None
    sms = dialog.step
    sms.code.setText(server.code_for(sms.challenge.challenge_id))
    yield settle()
    yield "compliance-cert-apply-sms"
    sms.confirm.click()
    yield lambda: dialog.step is not None and dialog.step.objectName() == "notice_issued"
    yield settle()
    yield "compliance-cert-apply-issued"
    dialog.step.accept()
    yield settle(200)
    yield "compliance-cert-apply-done"
    dialog.reject()


def main() -> int:
    from tools.screenshots import standalone

    return standalone(__doc__.splitlines()[0], "compliance", compliance_screens)


if __name__ == "__main__":
    sys.exit(main())
