"""Only protocol fields reach the platform: everything else is refused, and the database
(rows and, on SQLite, the raw file) holds no trace of what was refused or of a face image."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import MetaData, create_engine, select

from server import tables
from tests.server.test_ledger_api import enrol

pytestmark = pytest.mark.net

MARKER = "Zhang-San-13812345678-contract-text"


def database_text(db_url: str) -> str:
    """Every row of every table of the database, as one text."""
    engine = create_engine(db_url)
    meta = MetaData()
    meta.reflect(engine)
    out: list[str] = []
    with engine.connect() as conn:
        for table in meta.sorted_tables:
            for row in conn.execute(select(table)):
                out.extend(v.hex() + " " + v.decode("latin-1") if isinstance(v, bytes) else str(v)
                           for v in row)
    engine.dispose()
    return "\n".join(out)


def raw_files(db_url: str) -> bytes:
    if not db_url.startswith("sqlite"):
        return b""
    path = Path(db_url.removeprefix("sqlite:///"))
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


def test_non_protocol_fields_are_refused_and_never_stored(db_url, make_server):
    server = make_server(db_url)
    client = enrol(server)
    good = client.event(1)
    bad_bodies = {
        "rejected_field": [
            {"events": [dict(good, name=MARKER)]},
            {"events": [good], "document": MARKER},
            {"events": [dict(good, content=base64.b64encode(MARKER.encode()).decode())]},
            {"events": [dict(good, leaf={"device": MARKER})]},
        ],
        "invalid_event": [
            {"events": [dict(good, type=MARKER)]},
            {"events": [dict(good, type="Contract")]},
            {"events": [dict(good, sha256=MARKER)]},
            {"events": [dict(good, sha256=good["sha256"].upper())]},
            {"events": [dict(good, sm3=good["sm3"][:-1])]},
            {"events": [dict(good, event_id=MARKER + ":1")]},
            {"events": [dict(good, at="31/01/2026 " + MARKER)]},
            {"events": [dict(good, at=1769860800)]},
            {"events": []},
            {"events": [client.event(i) for i in range(1, 502)]},
            {"events": {"0": good}},
            [good],
        ],
    }
    for code, bodies in bad_bodies.items():
        for body in bodies:
            r = client.call("POST", "/v1/evidence", body)
            assert r.status_code == 422, (body, r.text)
            assert r.json()["error"] == code, (body, r.text)
            assert MARKER not in r.text
    padded = json.dumps({"events": [good]}).encode() + b" " * (256 * 1024)  # valid, but too big
    r = client.http.send(client.prepare("POST", "/v1/evidence", content=padded))
    assert r.status_code == 422 and r.json()["error"] == "invalid_event"
    r = client.http.send(client.prepare("POST", "/v1/evidence", content=padded[:256 * 1024]))
    assert r.status_code == 200
    r = client.http.post("/v1/devices", json={"enrolment_token": "x", "certificate": "AAAA",
                                              "label": "ok", "owner": MARKER})
    assert r.status_code == 422 and r.json()["error"] == "rejected_field"
    r = client.call("POST", "/v1/intent/sms", {"signer_id": "a" * 64, "document_sha256": "b" * 64,
                                               "phone": MARKER})
    assert r.status_code == 422 and r.json()["error"] == "rejected_field"
    assert client.call("POST", "/v1/evidence", {"events": [good]}).status_code == 200
    stored = database_text(db_url)
    assert MARKER not in stored and "Zhang" not in stored
    assert MARKER.encode() not in raw_files(db_url)
    assert base64.b64encode(MARKER.encode()) not in raw_files(db_url)
    # what a leaf keeps is exactly the protocol's leaf
    assert set(tables.leaves.c.keys()) == {"org_id", "leaf_index", "event_id", "device_id",
                                           "sha256", "sm3", "type", "at"}
    assert good["sha256"] in stored


def jpeg(size: tuple[int, int], fmt: str = "JPEG") -> bytes:
    out = io.BytesIO()
    Image.effect_noise(size, 64).convert("RGB").save(out, format=fmt)
    return out.getvalue()


def test_face_check_keeps_no_image(db_url, make_server):
    server = make_server(db_url)
    client = enrol(server)
    signer = "c" * 64
    server.platform.add_signer(client.org_id, signer, "+8613812345678")
    image = jpeg((96, 80))

    def check(data: bytes | str, signer_id: str = signer):
        text = data if isinstance(data, str) else base64.b64encode(data).decode()
        return client.call("POST", "/v1/intent/face", {
            "signer_id": signer_id, "document_sha256": "d" * 64, "consent_ref": "e" * 64,
            "image": text})

    r = check(image)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["verified"] is True and body["attestation"]["method"] == "face"
    assert body["attestation"]["document_sha256"] == "d" * 64
    for data in (jpeg((63, 200)), jpeg((80, 80), "PNG"), b"\xff\xd8\xff" + b"0" * 500):
        r = check(data)
        assert r.status_code == 200 and r.json() == {"verified": False, "attestation": None}
    assert check("not base64!").status_code == 422
    assert check(image, "f" * 64).json()["error"] == "unknown_signer"
    r = check(b"\xff" * (2 * 1024 * 1024 + 10))
    assert r.status_code in (413, 422)
    stored, files = database_text(db_url), raw_files(db_url)
    for chunk in (image[200:264], image[-64:]):
        assert chunk.hex() not in stored and chunk not in files
    assert base64.b64encode(image)[100:164].decode() not in stored
    assert base64.b64encode(image)[100:164] not in files
