"""argparse's own words ("usage:", "options", its error messages) through our catalogs.

argparse asks :func:`gettext.gettext` for these; while :func:`translated_argparse` runs, it asks
:func:`app.i18n.tr` (context ``"argparse"``) instead.  The message ids are argparse's (Python
3.11+); ids not listed here stay English.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from app.i18n import tr, tr_noop

MESSAGES = (
    tr_noop("argparse", "usage: "),
    tr_noop("argparse", "positional arguments"),
    tr_noop("argparse", "options"),
    tr_noop("argparse", "show this help message and exit"),
    tr_noop("argparse", "%(prog)s: error: %(message)s\n"),
    tr_noop("argparse", "argument %(argument_name)s: %(message)s"),
    tr_noop("argparse", "the following arguments are required: %s"),
    tr_noop("argparse", "one of the arguments %s is required"),
    tr_noop("argparse", "not allowed with argument %s"),
    tr_noop("argparse", "unrecognized arguments: %s"),
    tr_noop("argparse", "expected one argument"),
    tr_noop("argparse", "expected at most one argument"),
    tr_noop("argparse", "expected at least one argument"),
    tr_noop("argparse", "ignored explicit argument %r"),
    tr_noop("argparse", "invalid %(type)s value: %(value)r"),
    tr_noop("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    tr_noop("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    tr_noop("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    tr_noop("argparse", "can't open '%(filename)s': %(error)s"),
)


@contextmanager
def translated_argparse() -> Iterator[None]:
    """Translate argparse's texts while the block builds, parses or prints help."""
    original = getattr(argparse, "_", None)
    if original is None:  # a future argparse without module-level gettext: stay English
        yield
        return
    argparse._ = _translate  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]


def _translate(message: str) -> str:
    return tr("argparse", message) if isinstance(message, str) else message
