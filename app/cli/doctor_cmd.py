"""`sealdesk doctor`: what this installation can do (issues 5 and 9).  (Being built: registers nothing yet.)"""

from __future__ import annotations

import argparse
from typing import Any


def add_parsers(subparsers: Any) -> None:
    """Register this module's commands."""


def run(args: argparse.Namespace) -> int:
    """Run one of this module's commands."""
    raise NotImplementedError(args.command)
