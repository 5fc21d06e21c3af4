"""Extract SealDesk's translatable strings and merge them into the Qt Linguist catalogs (.ts).

Run it after changing a user-visible string, translate what it marks unfinished (Qt Linguist:
``pyside6-linguist resources/translations/sealdesk_zh_CN.ts``), then ``make translations``
compiles the .qm files the GUI loads.  The CLI reads the .ts files directly (app.i18n).

Where strings come from:

* ``errors``: ``what``/``todo`` of every SealDeskError subclass (imported and walked), literal
  ``what=``/``todo=`` arguments anywhere in app/ and crypto/, ``what``/``todo`` literals
  assigned inside crypto/errors.py, and ``Text("…")`` literals (error details, hidden reasons
  and other words of ours passed as parameters);
* ``tr("ctx", "…")`` and ``tr_noop("ctx", "…")`` literals in app/ (``cli``, ``argparse``);
* ``Notice("…")`` literals in app/ and crypto/ (``tokens``: messages for Interaction.notify);
* in ui/ (the GUI): ``self.tr("…")`` (context: the class) and ``translate("ctx", "…")``.

It warns about what cannot be translated: an f-string (or other run-time text) as the template
of ``Text``/``Notice`` or as ``what=``/``todo=``, and English text (a string literal or an
f-string) passed straight to an error class as a parameter, e.g. ``detail="…"`` instead of
``detail=Text("…")``.

Existing translations are kept; new zh_CN entries are marked unfinished; entries no longer in
the code are kept as "vanished" (``--drop-vanished`` removes them).  The English catalog's
translations are the source texts.  ``--check`` changes nothing and fails when a message the code
uses is missing from a catalog or not finished (entries for code that is gone do not fail it).
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import json
import re
import sys
import xml.etree.ElementTree as ET  # noqa: S405 - our own catalogs
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = ("zh_CN", "en")
SOURCE_LANGUAGE = "en"
CONTEXT_ORDER = ("errors", "cli", "argparse", "tokens")
SCANNED = ("app", "crypto", "ui")
_TR_NAMES = {"tr", "tr_noop"}
_UI_TRANSLATE = {"translate", "QT_TRANSLATE_NOOP"}
_TEXT_CONTEXTS = {"Text": "errors", "Notice": "tokens"}  # translatable values and their context
_TEMPLATE_KEYWORDS = ("what", "todo")
_WORD = re.compile(r"[A-Za-z]{2,}")


@dataclass
class Extracted:
    """Messages by context, in a stable order, with where each one comes from."""

    messages: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def add(self, context: str, source: str, origin: str) -> None:
        """Record one message (duplicates merge their origins)."""
        if not source:
            return
        origins = self.messages.setdefault(context, {}).setdefault(source, [])
        if origin not in origins:
            origins.append(origin)

    def ordered(self) -> list[tuple[str, dict[str, list[str]]]]:
        """Contexts in CONTEXT_ORDER, then the others alphabetically."""
        rank = {name: i for i, name in enumerate(CONTEXT_ORDER)}
        names = sorted(self.messages, key=lambda n: (rank.get(n, len(rank)), n))
        return [(name, self.messages[name]) for name in names]


@dataclass
class Entry:
    """One message as stored in a .ts file."""

    source: str
    translation: str = ""
    state: str | None = None  # None (finished), "unfinished" or "vanished"
    extracomment: str = ""
    translatorcomment: str = ""


# --- extraction -------------------------------------------------------------------------------


def extract(root: Path = ROOT) -> Extracted:
    """Every translatable string of the code base under ``root``."""
    found = Extracted()
    error_names = _error_classes(found, root)
    for path in _python_files(root):
        rel = path.relative_to(root).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
        _scan_tree(found, tree, rel, error_names)
    return found


def _error_classes(found: Extracted, root: Path) -> frozenset[str]:
    """Add the class templates; return the error class names (to check their call sites)."""
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    import importlib

    from crypto import errors

    # feature error modules (app/<feature>/errors.py) subclass crypto.errors' classes
    for module in sorted((root / "app").glob("*/errors.py")):
        importlib.import_module(f"app.{module.parent.name}.errors")
    classes = error_classes(errors.SealDeskError)
    for cls in classes:
        for attr in _TEMPLATE_KEYWORDS:
            text = cls.__dict__.get(attr)
            if isinstance(text, str):
                found.add("errors", text, f"{cls.__name__}.{attr}")
    return frozenset(cls.__name__ for cls in classes)


def error_classes(base: type) -> list[type]:
    """``base`` and all its subclasses, parents before children, in definition order."""
    out: list[type] = []
    todo = [base]
    while todo:
        cls = todo.pop(0)
        if cls not in out:
            out.append(cls)
            todo.extend(cls.__subclasses__())
    return out


def _python_files(root: Path) -> Iterator[Path]:
    for top in SCANNED:
        folder = root / top
        if folder.is_dir():
            yield from sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def _scan_tree(
    found: Extracted, tree: ast.AST, rel: str, error_names: frozenset[str] = frozenset()
) -> None:
    gui = rel.startswith("ui/")
    for cls_name, node in _walk_with_class(tree):
        if isinstance(node, ast.Call):
            _scan_call(found, node, rel, cls_name, gui)
            if not gui and _callee(node) in error_names:
                _check_error_params(found, node, rel)
    if rel == "crypto/errors.py":  # templates chosen inside __init__ (e.g. PinIncorrect)
        for fn in ast.walk(tree):
            if isinstance(fn, ast.FunctionDef):
                for node in ast.walk(fn):
                    if isinstance(node, ast.Assign) and _assigns_template(node):
                        found.add("errors", _literal(node.value) or "", f"{rel}:{node.lineno}")


def _assigns_template(node: ast.Assign) -> bool:
    names = {t.id for t in node.targets if isinstance(t, ast.Name)}
    return bool(names & {"what", "todo"}) and _literal(node.value) is not None


def _scan_call(
    found: Extracted, node: ast.Call, rel: str, cls_name: str | None, gui: bool
) -> None:
    name = _callee(node)
    where = f"{rel}:{node.lineno}"
    for kw in node.keywords:
        if kw.arg in _TEMPLATE_KEYWORDS and not gui:
            text = _literal(kw.value)
            if text is not None:
                found.add("errors", text, rel)
            elif isinstance(kw.value, ast.JoinedStr):
                found.warnings.append(
                    f"{where}: {kw.arg}= is an f-string, not translatable: "
                    "write a template with parameters"
                )
            elif isinstance(kw.value, ast.BinOp | ast.Call):
                found.warnings.append(f"{where}: {kw.arg}= is built at run time, not translatable")
    if name in _TR_NAMES and not gui or (gui and name in _UI_TRANSLATE):
        args = [_literal(a) for a in node.args[:2]]
        if len(args) == 2 and None not in args:  # tr(context, variable) is a lookup: skip
            found.add(args[0] or "", args[1] or "", rel)
    elif name in _TEXT_CONTEXTS:  # Text(…), errors.Text(…), Notice(…)
        first = node.args[0] if node.args else None
        text = _literal(first) if first is not None else None
        if text is not None:
            found.add(_TEXT_CONTEXTS[name], text, rel)
        elif isinstance(first, ast.JoinedStr):
            found.warnings.append(
                f"{where}: {name}() is given an f-string, not translatable: "
                "write a template with parameters"
            )
        else:
            found.warnings.append(f"{where}: {name}() needs a string literal template")
    elif gui and name == "tr" and isinstance(node.func, ast.Attribute) and cls_name:
        text = _literal(node.args[0]) if node.args else None
        if text is not None:
            found.add(cls_name, text, rel)
        else:
            found.warnings.append(f"{where}: self.tr() needs a string literal")


def _check_error_params(found: Extracted, node: ast.Call, rel: str) -> None:
    """Warn about English words handed to an error as a parameter instead of a ``Text``."""
    for kw in node.keywords:
        if kw.arg is None or kw.arg in _TEMPLATE_KEYWORDS:
            continue
        if _has_words(kw.value):
            found.warnings.append(
                f"{rel}:{kw.value.lineno}: {kw.arg}= of {_callee(node)} is English text, "
                'not translatable: pass Text("template", **params)'
            )
    for arg in node.args[:2]:  # what, todo given by position
        text = _literal(arg)
        if text is not None:
            found.add("errors", text, rel)
        elif isinstance(arg, ast.JoinedStr):
            found.warnings.append(
                f"{rel}:{arg.lineno}: {_callee(node)}() is given an f-string, not translatable: "
                "write a template with parameters"
            )


def _has_words(node: ast.AST) -> bool:
    """A string literal or f-string whose own text has words (``f"{name}: {exc}"`` has none)."""
    if isinstance(node, ast.JoinedStr):
        return any(_has_words(part) for part in node.values)
    text = _literal(node)
    return text is not None and _WORD.search(text) is not None


def _walk_with_class(tree: ast.AST) -> Iterator[tuple[str | None, ast.AST]]:
    stack: list[tuple[str | None, ast.AST]] = [(None, tree)]
    while stack:
        cls_name, node = stack.pop()
        yield cls_name, node
        inner = node.name if isinstance(node, ast.ClassDef) else cls_name
        stack.extend((inner, child) for child in reversed(list(ast.iter_child_nodes(node))))


def _callee(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


# --- .ts files ---------------------------------------------------------------------------------


def read_ts(path: Path) -> dict[str, dict[str, Entry]]:
    """The messages of a .ts file by context and source ({} when the file does not exist)."""
    if not path.exists():
        return {}
    root = ET.parse(path).getroot()  # noqa: S314 - our own catalog
    out: dict[str, dict[str, Entry]] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None:
                continue
            state = translation.get("type") if translation is not None else "unfinished"
            out.setdefault(name, {})[source] = Entry(
                source=source,
                translation=(translation.text or "") if translation is not None else "",
                state=state,
                extracomment=message.findtext("extracomment", ""),
                translatorcomment=message.findtext("translatorcomment", ""),
            )
    return out


def merge(
    extracted: Extracted, old: dict[str, dict[str, Entry]], language: str, drop_vanished: bool
) -> dict[str, list[Entry]]:
    """The new catalog: extracted messages with the old translations, then vanished ones."""
    out: dict[str, list[Entry]] = {}
    for context, messages in extracted.ordered():
        previous = old.get(context, {})
        entries = out.setdefault(context, [])
        for source, origins in messages.items():
            entries.append(_merged_entry(source, origins, previous.get(source), language))
    if not drop_vanished:
        for context, previous in old.items():
            current = extracted.messages.get(context, {})
            for source, entry in previous.items():
                if source not in current and entry.translation:
                    entry.state = "vanished"
                    out.setdefault(context, []).append(entry)
    return out


def _merged_entry(source: str, origins: list[str], old: Entry | None, language: str) -> Entry:
    comment = ", ".join(origins[:4]) + (", …" if len(origins) > 4 else "")
    if language == SOURCE_LANGUAGE:
        kept = old.translation if old and old.translation and old.state is None else source
        return Entry(source, kept, None, comment, old.translatorcomment if old else "")
    if old is None or not old.translation:
        return Entry(source, "", "unfinished", comment, old.translatorcomment if old else "")
    state = "unfinished" if old.state == "vanished" else old.state
    return Entry(source, old.translation, state, comment, old.translatorcomment)


def render_ts(catalog: dict[str, list[Entry]], language: str) -> str:
    """A .ts document in Qt Linguist's TS 2.1 format (as lupdate writes it)."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="{SOURCE_LANGUAGE}">',
    ]
    for context, entries in catalog.items():
        lines += ["<context>", f"    <name>{_escape(context)}</name>"]
        for e in entries:
            lines += ["    <message>", f"        <source>{_escape(e.source)}</source>"]
            if e.extracomment:
                lines.append(f"        <extracomment>{_escape(e.extracomment)}</extracomment>")
            if e.translatorcomment:
                lines.append(
                    f"        <translatorcomment>{_escape(e.translatorcomment)}</translatorcomment>"
                )
            kind = f' type="{e.state}"' if e.state else ""
            lines += [f"        <translation{kind}>{_escape(e.translation)}</translation>",
                      "    </message>"]
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


def ts_path(language: str, folder: Path = HERE) -> Path:
    """Where a language's catalog lives."""
    return folder / f"sealdesk_{language}.ts"


def counts(catalog: dict[str, list[Entry]]) -> dict[str, int]:
    """How many messages are finished, unfinished and vanished."""
    out = {"finished": 0, "unfinished": 0, "vanished": 0}
    for entries in catalog.values():
        for e in entries:
            out["finished" if e.state is None else e.state] += 1
    return out


def _missing(extracted: Extracted, current: dict[str, dict[str, Entry]]) -> list[str]:
    """Messages the code uses that the catalog lacks or has not finished translating."""
    out = []
    for context, messages in extracted.ordered():
        have = current.get(context, {})
        for source in messages:
            entry = have.get(source)
            if entry is None or not entry.translation or entry.state is not None:
                out.append(f"[{context}] {source}")
    return out


def main(argv: list[str] | None = None) -> int:
    """Update (or with --check, verify) every catalog."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify only; write nothing")
    parser.add_argument("--drop-vanished", action="store_true", help="remove vanished entries")
    parser.add_argument(
        "--translations",
        metavar="FILE.json",
        help='zh_CN translations to apply: {"context": {"source": "译文"}}',
    )
    args = parser.parse_args(argv)
    with _catalog_lock():
        return _run(args)


@contextlib.contextmanager
def _catalog_lock() -> Iterator[None]:
    """One writer at a time (several people or helpers may update the catalogs at once)."""
    with open(HERE / ".catalogs.lock", "a+b") as fh:
        if sys.platform != "win32":
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        yield


def _apply(catalog: dict[str, list[Entry]], translations: dict[str, dict[str, str]]) -> int:
    """Fill in translations given as JSON; returns how many entries changed."""
    changed = 0
    for context, entries in catalog.items():
        given = translations.get(context, {})
        for e in entries:
            text = given.get(e.source)
            if text and (e.translation != text or e.state is not None):
                e.translation, e.state = text, None
                changed += 1
    return changed


def _run(args: argparse.Namespace) -> int:
    given: dict[str, dict[str, str]] = {}
    if args.translations:
        given = json.loads(Path(args.translations).read_text(encoding="utf-8"))
    extracted = extract()
    for warning in extracted.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    failed = False
    for language in LANGUAGES:
        path = ts_path(language)
        catalog = merge(extracted, read_ts(path), language, args.drop_vanished)
        if language != SOURCE_LANGUAGE and given:
            print(f"{path.name}: {_apply(catalog, given)} translations applied")
        text = render_ts(catalog, language)
        n = counts(catalog)
        changed = not path.exists() or path.read_text(encoding="utf-8") != text
        missing = _missing(extracted, read_ts(path)) if path.exists() else ["(no catalog)"]
        print(f"{path.name}: {n['finished']} finished, {n['unfinished']} unfinished, "
              f"{n['vanished']} vanished{' (out of date)' if missing and args.check else ''}")
        for source in missing[:20] if args.check else ():
            print(f"  missing or unfinished: {source}", file=sys.stderr)
        if args.check:
            # extra ("vanished") entries are harmless: a translation whose code is gone
            failed = failed or bool(missing) or n["unfinished"] > 0
        elif changed:
            path.write_text(text, encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
