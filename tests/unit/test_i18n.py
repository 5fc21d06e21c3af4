"""Translations: complete zh_CN/en catalogs, language choice, and a Chinese-first CLI without Qt."""

from __future__ import annotations

import argparse
import datetime as dt
import gettext
import json
import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import i18n
from app.cli.main import main
from crypto import errors
from crypto.tokens.notice import Notice
from resources.translations import update_catalogs

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
_PERCENT = re.compile(r"%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[a-zA-Z%]")


@pytest.fixture(scope="module")
def extracted() -> update_catalogs.Extracted:
    return update_catalogs.extract(ROOT)


@pytest.fixture(scope="module")
def finished() -> dict[str, i18n.Catalog]:
    """Finished translations per language, as the CLI loads them."""
    return {
        lang: i18n.parse_catalog((TS_DIR / i18n.catalog_file(lang)).read_bytes())
        for lang in i18n.LANGUAGES
    }


@pytest.fixture(scope="module")
def listed() -> dict[str, set[tuple[str, str]]]:
    """Every message a catalog lists (finished or not, vanished excluded)."""
    out: dict[str, set[tuple[str, str]]] = {}
    for lang in i18n.LANGUAGES:
        entries = update_catalogs.read_ts(update_catalogs.ts_path(lang, TS_DIR))
        out[lang] = {
            (ctx, src) for ctx, msgs in entries.items() for src, e in msgs.items()
            if e.state != "vanished"
        }
    return out


@pytest.fixture
def language(monkeypatch: pytest.MonkeyPatch):
    """Choose the CLI language through the environment, as a user would."""

    def choose(code: str) -> None:
        for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("SEALDESK_LANG", code)

    monkeypatch.setattr(i18n, "_language", None)
    yield choose
    i18n._language = None


def placeholders(text: str) -> list[tuple[str, str | None, str | None]]:
    """str.format fields (name, conversion, spec) and %-style markers, sorted."""
    fields = [
        (name, conv, spec)
        for _, name, spec, conv in string.Formatter().parse(text)
        if name is not None
    ]
    fields += [(m, None, None) for m in _PERCENT.findall(text)]
    return sorted(fields, key=repr)


# --- catalogs ----------------------------------------------------------------------------------


def test_every_error_class_has_a_finished_chinese_translation(finished) -> None:
    zh = finished["zh_CN"]
    classes = update_catalogs.error_classes(errors.SealDeskError)
    assert errors.TokenRemoved in classes and errors.CertificateUntrusted in classes
    for cls in classes:
        for template in (cls.what, cls.todo):
            if not template:
                continue
            translation = zh.get(("errors", template))
            assert translation, f"{cls.__name__}: no finished zh_CN translation for {template!r}"
            assert placeholders(translation) == placeholders(template), (cls.__name__, template)


def test_custom_error_templates_are_translated(extracted, finished) -> None:
    templates = extracted.messages["errors"]
    assert "{path} does not exist." in templates  # a what= literal at a call site
    assert "{attempts_remaining} attempt(s) left before the token locks." in templates
    for template in templates:
        translation = finished["zh_CN"].get(("errors", template))
        assert translation, f"no finished zh_CN translation for {template!r}"
        assert placeholders(translation) == placeholders(template), template


def test_every_cli_string_is_in_both_catalogs(extracted, finished, listed) -> None:
    cli = extracted.messages["cli"]
    assert "sign one or more PDF documents" in cli and len(cli) > 50
    for context in ("cli", "argparse", "tokens"):
        for source in extracted.messages[context]:
            key = (context, source)
            assert key in listed["en"] and key in listed["zh_CN"], key
            translation = finished["zh_CN"].get(key)
            assert translation, f"no finished zh_CN translation for {key}"
            assert placeholders(translation) == placeholders(source), key


def test_catalogs_list_the_same_messages_and_are_up_to_date(listed) -> None:
    assert listed["en"] == listed["zh_CN"]
    assert update_catalogs.main(["--check"]) == 0, "run resources/translations/update_catalogs.py"


def test_catalogs_are_ts_2_1_and_lrelease_compiles_them(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    tool = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
    for lang in i18n.LANGUAGES:
        ts = TS_DIR / i18n.catalog_file(lang)
        root = ET.parse(ts).getroot()
        assert (root.tag, root.get("version"), root.get("language")) == ("TS", "2.1", lang)
        if tool is None:
            pytest.skip("pyside6-lrelease is not installed")
        qm = tmp_path / f"{lang}.qm"
        done = subprocess.run(
            [tool, "-fail-on-invalid", str(ts), "-qm", str(qm)],
            capture_output=True, text=True, timeout=60,
        )
        output = done.stdout + done.stderr
        assert done.returncode == 0, output
        assert qm.stat().st_size > 0
        assert "warning" not in output.lower() and "ignored" not in output.lower(), output
        assert " 0 unfinished" in output, output


def test_unfinished_and_missing_entries_fall_back_to_the_source() -> None:
    catalog = i18n.parse_catalog(
        '<TS version="2.1" language="zh_CN"><context><name>cli</name>'
        "<message><source>done</source><translation>完成</translation></message>"
        '<message><source>draft</source><translation type="unfinished">草稿</translation>'
        "</message><message><source>empty</source><translation/></message>"
        "</context></TS>"
    )
    assert catalog == {("cli", "done"): "完成"}


# --- language choice ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"SEALDESK_LANG": "zh"}, "zh_CN"),
        ({"SEALDESK_LANG": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"}, "zh_CN"),
        ({"SEALDESK_LANG": "en", "LC_ALL": "zh_CN.UTF-8"}, "en"),
        ({"SEALDESK_LANG": "fr", "LANG": "zh_CN.UTF-8"}, "en"),
        ({"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh_CN"),
        ({"LC_ALL": "", "LC_MESSAGES": "de_DE.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),
        ({"LC_MESSAGES": "zh_CN.GB18030"}, "zh_CN"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "zh_SG.UTF-8"}, "zh_CN"),
    ],
)
def test_language_from_environment(environ: dict[str, str], expected: str) -> None:
    assert i18n.language_from_environment(environ) == expected


@pytest.mark.parametrize(("system", "expected"), [("zh_CN", "zh_CN"), ("en_GB", "en"), ("", "en")])
def test_nothing_set_follows_the_system_locale(monkeypatch, system: str, expected: str) -> None:
    monkeypatch.setattr(i18n, "_system_locale", lambda: system)
    assert i18n.language_from_environment({}) == expected


def test_tr_follows_set_language(language) -> None:
    i18n.set_language("zh_CN")
    assert i18n.tr("errors", "{path} does not exist.") == "{path} 不存在。"
    assert i18n.tr("cli", "no such message") == "no such message"
    i18n.set_language("en")
    assert i18n.tr("errors", "{path} does not exist.") == "{path} does not exist."


# --- the CLI -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def p12(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A self-signed signing certificate in a PKCS#12 file (password ``pw``)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "测试印章")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    path = tmp_path_factory.mktemp("i18n") / "seal.p12"
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(b"seal", key, cert, None, BestAvailableEncryption(b"pw"))
    )
    return path


def sign_missing(tmp_path: Path, p12: Path, *extra: str) -> int:
    return main(["sign", str(tmp_path / "缺失.pdf"), "-o", str(tmp_path / "out.pdf"), "--p12",
                 str(p12), "--password-env", "P12PW", "--level", "B-B", *extra])


def test_sign_missing_file_in_chinese(language, monkeypatch, tmp_path, p12, capsys) -> None:
    language("zh_CN")
    monkeypatch.setenv("P12PW", "pw")
    assert sign_missing(tmp_path, p12) == 1
    err = capsys.readouterr().err
    assert "缺失.pdf 不存在。" in err and "失败" in err, err
    assert "does not exist" not in err


def test_sign_missing_file_in_english(language, monkeypatch, tmp_path, p12, capsys) -> None:
    language("en")
    monkeypatch.setenv("P12PW", "pw")
    assert sign_missing(tmp_path, p12) == 1
    err = capsys.readouterr().err
    assert "缺失.pdf does not exist." in err and "FAILED" in err, err


def test_json_keeps_codes_and_localizes_only_the_message(
    language, monkeypatch, tmp_path, p12, capsys
) -> None:
    language("zh_CN")
    monkeypatch.setenv("P12PW", "pw")
    assert sign_missing(tmp_path, p12, "--json") == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["schema"] == "sealdesk.sign/1"
    assert set(doc["summary"]) == {"signed", "skipped", "failed"}
    error = doc["files"][0]["error"]
    assert (error["code"], error["kind"]) == ("input_error", "user")
    assert "缺失.pdf 不存在。" in error["message"]


def test_missing_secret_variable_is_named_in_both_languages(language, tmp_path, p12, capsys) -> None:
    for code, words in (("zh_CN", "环境变量 P12PW"), ("en", "environment variable P12PW")):
        language(code)
        assert sign_missing(tmp_path, p12) == 1
        assert words in capsys.readouterr().err


def test_help_and_argparse_errors_are_translated(language, capsys) -> None:
    language("zh_CN")
    with pytest.raises(SystemExit) as done:
        main(["sign", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "用法：" in out and "要签署的 PDF 文件" in out and "加盖骑缝章" in out
    with pytest.raises(SystemExit):
        main(["sign", "x.pdf"])
    assert "错误：" in capsys.readouterr().err
    assert argparse._ is gettext.gettext  # type: ignore[attr-defined]  # restored afterwards
    language("en")
    with pytest.raises(SystemExit):
        main(["sign", "x.pdf"])
    assert "error: one of the arguments" in capsys.readouterr().err


def test_token_notices_are_translated_by_the_terminal(language, capsys) -> None:
    from app.cli.interaction import TerminalInteraction

    notice = Notice("Enter the PIN of {label} on the PIN pad.", label="财务 UKey")
    assert notice == "Enter the PIN of 财务 UKey on the PIN pad."  # plain str for other front ends
    language("zh_CN")
    i18n.set_language()
    TerminalInteraction(allow_prompt=False).notify(notice)
    assert capsys.readouterr().err.strip() == "请在 PIN 键盘上输入 财务 UKey 的 PIN 码。"


def test_i18n_and_cli_do_not_import_pyside6() -> None:
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('PySide6 is blocked')\n"
        "sys.meta_path.insert(0, Block())\n"
        "from app import i18n\n"
        "import app.cli.main, app.cli.present, app.cli.interaction, app.cli.argparse_i18n\n"
        "i18n.set_language('zh_CN')\n"
        "assert i18n.tr('errors', 'Cancelled.') == '已取消。'\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
