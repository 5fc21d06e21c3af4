"""`sealdesk demo`: a demo PKI, a sample contract, a seal — signed at B-T and verified, end to end.

Nothing needs configuring: the PKI, the timestamp service (on 127.0.0.1, for the duration of the
demo) and the documents are generated into a fresh folder, and the real signing path is used
(the same run as `sealdesk sign --p12 … --at-text 盖章处 --level B-T`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from app.identity import IdentitySpec
from app.paths import data_home
from app.signing.batch import FileJob, FileResult
from app.signing.runner import SigningRun
from crypto.pades.engine import SealSpec
from crypto.pades.options import SignatureLevel, SignOptions, TsaConfig
from crypto.review.model import FileReport, ReviewOptions

DEMO_COMPANY = "示例科技有限公司"
DEMO_COMPANY_EN = "Demo Tech Co., Ltd."
DEMO_P12_PASSWORD = b"sealdesk-demo"


@dataclass(frozen=True)
class DemoResult:
    """Where the demo put things, and what the verification said."""

    folder: Path
    contract: Path
    seal_image: Path
    signed: Path
    result: FileResult
    report: FileReport | None  # the review engine's verdict on the signed contract


class _NoPrompt:
    """The demo's identity is a file with a known password: nothing to ask."""

    def ask_pin(self, request: object) -> None:
        return None

    def notify(self, message: str) -> None:
        pass

    def confirm(self, question: str) -> bool:
        return False


def demo_folder(base: Path | None = None) -> Path:
    """A fresh folder for one demo run."""
    root = base or (data_home() / "demo")
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    folder = root / stamp
    folder.mkdir(parents=True, exist_ok=False)
    return folder


def run_demo(base: Path | None = None) -> DemoResult:
    """Generate everything, sign the contract at B-T with a visible seal, verify the result."""
    from app.demo.contract import make_sample_contract
    from crypto.pki import PkiServer, generate_pki
    from crypto.seal.image import render_company_seal
    from crypto.seal.spec import TextAnchor

    folder = demo_folder(base)
    contract = make_sample_contract(
        folder / "sample-contract.pdf", company=DEMO_COMPANY, company_en=DEMO_COMPANY_EN
    )
    seal_png = render_company_seal(DEMO_COMPANY, code="91110000MA01ABCD2Q", kind="合同专用章")
    seal_path = folder / "seal.png"
    seal_path.write_bytes(seal_png)
    with PkiServer(host="127.0.0.1", port=0) as server:
        pki = generate_pki(server.base_url, company=DEMO_COMPANY, company_en=DEMO_COMPANY_EN)
        server.serve(pki)
        pki_dir = folder / "pki"
        pki.save(pki_dir)
        p12 = folder / "seal-rsa.p12"
        p12.write_bytes(pki.leaves["seal-rsa"].to_pkcs12(DEMO_P12_PASSWORD))
        p12.chmod(0o600)
        run = SigningRun(
            identity=IdentitySpec(p12=p12, password=DEMO_P12_PASSWORD),
            options=SignOptions(
                level=SignatureLevel.B_T,
                tsa=TsaConfig(url=server.tsa_url),
                reason="同意签署本合同 / Agreed to this contract",
                location="北京 Beijing",
            ),
            seal=SealSpec(placement=TextAnchor(text="盖章处", size=110.0), image_png=seal_png),
        )
        signed = folder / "sample-contract.signed.pdf"
        [result] = run.execute([FileJob(contract, signed)], _NoPrompt())
        report = None
        if result.status == "signed":  # reviewed while the demo's OCSP/CRL services still run
            from crypto.review.engine import review_file

            options = ReviewOptions(trust_roots=(pki.root.cert.dump(),), system_trust=False)
            report = review_file(signed, options)
    return DemoResult(folder, contract, seal_path, signed, result, report)
