"""The platform's intent services for a vault registered with it (registration, keys and the
signed-request client are the evidence sync's: :mod:`app.sync`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.compliance.face import FaceIntent
from app.compliance.sms import SmsIntent
from app.sync.errors import PlatformNotConfigured
from app.sync.transport import PlatformClient, RetryPolicy

if TYPE_CHECKING:
    from app.vault.vault import Vault

TIMEOUT = 15.0


@dataclass
class IntentServices:
    """SMS and face checks for one signer; close it when the signing is over."""

    client: PlatformClient
    sms: SmsIntent
    face: FaceIntent

    def close(self) -> None:
        """Close the connection pool."""
        self.client.close()

    def __enter__(self) -> IntentServices:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def registered(vault: Vault) -> bool:
    """True when the vault is registered with a platform (SMS and face checks are possible)."""
    from app.sync.device import load_config

    try:
        load_config(vault)
    except PlatformNotConfigured:
        return False
    return True


def intent_services(vault: Vault, signer_id: str) -> IntentServices:
    """The SMS and face clients for ``signer_id`` (the signer certificate's SHA-256).

    Requests are sent once (an interactive check is never retried behind the person's back).
    """
    from app.sync.device import load_config

    config = load_config(vault)
    client = PlatformClient(config.endpoint, config.credentials,
                            retry=RetryPolicy(attempts=1), timeout=TIMEOUT)
    return IntentServices(client, SmsIntent(client, config.log_key, signer_id),
                          FaceIntent(client, config.log_key, signer_id))
