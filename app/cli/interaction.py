"""The terminal's side of the Interaction protocol: PIN prompts without echo."""

from __future__ import annotations

import getpass
import sys

from crypto.tokens.base import PinRequest


class TerminalInteraction:
    """Asks for PINs on the controlling terminal; refuses when there is none."""

    def __init__(self, allow_prompt: bool | None = None) -> None:
        self.allow_prompt = sys.stdin.isatty() if allow_prompt is None else allow_prompt

    def ask_pin(self, request: PinRequest) -> str | None:
        """Prompt once; an empty answer or Ctrl-C cancels."""
        if not self.allow_prompt:
            from crypto.errors import PinSourceError

            raise PinSourceError(
                source="the terminal (no terminal; use --pin-env VAR)",
            )
        what = "PIN for this signature" if request.context_specific else "PIN"
        label = request.token_label + (f" ({request.serial})" if request.serial else "")
        if request.final_try:
            print("Warning: one attempt left before the token locks.", file=sys.stderr)
        elif request.attempts_remaining is not None:
            print(f"{request.attempts_remaining} attempt(s) left.", file=sys.stderr)
        elif request.count_low:
            print("Warning: the token reports that wrong PINs were entered.", file=sys.stderr)
        try:
            pin = getpass.getpass(f"{what} for {label}: ")
        except (EOFError, KeyboardInterrupt):
            return None
        return pin or None

    def notify(self, message: str) -> None:
        """Show a message on stderr."""
        print(message, file=sys.stderr)

    def confirm(self, question: str) -> bool:
        """Ask yes/no on the terminal; no terminal means no."""
        if not self.allow_prompt:
            return False
        try:
            return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")
        except (EOFError, KeyboardInterrupt):
            return False
