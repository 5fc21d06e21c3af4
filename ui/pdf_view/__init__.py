"""The PDF view: PyMuPDF on its own thread, a lazy cached page view, thumbnails, search."""
