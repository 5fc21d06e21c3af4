"""Where SealDesk keeps its data: platformdirs, overridable with SEALDESK_HOME, created 0700."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_HOME = "SEALDESK_HOME"


def data_home() -> Path:
    """The data directory (vault, journals, demo files); created 0700 on first use."""
    override = os.environ.get(ENV_HOME)
    path = Path(override) if override else Path(platformdirs.user_data_dir("SealDesk", "SealDesk"))
    return ensure_private_dir(path)


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable only by the user."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        os.chmod(path, 0o700)
    except OSError:
        pass  # e.g. a filesystem without permissions; the directory still works
    return path


def journal_dir() -> Path:
    """Batch journals, so an interrupted batch resumes."""
    return ensure_private_dir(data_home() / "journals")
