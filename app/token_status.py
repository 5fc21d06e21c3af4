"""One line of token state for a status bar: which tokens are inserted and whether a PIN is at risk.

A cheap scan that never prompts and never logs in (``crypto.tokens.pkcs11.scan``); each call
runs on the module's own thread inside the crypto layer.  Front ends call :func:`token_status`
off their GUI thread and show :attr:`TokenStatus.state`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from crypto import errors

log = logging.getLogger(__name__)

# worst first: the state a status bar shows when several tokens are inserted
STATES = ("pin_locked", "pin_final_try", "pin_count_low", "ok")


@dataclass(frozen=True)
class TokenStatus:
    """The tokens found by one scan."""

    labels: tuple[str, ...] = ()
    state: str = "none"  # none | ok | pin_count_low | pin_final_try | pin_locked
    worst_label: str = ""  # the token the state is about

    @property
    def count(self) -> int:
        """How many tokens are inserted."""
        return len(self.labels)


def token_status(module_paths: tuple[str, ...] | None = None) -> TokenStatus:
    """Scan the PKCS#11 drivers (default: every one found) and summarise the tokens."""
    from crypto.tokens.pkcs11.scan import scan_tokens

    try:
        tokens = scan_tokens(list(module_paths) if module_paths else None, strict=False)
    except errors.SealDeskError as exc:
        log.warning("token scan failed: %s", exc)
        return TokenStatus()
    if not tokens:
        return TokenStatus()
    worst = min(tokens, key=lambda t: STATES.index(t.state))
    return TokenStatus(tuple(t.label for t in tokens), worst.state, worst.label)
