"""The seal registry: images checked and kept as stamped, people and validity; signed objects."""

from __future__ import annotations

import dataclasses
import io

import pytest
from PIL import Image

from tests.custody.conftest import SEAL_NAME, register


def _png(mode: str, colour, size=(300, 300), fmt="PNG") -> bytes:
    from PIL import ImageDraw

    img = Image.new(mode, size, colour)
    w, h = size
    ink = (200, 0, 0, 255) if mode == "RGBA" else (200, 0, 0)
    ImageDraw.Draw(img).ellipse((w // 4, h // 4, 3 * w // 4, 3 * h // 4), fill=ink)
    buf = io.BytesIO()
    img.save(buf, format=fmt)
    return buf.getvalue()


@pytest.mark.unit
def test_image_must_be_transparent_png_within_limits(seal_png):
    from app.custody.errors import SealInvalid
    from app.custody.registry import check_image

    assert check_image(seal_png)[:8] == b"\x89PNG\r\n\x1a\n"
    with pytest.raises(SealInvalid, match="transparent"):
        check_image(_png("RGB", (255, 255, 255)))  # white paper
    with pytest.raises(SealInvalid, match="not a PNG"):
        check_image(_png("RGB", (255, 255, 255), fmt="JPEG"))
    with pytest.raises(SealInvalid, match="at least"):
        check_image(_png("RGBA", (0, 0, 0, 0), size=(120, 120)))
    with pytest.raises(SealInvalid, match="at most"):
        check_image(b"\x89PNG\r\n\x1a\n" + bytes(3 << 20))


@pytest.mark.hsm
def test_registered_seal_is_stamped_as_shown(vault, people, seal_png):
    from app.custody.errors import SealExists
    from app.custody.registry import check_image, get_seal, list_seals, seal_id

    seal = register(vault, people, seal_png)
    assert seal.id == seal_id(SEAL_NAME, seal.certificate_sha256), "the same id in every vault"
    assert get_seal(vault, SEAL_NAME).image_png == check_image(seal_png)
    assert get_seal(vault, seal.id[:6]).id == seal.id
    assert [s.id for s in list_seals(vault)] == [seal.id]
    with pytest.raises(SealExists):
        register(vault, people, seal_png)
    [event] = [e for e in vault.db.call(lambda c: c.execute(
        "SELECT type FROM evidence").fetchall()) if e[0] == "seal.registered"]
    assert event


@pytest.mark.hsm
def test_validity_and_roles(people, vault, seal_png):
    import datetime as dt

    from app.custody.errors import NotAllowed, SealNotValid

    seal = register(vault, people, seal_png)
    old = dataclasses.replace(seal, valid_until="2020-12-31")
    assert old.validity_problem(dt.date(2021, 1, 1)) is not None
    with pytest.raises(SealNotValid):
        old.require_valid()
    seal.require_role("request", people.requester_sha256, "x")
    with pytest.raises(NotAllowed):
        seal.require_role("approve", people.requester_sha256, "x")


@pytest.mark.unit
def test_placement_rules():
    from app.custody.placement import describe, parse_rule, seal_placement
    from crypto.errors import UsageError
    from crypto.seal.spec import CrossPage, PageRect, TextAnchor

    assert parse_rule("text:盖章处@100") == {"kind": "anchor", "text": "盖章处", "size": 100}
    assert isinstance(seal_placement(parse_rule("text:盖章处")), TextAnchor)
    rect = parse_rule("rect:2:380,80,500,200")
    assert isinstance(seal_placement(rect), PageRect) and describe(rect) == "rect:2:380,80,500,200"
    assert isinstance(seal_placement(parse_rule("cross-page")), CrossPage)
    for bad in ("text:", "rect:1:5,5,1,1", "rect:0:1,1,5,5", "circle:1", "cross-page:5"):
        with pytest.raises(UsageError):
            parse_rule(bad)


@pytest.mark.unit
def test_signed_object_verifies_offline_and_detects_changes(test_pki, tmp_path):
    from app.custody.errors import SignedObjectInvalid
    from app.custody.signed import acting_key, verify_envelope
    from app.evidence.events import canonical_json, parse_canonical
    from app.identity import IdentitySpec
    from crypto.errors import Text
    from tests.fixtures.softhsm import ScriptedUser

    for leaf in ("seal-rsa", "seal-ec"):
        p12 = tmp_path / f"{leaf}.p12"
        p12.write_bytes(test_pki[leaf].to_pkcs12(b"pw"))
        with acting_key(IdentitySpec(p12=p12, password=b"pw"), ScriptedUser()) as key:
            obj = key.sign({"type": "t", "n": 1, "text": "用印"})
        env = parse_canonical(obj.canonical)
        again = verify_envelope(env, Text("object"))
        assert again.sha256 == obj.sha256 and again.signer_sha256 == key.certificate_sha256
        env["payload"]["n"] = 2
        with pytest.raises(SignedObjectInvalid):
            verify_envelope(env, Text("object"))
        env = parse_canonical(obj.canonical)
        env["signature"]["certificate"] = parse_canonical(canonical_json(env))["signature"][
            "value"]
        with pytest.raises(SignedObjectInvalid):
            verify_envelope(env, Text("object"))
