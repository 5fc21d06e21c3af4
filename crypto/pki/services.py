"""Real HTTP services of the demo/test PKI on a local address.

One threaded ``http.server`` in a daemon thread answers:

* ``POST /tsa`` — RFC 3161 (``application/timestamp-query`` → ``application/timestamp-reply``),
  optionally behind HTTP Basic auth (401 without it);
* ``POST /ocsp`` and ``GET /ocsp/<base64 request>`` — RFC 6960 (see
  :func:`crypto.pki.revocation.respond_ocsp`);
* ``GET /crl/<ca>.crl`` — DER CRL of ``root`` or ``intermediate``;
* ``GET /certs/<ca>.crt`` — DER certificate of ``root`` or ``intermediate``.

The server binds when constructed, so the PKI can embed its URL::

    with PkiServer() as server:              # 127.0.0.1, free port
        pki = generate_pki(server.base_url)
        server.serve(pki)                    # starts answering
        ...                                  # stopped when the block ends

For tests: :attr:`PkiServer.hits` counts requests per endpoint, and :meth:`PkiServer.set_down`
simulates outages.  Logging goes to the ``crypto.pki.services`` logger at DEBUG level only.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

from .endpoints import ENDPOINTS, Handler, Httpd, Httpd6
from .model import Pki, ca_cert_url, crl_url, ocsp_url, tsa_url
from .tsa import TimeStampAuthority

logger = logging.getLogger(__name__)

#: ``"503"``: answer 503 Service Unavailable; ``"drop"``: close the connection without an
#: answer; ``"hang"``: answer nothing until the endpoint is up again (then answer normally) or
#: ``hang_limit`` seconds pass (then drop).
OUTAGE_MODES = ("503", "drop", "hang")


class PkiServer:
    """TSA, OCSP, CRL and CA-certificate service for one :class:`Pki` (see module docstring)."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        tsa_auth: tuple[str, str] | None = None,
        hang_limit: float = 30.0,
    ) -> None:
        server_class = Httpd6 if ":" in host else Httpd
        self._httpd = server_class((host, port), Handler)
        self._httpd.owner = self
        self.hits: Counter[str] = Counter()
        #: (user, password) the TSA requires, or ``None`` for no authentication.
        self.tsa_auth = tsa_auth
        self.hang_limit = hang_limit
        self._initial_tsa_auth = tsa_auth
        self._outages: dict[str, str] = {}
        self._cond = threading.Condition()
        self._pki: Pki | None = None
        self._tsa: TimeStampAuthority | None = None
        self._thread: threading.Thread | None = None
        self._stopped = False

    @classmethod
    def for_pki(cls, pki: Pki, **kwargs: Any) -> PkiServer:
        """Bind to the address a saved PKI's URLs point at, and serve it."""
        url = urlsplit(pki.base_url)
        if url.scheme != "http" or url.hostname is None or url.port is None:
            raise ValueError(f"cannot serve {pki.base_url!r}: need http://host:port")
        return cls(url.hostname, url.port, **kwargs).serve(pki)

    # --- addresses -------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        host = str(host)
        return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"

    @property
    def tsa_url(self) -> str:
        return tsa_url(self.base_url)

    @property
    def ocsp_url(self) -> str:
        return ocsp_url(self.base_url)

    def crl_url(self, ca: str = "intermediate") -> str:
        return crl_url(self.base_url, ca)

    def ca_cert_url(self, ca: str = "intermediate") -> str:
        return ca_cert_url(self.base_url, ca)

    # --- life cycle ------------------------------------------------------------------------

    @property
    def pki(self) -> Pki:
        if self._pki is None:
            raise RuntimeError("the server has no PKI yet: call serve(pki)")
        return self._pki

    @property
    def tsa(self) -> TimeStampAuthority:
        """The time-stamp authority (its ``clock`` may be replaced)."""
        if self._tsa is None:
            raise RuntimeError("the server has no PKI yet: call serve(pki)")
        return self._tsa

    def serve(self, pki: Pki) -> PkiServer:
        """Start answering for ``pki`` in a daemon thread; its URLs must point here."""
        if self._thread is not None or self._stopped:
            raise RuntimeError("serve() can be called once per server")
        if pki.base_url.rstrip("/") != self.base_url:
            raise ValueError(f"the PKI points at {pki.base_url}, this server is {self.base_url}")
        self._pki = pki
        self._tsa = TimeStampAuthority(pki.tsa)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"pki-server-{self._httpd.server_address[1]}",
            daemon=True,
        )
        self._thread.start()
        logger.debug("demo PKI services at %s", self.base_url)
        return self

    def stop(self) -> None:
        """Stop answering and close the socket (idempotent)."""
        with self._cond:
            if self._stopped:
                return
            self._stopped = True
            self._cond.notify_all()
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(timeout=5)
        self._httpd.server_close()

    def __enter__(self) -> PkiServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # --- outages and state -----------------------------------------------------------------

    def set_down(self, endpoint: str, mode: str = "503") -> None:
        """Simulate an outage of ``endpoint`` (one of :data:`ENDPOINTS`, or ``"*"`` for all)."""
        if mode not in OUTAGE_MODES:
            raise ValueError(f"unknown outage mode {mode!r}; known: {', '.join(OUTAGE_MODES)}")
        with self._cond:
            for name in _endpoints(endpoint):
                self._outages[name] = mode
            self._cond.notify_all()

    def set_up(self, endpoint: str = "*") -> None:
        """End a simulated outage (``"*"``: of every endpoint)."""
        with self._cond:
            for name in _endpoints(endpoint):
                self._outages.pop(name, None)
            self._cond.notify_all()

    def outage(self, endpoint: str) -> str | None:
        """Current outage mode of ``endpoint``, or ``None`` when it is up."""
        with self._cond:
            return self._outages.get(endpoint)

    def reset(self) -> None:
        """Every endpoint up, counters at zero, TSA authentication as constructed."""
        self.set_up("*")
        with self._cond:
            self.hits.clear()
        self.tsa_auth = self._initial_tsa_auth
        if self._tsa is not None:
            self._tsa.clock = None

    # --- hooks of the request handler (crypto.pki.endpoints) -----------------------------

    def record_hit(self, endpoint: str) -> None:
        with self._cond:
            self.hits[endpoint] += 1

    def wait_while_hanging(self, endpoint: str) -> bool:
        """Block while ``endpoint`` hangs: False when ``hang_limit`` passed or the server
        stopped (drop the request), True when the hang was lifted (answer as now set)."""
        deadline = time.monotonic() + self.hang_limit
        with self._cond:
            while self._outages.get(endpoint) == "hang" and not self._stopped:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(left)
            return not self._stopped


def _endpoints(endpoint: str) -> tuple[str, ...]:
    if endpoint == "*":
        return ENDPOINTS
    if endpoint not in ENDPOINTS:
        raise ValueError(f"unknown endpoint {endpoint!r}; known: {', '.join(ENDPOINTS)}")
    return (endpoint,)
