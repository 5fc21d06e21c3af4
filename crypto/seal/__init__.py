"""The visible company seal: images, placement, signature appearance and 骑缝章 (cross-page seal).

Public API (everything else in this package is internal):

* :func:`render_company_seal`, :func:`check_seal_image`, :func:`make_background_transparent`,
  :class:`SealImage` — seal pictures;
* :class:`PageRect`, :class:`TextAnchor`, :class:`CrossPage`, :func:`resolve_anchor`,
  :func:`check_page_rect`, :func:`page_rect_from_view`, :func:`page_rotation` — placement;
* :func:`seal_stamp_style`, :func:`for_page_rotation` — the pyHanko signature appearance;
* :func:`add_cross_page_seal` — the cross-page seal, as annotations in the pending revision;
* :func:`font_path` — the bundled CJK font.

Submodules are imported on first use: an invisible signature, or code that only reads a
:class:`PageRect`, does not pay for pymupdf, Pillow and fontTools.
"""

from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "for_page_rotation": "appearance",
    "seal_stamp_style": "appearance",
    "add_cross_page_seal": "crosspage",
    "font_path": "fonts",
    "SealImage": "image",
    "check_seal_image": "image",
    "make_background_transparent": "image",
    "render_company_seal": "image",
    "CrossPage": "spec",
    "PageRect": "spec",
    "SealPlacement": "spec",
    "TextAnchor": "spec",
    "check_page_rect": "placement",
    "page_rect_from_view": "placement",
    "page_rotation": "placement",
    "resolve_anchor": "placement",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'crypto.seal' has no attribute {name!r}")
    return getattr(importlib.import_module(f"crypto.seal.{module}"), name)
