"""Messages for ``Interaction.notify`` that front ends can translate.

A :class:`Notice` is the English text (so any ``notify`` that just prints a ``str`` still
works) and remembers its template and parameters, so the CLI and the GUI can translate the
template (context ``"tokens"``) and then fill in the parameters, as with error templates.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Notice(str):
    """English message text that keeps its template for translation."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, **params: Any) -> Notice:
        self = super().__new__(cls, _format(template, params))
        self.template = template
        self.params = params
        return self

    def render(self, translate: Callable[[str], str] | None = None) -> str:
        """The message with its template translated first (parameters are never translated)."""
        template = translate(self.template) if translate is not None else self.template
        return _format(template, self.params)


def render_notice(message: str, translate: Callable[[str], str]) -> str:
    """Translate a ``notify`` message: a :class:`Notice` by its template, plain text as is."""
    if isinstance(message, Notice):
        return message.render(translate)
    return translate(message)


def _format(template: str, params: dict[str, Any]) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template
