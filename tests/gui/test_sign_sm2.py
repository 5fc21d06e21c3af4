"""The sign dialog with an SM2 certificate (issue 8): the Adobe Reader warning is in the dialog
before signing, and a second RSA signature chosen with the same identity widget ends up in the
signed copy (pdfsig verifies it; OpenSSL the SM2 one)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from crypto.sm.oids import SM2_WITH_SM3
from tests.fixtures.sm2pki import openssl_verifies
from tests.fixtures.verify import pdfsig_report

pytestmark = [pytest.mark.gui, pytest.mark.net]


@pytest.fixture
def dialog(qtbot, services, english, contract, tmp_path):
    from app.preferences import Preferences
    from ui.sign.dialog import SignDialog

    prefs = Preferences(level="B-B")
    dlg = SignDialog(services.jobs, prefs, contract)
    (tmp_path / "out").mkdir()
    dlg.output.setText(str(tmp_path / "out" / "signed.pdf"))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: not dlg.identity.scanning, timeout=20_000)
    return dlg


def _soft(page, path: Path) -> None:
    page.soft_radio.setChecked(True)
    page.soft_path.setText(str(path))
    page.soft_password.setText("pw")


def _last_step(qtbot, dlg, *, sm2: bool) -> None:
    dlg._go(1)
    dlg.placement.radios["none"].setChecked(True)
    dlg._go(2)
    if sm2:
        qtbot.waitUntil(lambda: dlg.second.isVisible(), timeout=20_000)


def test_an_rsa_certificate_gets_no_sm2_warning(qtbot, dialog, seal_p12):
    _soft(dialog.identity, seal_p12)
    _last_step(qtbot, dialog, sm2=False)
    qtbot.waitUntil(lambda: dialog.key_lookup is not None and dialog.key_lookup.done,
                    timeout=20_000)
    assert not dialog.second.isVisible()
    assert dialog.next.isEnabled()
    assert dialog.request().also is None


def test_sm2_warning_before_signing_and_a_second_rsa_signature(qtbot, dialog, sm2_pki,
                                                               seal_p12, tmp_path):
    _soft(dialog.identity, sm2_pki.path("seal.p12"))
    dialog._go(1)
    assert not dialog.second.isVisible()  # only on the last step, where Sign is
    _last_step(qtbot, dialog, sm2=True)
    assert "Adobe" in dialog.second.warning.text()
    assert dialog.second.warning.isVisible()
    assert dialog.next.text() == "Sign" and dialog.next.isEnabled()
    assert dialog.request().also is None  # offered, not imposed
    dialog.second.also.setChecked(True)
    assert dialog.second.identity.isVisible()
    assert not dialog.next.isEnabled()  # the second certificate is not chosen yet
    _soft(dialog.second.identity, seal_p12)
    assert dialog.next.isEnabled()
    assert dialog.request().also.p12 == seal_p12
    with qtbot.waitSignal(dialog.signed, timeout=60_000) as blocker:
        dialog.next.click()
    result = blocker.args[0]
    out = Path(dialog.output.text())
    assert result.status == "signed" and out.exists()
    with open(out, "rb") as fh:
        sm2_sig, rsa_sig = PdfFileReader(fh, strict=False).embedded_regular_signatures
        assert sm2_sig.signer_info["signature_algorithm"]["algorithm"].dotted == SM2_WITH_SM3
        attrs = sm2_sig.signer_info["signed_attrs"].untag().dump()
        value = sm2_sig.signer_info["signature"].native
        rsa_field = rsa_sig.field_name
    assert openssl_verifies(sm2_pki.openssl, sm2_pki.path("seal.pub.pem"), attrs, value,
                            tmp_path)
    by_field = {r.get("Signature Field Name"): r for r in pdfsig_report(out)}
    assert by_field[rsa_field]["Signature Validation"] == "Signature is Valid."
    assert dialog.second.identity.soft_password.text() == ""  # secrets dropped
