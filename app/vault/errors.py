"""Vault errors of the token unlock, key rotation and audit chain (stable codes)."""

from __future__ import annotations

from crypto.errors import VaultError, VaultKeySourceError


class TokenKeyMismatch(VaultKeySourceError):
    """The token that answered does not hold the certificate the vault key is wrapped to."""

    code = "vault_token_key_mismatch"
    what = (
        "The USB key {label} does not hold the certificate the vault is locked to "
        "({fingerprint}…)."
    )
    todo = "Insert the USB key this vault was set up with; nothing was changed."


class TokenUnwrapFailed(VaultKeySourceError):
    """The token's private key did not give back the vault key."""

    code = "vault_token_unwrap_failed"
    what = "The USB key {label} could not open the vault key."
    todo = "Check that this is the USB key the vault was set up with; nothing was changed."


class RekeyNotPossible(VaultError):
    """A rekey or unlock change that this vault's unlock method does not allow."""

    code = "vault_rekey_not_possible"
    what = "The vault at {path} cannot change its key this way ({detail})."
    todo = "Use 'sealdesk vault passwd' for a passphrase vault, or choose --keyring / --token-key."
