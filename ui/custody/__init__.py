"""Seal custody screens (issue 10): seal registry, seal-use requests and approvals, applying a
seal, the seal-use ledger, and the offline signing queue in the status bar.

The rules live in :mod:`app.custody`; these screens only gather input and show results.  Every
vault call goes through the app's :class:`ui.vault.session.VaultSession` (pool ``vault``); work
that waits for a person (a PIN) or the network runs on its own pool so that it never holds the
vault pool.
"""
