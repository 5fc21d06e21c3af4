"""List tokens without prompting or logging in, and find the token a URI names.

Every read of CK_TOKEN_INFO is fresh (C_GetTokenInfo each time): PIN counters and the
lock flag change on the device, and a proxy module may change them between two calls.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence

import pkcs11.exceptions as p11

from crypto.errors import NoToken, Pkcs11UriError, SealDeskError
from crypto.tokens.base import TokenInfo
from crypto.tokens.pkcs11.errors import translated
from crypto.tokens.pkcs11.modules import discover_modules
from crypto.tokens.pkcs11.uri import Pkcs11Uri
from crypto.tokens.pkcs11.worker import ModuleWorker, module_worker

log = logging.getLogger(__name__)

# a token that disappears between C_GetSlotList and C_GetTokenInfo is simply not listed
_VANISHED = (p11.TokenNotPresent, p11.TokenNotRecognised, p11.DeviceRemoved, p11.SlotIDInvalid)


def scan_tokens(
    module_paths: Sequence[str] | None = None, *, strict: bool | None = None
) -> list[TokenInfo]:
    """Tokens present in the given modules (default: every discovered module).

    Never prompts and never logs in; blank (uninitialised) tokens are left out.  With
    ``strict`` (the default when paths are given) a module that fails to load raises
    ModuleNotFound; otherwise it is skipped with a warning.
    """
    if isinstance(module_paths, str):
        module_paths = [module_paths]
    if module_paths is None:
        module_paths = [c.path for c in discover_modules() if c.usable]
        strict = bool(strict)
    elif strict is None:
        strict = True
    tokens: list[TokenInfo] = []
    scanned: set[int] = set()  # two paths naming one file share a worker: scan it once
    for path in module_paths:
        try:
            worker = module_worker(path)
            if id(worker) in scanned:
                continue
            scanned.add(id(worker))
            tokens += worker.call(functools.partial(_scan_module, worker))
        except SealDeskError as exc:
            if strict:
                raise
            log.warning("skipping PKCS#11 module %s: %s", path, exc.render())
    return tokens


def find_tokens(uri: Pkcs11Uri, module_paths: Sequence[str] | None = None) -> list[TokenInfo]:
    """Tokens matching the URI's token, slot, library and module attributes."""
    uri.require_understood()
    paths: Sequence[str]
    if uri.module_path is not None:
        paths = [uri.module_path]
    elif module_paths is not None:
        paths = module_paths
    else:
        paths = [c.path for c in discover_modules() if c.usable]
    if uri.module_name is not None:
        paths = [p for p in paths if uri.matches_module(p)]
    found = []
    for token in scan_tokens(paths, strict=uri.module_path is not None):
        info = module_worker(token.module_path).info
        if uri.matches_token(token) and uri.matches_module(
            token.module_path,
            manufacturer=info.manufacturer,
            description=info.description,
            version=info.version,
        ):
            found.append(token)
    return found


def find_one_token(uri: Pkcs11Uri, module_paths: Sequence[str] | None = None) -> TokenInfo:
    """The single token a URI names; NoToken if none, Pkcs11UriError if several."""
    found = find_tokens(uri, module_paths)
    if not found:
        raise NoToken(what="No security token matching {uri} was found.", uri=str(uri))
    if len(found) > 1:
        labels = ", ".join(f"{t.label} ({t.serial})" for t in found)
        raise Pkcs11UriError(
            what="{uri} matches {count} tokens: {labels}.",
            todo="Add token= or serial= to the URI to choose one.",
            uri=str(uri), count=len(found), labels=labels,
        )
    return found[0]


def locate_slot(worker: ModuleWorker, token: TokenInfo) -> tuple[object, TokenInfo]:
    """The python-pkcs11 slot now holding ``token`` and its fresh info (module thread only).

    Slot ids can change when a key is re-plugged, so the token is found again by label and
    serial; its old slot is preferred when several tokens look the same.
    """
    assert worker.on_thread()
    matches = []
    with translated():
        for slot in worker.lib.get_slots(token_present=True):
            fresh = _read_token(worker, slot)
            if fresh and fresh.label == token.label and fresh.serial == token.serial:
                matches.append((slot, fresh))
    if not matches:
        raise NoToken(
            what="No security token with label {label!r} and serial {serial!r} was found.",
            label=token.label,
            serial=token.serial,
        )
    matches.sort(key=lambda m: m[1].slot_id != token.slot_id)
    return matches[0]


def _scan_module(worker: ModuleWorker) -> list[TokenInfo]:
    with translated():
        slots = worker.lib.get_slots(token_present=True)
        return [t for t in (_read_token(worker, slot) for slot in slots) if t is not None]


def _read_token(worker: ModuleWorker, slot: object) -> TokenInfo | None:
    assert worker.raw is not None
    slot_id: int = slot.slot_id  # type: ignore[attr-defined]
    try:
        raw = worker.raw.token_info(slot_id)
    except _VANISHED:
        return None
    if not raw.initialized:
        return None
    return TokenInfo(
        module_path=worker.path,
        slot_id=slot_id,
        label=raw.label,
        serial=raw.serial,
        manufacturer=raw.manufacturer,
        model=raw.model,
        flags=raw.token_flags(),
        slot_description=slot.slot_description,  # type: ignore[attr-defined]
        slot_manufacturer=slot.manufacturer_id,  # type: ignore[attr-defined]
    )

