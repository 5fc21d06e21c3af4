"""Request files carried between two vaults: verified on import, tampering and replays refused."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from tests.custody.conftest import (
    SEAL_NAME,
    approver_key,
    open_second_vault,
    register,
    requester_key,
)
from tests.fixtures.softhsm import ScriptedUser

pytestmark = pytest.mark.hsm

PLACEMENT = {"kind": "rect", "page": 2, "rect": [380, 80, 500, 200]}


@pytest.fixture
def two_vaults(vault, people, seal_png, tmp_path):
    """The business office's vault (requests made there) and the custodian's vault."""
    register(vault, people, seal_png)
    other = open_second_vault(tmp_path / "custodian-vault")
    register(other, people, seal_png)
    try:
        yield vault, other
    finally:
        other.close()


def _rewrite(src, dst, edit):
    """Copy a request file, changing its request.json with ``edit(envelope)``."""
    from app.evidence.events import canonical_json

    with zipfile.ZipFile(src) as zf:
        entries = {n: zf.read(n) for n in zf.namelist()}
    env = json.loads(entries["request.json"])
    edit(env)
    entries["request.json"] = canonical_json(env)
    with zipfile.ZipFile(dst, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)


def test_request_travels_and_is_sealed_in_the_other_vault(two_vaults, people, contract, tmp_path):
    from app.custody.apply import apply_seal
    from app.custody.errors import RequestReplayed
    from app.custody.requests import create_request, decide_request, get_request
    from app.custody.transfer import export_request, import_request

    office, custodian = two_vaults
    with requester_key(people) as key:
        req = create_request(office, SEAL_NAME, [contract], "销售合同", PLACEMENT, key)
    file1 = export_request(office, req.id, tmp_path / "req.sealreq")
    got = import_request(custodian, file1)
    assert got.request_added and not got.decision_added
    assert got.request.state == "pending" and got.request.origin == "import"
    with pytest.raises(RequestReplayed):
        import_request(custodian, file1)
    with approver_key(people) as key:
        decide_request(custodian, req.id, key, approve=True, reason="同意盖章")
    # the decision travels back to the office
    file2 = export_request(custodian, req.id, tmp_path / "approved.sealreq")
    back = import_request(office, file2)
    assert back.decision_added and not back.request_added
    assert get_request(office, req.id).state == "approved"
    with pytest.raises(RequestReplayed):
        import_request(office, file2)
    results = apply_seal(custodian, req.id, [contract], tmp_path / "out", ScriptedUser(),
                         password=b"pw")
    assert results[0].status == "sealed"
    with zipfile.ZipFile(file2) as zf:
        assert sorted(zf.namelist()) == ["decision.json", "request.json"]


def test_tampered_request_file_is_refused(two_vaults, people, contract, tmp_path):
    from app.custody.errors import RequestFileInvalid, SignedObjectInvalid
    from app.custody.requests import create_request, list_requests
    from app.custody.transfer import export_request, import_request

    office, custodian = two_vaults
    with requester_key(people) as key:
        req = create_request(office, SEAL_NAME, [contract], "采购", PLACEMENT, key)
    good = export_request(office, req.id, tmp_path / "req.sealreq")
    head_before = custodian.chain_head()

    def other_document(env):
        env["payload"]["documents"][0]["sha256"] = "0" * 64

    def other_purpose(env):
        env["payload"]["purpose"] = "担保"

    for n, edit in enumerate((other_document, other_purpose)):
        bad = tmp_path / f"bad{n}.sealreq"
        _rewrite(good, bad, edit)
        with pytest.raises(SignedObjectInvalid):
            import_request(custodian, bad)
    extra = tmp_path / "extra.sealreq"
    buf = io.BytesIO(good.read_bytes())
    with zipfile.ZipFile(buf, "a") as zf:
        zf.writestr("run.sh", b"echo hi")
    extra.write_bytes(buf.getvalue())
    with pytest.raises(RequestFileInvalid):
        import_request(custodian, extra)
    (tmp_path / "junk.sealreq").write_bytes(b"not a zip")
    with pytest.raises(RequestFileInvalid):
        import_request(custodian, tmp_path / "junk.sealreq")
    assert list_requests(custodian) == []
    assert custodian.chain_head() == head_before, "a refused import records nothing"


def test_import_needs_the_seal_and_allowed_people(vault, people, seal_png, contract, tmp_path):
    from app.custody.errors import SealNotFound
    from app.custody.requests import create_request
    from app.custody.transfer import export_request, import_request

    register(vault, people, seal_png)
    with requester_key(people) as key:
        req = create_request(vault, SEAL_NAME, [contract], "x", PLACEMENT, key)
    f = export_request(vault, req.id, tmp_path / "r.sealreq")
    stranger = open_second_vault(tmp_path / "v2")
    try:
        with pytest.raises(SealNotFound):
            import_request(stranger, f)
    finally:
        stranger.close()
