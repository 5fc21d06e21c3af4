"""The terminal's side of the Interaction protocol: PIN prompts without echo, in the user's
language (token messages are translated in context ``"tokens"``)."""

from __future__ import annotations

import getpass
import sys

from app.i18n import tr
from crypto.tokens.base import PinRequest
from crypto.tokens.notice import render_notice


class TerminalInteraction:
    """Asks for PINs on the controlling terminal; refuses when there is none."""

    def __init__(self, allow_prompt: bool | None = None) -> None:
        self.allow_prompt = sys.stdin.isatty() if allow_prompt is None else allow_prompt

    def ask_pin(self, request: PinRequest) -> str | None:
        """Prompt once; an empty answer or Ctrl-C cancels."""
        if not self.allow_prompt:
            from crypto.errors import PinSourceError

            raise PinSourceError(
                what="There is no terminal to ask for the PIN.",
                todo="Give the PIN in an environment variable with --pin-env VAR.",
            )
        label = request.token_label + (f" ({request.serial})" if request.serial else "")
        if request.final_try:
            print(tr("cli", "Warning: one attempt left before the token locks."), file=sys.stderr)
        elif request.attempts_remaining is not None:
            left = tr("cli", "{count} attempt(s) left.").format(count=request.attempts_remaining)
            print(left, file=sys.stderr)
        elif request.count_low:
            warning = tr("cli", "Warning: the token reports that wrong PINs were entered.")
            print(warning, file=sys.stderr)
        if request.context_specific:
            prompt = tr("cli", "PIN for this signature for {label}: ")
        else:
            prompt = tr("cli", "PIN for {label}: ")
        try:
            pin = getpass.getpass(prompt.format(label=label))
        except (EOFError, KeyboardInterrupt):
            return None
        return pin or None

    def notify(self, message: str) -> None:
        """Show a message on stderr, translated."""
        print(render_notice(message, _token_text), file=sys.stderr)

    def confirm(self, question: str) -> bool:
        """Ask yes/no on the terminal; no terminal means no."""
        if not self.allow_prompt:
            return False
        text = render_notice(question, _token_text)
        prompt = tr("cli", "{question} [y/N] ").format(question=text)
        try:
            answer = input(prompt).strip().lower()
        except (EOFError, KeyboardInterrupt):
            return False
        return answer in ("y", "yes", tr("cli", "yes").lower())


def _token_text(template: str) -> str:
    return tr("tokens", template)
