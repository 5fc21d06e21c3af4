"""Getting a vault's database key from its key source: passphrase, OS keyring or USB key.

An :class:`Unlocker` carries what the user supplied for one opening (a passphrase, the token
PIN or the Interaction that asks for it) and keeps the token sessions it opened until it is
closed, so that a vault in the middle of a key rotation (old and new key both wrapped to the
token) asks for the PIN once.  Nothing here writes anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.vault import keys
from app.vault.token_key import TokenKeyRef, find_certificate, unwrap_key
from crypto import errors
from crypto.errors import Text
from crypto.tokens.base import Interaction


@dataclass
class Unlocker:
    """The secrets and prompts one opening may use; close it to log out of tokens."""

    passphrase: str | None = field(default=None, repr=False)
    interaction: Interaction | None = None
    pin: str | None = field(default=None, repr=False)
    modules: tuple[str, ...] = ()
    _sessions: dict[str, Any] = field(default_factory=dict, repr=False)

    def key(
        self, folder: Path, header: keys.VaultHeader, source: keys.KeySource, *,
        pending: bool = False,
    ) -> str | bytes:
        """The database key ``source`` gives (``pending``: the key being rotated in)."""
        if source.unlock == "keyring":
            suffix = keys.PENDING_SUFFIX if pending else ""
            return keys.keyring_load(header.vault_id + suffix)
        if source.unlock == "token":
            assert source.token is not None
            return self.token_key(source.token, header.vault_id)
        if self.passphrase is None:
            raise errors.VaultLocked(path=str(folder))
        return self.passphrase

    def token_key(self, ref: TokenKeyRef, vault_id: str) -> bytes:
        """Open the token ``ref`` names (PIN asked once) and unwrap the vault key."""
        session = self.session(ref.uri)
        cert = find_certificate(session.certificates(), ref)
        return unwrap_key(session, cert, ref, vault_id)

    def session(self, uri: str) -> Any:
        """A logged-in token session for ``uri`` (opened once per Unlocker)."""
        if uri not in self._sessions:
            from crypto.tokens.pkcs11 import open_uri

            if self.interaction is None and self.pin is None:
                raise errors.PinSourceError(source=Text("the token (no PIN given)"))
            self._sessions[uri] = open_uri(uri, self.prompt, modules=self.modules, pin=self.pin)
        return self._sessions[uri]

    @property
    def prompt(self) -> Interaction:
        """The Interaction (a silent one when the PIN was given and nobody is asked)."""
        return self.interaction if self.interaction is not None else _NoPrompt()

    def close(self) -> None:
        """Log out of every token session this opening used."""
        sessions, self._sessions = list(self._sessions.values()), {}
        for session in sessions:
            session.close()

    def __enter__(self) -> Unlocker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _NoPrompt:
    """The Interaction when the PIN was given (``--pin-env``): nobody is there to ask."""

    def ask_pin(self, request: object) -> str | None:
        return None  # never reached with a PIN given; None would cancel

    def notify(self, message: str) -> None:
        pass

    def confirm(self, question: str) -> bool:
        return False
