"""Screenshot steps for seal custody (issue 10): the seal registry, registering a seal, the
requests, a new request, approving, applying a seal (a changed file refused, then sealed), the
ledger and the offline queue in the status bar.

The scenario is made in the background just before: a vault in the data folder with two seals
and four requests (sealed, rejected, approved, waiting), signed with soft certificates from the
screenshot PKI.  The vault is removed afterwards, so the other screens look as without one.
"""

from __future__ import annotations

import datetime as dt
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Wait = Callable[[], bool]
PASSPHRASE = "screenshots"  # noqa: S105 - a throw-away vault for the screenshots
RULE = {"kind": "anchor", "text": "盖章处", "size": 120}


def _settle(ms: int = 400) -> Wait:
    until = time.monotonic() + ms / 1000
    return lambda: time.monotonic() >= until


@dataclass
class Scenario:
    folder: Path
    docs: list[Path]
    image: Path
    requester_sha: str
    approver_sha: str
    approved: str  # an approved request not sealed yet


def make_scenario(work: Path, pki: Any) -> Scenario | None:
    """The vault and its requests (None when the data folder already holds a vault)."""
    from app.custody.apply import apply_seal
    from app.custody.registry import KeySource, NewSeal, register_seal
    from app.custody.requests import create_request, decide_request
    from app.custody.signed import acting_key, certificate_sha256
    from app.demo.contract import sample_contract_bytes
    from app.identity import IdentitySpec
    from app.vault.vault import DB_NAME, Vault, default_folder
    from crypto.seal.image import render_company_seal
    from tests.fixtures.softhsm import ScriptedUser

    folder = default_folder()
    if (folder / DB_NAME).exists():
        return None
    shutil.rmtree(work, ignore_errors=True)  # left by the other language's run
    work.mkdir(parents=True)
    p12 = {}
    for name in ("seal-rsa", "seal-ec", "person-rsa"):
        p12[name] = work / f"{name}.p12"
        p12[name].write_bytes(pki.leaves[name].to_pkcs12(b"pw"))
    image = work / "示例科技公章.png"
    image.write_bytes(render_company_seal("示例科技有限公司", code="91110000MA01ABCD2Q"))
    contract = sample_contract_bytes(pages=2)
    names = ["采购合同-华东.pdf", "采购合同-华南.pdf", "借款合同.pdf", "技术服务合同.pdf",
             "房屋租赁合同.pdf", "补充协议.pdf"]
    docs = []
    for i, name in enumerate(names):
        docs.append(work / name)
        docs[-1].write_bytes(contract + f"\n% {i}\n".encode())
    requester = certificate_sha256(pki.leaves["person-rsa"].cert)
    approver = certificate_sha256(pki.leaves["seal-ec"].cert)
    expired = (dt.date.today() - dt.timedelta(days=30)).isoformat()

    def person(name: str) -> Any:
        return acting_key(IdentitySpec(p12=p12[name], password=b"pw"), ScriptedUser())

    with Vault.create(folder, passphrase=PASSPHRASE) as vault:
        for seal_name, kind, until in (("示例科技有限公司合同专用章", "合同专用章", None),
                                       ("示例科技有限公司财务专用章", "财务专用章", expired)):
            register_seal(vault, NewSeal(
                name=seal_name, kind=kind, image=image.read_bytes(),
                certificate=pki.leaves["seal-rsa"].cert,
                key_source=KeySource(p12=str(p12["seal-rsa"])),
                requesters=[requester], approvers=[approver], valid_until=until))
        seal = "示例科技有限公司合同专用章"
        made = []
        with person("person-rsa") as key:
            for files, purpose in ((docs[0:2], "采购合同用印（华东、华南）"),
                                   (docs[2:3], "借款合同"), (docs[3:4], "技术服务合同用印"),
                                   (docs[4:5], "房屋租赁合同续签")):
                made.append(create_request(vault, seal, files, purpose, RULE, key))
        with person("seal-ec") as key:
            decide_request(vault, made[0].id, key, approve=True, reason="同意")
            decide_request(vault, made[1].id, key, approve=False, reason="金额与审批单不符")
            decide_request(vault, made[2].id, key, approve=True, reason="")
        apply_seal(vault, made[0].id, docs[0:2], work / "sealed", ScriptedUser(), password=b"pw")
    return Scenario(folder, docs, image, requester, approver, made[2].id)


def custody_screens(win: Any, pki: Any, work: Path) -> Iterator[Wait | str]:
    """The custody window's pages and dialogs, then the vault is locked and removed."""
    from PySide6.QtCore import QPoint

    made: dict[str, Any] = {}
    win.services.jobs.run(win, lambda ctx: make_scenario(work, pki),
                          on_success=lambda s: made.update(scenario=s),
                          on_failure=lambda exc: made.update(scenario=None, error=exc))
    yield lambda: "scenario" in made
    scenario: Scenario | None = made["scenario"]
    if scenario is None:
        print(f"  (seal custody screens skipped: {made.get('error', 'a vault already exists')})")
        return
    win.acts.seals.trigger()
    custody = win.flows.custody.custody_window
    custody.move(60, 50)
    yield lambda: custody.bar.method is not None
    custody.bar.passphrase.setText(PASSPHRASE)
    custody.bar.unlock()
    yield lambda: custody.seals.table.rowCount() == 2 and custody.requests.table.rowCount() == 4
    status = win.flows.custody.queue_status
    yield lambda: custody.ledger.table.rowCount() == 2 and status.isVisible()
    custody.seals.table.selectRow(0)
    yield _settle()
    yield "custody-seals"

    custody.seals.add_seal()
    add = custody.seals.add_dialog
    yield lambda: not add.identity.scanning
    add.name.setText("示例科技有限公司公章")
    add.kind.setCurrentIndex(add.kind.findData("公章"))
    add.set_image(scenario.image)
    add.requesters.add(scenario.requester_sha)
    add.approvers.add(scenario.approver_sha)
    items = [i for i in add.identity.certificate_items()
             if i.data(0, 0x0100)[1].label == "seal-rsa"]
    if items:
        items[0].setSelected(True)
    yield lambda: add.image_data is not None and bool(add.approvers.fingerprints())
    yield _settle()
    yield "custody-add-seal"
    add.reject()

    page = custody.requests
    custody.show_tab("requests")
    page.table.selectRow(0)  # newest first: the one waiting for a decision
    yield _settle()
    yield "custody-requests"

    page.new_request()
    new = page.dialog
    yield lambda: not new.identity.scanning
    new.add_paths(scenario.docs[5:6])
    new.purpose.setText("补充协议用印")
    yield lambda: new.documents.rowCount() == 1
    yield _settle()
    yield "custody-new-request"
    new.reject()

    page.decide(True)
    decide = page.dialog
    yield lambda: not decide.identity.scanning
    decide.reason.setText("同意续签")
    yield _settle()
    yield "custody-approve"
    decide.reject()

    row = next(i for i, r in enumerate(page.requests) if r.id == scenario.approved)
    page.table.selectRow(row)
    page.apply()
    apply = page.dialog
    changed = work / "changed" / scenario.docs[3].name
    changed.parent.mkdir(exist_ok=True)
    changed.write_bytes(scenario.docs[3].read_bytes() + b"\n% changed\n")
    apply.add_paths([changed])
    apply.out_dir.setText(str(work / "sealed"))
    apply.password.setText("pw")
    apply.apply()
    yield lambda: apply.job is None
    yield _settle()
    yield "custody-apply-refused"
    apply.paths = []
    apply.add_paths(scenario.docs[3:4])
    apply.password.setText("pw")
    apply.apply()
    yield lambda: apply.job is None and bool(apply.results)
    yield _settle()
    yield "custody-apply-done"
    apply.reject()

    custody.show_tab("ledger")
    yield lambda: custody.ledger.table.rowCount() == 3
    yield _settle()
    yield "custody-ledger"

    yield lambda: "3" in status.text()
    menu = status.menu()
    menu.popup(status.mapToGlobal(QPoint(0, -menu.sizeHint().height())))
    yield _settle()
    yield "custody-queue"
    menu.hide()
    custody.reject()

    session = win.vault_session
    session.lock()
    closed: list[bool] = []
    win.services.jobs.run(None, lambda ctx: None, pool="vault", on_success=closed.append)
    yield lambda: bool(closed)  # the vault pool is serial: the vault is closed by now
    shutil.rmtree(scenario.folder, ignore_errors=True)
