"""What goes into a SealDesk bundle: shared by the Linux, Windows and macOS spec files.

PyInstaller runs the ``sealdesk-<os>.spec`` files; each imports this module and calls
:func:`analyse`, then builds its executables with :func:`app_exe` and :func:`collect`.  One
analysis for every platform keeps the three bundles the same: our packages, all of
``resources/`` (translations as ``.qm`` for Qt and ``.ts`` for the CLI, CJK fonts, agreements,
trust roots, export helpers), the Qt plugins of the Qt modules we import and nothing else (no
WebEngine, no QML/Quick), and no test or server dependencies.

Options come from the environment, so the same spec file serves ``make bundle`` and CI:

``SEALDESK_BUNDLE_FACE``  ``1``: bundle the face check (QtMultimedia + OpenCV), ``0``: leave it
                          out, unset: bundle it when both are installed.
"""

from __future__ import annotations

import os
import re
import sys
from importlib.util import find_spec
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
ENTRY = INSTALLER / "entry.py"
APP_NAME = "SealDesk"
BUNDLE_ID = "org.sealdesk.SealDesk"
RELEASES_URL_ATTR = "RELEASES_URL"

# Never in a bundle: test and development tools, the platform server, ML runtimes, browsers.
EXCLUDES = [
    "pytest", "_pytest", "pytestqt", "pytest_qt", "pytest_timeout", "hypothesis",
    "ruff", "mypy", "mypyc", "pyhanko.cli", "gmssl",
    "onnxruntime", "torch", "tensorflow",
    "server", "tests", "bench", "tools",
    "fastapi", "starlette", "uvicorn", "sqlalchemy", "psycopg", "psycopg_binary",
    "tkinter", "_tkinter", "IPython", "matplotlib", "pandas", "scipy",
    "pydantic", "pydantic_core", "yaml",  # optional integrations of aiohttp/yarl, pyhanko's CLI
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel", "PySide6.QtWebSockets", "PySide6.QtWebView",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2", "PySide6.QtQuickTest", "PySide6.Qt3DCore", "PySide6.Qt3DRender",
    "PySide6.Qt3DInput", "PySide6.Qt3DLogic", "PySide6.Qt3DExtras", "PySide6.Qt3DAnimation",
    "PySide6.QtDesigner", "PySide6.QtUiTools", "PySide6.QtHelp", "PySide6.QtCharts",
    "PySide6.QtDataVisualization", "PySide6.QtGraphs", "PySide6.QtGraphsWidgets",
    "PySide6.QtLocation", "PySide6.QtPositioning", "PySide6.QtBluetooth", "PySide6.QtNfc",
    "PySide6.QtSensors", "PySide6.QtSerialPort", "PySide6.QtSerialBus", "PySide6.QtScxml",
    "PySide6.QtRemoteObjects", "PySide6.QtTextToSpeech", "PySide6.QtSpatialAudio",
    "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtTest", "PySide6.QtSql",
    "PySide6.QtHttpServer", "PySide6.QtNetworkAuth", "PySide6.QtAxContainer",
]
FACE_MODULES = ["PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "cv2"]
# Shared libraries that must not arrive through a plugin or a hook either (file-name prefixes).
_FORBIDDEN_LIBS = re.compile(
    r"(^|[/\\])(lib)?Qt6?(WebEngine|WebChannel|WebView|Qml|Quick|Designer|3D|Pdf|Charts|"
    r"DataVisualization|Graphs|Location|Positioning|Test|Sql)\w*", re.IGNORECASE)
# … except the QML/Quick libraries Qt's FFmpeg multimedia plugin links (the camera backend:
# without them QtMultimedia loads but finds no camera); QML modules and plugins stay out.
_FACE_PLUGIN_LIBS = re.compile(
    r"(^|[/\\])(lib)?Qt6?(Qml|QmlMeta|QmlModels|QmlWorkerScript|Quick)"
    r"(\.so\.6|\.dll|\.framework([/\\]|$)|$)", re.IGNORECASE)
# Qt plugins nobody here uses: embedded-device platforms and their input drivers, the GTK theme
# (it drags GTK, ATK, Cairo and Pango into the bundle), the QML virtual keyboard, network
# information and TLS backends (Qt's network stack is not used; httpx does the HTTP).
_QT_PLUGIN_DIRS_DROPPED = ("qmltooling", "designer", "webview", "sqldrivers", "position",
                           "geoservices", "sensors", "texttospeech", "sceneparsers",
                           "renderers", "renderplugins", "geometryloaders", "canbus",
                           "egldeviceintegrations", "generic", "networkinformation", "tls",
                           "virtualkeyboard")
_QT_PLUGINS_DROPPED = re.compile(
    r"^(lib)?(qgtk3|qtvirtualkeyboardplugin|qeglfs|qlinuxfb|qminimalegl|qvkkhrdisplay|qvnc)"
    r"\.(so|dll|dylib)$")
# Qt's own catalogs (standard dialogs): only the languages SealDesk speaks.
_QT_TRANSLATION = re.compile(r"PySide6[/\\]Qt[/\\]translations[/\\][^/\\]+\.qm$")
_KEPT_QT_LANGUAGES = ("zh_CN", "en")


def version() -> str:
    """``app.__version__``, read from the source (the spec must not import the app)."""
    text = (ROOT / "app" / "__init__.py").read_text("utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if not match:
        raise SystemExit("cannot find __version__ in app/__init__.py")
    return match.group(1)


def version_tuple() -> tuple[int, int, int, int]:
    """The version as four numbers (Windows version resources want exactly four)."""
    numbers = [int(n) for n in re.findall(r"\d+", version())[:4]]
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def bundle_face() -> bool:
    """Whether the face check (QtMultimedia and OpenCV) goes into this bundle."""
    wanted = os.environ.get("SEALDESK_BUNDLE_FACE", "").strip()
    if wanted in ("0", "1"):
        return wanted == "1"
    return all(find_spec(m.split(".")[0]) is not None for m in ("cv2", "PySide6"))


def resource_datas() -> list[tuple[str, str]]:
    """Every file under ``resources/`` (no caches, no lock files), as (source, folder) pairs."""
    base = ROOT / "resources"
    missing = [f"sealdesk_{lang}.qm" for lang in ("zh_CN", "en")
               if not (base / "translations" / f"sealdesk_{lang}.qm").is_file()]
    if missing:
        raise SystemExit(f"{', '.join(missing)} missing: run `make translations` first")
    pairs = []
    for path in sorted(base.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix == ".pyc":
            continue
        if path.name.startswith(".") or path.suffix == ".lock":
            continue
        pairs.append((str(path), str(path.parent.relative_to(ROOT))))
    return pairs


def hidden_imports(face: bool) -> list[str]:
    """Modules imported by name at run time (plugin commands, worker processes, lazy imports)."""
    from PyInstaller.utils.hooks import collect_submodules

    found: list[str] = ["resources"]
    for package in ("app", "crypto", "ui"):
        found += collect_submodules(package, filter=_ours)
    found += ["keyring.backends", *collect_submodules("keyring.backends")]
    if face:
        found += FACE_MODULES
    return found


def _ours(name: str) -> bool:
    return ".tests" not in name and not name.endswith("__main__")


def analyse(analysis_cls: Any, *, face: bool | None = None) -> Any:
    """Run PyInstaller's analysis of SealDesk and prune what must not ship."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    face = bundle_face() if face is None else face
    _skip_unused_qt_plugins()
    excludes = list(EXCLUDES)
    if not face:
        excludes += [*FACE_MODULES, "numpy"]
    from PyInstaller.utils.hooks import collect_data_files

    a = analysis_cls(
        [str(ENTRY)],
        pathex=[str(ROOT)],
        datas=resource_datas() + collect_data_files("pyhanko") + collect_data_files("certifi"),
        hiddenimports=hidden_imports(face),
        excludes=excludes,
        noarchive=False,
        optimize=0,  # asserts stay: some checks in the signing path are assertions
    )
    a.binaries = [entry for entry in a.binaries if _keep(entry[0], face=face)]
    a.datas = [entry for entry in a.datas if _keep(entry[0], face=face)]
    return a


def _skip_unused_qt_plugins() -> None:
    """Make PyInstaller's Qt hooks leave out the plugins above (and so the libraries they need).

    Filtering after the analysis would be too late: a plugin's dependencies are already in."""
    from PyInstaller.utils.hooks import qt

    original = qt.QtLibraryInfo.collect_plugins
    if getattr(original, "sealdesk_filtered", False):
        return

    def collect_plugins(self: Any, plugin_type: str) -> list[tuple[str, str]]:
        if plugin_type in _QT_PLUGIN_DIRS_DROPPED:
            return []
        found: list[tuple[str, str]] = original(self, plugin_type)
        return [(src, dst) for src, dst in found
                if not _QT_PLUGINS_DROPPED.match(os.path.basename(src))]

    collect_plugins.sealdesk_filtered = True  # type: ignore[attr-defined]
    qt.QtLibraryInfo.collect_plugins = collect_plugins


def _keep(dest: str, *, face: bool = False) -> bool:
    """False for files that must not ship (pulled in through a hook despite the excludes)."""
    if _FORBIDDEN_LIBS.search(dest) and not (face and _FACE_PLUGIN_LIBS.search(dest)):
        return False
    parts = re.split(r"[/\\]", dest)
    if "plugins" in parts:
        after = parts[parts.index("plugins") + 1:]
        if after and after[0] in _QT_PLUGIN_DIRS_DROPPED:
            return False
    if _QT_TRANSLATION.search(dest):
        return dest.endswith(tuple(f"_{lang}.qm" for lang in _KEPT_QT_LANGUAGES))
    return True


def windows_version_info(filename: str) -> Any:
    """The version resource of one Windows executable (File/Product version = app.__version__)."""
    from PyInstaller.utils.win32 import versioninfo as vi

    numbers = version_tuple()
    strings = [
        vi.StringStruct("CompanyName", APP_NAME),
        vi.StringStruct("FileDescription", "SealDesk (签章台)"),
        vi.StringStruct("FileVersion", version()),
        vi.StringStruct("InternalName", "sealdesk"),
        vi.StringStruct("LegalCopyright", "Apache-2.0"),
        vi.StringStruct("OriginalFilename", filename),
        vi.StringStruct("ProductName", APP_NAME),
        vi.StringStruct("ProductVersion", version()),
    ]
    return vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            vi.StringFileInfo([vi.StringTable("080404B0", strings),
                               vi.StringTable("040904B0", strings)]),
            vi.VarFileInfo([vi.VarStruct("Translation", [0x0804, 1200, 0x0409, 1200])]),
        ],
    )


# zh_Hans: installer/macos/zh_Hans.lproj
CAMERA_USAGE = ("SealDesk uses the camera for the face check that confirms it is you who signs. "
                "Only the picture you take is sent to your e-signing platform for the check; "
                "neither SealDesk nor the platform keeps it.")


def macos_info_plist() -> dict[str, Any]:
    """Info.plist entries of SealDesk.app (PyInstaller adds the executable and identifier)."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleShortVersionString": version(),
        "CFBundleVersion": version(),
        "CFBundleDevelopmentRegion": "en",
        "CFBundleLocalizations": ["en", "zh_Hans"],
        "LSMinimumSystemVersion": "11.0",
        "LSApplicationCategoryType": "public.app-category.business",
        "NSHighResolutionCapable": True,
        "NSCameraUsageDescription": CAMERA_USAGE,
        "NSHumanReadableCopyright": "Apache-2.0",
        # listed under "Open With" for PDFs, never the default viewer
        "CFBundleDocumentTypes": [{
            "CFBundleTypeName": "PDF document",
            "CFBundleTypeRole": "Editor",
            "LSHandlerRank": "Alternate",
            "LSItemContentTypes": ["com.adobe.pdf"],
        }],
    }


def icon(kind: str) -> str | None:
    """The app icon made by ``installer/make_icons.py`` (``png``, ``ico`` or ``icns``), if any."""
    path = ROOT / "build" / "icons" / f"sealdesk.{kind}"
    return str(path) if path.is_file() else None
