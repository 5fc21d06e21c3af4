"""Messages for ``Interaction.notify`` that front ends can translate.

A :class:`Notice` is a :class:`~crypto.errors.Text` for the user while a device works: the
English text (so any ``notify`` that just prints a ``str`` still works) that remembers its
template and parameters, so the CLI and the GUI can translate the template (context
``"tokens"``) and then fill in the parameters, as with error templates.
"""

from __future__ import annotations

from crypto.errors import Text, Translate


class Notice(Text):
    """English message text that keeps its template for translation (context ``"tokens"``)."""


def render_notice(message: str, translate: Translate) -> str:
    """Translate a ``notify`` message: a :class:`Notice` by its template, plain text as is."""
    if isinstance(message, Notice):
        return message.render(translate)
    return translate(message)
