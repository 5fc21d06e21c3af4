"""Desktop-app fixtures: the QApplication as the app makes it, services, windows, sample PDFs.

Tests run offscreen (tests/conftest.py) and fail on Qt warnings (``qt_log_level_fail`` in
pyproject.toml).  Signed samples come from the review corpus generators (tests/data/review),
signed once per session with the test PKI; the verdicts they must get are in expected.py.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
SAMPLES = ("legit_bb", "legit_p2_fill", "eaa_p2_freetext", "eaa_p3_freetext", "bitflip_content",
           "legit_unsigned")


def _compile_catalogs() -> None:
    """What ``make translations`` does, when a .qm is missing or older than its .ts."""
    lrelease = Path(os.environ.get("VIRTUAL_ENV", ROOT / ".venv")) / "bin" / "pyside6-lrelease"
    if not lrelease.exists():
        import shutil

        found = shutil.which("pyside6-lrelease")
        lrelease = Path(found) if found else lrelease
    for ts in TRANSLATIONS.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True,
                           timeout=120)


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["sealdesk"]


@pytest.fixture(scope="session")
def qapp(qapp_args: list[str]) -> Iterator[object]:
    """The QApplication made by the app itself (names, icon, CJK font fallback)."""
    _compile_catalogs()
    from ui.app import create_application

    yield create_application(qapp_args)


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    from ui import i18n

    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def services(qapp: object) -> Iterator[object]:
    """Job runner and render thread for one test (no token polling)."""
    from ui.jobs import JobRunner
    from ui.pdf_view.renderer import RenderService
    from ui.services import Services

    made = Services(JobRunner(), RenderService(), token_scan=None)
    yield made
    made.shutdown()


@pytest.fixture
def window(qtbot, services, english) -> Iterator[object]:
    """A shown main window with no document and default preferences."""
    from app.preferences import Preferences
    from ui.main_window import MainWindow

    win = MainWindow(services, Preferences())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def open_and_wait(qtbot, win, path: Path | str, *, reviewed: bool = True):
    """Open ``path`` in ``win`` and wait for its pages (and its review)."""
    [tab] = win.open_paths([path])
    qtbot.waitUntil(lambda: tab.info is not None, timeout=20_000)
    if reviewed:
        qtbot.waitUntil(lambda: tab.report is not None, timeout=60_000)
    return tab


@pytest.fixture(scope="session")
def contract_500(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 500-page contract (the 99-page sample, repeated)."""
    import pymupdf

    from app.demo.contract import sample_contract_bytes

    path = tmp_path_factory.mktemp("big") / "contract-500.pdf"
    src = pymupdf.open(stream=sample_contract_bytes(pages=99), filetype="pdf")
    doc = pymupdf.open()
    while doc.page_count < 500:
        doc.insert_pdf(src, to_page=min(98, 500 - doc.page_count - 1))
    doc.save(path, garbage=3, deflate=True)
    return path


@pytest.fixture(scope="session")
def review_samples(test_pki, pki_server, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Signed samples with known verdicts (see tests/data/review/expected.py)."""
    from tests.data.review.make_corpus import build_corpus

    folder = tmp_path_factory.mktemp("gui-samples")
    home = folder / ".home"
    home.mkdir()
    old = os.environ.get("SEALDESK_HOME")
    os.environ["SEALDESK_HOME"] = str(home)
    try:
        return build_corpus(folder, test_pki, tsa_url=pki_server.tsa_url, names=SAMPLES)
    finally:
        if old is None:
            os.environ.pop("SEALDESK_HOME", None)
        else:
            os.environ["SEALDESK_HOME"] = old


@pytest.fixture
def trusting(services, test_pki):
    """The services reviewing with the test PKI's root trusted."""
    from ui.review import ReviewSettings

    services.review = ReviewSettings(extra_roots=(test_pki.root.cert.dump(),))
    return services


@pytest.fixture
def platform_server(tmp_path):
    """The reference platform (server/) on 127.0.0.1 with SMS codes in an outbox file."""
    from server.platform import Platform
    from server.settings import Settings
    from tests.server.harness import ServerThread

    platform = Platform(Settings(db_url=f"sqlite:///{tmp_path / 'platform.db'}",
                                 log_key_path=tmp_path / "log-key.pem",
                                 sms_outbox=tmp_path / "sms.jsonl"))
    server = ServerThread(platform).__enter__()
    yield server, tmp_path / "sms.jsonl"
    server.__exit__(None, None, None)
    platform.close()


def platform_vault_for(server: object, cert_der: bytes, folder: Path | None = None, *,
                       consented: bool = True) -> str:
    """A new vault (default: the data folder's) registered with ``server``'s platform, the
    certificate ``cert_der`` a signer of the org there, the agreements accepted (or not).
    Returns the signer's id (SHA-256 of the certificate)."""
    import hashlib

    from app.compliance import agreements, consent
    from app.sync.device import register
    from app.sync.transport import Endpoint
    from app.vault.vault import Vault, default_folder
    from tests.fixtures.vault import PASSPHRASE

    platform = server.platform  # type: ignore[attr-defined]
    org, _ = platform.create_org("示例科技")
    signer = hashlib.sha256(cert_der).hexdigest()
    platform.add_signer(org, signer, "+8613800138000")
    with Vault.create(folder or default_folder(), passphrase=PASSPHRASE) as vault:
        register(vault, Endpoint(server.base_url),  # type: ignore[attr-defined]
                 platform.issue_token(org))
        if consented:
            consent.accept_required(vault, agreements.load(), "en",
                                    dict.fromkeys(agreements.REQUIRED, True))
    return signer
