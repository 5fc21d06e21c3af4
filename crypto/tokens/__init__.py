"""Hardware and software key sources behind one protocol."""
