"""The PyInstaller bundle works on its own: version, doctor, demo, a SoftHSM signature and its
verification, all run from dist/ with a clean environment and no Python on PATH."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from asn1crypto import pem

from app import __version__
from tests.fixtures.softhsm import PINS, TOKEN_A, TOKEN_B
from tests.fixtures.verify import pyhanko_verdicts

pytestmark = pytest.mark.bundle


def _json(done) -> dict:
    assert done.stdout.strip(), done.stderr
    return json.loads(done.stdout)


def test_version(run_bundle) -> None:
    done = run_bundle("--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"sealdesk {__version__}"


def test_doctor_from_the_bundle(run_bundle, bundle, softhsm) -> None:
    done = run_bundle("doctor", "--json", "--module", softhsm.module,
                      SOFTHSM2_CONF=str(softhsm.conf))
    doc = _json(done)
    checks = {c["id"]: c for c in doc["checks"]}
    assert done.returncode == 0 and doc["ok"], [c for c in doc["checks"] if c["status"] == "fail"]
    assert checks["version"]["details"]["frozen"] is True
    assert checks["version"]["details"]["executable"] == str(bundle.executable)
    for check_id in ("pyhanko", "pymupdf", "gui", "translations", "font", "data"):
        assert checks[check_id]["status"] == "ok", checks[check_id]
    assert checks["translations"]["details"]["zh_CN"] == {
        "ts": True, "qm": True, "messages": checks["translations"]["details"]["zh_CN"]["messages"]}
    assert checks["translations"]["details"]["zh_CN"]["messages"] > 100
    labels = {t["label"] for t in checks["tokens"]["details"]["tokens"]}
    assert {TOKEN_A, TOKEN_B} <= labels
    assert checks["data"]["details"]["path"] == str(bundle.home / "sealdesk")


def test_doctor_speaks_chinese(run_bundle) -> None:
    done = run_bundle("doctor", SEALDESK_LANG="zh_CN")
    assert done.returncode == 0, done.stderr
    assert "本安装能做什么" in done.stdout and "内置中文字体完好" in done.stdout


def test_demo(run_bundle, tmp_path: Path) -> None:
    done = run_bundle("demo", "--no-gui", "--json", "--out-dir", str(tmp_path / "demo"))
    doc = _json(done)
    assert done.returncode == 0 and doc["ok"] is True, done.stderr
    assert Path(doc["signed"]).is_file()
    assert doc["review"]["integrity"] == "UNCHANGED"


def test_sign_with_softhsm_then_verify(run_bundle, softhsm, contract, test_pki, pki_server,
                                       tmp_path: Path) -> None:
    signed = tmp_path / "signed.pdf"
    env = {"SOFTHSM2_CONF": str(softhsm.conf), "PIN": PINS[TOKEN_A]}
    done = run_bundle("sign", str(contract), "-o", str(signed),
                      "--key", softhsm.uri(object="seal-rsa"), "--pin-env", "PIN",
                      "--level", "B-T", "--tsa", pki_server.tsa_url, "--at-text", "盖章处",
                      "--seal-text", "%(signer)s", "--json", **env)
    assert done.returncode == 0, (done.stdout, done.stderr)
    assert _json(done)["summary"]["signed"] == 1
    root = tmp_path / "root.pem"
    root.write_bytes(pem.armor("CERTIFICATE", test_pki.root.cert.dump()))
    done = run_bundle("verify", str(signed), "--trust", str(root), "--json")
    assert done.returncode == 0, (done.stdout, done.stderr)
    [file_report] = _json(done)["files"]
    [signature] = file_report["signatures"]
    assert signature["indication"] == "TOTAL-PASSED"
    # and an independent check, outside the bundle
    [verdict] = pyhanko_verdicts(signed, [test_pki.root.cert], online=True)
    assert verdict.indication == "TOTAL-PASSED" and verdict.timestamp_time


def test_bundle_holds_what_ships_and_nothing_else(bundle) -> None:
    from PyInstaller.archive.readers import pkg_archive_contents

    modules = set(pkg_archive_contents(str(bundle.executable)))
    assert {"app.doctor", "app.cli.doctor_cmd", "crypto.review.engine", "ui.app"} <= modules
    forbidden = ("pytest", "_pytest", "hypothesis", "ruff", "mypy", "gmssl", "pyhanko.cli",
                 "onnxruntime", "server", "tests", "fastapi", "uvicorn", "sqlalchemy", "tkinter")
    shipped = sorted(m for m in modules if m.split(".")[0] in forbidden or m.startswith(
        "pyhanko.cli") or m.startswith("PySide6.QtWebEngine") or m.startswith("PySide6.QtQml"))
    assert shipped == []
    internal = bundle.executable.parent / "_internal"
    files = [p.relative_to(internal).as_posix() for p in internal.rglob("*") if p.is_file()]
    camera_backend = {f"libQt6{n}.so.6" for n in  # what Qt's FFmpeg plugin links (face check)
                      ("Qml", "QmlMeta", "QmlModels", "QmlWorkerScript", "Quick")}
    assert not [f for f in files if ("WebEngine" in f or "Qt6Qml" in f or "Qt6Quick" in f
                or "onnxruntime" in f or "libgtk" in f)
                and f.rsplit("/", 1)[-1] not in camera_backend]
    resources = internal / "resources"
    for lang in ("zh_CN", "en"):  # the GUI reads .qm, the CLI reads .ts
        assert (resources / "translations" / f"sealdesk_{lang}.qm").is_file()
        assert (resources / "translations" / f"sealdesk_{lang}.ts").is_file()
    assert sorted(p.name for p in (resources / "fonts").glob("*.otf")) == [
        "NotoSansCJKsc-Bold-GB2312.otf", "NotoSansCJKsc-Regular-GB2312.otf"]
    qt_catalogs = {p.name for p in internal.glob("PySide6/Qt/translations/*.qm")}
    assert "qtbase_zh_CN.qm" in qt_catalogs and not [n for n in qt_catalogs if "_de" in n]
