"""Screenshot steps for the sign flow, batch signing, compare pages, vault, settings and
diagnostics (run by tools/screenshots.py after the viewer's screens)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

Wait = Callable[[], bool]
_PKI: list[object] = []  # the screenshot PKI (seal custody's scenario signs with its keys)


def _settle(ms: int = 400) -> Wait:
    until = time.monotonic() + ms / 1000
    return lambda: time.monotonic() >= until


def prepare_token(folder: Path, pki: object) -> str | None:
    """A SoftHSM token with the test PKI's keys (the sign dialog lists them); None without it."""
    import os

    _PKI[:] = [pki]
    platform = os.environ.get("QT_QPA_PLATFORM")
    from tests.fixtures.softhsm import build_softhsm, entries_from_pki, find_softhsm_module

    if platform is None:  # the test suite's conftest asks for offscreen Qt: not here
        os.environ.pop("QT_QPA_PLATFORM", None)

    module = find_softhsm_module()
    if module is None:
        return None
    build_softhsm(folder, module, entries_from_pki(pki))
    return module


def flows_script(win: object, samples: dict[str, Path], language: str) -> Iterator[Wait | str]:
    """Sign (3 steps and the PIN dialog), batch, compare, vault, settings, diagnostics."""
    from ui.document_tab import DocumentTab

    w = win
    w.open_paths([samples["eaa_p2_freetext"]])  # type: ignore[attr-defined]
    tab = w.current_tab()  # type: ignore[attr-defined]
    assert isinstance(tab, DocumentTab)
    yield lambda: tab.report is not None
    tab.compare_pages(tab.panel.cards[0].field)
    dialog = tab.compare_dialog
    yield lambda: dialog.diff is not None
    yield _settle()
    yield "compare-side-by-side"
    dialog.overlay.setChecked(True)
    yield _settle()
    yield "compare-overlay"
    dialog.accept()

    w.open_paths([samples["big"]])  # type: ignore[attr-defined]
    w.flows.sign_current()  # type: ignore[attr-defined]
    sign = w.flows.last_dialog  # type: ignore[attr-defined]
    yield lambda: not sign.identity.scanning
    items = sign.identity.certificate_items()
    usable = [i for i in items if i.data(0, 0x0100)[1].label == "seal-rsa"]
    if usable:
        usable[0].setSelected(True)
    yield _settle()
    yield "sign-1-identity"
    sign._go(1)
    yield lambda: not sign.placement.page_item.pixmap().isNull()
    yield _settle(600)
    yield "sign-2-placement"
    sign._go(2)
    yield _settle()
    yield "sign-3-options"
    sign.options.level.setCurrentIndex(0)  # B-B: no network needed
    if usable:
        sign.next.click()
        yield lambda: sign.interaction.pin_dialog is not None
        yield _settle()
        yield "sign-pin"
        sign.interaction.pin_dialog.reject()
        yield lambda: sign.job is None
    sign.reject()

    w.flows.batch_sign()  # type: ignore[attr-defined]
    batch = w.flows.last_dialog  # type: ignore[attr-defined]
    batch.add_paths([p for k, p in samples.items() if k != "big"] + [samples["big"]])
    yield lambda: len(batch.facts) == len(samples)
    yield _settle()
    yield "batch-1-documents"
    batch._go(2)
    yield _settle()
    yield "batch-3-options"
    batch.reject()

    w.flows.open_vault()  # type: ignore[attr-defined]
    vault = w.flows.last_dialog  # type: ignore[attr-defined]
    yield _settle()
    yield "vault"
    vault.reject()

    w.flows.open_settings()  # type: ignore[attr-defined]
    settings = w.flows.last_dialog  # type: ignore[attr-defined]
    yield lambda: settings.found.text() != ""
    for index, name in enumerate(("general", "signing", "seals", "review")):
        settings.tabs.setCurrentIndex(index)
        yield _settle(300)
        yield f"settings-{name}"
    settings.reject()

    w.flows.open_doctor()  # type: ignore[attr-defined]
    doctor = w.flows.last_dialog  # type: ignore[attr-defined]
    yield lambda: doctor.report is not None
    yield _settle()
    yield "diagnostics"
    doctor.reject()

    if _PKI:  # seal custody (issue 10)
        from tools.screenshots_custody import custody_screens

        yield from custody_screens(win, _PKI[0], samples["big"].parent / "custody")
