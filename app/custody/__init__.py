"""Seal custody (issue 10): seal registry, seal-use approval, offline signing queue.

The API front ends call (no Qt here; every function takes an open :class:`app.vault.Vault` and
does its database work on the vault's serial executor, so a GUI runs them in its job runner):

* registry (:mod:`app.custody.registry`): ``register_seal(vault, NewSeal)``, ``list_seals``,
  ``get_seal`` → :class:`Seal` (``image_png`` is exactly what is stamped; ``to_json()``);
* people's keys (:mod:`app.custody.signed`): ``acting_key(IdentitySpec, interaction)`` opens a
  token or soft certificate once; ``ActingKey.sign(payload)`` → :class:`SignedObject`;
* requests (:mod:`app.custody.requests`): ``create_request``, ``decide_request``,
  ``get_request``, ``list_requests`` → :class:`SealRequest` (``state``, ``documents``,
  ``to_json()``); placement rules in :mod:`app.custody.placement`;
* request files (:mod:`app.custody.transfer`): ``export_request``, ``import_request``;
* the platform's mailbox (:mod:`app.custody.mailbox`, a registered vault): ``send_request``,
  ``fetch_requests`` → :class:`FetchReport` (each entry checked as ``import_request`` checks a
  file; the cursor is kept in the vault);
* sealing (:mod:`app.custody.apply`): ``apply_seal(vault, request, files, out_dir,
  interaction, pin=…, password=…)`` → :class:`SealedFile` per file;
* ledger (:mod:`app.custody.ledger`): ``ledger_entries``, ``ledger_csv``, ``ledger_pdf``;
* offline queue (:mod:`app.custody.queue`): ``queue_entries``, ``queue_summary`` (for a status
  bar), ``run_queue(vault, UpgradeConfig, progress=…)`` — call it periodically; it only tries
  entries that are due and records failures with their next attempt.

Errors are :mod:`app.custody.errors` (all "user" kind, stable codes).
"""
