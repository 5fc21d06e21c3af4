"""The vault: an encrypted local archive of contracts and their evidence (see docs/vault.md).

Public surface: :class:`Vault` (create, open, archive, read, list), :func:`default_folder`;
destruction, export, checks and personal data live in their own modules.
"""

from app.vault.vault import ArchiveResult, Vault, default_folder

__all__ = ["ArchiveResult", "Vault", "default_folder"]
