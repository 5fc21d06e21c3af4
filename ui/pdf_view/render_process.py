"""The render process: PyMuPDF in a process of its own.

PyMuPDF holds the GIL for as long as MuPDF draws a page (tens of milliseconds for a busy page,
seconds for a big scan), so a render *thread* in the GUI process would freeze the window just
the same.  In its own process MuPDF has its own GIL, a crash on a hostile PDF takes down only
this process, and the GUI process only copies finished pixels.  No Qt widgets here: QImage
converts the pixels to the screen format (RGB32) on this side.

Protocol (a multiprocessing Pipe; one request, one reply, in order):

* ``("open", doc_id, source, name)`` → ``("ok", (page_count, sizes, title))``
* ``("close", doc_id)`` → ``("ok", None)``
* ``("render", doc_id, page, width, height)`` → ``("image", width, height, bytes_per_line)``
  followed by the pixels with ``send_bytes``
* ``("call", doc_id, function, args)`` → ``("ok", function(document, *args))``; ``function`` is
  a module-level function of this module (it is pickled by name)
* any failure → ``("error", portable_error)`` (:func:`crypto.errors.to_portable`)
"""

from __future__ import annotations

import logging
import os
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crypto import errors

if TYPE_CHECKING:  # loaded in the render process only: the GUI process never needs MuPDF
    import pymupdf

log = logging.getLogger(__name__)

MAX_PIXELS = 24_000_000  # one rendered page at most (beyond: rendered smaller, drawn scaled)
Rect = tuple[float, float, float, float]
PageHits = list[tuple[int, list[Rect]]]


def serve(conn: Connection) -> None:
    """Answer requests until the pipe closes (the app quit or died) or ``stop`` arrives."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # QImage needs no display
    import pymupdf
    from PySide6.QtGui import QImage  # noqa: F401 - pixels only; loaded before the first page

    pymupdf.TOOLS.mupdf_display_errors(False)  # no MuPDF chatter on stderr
    docs: dict[int, pymupdf.Document] = {}
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        op = msg[0]
        if op == "stop":
            return
        try:
            if op == "render":
                _, doc_id, page, width, height = msg
                w, h, bpl, data = render_page(docs[doc_id], page, width, height)
                conn.send(("image", w, h, bpl))
                conn.send_bytes(data)
                continue
            reply: Any = None
            if op == "open":
                _, doc_id, source, name = msg
                doc = open_pdf(source, name)
                docs[doc_id] = doc
                rects = [doc.load_page(i).rect for i in range(doc.page_count)]
                sizes = tuple((float(r.width), float(r.height)) for r in rects)
                reply = (doc.page_count, sizes, (doc.metadata or {}).get("title") or "")
            elif op == "close":
                closing = docs.pop(msg[1], None)
                if closing is not None:
                    closing.close()
            elif op == "call":
                _, doc_id, function, args = msg
                reply = function(docs[doc_id], *args)
            conn.send(("ok", reply))
        except (EOFError, OSError, BrokenPipeError):
            return
        except errors.SealDeskError as exc:
            conn.send(("error", errors.to_portable(exc)))
        except Exception as exc:  # noqa: BLE001 - reported to the app as our bug
            log.exception("render process: %s failed", op)
            conn.send(("error", errors.to_portable(errors.InternalError(
                detail=f"{type(exc).__name__}: {exc}"[:200]))))


def render_page(doc: pymupdf.Document, index: int, width: int,
                height: int) -> tuple[int, int, int, bytes]:
    """Page ``index`` drawn to ``width`` × ``height`` pixels (fewer beyond MAX_PIXELS), RGB32."""
    import pymupdf
    from PySide6.QtGui import QImage

    page = doc.load_page(index)
    rect = page.rect
    shrink = min(1.0, (MAX_PIXELS / max(1, width * height)) ** 0.5)
    sx = width * shrink / max(rect.width, 1e-3)
    sy = height * shrink / max(rect.height, 1e-3)
    pix = page.get_pixmap(matrix=pymupdf.Matrix(sx, sy), alpha=False, annots=True)
    image = QImage(pix.samples_mv, pix.width, pix.height, pix.stride, QImage.Format.Format_RGB888)
    screen = image.convertToFormat(QImage.Format.Format_RGB32)
    return screen.width(), screen.height(), screen.bytesPerLine(), bytes(screen.constBits())


def open_pdf(source: Path | bytes, name: str) -> pymupdf.Document:
    """A PDF from a file or from bytes; our errors for what is not a readable PDF."""
    import pymupdf

    try:
        if isinstance(source, bytes):
            doc = pymupdf.open(stream=source, filetype="pdf")
        else:
            if not Path(source).is_file():
                raise errors.InputError(path=str(source))
            doc = pymupdf.open(str(source), filetype="pdf")
    except errors.SealDeskError:
        raise
    except (pymupdf.FileDataError, pymupdf.EmptyFileError, RuntimeError, ValueError) as exc:
        raise errors.NotAPdf(path=name) from exc
    except OSError as exc:
        raise errors.InputError(path=name) from exc
    if doc.needs_pass:
        doc.close()
        raise errors.EncryptedPdf(path=name)
    if doc.page_count == 0:
        doc.close()
        raise errors.NotAPdf(path=name)
    return doc


def search_pages(doc: pymupdf.Document, text: str, start: int, stop: int) -> PageHits:
    """Hits of ``text`` on pages [start, stop), in points as displayed (rotation applied)."""
    found: PageHits = []
    for index in range(start, min(stop, doc.page_count)):
        page = doc.load_page(index)
        rects = page.search_for(text)
        if rects:
            turn = page.rotation_matrix
            found.append((index, [_rect(r * turn) for r in rects]))
    return found


def process_id(doc: pymupdf.Document) -> int:
    """The render process's id (tests check that pages are not drawn in the GUI process)."""
    del doc
    return os.getpid()


def _rect(rect: pymupdf.Rect) -> Rect:
    r = rect.normalize()
    return (float(r.x0), float(r.y0), float(r.x1), float(r.y1))
