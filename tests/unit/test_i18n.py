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


# --- words of ours inside error messages (Text parameters) -------------------------------------

# Files whose owners are still converting English parameters to Text(...): the catalog updater
# warns about them; everything else must be clean.
_STILL_CONVERTING = (
    "crypto/seal/", "crypto/review/", "app/review/", "app/cli/verify_cmd.py", "app/vault/",
    "app/evidence/",
)
_ASCII_WORD = re.compile(r"[A-Za-z]")


def text_literals(root: Path = ROOT) -> dict[str, str]:
    """Every ``Text("…")`` template in app/ and crypto/, with where it is, read independently
    of the catalog updater."""
    import ast

    found: dict[str, str] = {}
    for top in ("app", "crypto"):
        for path in sorted((root / top).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
                first = node.args[0]
                if name == "Text" and isinstance(first, ast.Constant):
                    found[first.value] = f"{path.relative_to(root)}:{node.lineno}"
    return found


def chinese(exc: errors.SealDeskError, *allowed: str) -> str:
    """The error's message as the CLI shows it in zh_CN, checked to hold no English words
    except ``allowed`` (parameter values, option names, technical names such as PIN)."""
    from app.cli.present import message

    text = message(exc)
    rest = text
    for word in sorted(allowed, key=len, reverse=True):
        rest = rest.replace(word, "")
    assert not _ASCII_WORD.search(rest), f"English left in {text!r}: {rest!r}"
    return text


def test_text_is_english_str_that_keeps_its_template() -> None:
    import pickle

    inner = errors.Text("{label} on {token}", label="seal", token="财务 UKey")
    outer = errors.Text("no key matches {selector}", selector=inner)
    assert outer == "no key matches seal on 财务 UKey" and isinstance(outer, str)
    assert outer.template == "no key matches {selector}"
    words = {"no key matches {selector}": "没有密钥匹配 {selector}", "{label} on {token}":
             "{token} 上的 {label}"}
    # nested templates translated with the same function, plain values kept as they are
    assert outer.render(lambda t: words.get(t, t)) == "没有密钥匹配 财务 UKey 上的 seal"
    again = pickle.loads(pickle.dumps(outer))  # worker processes send errors through pickle
    assert (type(again), again.template, again.params["selector"].template) == (
        errors.Text, outer.template, inner.template,
    )
    assert isinstance(Notice("Enter the PIN of {label} on the PIN pad.", label="x"), errors.Text)
    exc = errors.UsageError(detail=errors.Text("no input files"))
    rebuilt = errors.from_portable(pickle.loads(pickle.dumps(errors.to_portable(exc))))
    assert isinstance(rebuilt.params["detail"], errors.Text)
    assert str(rebuilt) == str(exc) == "no input files. See 'sealdesk --help'."


def test_every_text_literal_is_in_both_catalogs(finished, listed) -> None:
    literals = text_literals()
    assert "use either -o or --out-dir, not both" in literals and len(literals) > 80
    for template, where in literals.items():
        key = ("errors", template)
        assert key in listed["en"] and key in listed["zh_CN"], (where, template)
        translation = finished["zh_CN"].get(key)
        assert translation, f"{where}: no finished zh_CN translation for {template!r}"
        assert placeholders(translation) == placeholders(template), (where, template)


def test_no_english_parameters_left_outside_files_being_converted(extracted) -> None:
    left = [w for w in extracted.warnings if not w.startswith(_STILL_CONVERTING)]
    assert not left, "\n".join(left)


def test_catalog_updater_warns_about_untranslatable_text() -> None:
    import ast

    found = update_catalogs.Extracted()
    code = (
        'Text(f"page {n} is missing")\n'
        'errors.Text("page {n} is missing", n=n)\n'
        'PlacementError(detail=f"page {n} does not exist")\n'
        'PlacementError(detail="the anchor text is empty")\n'
        'OutputError(path=str(p), detail=f"{exc}")\n'
        'SigningError(what=f"{name} failed")\n'
    )
    names = frozenset({"PlacementError", "OutputError", "SigningError"})
    update_catalogs._scan_tree(found, ast.parse(code), "crypto/x.py", names)
    assert list(found.messages["errors"]) == ["page {n} is missing"]
    assert [w.split(": ", 1)[1] for w in found.warnings] == [
        "Text() is given an f-string, not translatable: write a template with parameters",
        'detail= of PlacementError is English text, not translatable: pass Text("template", '
        "**params)",
        'detail= of PlacementError is English text, not translatable: pass Text("template", '
        "**params)",
        "what= is an f-string, not translatable: write a template with parameters",
    ]  # f"{exc}" holds no words of ours: library text may stay as it is


def test_usage_errors_from_plan_outputs_are_chinese(language, tmp_path) -> None:
    from app.signing.batch import plan_outputs

    language("zh_CN")
    a, b = tmp_path / "甲.pdf", tmp_path / "乙.pdf"
    cases = [
        ((a, b), tmp_path / "out.pdf", None, "多个输入文件须使用 --out-dir，而不是 -o。"),
        ((a,), tmp_path / "out.pdf", tmp_path, "-o 和 --out-dir 只能选择其一。"),
        ((a,), None, None, "请指定签署后文件的保存位置：-o OUT.pdf 或 --out-dir DIR。"),
        ((a,), a, None, f"不能覆盖输入文件 {a}。"),
    ]
    for inputs, output, out_dir, expected in cases:
        with pytest.raises(errors.UsageError) as caught:
            plan_outputs(list(inputs), output, out_dir)
        text = chinese(caught.value, "--out-dir", "-o", "OUT.pdf", "DIR", "sealdesk --help",
                       str(a))
        assert text == expected + "用法请运行 sealdesk --help 查看。"
    with pytest.raises(errors.UsageError) as caught:
        plan_outputs([a, tmp_path / "x" / "甲.pdf"], None, tmp_path / "out")
    out = tmp_path / "out" / "甲.signed.pdf"
    assert chinese(caught.value, "甲.pdf", str(out), "sealdesk --help") == (
        f"甲.pdf 和 甲.pdf 会被写入同一个文件 {out}。用法请运行 sealdesk --help 查看。"
    )


def test_unknown_level_and_missing_timestamp_service_are_chinese(language) -> None:
    from crypto.pades.options import SignatureLevel, SignOptions

    language("zh_CN")
    with pytest.raises(errors.UsageError) as caught:
        SignatureLevel.parse("B-X")
    assert chinese(caught.value, "'B-X'", "B-B", "B-T", "B-LTA", "B-LT", "sealdesk --help") == (
        "未知的签名级别 'B-X'（可选 B-B、B-T、B-LT 或 B-LTA）。用法请运行 sealdesk --help 查看。"
    )
    with pytest.raises(errors.UsageError) as caught:
        SignOptions(level=SignatureLevel.B_T)
    assert chinese(caught.value, "B-T", "--tsa URL", "sealdesk --help").startswith(
        "B-T 级别需要时间戳服务（--tsa URL）。"
    )
    assert str(caught.value).startswith("level B-T needs a timestamp service (--tsa URL).")


def test_placement_error_is_chinese(language, tmp_path) -> None:
    from app.demo.contract import sample_contract_bytes
    from crypto.pades.engine import DocumentSigner, SealSpec
    from crypto.pades.options import SignatureLevel, SignOptions
    from crypto.seal.spec import CrossPage

    pdf = tmp_path / "合同.pdf"
    pdf.write_bytes(sample_contract_bytes(pages=2))
    signer = DocumentSigner(None, SignOptions(level=SignatureLevel.B_B))  # type: ignore[arg-type]
    with pytest.raises(errors.PlacementError) as caught, open(tmp_path / "out.pdf", "wb") as out:
        import asyncio

        asyncio.run(signer.sign(pdf, out, seal=SealSpec(placement=CrossPage(size=120))))
    language("zh_CN")
    assert chinese(caught.value) == "无法放置印章：骑缝章需要印章图片。请检查页码、矩形区域或定位文字。"
    assert caught.value.code == "placement_error"
    assert str(caught.value).startswith(  # the exception's own text (logs) stays English
        "The seal cannot be placed: a cross-page seal needs a seal image."
    )


def test_pkcs11_errors_are_chinese(language) -> None:
    import pkcs11.exceptions as p11

    from crypto.tokens.pkcs11.errors import module_load_error, translate
    from crypto.tokens.pkcs11.uri import parse_uri

    language("zh_CN")
    short = translate(p11.PinLenRange())
    assert isinstance(short, errors.PinInvalid)
    assert chinese(short, "PIN") == (
        "令牌不接受此 PIN 码的格式（长度不符合要求）。请检查 PIN 码的长度和字符。"
    )
    expired = translate(p11.PinExpired())
    assert isinstance(expired, errors.TokenError) and expired.code == "token_error"
    assert chinese(expired, "PIN") == (
        "安全令牌报告了错误（PIN 码已过期）。请使用令牌厂商的工具修改 PIN 码，然后重新签署。"
    )
    assert str(expired).startswith("The security token reported an error (the PIN has expired).")
    missing = module_load_error("/nowhere/libvendor.so")
    assert chinese(missing, "/nowhere/libvendor.so", "PKCS#11", "--module").startswith(
        "无法加载 PKCS#11 驱动 /nowhere/libvendor.so（文件不存在）。"
    )
    with pytest.raises(errors.Pkcs11UriError) as caught:
        parse_uri("pkcs11:token=a;token=b")
    assert "PKCS#11 URI 无效：“token”被重复指定。" in chinese(
        caught.value, "PKCS#11", "URI", "token", "pkcs11:token=NAME;object=LABEL", "RFC",
        "sealdesk tokens",
    )


def test_hidden_reasons_are_translatable_and_still_classified(language) -> None:
    from asn1crypto import x509 as asn1_x509
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    from app.cli.present import localized
    from crypto.tokens.base import CertificateInfo, signing_problem, unusable_error

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "过期印章")])
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(7)
        .not_valid_before(dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
        .not_valid_after(dt.datetime(2021, 1, 1, tzinfo=dt.UTC))
        .sign(key, hashes.SHA256())
    )
    der = cert.public_bytes(serialization.Encoding.DER)
    reason = signing_problem(asn1_x509.Certificate.load(der))
    assert reason == "expired on 2021-01-01" and reason.template == "expired on {date}"
    info = CertificateInfo(asn1_x509.Certificate.load(der), b"\x01", "seal", "ec", 256,
                           hidden_reason=reason)
    assert isinstance(unusable_error(info), errors.CertificateExpired)
    language("zh_CN")
    assert localized(reason) == "已于 2021-01-01 过期"
    assert localized("plain text") == "plain text"


def test_cli_usage_error_json_keeps_its_code(language, tmp_path, p12, capsys) -> None:
    language("zh_CN")
    code = main(["sign", str(tmp_path / "a.pdf"), str(tmp_path / "b.pdf"), "-o",
                 str(tmp_path / "out.pdf"), "--p12", str(p12), "--level", "B-B", "--json"])
    assert code == 2
    error = json.loads(capsys.readouterr().out)["error"]
    assert set(error) == {"code", "kind", "message"}
    assert (error["code"], error["kind"]) == ("usage", "user")
    assert error["message"] == "多个输入文件须使用 --out-dir，而不是 -o。用法请运行 sealdesk --help 查看。"
    assert main(["sign", str(tmp_path / "a.pdf"), "-o", str(tmp_path / "out.pdf"), "--p12",
                 str(p12), "--level", "B-X"]) == 2
    assert "未知的签名级别 'B-X'" in capsys.readouterr().err
