"""PySide6 desktop front end."""
