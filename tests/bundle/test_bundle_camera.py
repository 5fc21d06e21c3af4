"""The face check in the Linux bundle: QtMultimedia and its camera backend (Qt's FFmpeg
multimedia plugin) load with the libraries the bundle holds.  Without the QML/Quick libraries
that plugin links, QtMultimedia would load but find no camera on any machine."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.bundle

LOAD = "import ctypes, os, sys; ctypes.CDLL(sys.argv[1], mode=os.RTLD_NOW)"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux bundle layout")
def test_camera_backend_loads_from_the_bundle(bundle) -> None:
    internal = bundle.executable.parent / "_internal"
    if not (internal / "PySide6" / "QtMultimedia.abi3.so").is_file():
        pytest.skip("this bundle was built without the face check")
    plugins = sorted(internal.glob("PySide6/Qt/plugins/multimedia/*.so"))
    assert [p.name for p in plugins] == ["libffmpegmediaplugin.so"]
    assert (internal / "libpulse.so.0").exists()  # QtMultimedia links it; not on every desktop
    assert not list(internal.glob("PySide6/Qt/qml"))  # the libraries only, no QML modules
    for library in [*plugins, internal / "PySide6" / "QtMultimedia.abi3.so"]:
        # a Python that has loaded no Qt: every dependency must come from the bundle
        done = subprocess.run([sys.executable, "-I", "-c", LOAD, str(library)],  # noqa: S603
                              env={"LD_LIBRARY_PATH": str(internal)}, capture_output=True,
                              text=True, timeout=60, check=False)
        assert done.returncode == 0, done.stderr[-2000:]
