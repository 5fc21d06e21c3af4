"""The vault's sync state: which platform, which device, the pinned log, the last tree head.

Kept in the ``sync_state`` table (one JSON value per name, :mod:`app.sync.tables`) and changed
only inside vault transactions.  :func:`sync_status` is the small read-only view the CLI and
the GUI status bar show: pending events, receipts, last success, last error and the warning.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.evidence.events import utc_now
from app.sync import outbox
from crypto import errors

if TYPE_CHECKING:
    from app.vault.vault import Vault

PLATFORM = "platform"  # {"url", "ca_file", "spki_pin"}
DEVICE = "device"  # {"device_id", "org_id", "label"}
LOG_KEY = "log_key"  # {"log_id", "public_key"}
TREE_HEAD = "tree_head"  # the last verified STH (the largest seen)
LAST_SUCCESS = "last_success"  # time of the last run that ended with an empty outbox
LAST_ERROR = "last_error"  # {"at", "error": portable error}
WARNING = "warning"  # {"at", "error": portable error}: a receipt or tree head did not verify


def get(conn: Any, name: str) -> Any:
    """The value stored under ``name`` (None when absent)."""
    row = conn.execute("SELECT value FROM sync_state WHERE name = ?", (name,)).fetchone()
    return None if row is None else json.loads(row[0])


def put(conn: Any, name: str, value: Any) -> None:
    """Store ``value`` under ``name`` (None deletes it); inside the caller's transaction."""
    if value is None:
        conn.execute("DELETE FROM sync_state WHERE name = ?", (name,))
        return
    conn.execute(
        "INSERT OR REPLACE INTO sync_state (name, value) VALUES (?, ?)",
        (name, json.dumps(value, ensure_ascii=False, sort_keys=True)),
    )


def error_record(exc: errors.SealDeskError) -> dict[str, Any]:
    """An error as JSON data that can be shown again later, translated (see :func:`error_of`)."""
    module, name, what, todo, params = errors.to_portable(exc)
    texts = {k: [v.template, v.params] for k, v in exc.params.items() if isinstance(v, errors.Text)}
    return {
        "at": utc_now(),
        "code": exc.code,
        "message": exc.render(),
        "error": [module, name, what, todo, {k: v for k, v in params.items() if k not in texts}],
        "texts": texts,
    }


def error_of(record: dict[str, Any]) -> errors.SealDeskError:
    """The error kept by :func:`error_record`, rebuilt (its text translatable again)."""
    module, name, what, todo, params = record["error"]
    for key, (template, text_params) in record.get("texts", {}).items():
        # rebuilt from a template kept earlier (each was a literal where it was first made)
        params[key] = errors.Text.__new__(errors.Text, template, **text_params)
    return errors.from_portable((module, name, what, todo, params))


@dataclass(frozen=True)
class SyncState:
    """What the status bar and ``sealdesk sync status`` show."""

    platform: str | None
    device_id: str | None
    pending: int
    receipts: int
    tree_size: int | None
    last_success: str | None
    last_error: dict[str, Any] | None
    warning: dict[str, Any] | None

    @property
    def registered(self) -> bool:
        """True once the vault has a device id on a platform."""
        return self.device_id is not None

    def to_json(self) -> dict[str, Any]:
        """Machine-readable form (``--json``)."""

        def brief(record: dict[str, Any] | None) -> dict[str, Any] | None:
            if record is None:
                return None
            return {"at": record["at"], "code": record["code"], "message": record["message"]}

        return {
            "platform": self.platform,
            "device_id": self.device_id,
            "pending": self.pending,
            "receipts": self.receipts,
            "tree_size": self.tree_size,
            "last_success": self.last_success,
            "last_error": brief(self.last_error),
            "warning": brief(self.warning),
        }


def read_state(conn: Any) -> SyncState:
    """The sync state, read in one go on the vault connection."""
    platform, device, head = get(conn, PLATFORM), get(conn, DEVICE), get(conn, TREE_HEAD)
    receipts = int(conn.execute("SELECT count(*) FROM receipts").fetchone()[0])
    return SyncState(
        platform=platform["url"] if platform else None,
        device_id=device["device_id"] if device else None,
        pending=outbox.count(conn),
        receipts=receipts,
        tree_size=head["tree_size"] if head else None,
        last_success=get(conn, LAST_SUCCESS),
        last_error=get(conn, LAST_ERROR),
        warning=get(conn, WARNING),
    )


def sync_status(vault: Vault) -> SyncState:
    """The vault's sync state (one short call on the vault thread; never the network)."""
    return vault.db.call(read_state)


def clear_warning(vault: Vault) -> None:
    """Acknowledge the warning (the user has read it and told the operator)."""
    vault.db.transaction(lambda conn: put(conn, WARNING, None))
