"""The client's side of the wire format checked against the platform's OpenAPI document.

``server/openapi.json`` when it is in the repository, else the document the server generates.
A small validator for the parts of JSON Schema the document uses (type, pattern, required,
additionalProperties, items, $ref) keeps this test free of extra dependencies.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.evidence.events import EVENT_TYPES, EventDraft
from app.sync import outbox
from app.sync.receipts import STH_SIGNED_FIELDS, wire_event
from app.sync.transport import rfc3339_now

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def schemas() -> dict:
    path = ROOT / "server" / "openapi.json"
    if path.exists():
        doc = json.loads(path.read_text(encoding="utf-8"))
    else:
        from server.main import openapi_document

        doc = openapi_document()
    return doc["components"]["schemas"]


def problems(value, schema: dict, schemas: dict, where: str = "$") -> list[str]:
    if "$ref" in schema:
        return problems(value, schemas[schema["$ref"].rsplit("/", 1)[1]], schemas, where)
    if "anyOf" in schema:
        options = [problems(value, s, schemas, where) for s in schema["anyOf"]]
        return [] if any(not o for o in options) else options[0]
    kind = schema.get("type")
    out: list[str] = []
    if kind == "object":
        if not isinstance(value, dict):
            return [f"{where}: not an object"]
        props = schema.get("properties", {})
        out += [f"{where}.{k}: missing" for k in schema.get("required", []) if k not in value]
        if schema.get("additionalProperties") is False:
            out += [f"{where}.{k}: not in the protocol" for k in value if k not in props]
        for key, sub in props.items():
            if key in value:
                out += problems(value[key], sub, schemas, f"{where}.{key}")
    elif kind == "array":
        if not isinstance(value, list):
            return [f"{where}: not a list"]
        for i, item in enumerate(value):
            out += problems(item, schema.get("items", {}), schemas, f"{where}[{i}]")
    elif kind == "string":
        if not isinstance(value, str):
            return [f"{where}: not a string"]
        if "pattern" in schema and not re.search(schema["pattern"], value):
            out.append(f"{where}: {value!r} does not match {schema['pattern']}")
    elif kind == "integer" and not (isinstance(value, int) and not isinstance(value, bool)):
        out.append(f"{where}: not an integer")
    return out


def test_every_event_type_is_a_name_the_platform_accepts(schemas):
    pattern = schemas["EventRequest"]["properties"]["type"]["pattern"]
    assert [t for t in sorted(EVENT_TYPES) if not re.search(pattern, t)] == []


def test_what_the_client_sends_is_valid(vault, schemas):
    vault.append_events([EventDraft("certificate_used", {"n": 1})])
    events = vault.db.call(lambda c: outbox.pending(c, 10))
    body = {"events": [wire_event(vault.header.vault_id, e) for e in events]}
    assert problems(body, schemas["EvidenceRequest"], schemas) == []
    registration = {"enrolment_token": "t", "certificate": "AAAA", "label": "SealDesk 1234"}
    assert problems(registration, schemas["DeviceRequest"], schemas) == []
    date_pattern = schemas["EventRequest"]["properties"]["at"]["pattern"]
    assert re.search(date_pattern, rfc3339_now())  # the X-SealDesk-Date format too


def test_what_the_client_reads_is_what_the_platform_answers(schemas):
    receipt = set(schemas["Receipt"]["properties"])
    assert receipt == {"event_id", "leaf_index", "leaf", "tree_size", "inclusion_proof",
                       "duplicate"}
    head = set(schemas["TreeHead"]["properties"])
    assert set(STH_SIGNED_FIELDS) | {"signature"} <= head
    assert head - set(STH_SIGNED_FIELDS) - {"signature"} <= {"timestamp_token"}
    assert set(schemas["EvidenceAnswer"]["properties"]) == {"tree_head", "receipts"}
    assert set(schemas["Leaf"]["properties"]) == {"device", "event_id", "sha256", "sm3", "type",
                                                  "at"}
    assert set(schemas["ConsistencyAnswer"]["properties"]) == {"first", "second", "proof"}
    assert set(schemas["LogKeyAnswer"]["properties"]) == {"log_id", "public_key"}
    assert set(schemas["DeviceAnswer"]["properties"]) == {"device_id", "org_id"}
