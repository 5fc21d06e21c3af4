"""`sealdesk doctor`: every check with real parts — drivers (SoftHSM, skfsim, broken files),
vaults (passphrase, keyring, damaged), the data folder, the local TSA for --online — and the
CLI's exit code, JSON and language."""

from __future__ import annotations

import json
import socket
import struct
from pathlib import Path

import pytest

from app import RELEASES_URL, __version__
from app.cli.main import main
from app.doctor import FAIL, OK, WARN, DoctorOptions, Report, run_checks

EVERY_CHECK = ("version", "python", "platform", "pyhanko", "pymupdf", "gui", "face",
               "translations", "font", "pkcs11", "tokens", "certificates", "skf", "trust", "keyring", "vault",
               "data")


def doctor_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:
    capsys.readouterr()
    code = main(["doctor", "--json", *args])
    return code, json.loads(capsys.readouterr().out)


def by_id(doc: dict, check_id: str) -> dict:
    return next(c for c in doc["checks"] if c["id"] == check_id)


@pytest.mark.unit
def test_report_covers_every_part(_isolated_home: Path) -> None:
    report = run_checks()
    assert tuple(c.id for c in report.checks) == EVERY_CHECK  # no network check unless online
    assert all(c.status in (OK, WARN, FAIL) for c in report.checks)
    assert report.ok, [c.to_json() for c in report.checks if c.status == FAIL]
    version = report.by_id("version")
    assert version.details["version"] == __version__
    assert version.details["releases"] == RELEASES_URL
    assert report.by_id("data").details["path"] == str(_isolated_home)
    assert report.by_id("vault").details == {"path": str(_isolated_home / "vault"),
                                             "exists": False}
    assert report.by_id("font").status == OK
    assert report.by_id("translations").details["zh_CN"]["qm"] is True
    trust = report.by_id("trust").details
    assert trust["bundled"] >= 0 and trust["system"] >= 0


@pytest.mark.unit
def test_qt_is_probed_in_a_child_process() -> None:
    pytest.importorskip("PySide6.QtWidgets")
    from PySide6.QtCore import qVersion

    report = run_checks()
    gui = report.by_id("gui")
    assert gui.status == OK and gui.details["version"] == qVersion()
    face = report.by_id("face")
    assert face.status in (OK, WARN) and set(face.details) == {"PySide6.QtMultimedia", "cv2"}
    if face.status == WARN:  # says which part is missing (here: libpulse for QtMultimedia)
        assert any(d["error"] for d in face.details.values())


@pytest.mark.unit
def test_cli_json_and_chinese(capsys: pytest.CaptureFixture[str],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    code, doc = doctor_json(capsys)
    assert code == 0 and doc["schema"] == "sealdesk.doctor/1" and doc["ok"] is True
    assert by_id(doc, "version")["title"] == "Version"
    monkeypatch.setenv("SEALDESK_LANG", "zh_CN")
    code, doc = doctor_json(capsys)
    assert code == 0
    assert by_id(doc, "version")["title"] == "版本"
    assert "可写" in by_id(doc, "data")["message"]


@pytest.mark.unit
def test_text_report_says_what_to_do(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    capsys.readouterr()
    assert main(["doctor", "--module", str(tmp_path / "libvendor.so")]) == 1
    out = capsys.readouterr().out
    assert "FAIL" in out and "libvendor.so" in out and "file does not exist" in out
    assert "→ Install the vendor's driver built for this SealDesk" in out
    assert RELEASES_URL in out


@pytest.mark.unit
def test_driver_of_the_wrong_word_size(capsys: pytest.CaptureFixture[str],
                                       tmp_path: Path) -> None:
    # the header of a 32-bit x86 ELF shared library: a 32-bit vendor driver on a 64-bit system
    driver = tmp_path / "libvendor32.so"
    header = bytearray(64)
    header[:6] = b"\x7fELF\x01\x01"
    struct.pack_into("<HH", header, 16, 3, 3)  # ET_DYN, EM_386
    driver.write_bytes(bytes(header))
    code, doc = doctor_json(capsys, "--module", str(driver))
    assert code == 1 and doc["ok"] is False
    check = by_id(doc, "pkcs11")
    assert check["status"] == "fail"
    assert "32-bit module, SealDesk is 64-bit" in check["message"]
    assert {"path": str(driver), "source": "configured",
            "problem": "32-bit module, SealDesk is 64-bit"} in check["details"]["modules"]


@pytest.mark.unit
def test_passphrase_vault_is_reported_locked_without_asking(vault, vault_dir: Path) -> None:
    check = run_checks(DoctorOptions(vault=vault_dir)).by_id("vault")
    assert check.status == OK
    assert check.details["exists"] is True and check.details["locked"] is True
    assert check.details["unlock"] == "passphrase" and check.details["id"] == vault.header.vault_id


@pytest.mark.unit
def test_keyring_vault_and_backend(memory_keyring, vault_dir: Path) -> None:
    from app.vault import Vault

    Vault.create(vault_dir, use_keyring=True).close()
    before = dict(memory_keyring.__dict__)
    report = run_checks(DoctorOptions(vault=vault_dir))
    assert report.by_id("keyring").status == OK
    assert report.by_id("keyring").details["backend"].endswith("MemoryKeyring")
    vault = report.by_id("vault")
    assert vault.status == OK and vault.details["unlock"] == "keyring"
    assert vault.details["locked"] is False
    assert memory_keyring.__dict__ == before  # nothing read back, nothing written


@pytest.mark.unit
def test_damaged_vault_header_fails(vault_dir: Path) -> None:
    vault_dir.mkdir()
    (vault_dir / "vault.json").write_text("{not json", encoding="utf-8")
    report = run_checks(DoctorOptions(vault=vault_dir))
    assert report.by_id("vault").status == FAIL and not report.ok
    assert "vault.json" in report.by_id("vault").to_json()["message"]


@pytest.mark.unit
def test_data_folder_that_cannot_be_written(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("SEALDESK_HOME", str(blocker / "home"))
    report = run_checks(DoctorOptions(vault=tmp_path / "vault"))
    data = report.by_id("data")
    assert data.status == FAIL and "SEALDESK_HOME" in data.to_json()["todo"]
    assert isinstance(report, Report) and not report.ok


@pytest.mark.hsm
def test_softhsm_tokens_are_listed_without_login(softhsm) -> None:
    from tests.fixtures.softhsm import TOKEN_A, TOKEN_B

    report = run_checks(DoctorOptions(modules=(softhsm.module,)))
    assert report.by_id("pkcs11").status != FAIL
    tokens = report.by_id("tokens")
    ours = [t for t in tokens.details["tokens"] if t["module"] == softhsm.module]
    assert {t["label"] for t in ours} >= {TOKEN_A, TOKEN_B}
    # other tests of the session may have spent PIN tries: then the check warns, never fails
    states = {t["state"] for t in ours}
    assert tokens.status == (OK if states == {"ok"} else WARN)


@pytest.mark.hsm
def test_skf_library(skfsim_library: Path, skf_device, tmp_path: Path) -> None:
    check = run_checks(DoctorOptions(skf_library=str(skfsim_library))).by_id("skf")
    assert check.status == OK and check.details["devices"] == ["SealDesk SKF Sim 0"]
    missing = run_checks(DoctorOptions(skf_library=str(tmp_path / "libskf.so"))).by_id("skf")
    assert missing.status == FAIL and "file does not exist" in missing.to_json()["message"]


@pytest.mark.net
def test_online_reaches_the_tsa_and_reports_a_dead_one(pki_server,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/tsa"
    code, doc = doctor_json(capsys, "--online", "--tsa", pki_server.tsa_url,
                            "--platform", dead)
    assert code == 0  # unreachable services warn: signing at B-B still works
    tsa, platform = by_id(doc, "network.tsa"), by_id(doc, "network.platform")
    assert tsa["status"] == "ok" and tsa["details"]["url"] == pki_server.tsa_url
    assert platform["status"] == "warn" and "ConnectError" in platform["message"]
    assert platform["title"] == "Network"


def test_expired_certificates_on_a_token_are_reported_without_login(softhsm) -> None:
    from app.doctor import DoctorOptions, run_checks

    report = run_checks(DoctorOptions(modules=(softhsm.module,), warning_days=30))
    check = report.by_id("certificates")
    assert check.status == "warn"  # the test token holds an expired certificate
    assert "Expired" in check.message.render(None)
    subjects = {c["subject"] for c in check.details["certificates"] if c["days_left"] < 0}
    assert any("expired" in s for s in subjects)
