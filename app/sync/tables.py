"""Vault schema migration V3: the outbox (events waiting for the platform) and the platform state (tree heads).

Applied by app.vault.schema in order with the other migrations (see MIGRATIONS there).
"""

MIGRATION = ""
