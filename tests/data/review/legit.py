"""Legitimate files: what SealDesk and ordinary tools produce, which must not raise false alarms."""

from __future__ import annotations

import hashlib

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name, pdf_string

from . import bases as B
from . import rawpdf as R
from .kit import Kit, add_annotation, add_raw_stream, sample, set_text_field, update

# blank space on the payment order for visible seals (user space, points)
ORDER_SEAL_1 = "260,85,380,185"
ORDER_SEAL_2 = "130,85,250,185"
NOTE_TEXT = "Paid on 2025-01-02"


def seal_png(kit: Kit, company: str) -> str:
    """A seal image file for ``company`` (made once per build)."""
    from crypto.seal.image import render_company_seal

    path = kit.work / f"seal-{hashlib.sha1(company.encode()).hexdigest()[:8]}.png"
    if not path.exists():
        path.write_bytes(render_company_seal(company))
    return str(path)


def contract(kit: Kit) -> bytes:
    from app.demo.contract import sample_contract_bytes

    return kit.once("contract", sample_contract_bytes)


def contract_sealed(kit: Kit, *, level: str = "B-B", certify: int | None = None) -> bytes:
    """The contract with the seller's seal on 盖章处 (our signer, seal image)."""
    extra = ["--certify", str(certify)] if certify else []
    key = f"contract-sealed-{level}-{certify}"
    return kit.once(
        key,
        lambda: kit.sign(
            contract(kit),
            "--seal", seal_png(kit, kit.pki.company), "--at-text", "盖章处",
            "--field", "SellerSeal", *extra,
            level=level,
        ),
    )


def form_signed(kit: Kit, certify: int | None) -> bytes:
    """The payment order form, signed by the finance seal (certified when ``certify``)."""
    extra = ["--certify", str(certify)] if certify else []
    return kit.once(
        f"form-{certify}",
        lambda: kit.sign(
            B.form(), "--page", "1", "--rect", ORDER_SEAL_1, "--field", "Seal1", *extra
        ),
    )


def fill_note(data: bytes) -> bytes:
    return update(
        data, lambda w: set_text_field(w, "note", NOTE_TEXT, B.NOTE_FIELD, border=True)
    )


@sample("legit_unsigned")
def legit_unsigned(kit: Kit) -> bytes:
    return B.order()


@sample("legit_bb")
def legit_bb(kit: Kit) -> bytes:
    return contract_sealed(kit)


@sample("legit_bt", needs_tsa=True)
def legit_bt(kit: Kit) -> bytes:
    return contract_sealed(kit, level="B-T")


def two_sigs(kit: Kit) -> bytes:
    return kit.once(
        "two-sigs",
        lambda: kit.sign(
            contract_sealed(kit),
            "--seal", seal_png(kit, "上海某某贸易有限公司"), "--at-text", "(Seal)",
            "--field", "BuyerSeal",
            who="person-rsa",
        ),
    )


@sample("legit_two_sigs")
def legit_two_sigs(kit: Kit) -> bytes:
    return two_sigs(kit)


@sample("legit_three_sigs")
def legit_three_sigs(kit: Kit) -> bytes:
    return kit.sign(two_sigs(kit), "--field", "Witness", who="seal-ec")


@sample("legit_cert_p1")
def legit_cert_p1(kit: Kit) -> bytes:
    return contract_sealed(kit, certify=1)


@sample("legit_cert_p2")
def legit_cert_p2(kit: Kit) -> bytes:
    return form_signed(kit, 2)


@sample("legit_cert_p3")
def legit_cert_p3(kit: Kit) -> bytes:
    return form_signed(kit, 3)


@sample("legit_p2_fill")
def legit_p2_fill(kit: Kit) -> bytes:
    return kit.once("p2-fill", lambda: fill_note(form_signed(kit, 2)))


@sample("legit_p2_fill_then_sign")
def legit_p2_fill_then_sign(kit: Kit) -> bytes:
    """Certified P2, the note filled in, then an invisible approval signature."""
    return kit.sign(legit_p2_fill(kit), "--field", "Approval", who="person-rsa")


@sample("legit_p2_visible_sign")
def legit_p2_visible_sign(kit: Kit) -> bytes:
    """Certified P2, then a visible approval seal on blank space (Acrobat accepts this;
    pyHanko's default diff policy refuses new visible signature fields after certification)."""
    return kit.sign(
        form_signed(kit, 2), "--page", "1", "--rect", ORDER_SEAL_2, "--field", "Approval",
        "--seal", seal_png(kit, "上海某某贸易有限公司"), who="person-rsa",
    )


@sample("legit_p3_annotation")
def legit_p3_annotation(kit: Kit) -> bytes:
    """A reviewer's sticky note (a Text annotation with its icon) on a P3 certified order."""

    def edit(w) -> None:  # type: ignore[no-untyped-def]
        icon = add_raw_stream(
            w,
            R.stream(
                "1 0.9 0.3 rg 0.4 G 0.5 0.5 19 19 re B",
                "/Type/XObject/Subtype/Form/BBox[0 0 20 20]",
            ),
        )
        add_annotation(
            w,
            "/Text",
            (395.0, 370.0, 415.0, 390.0),
            appearance=icon,
            extra={
                "/Contents": pdf_string("Checked by legal"),
                "/T": pdf_string("Legal"),
                "/Name": pdf_name("/Comment"),
                "/F": generic.NumberObject(4 | 8 | 16),  # print, no zoom, no rotate
            },
        )

    return update(form_signed(kit, 3), edit)


@sample("legit_approval_fill")
def legit_approval_fill(kit: Kit) -> bytes:
    return fill_note(form_signed(kit, None))


@sample("legit_lta", needs_tsa=True)
def legit_lta(kit: Kit) -> bytes:
    return kit.ltv(contract_sealed(kit, level="B-LTA"), archive=True)


@sample("legit_dss", needs_tsa=True)
def legit_dss(kit: Kit) -> bytes:
    return kit.ltv(contract_sealed(kit), archive=False)
