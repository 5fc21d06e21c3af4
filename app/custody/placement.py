"""Placement rules in requests: where the seal goes, as plain integers (canonical JSON has no
floats), and the seal placement the signing core uses for them.

Rules::

    {"kind": "anchor", "text": "盖章处", "size": 120}      centred on the last match of the text
    {"kind": "rect", "page": 1, "rect": [x1, y1, x2, y2]}  a rectangle in points on a page
    {"kind": "cross_page", "size": 120}                     a cross-page seal (骑缝章)

On the command line: ``text:盖章处[@SIZE]``, ``rect:PAGE:X1,Y1,X2,Y2``, ``cross-page[:SIZE]``.
"""

from __future__ import annotations

from typing import Any

from crypto import errors
from crypto.errors import Text
from crypto.seal.spec import CrossPage, PageRect, SealPlacement, TextAnchor

DEFAULT_SIZE = 120
_BAD = Text("write it as text:ANCHOR[@SIZE], rect:PAGE:X1,Y1,X2,Y2 or cross-page[:SIZE]")


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_rule(rule: Any) -> dict[str, Any]:
    """Refuse a malformed rule (a request names nothing else about where the seal goes)."""
    ok = isinstance(rule, dict)
    if ok and rule.get("kind") == "anchor":
        ok = set(rule) == {"kind", "text", "size"} and isinstance(rule["text"], str)
        ok = ok and bool(rule["text"].strip()) and _int(rule["size"]) and 20 <= rule["size"] <= 600
    elif ok and rule.get("kind") == "rect":
        box = rule.get("rect")
        ok = set(rule) == {"kind", "page", "rect"} and _int(rule["page"]) and rule["page"] >= 1
        ok = ok and isinstance(box, list) and len(box) == 4 and all(_int(v) for v in box)
        ok = ok and box[0] < box[2] and box[1] < box[3]
    elif ok and rule.get("kind") == "cross_page":
        ok = set(rule) == {"kind", "size"} and _int(rule["size"]) and 20 <= rule["size"] <= 600
    else:
        ok = False
    if not ok:
        raise errors.UsageError(detail=Text("the seal placement rule is not valid: {how}",
                                            how=_BAD))
    assert isinstance(rule, dict)
    return rule


def parse_rule(text: str) -> dict[str, Any]:
    """A rule from its command-line form."""
    kind, _, rest = text.partition(":")
    try:
        if kind == "text":
            anchor, at, size = rest.rpartition("@") if "@" in rest else (rest, "", "")
            rule: dict[str, Any] = {"kind": "anchor", "text": anchor,
                                    "size": int(size) if at else DEFAULT_SIZE}
        elif kind == "rect":
            page, _, box = rest.partition(":")
            rule = {"kind": "rect", "page": int(page),
                    "rect": [round(float(v)) for v in box.split(",")]}
        elif kind == "cross-page":
            rule = {"kind": "cross_page", "size": int(rest) if rest else DEFAULT_SIZE}
        else:
            raise ValueError(kind)
    except ValueError as exc:
        raise errors.UsageError(detail=Text("the seal placement rule is not valid: {how}",
                                            how=_BAD)) from exc
    return check_rule(rule)


def seal_placement(rule: dict[str, Any]) -> SealPlacement:
    """The signing core's placement for a checked rule."""
    rule = check_rule(rule)
    if rule["kind"] == "anchor":
        return TextAnchor(text=rule["text"], size=float(rule["size"]))
    if rule["kind"] == "rect":
        x1, y1, x2, y2 = (float(v) for v in rule["rect"])
        return PageRect(page=rule["page"], rect=(x1, y1, x2, y2))
    return CrossPage(size=float(rule["size"]))


def describe(rule: dict[str, Any]) -> str:
    """The rule in its command-line form (for listings)."""
    if rule["kind"] == "anchor":
        return f"text:{rule['text']}@{rule['size']}"
    if rule["kind"] == "rect":
        return f"rect:{rule['page']}:" + ",".join(str(v) for v in rule["rect"])
    return f"cross-page:{rule['size']}"
