"""Platform settings: one frozen value, validated when made (CLI flags or tests build it)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import platformdirs

HOME_ENV = "SEALDESK_PLATFORM_HOME"


def default_home() -> Path:
    """Where a platform keeps its SQLite file and log key unless told otherwise (0700)."""
    home = Path(os.environ.get(HOME_ENV) or platformdirs.user_data_dir("sealdesk-platform"))
    home.mkdir(mode=0o700, parents=True, exist_ok=True)
    return home


def base_url(url: str) -> str:
    """``url`` as the ASCII base URL issued certificates can carry (a Unicode host
    IDNA-encoded); ValueError with the reason when it is not http(s)://host[:port][/path]."""
    shape = ("the public URL must be http(s)://host[:port][/path], without query, fragment, "
             "user name or trailing slash")
    if any(c.isspace() or not c.isprintable() for c in url):
        raise ValueError("the public URL must not contain spaces or control characters")
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        raise ValueError(shape) from None
    host = parts.hostname
    if (parts.scheme not in ("http", "https") or not host or parts.query or parts.fragment
            or url.endswith("/") or "@" in parts.netloc or "?" in url or "#" in url):
        raise ValueError(shape)
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            raise ValueError("the public URL's host name cannot be written in ASCII (IDNA); "
                             "give its xn-- form") from None
    if not parts.path.isascii():
        raise ValueError("the public URL's path must be ASCII (percent-encode other "
                         "characters)")
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port is None else f"{host}:{port}"
    return f"{parts.scheme}://{netloc}{parts.path}"


@dataclass(frozen=True)
class Settings:
    """Everything a platform process needs; app servers sharing a database share these."""

    db_url: str
    log_key_path: Path
    sms_outbox: Path | None = None  # development SMS gateway: codes appended to this file
    ca_key_path: Path | None = None  # issuing CA key (PEM); default: beside the log key
    ca_cert_path: Path | None = None  # issuing CA certificate (PEM); default: beside the log key
    tsa_url: str | None = None  # RFC 3161 time-stamping of signed tree heads (optional)
    # the absolute base URL relying parties reach this platform at (http(s)://host[:port][/path]);
    # issued certificates point there for the CRL and the CA certificate.  None: the address the
    # issuing request arrived on (``serve`` sets it from --public-url, else --host/--port)
    public_url: str | None = None
    request_window: int = 300  # seconds a signed request's date may be off
    max_batch: int = 500
    sms_code_ttl: int = 300
    sms_attempts: int = 5
    sms_resend_cooldown: int = 60
    sms_rate_window: int = 3600
    sms_per_signer: int = 10  # codes sent per signer within the window
    sms_per_device: int = 30  # codes sent per device within the window
    clock: Callable[[], float] = field(default=time.time, compare=False)

    def __post_init__(self) -> None:
        if not self.db_url.startswith(("sqlite", "postgresql")):
            raise ValueError("the database URL must be sqlite:///FILE or postgresql://…")
        if self.tsa_url is not None and not self.tsa_url.startswith(("http://", "https://")):
            raise ValueError("the TSA URL must be http(s)")
        if self.public_url is not None:  # issued certificates carry it: ASCII only
            object.__setattr__(self, "public_url", base_url(self.public_url))
        numbers = (
            self.request_window, self.max_batch, self.sms_code_ttl, self.sms_attempts,
            self.sms_resend_cooldown, self.sms_rate_window, self.sms_per_signer,
            self.sms_per_device,
        )
        if any(n <= 0 for n in numbers):
            raise ValueError("limits and durations must be positive")

    def ca_paths(self) -> tuple[Path, Path]:
        """The issuing CA's key and certificate files (made on first start when absent)."""
        folder = self.log_key_path.parent
        return (self.ca_key_path or folder / "issuing-ca-key.pem",
                self.ca_cert_path or folder / "issuing-ca.pem")

    @classmethod
    def defaults(
        cls,
        db_url: str | None = None,
        log_key_path: Path | None = None,
        **kwargs: object,
    ) -> Settings:
        """Settings with the database and log key in the platform home unless given."""
        home: Path | None = None
        if db_url is None or log_key_path is None:
            home = default_home()
        if db_url is None:
            assert home is not None
            db_url = f"sqlite:///{home / 'platform.db'}"
        if log_key_path is None:
            assert home is not None
            log_key_path = home / "log-key.pem"
        return cls(db_url=db_url, log_key_path=log_key_path, **kwargs)  # type: ignore[arg-type]
