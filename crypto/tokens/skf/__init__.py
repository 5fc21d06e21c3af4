"""SM2 USB keys through the vendor's SKF library (GM/T 0016): see :mod:`.session`."""

from __future__ import annotations

from pathlib import Path

from crypto.tokens.base import Interaction
from crypto.tokens.skf.session import SkfDevice, SkfKeySession, scan


def open_skf(
    library: Path,
    interaction: Interaction,
    *,
    device: str | None = None,
    application: str | None = None,
    pin: str | None = None,
) -> SkfKeySession:
    """Open the (only, or named) device and application of ``library`` and log in once."""
    session = SkfKeySession(library, device=device, application=application)
    try:
        session.login(interaction, pin)
    except BaseException:
        session.close()
        raise
    return session


__all__ = ["SkfDevice", "SkfKeySession", "open_skf", "scan"]
