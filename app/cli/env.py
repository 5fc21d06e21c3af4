"""Secrets the command line takes from environment variables, with translatable errors."""

from __future__ import annotations

import os

from crypto import errors


def secret_from_env(var: str | None, secret: str) -> str | None:
    """The value of ``var`` (never logged); ``secret`` names it for the error (a ``Text``, so
    it is translated with the message, e.g. ``Text("token PIN")``)."""
    if var is None:
        return None
    value = os.environ.get(var)
    if value is None:
        raise errors.PinSourceError(
            what="The {secret} should be in the environment variable {var}, which is not set.",
            todo="Set {var}, or name another variable.",
            secret=secret,
            var=var,
            source=var,
        )
    return value
