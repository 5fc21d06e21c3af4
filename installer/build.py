"""Build the SealDesk bundle for this operating system with PyInstaller, and say how big it is.

    python installer/build.py [--if-stale] [--face | --no-face]

Linux: ``dist/sealdesk/`` (one folder, run ``dist/sealdesk/sealdesk``) plus the ``.desktop``
file and icon; ``installer/linux/make_appimage.sh`` turns it into an AppImage.  Windows:
``dist/SealDesk/`` (``SealDesk.exe`` for the desktop, ``sealdesk-cli.exe`` for the terminal);
``installer/windows/sealdesk.iss`` makes the installer.  macOS: ``dist/SealDesk.app``;
``installer/macos/make_dmg.sh`` makes the disk image.

``--if-stale`` skips the build when nothing that goes into the bundle changed since it was built
(the build stamp beside it records a digest of the sources and of the installed packages), so
``make test`` pays for a build only after a change.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
STAMP_NAME = "sealdesk-build.json"
SOURCES = ("app", "crypto", "ui", "resources", "installer", "pyproject.toml")


def target() -> str:
    """``linux``, ``windows`` or ``macos``: the bundle this computer builds."""
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "linux"


def bundle_dir(os_name: str | None = None) -> Path:
    """Where the built bundle is (the folder, or the .app on macOS)."""
    os_name = os_name or target()
    return {"linux": DIST / "sealdesk", "windows": DIST / "SealDesk",
            "macos": DIST / "SealDesk.app"}[os_name]


def executable(os_name: str | None = None) -> Path:
    """The command-line executable inside the bundle."""
    os_name = os_name or target()
    folder = bundle_dir(os_name)
    if os_name == "windows":
        return folder / "sealdesk-cli.exe"
    if os_name == "macos":
        return folder / "Contents" / "MacOS" / "SealDesk"
    return folder / "sealdesk"


def stamp_path(os_name: str | None = None) -> Path:
    """The build stamp beside the bundle (what was built, when, from sources of which time)."""
    return DIST / f"{bundle_dir(os_name).name}.{STAMP_NAME}"


def sources_digest() -> str:
    """SHA-256 over every file that goes into a bundle and the installed distributions' versions.

    Contents, not times: ``make translations`` rewrites the .qm files on every run, and that
    alone must not cost a rebuild."""
    from importlib import metadata

    digest = hashlib.sha256()
    for name in SOURCES:
        path = ROOT / name
        files = [path] if path.is_file() else sorted(path.rglob("*"))
        for file in files:
            if "__pycache__" in file.parts or file.suffix in (".pyc", ".lock"):
                continue
            if file.is_file():
                digest.update(str(file.relative_to(ROOT)).encode() + b"\0")
                digest.update(hashlib.sha256(file.read_bytes()).digest())
    installed = sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions())
    digest.update("\n".join(installed).encode())
    return digest.hexdigest()


def is_fresh(os_name: str | None = None, *, face: bool | None = None) -> bool:
    """True when the bundle exists, nothing that goes into it changed since it was built and
    (unless ``face`` is None) it was built with or without the face check as asked."""
    try:
        stamp = json.loads(stamp_path(os_name).read_text("utf-8"))
    except (OSError, ValueError):
        return False
    if face is not None and stamp.get("face") != face:
        return False
    return executable(os_name).is_file() and stamp.get("sources") == sources_digest()


def folder_size(path: Path) -> int:
    """Bytes of every file under ``path`` (symbolic links not followed)."""
    return sum(f.lstat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def size_report(folder: Path, top: int = 8) -> str:
    """The bundle's size and its biggest parts, for the build log."""
    total = folder_size(folder)
    parts: dict[str, int] = {}
    for file in folder.rglob("*"):
        if file.is_file() and not file.is_symlink():
            rel = file.relative_to(folder).parts
            key = "/".join(rel[:3]) if rel[0] in ("_internal", "Contents") else rel[0]
            parts[key] = parts.get(key, 0) + file.lstat().st_size
    lines = [f"bundle size: {total / 2**20:.1f} MiB ({total} bytes) in {folder}"]
    for key, size in sorted(parts.items(), key=lambda kv: -kv[1])[:top]:
        lines.append(f"  {size / 2**20:8.1f} MiB  {key}")
    return "\n".join(lines)


def build(os_name: str, *, face: bool) -> float:
    """Run PyInstaller with this OS's spec; returns the seconds it took."""
    env = {**os.environ, "SEALDESK_BUNDLE_FACE": "1" if face else "0"}
    sources = sources_digest()
    stamp_path(os_name).unlink(missing_ok=True)  # a failed build must not look fresh
    t0 = time.monotonic()
    subprocess.run(  # noqa: S603 - PyInstaller from our own interpreter
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(WORK),
         str(INSTALLER / f"sealdesk-{os_name}.spec")],
        check=True, cwd=ROOT, env=env,
    )
    if os_name == "linux":
        _strip_debug_sections(bundle_dir(os_name))
        _linux_extras(bundle_dir(os_name))
    seconds = time.monotonic() - t0
    stamp = {"target": os_name, "face": face,
             "sources": sources, "seconds": round(seconds, 1),
             "size": folder_size(bundle_dir(os_name))}
    stamp_path(os_name).write_text(json.dumps(stamp, indent=2) + "\n", "utf-8")
    return seconds


def _strip_debug_sections(folder: Path) -> None:
    """Drop DWARF debug sections from the libraries that carry them (a Python built from source,
    extensions compiled here): ~35 MiB.  Nothing else is touched: a full strip breaks wheel
    libraries patched by auditwheel, and those ship without debug sections anyway."""
    readelf, strip = shutil.which("readelf"), shutil.which("strip")
    if readelf is None or strip is None:
        print("readelf/strip not found (binutils): debug sections stay in the bundle")
        return
    for file in folder.rglob("*"):
        if not file.is_file() or file.is_symlink():
            continue
        with open(file, "rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
        sections = subprocess.run([readelf, "-S", "-W", str(file)], capture_output=True,  # noqa: S603
                                  text=True, check=False).stdout
        if ".debug_info" in sections:
            subprocess.run([strip, "--strip-debug", str(file)], check=True)  # noqa: S603


def _linux_extras(folder: Path) -> None:
    """The .desktop file, the per-user install script and the icon beside the executable."""
    for name in ("sealdesk.desktop", "install.sh"):
        shutil.copy2(INSTALLER / "linux" / name, folder / name)
    icon = ROOT / "build" / "icons" / "sealdesk.png"
    if icon.is_file():
        shutil.copy2(icon, folder / "sealdesk.png")


def main(argv: list[str] | None = None) -> int:
    """Build (or reuse) the bundle and print its size."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--if-stale", action="store_true",
                        help="do nothing when the bundle is newer than its sources")
    face = parser.add_mutually_exclusive_group()
    face.add_argument("--face", dest="face", action="store_true", default=None,
                      help="bundle the face check (QtMultimedia, OpenCV)")
    face.add_argument("--no-face", dest="face", action="store_false",
                      help="leave the face check out")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(INSTALLER))
    from bundle_spec import bundle_face

    face = bundle_face() if args.face is None else args.face
    os_name = target()
    if args.if_stale and is_fresh(os_name, face=face):
        print(f"bundle is up to date: {bundle_dir(os_name)}")
    else:
        subprocess.run([sys.executable, str(INSTALLER / "make_icons.py")], check=True)  # noqa: S603
        seconds = build(os_name, face=face)
        print(f"build time: {seconds:.0f} s")
    print(size_report(bundle_dir(os_name)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
