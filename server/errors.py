"""Errors the platform answers with: ``{"error": "<stable code>", "detail": "<English>"}``.

The platform is a separate program from the desktop client (it shares only the wire format),
so its errors are its own: an HTTP status, a stable code from PROTOCOL.md and an English detail
that never repeats a secret or a submitted value.
"""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """An answer other than success, raised anywhere below the routes."""

    def __init__(
        self,
        status: int,
        code: str,
        detail: str,
        *,
        retry_after: int | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.detail = detail
        self.retry_after = retry_after
        self.extra = extra or {}

    def body(self) -> dict[str, Any]:
        """The JSON body of the answer."""
        return {"error": self.code, "detail": self.detail, **self.extra}

    def headers(self) -> dict[str, str]:
        """``Retry-After`` where it applies."""
        return {} if self.retry_after is None else {"Retry-After": str(self.retry_after)}


def not_found(code: str, what: str) -> ApiError:
    """404 for an id the caller may not see (unknown, or another organisation's)."""
    return ApiError(404, code, f"no such {what}")
