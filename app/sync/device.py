"""Registering the vault as a device of an organisation on the platform.

The device key is the vault's client key (:mod:`app.vault.client_key`); the platform learns its
certificate, in exchange for the one-time enrolment token its operator handed out, and answers
with the device and organisation ids.  The platform's log key is pinned here (trust on first
use, or checked against a log id the operator gave), so every later tree head can be checked.
Registering again with the same platform returns the same ids and keeps what was pinned.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.sync import state
from app.sync.errors import (
    DeviceRevoked,
    EnrolmentRefused,
    PlatformNotConfigured,
    PlatformRefused,
    ReceiptRejected,
)
from app.sync.receipts import LogKey
from app.sync.transport import DeviceCredentials, Endpoint, PlatformClient, RetryPolicy
from app.vault.client_key import client_identity
from crypto.errors import Text

if TYPE_CHECKING:
    from app.vault.vault import Vault


@dataclass(frozen=True)
class Registration:
    """The vault's identity on one platform."""

    platform: str
    device_id: str
    org_id: str
    log_id: str

    def to_json(self) -> dict[str, Any]:
        """Machine-readable form (``--json``)."""
        return {
            "platform": self.platform,
            "device_id": self.device_id,
            "org_id": self.org_id,
            "log_id": self.log_id,
        }


def register(
    vault: Vault,
    endpoint: Endpoint,
    enrolment_token: str,
    *,
    label: str | None = None,
    expected_log_id: str | None = None,
    retry: RetryPolicy | None = None,
) -> Registration:
    """Enrol the vault's client key with the platform and pin the platform's log key."""
    key, cert = vault.db.transaction(lambda conn: client_identity(conn, vault.header.vault_id))
    request = {
        "enrolment_token": enrolment_token,
        "certificate": base64.b64encode(cert.dump()).decode("ascii"),
        "label": label or f"SealDesk {vault.header.vault_id[:8]}",
    }
    with PlatformClient(endpoint, retry=retry) as client:
        try:
            answer = client.post("/v1/devices", request, signed=False)
        except DeviceRevoked:
            raise
        except PlatformRefused as exc:
            raise EnrolmentRefused(detail=str(exc.params.get("error", "-"))) from None
    if not isinstance(answer, dict) or not all(
        isinstance(answer.get(k), str) and answer.get(k) for k in ("device_id", "org_id")
    ):
        raise EnrolmentRefused(detail=Text("the platform's answer has no device id"))
    device_id, org_id = str(answer["device_id"]), str(answer["org_id"])
    with PlatformClient(endpoint, DeviceCredentials(device_id, key), retry=retry) as client:
        log_key = LogKey.from_json(client.get("/v1/log/key"))
    if expected_log_id is not None and log_key.log_id != expected_log_id.lower():
        raise ReceiptRejected(detail=Text("the platform's log key is not the one expected"))

    def keep(conn: Any) -> None:
        pinned = state.get(conn, state.LOG_KEY)
        if pinned is not None and pinned["log_id"] != log_key.log_id:
            raise ReceiptRejected(
                detail=Text("the vault is already registered with another platform log")
            )
        state.put(conn, state.PLATFORM, endpoint.to_json())
        state.put(conn, state.DEVICE, {"device_id": device_id, "org_id": org_id})
        state.put(conn, state.LOG_KEY, log_key.to_json())

    vault.db.transaction(keep)
    return Registration(endpoint.url, device_id, org_id, log_key.log_id)


@dataclass(frozen=True)
class SyncConfig:
    """Everything a sync run needs from the vault, read in one go."""

    endpoint: Endpoint
    credentials: DeviceCredentials
    org_id: str
    log_key: LogKey


def load_config(vault: Vault, override: Endpoint | None = None) -> SyncConfig:
    """The registration kept in the vault (``override`` moves the platform to a new address)."""

    def read(conn: Any) -> tuple[Any, Any, Any]:
        return (
            state.get(conn, state.PLATFORM),
            state.get(conn, state.DEVICE),
            state.get(conn, state.LOG_KEY),
        )

    platform, device, log_key = vault.db.call(read)
    if device is None or log_key is None or (platform is None and override is None):
        raise PlatformNotConfigured()
    stored = platform or {"url": None, "ca_file": None, "spki_pin": None}
    endpoint = Endpoint(  # a new address keeps the CA file and pin unless it names its own
        override.url if override else stored["url"],
        (override.ca_file if override else None) or stored["ca_file"],
        (override.spki_pin if override else None) or stored["spki_pin"],
    )
    if endpoint.to_json() != platform:
        vault.db.transaction(lambda conn: state.put(conn, state.PLATFORM, endpoint.to_json()))
    key, _ = vault.db.transaction(lambda conn: client_identity(conn, vault.header.vault_id))
    return SyncConfig(
        endpoint,
        DeviceCredentials(device["device_id"], key),
        device["org_id"],
        LogKey.from_json(log_key),
    )
