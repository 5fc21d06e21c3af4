"""Find PKCS#11 drivers: configured paths, p11-kit module configs, then well-known locations.

Discovery only looks at files (existence and header); it never loads a driver, so it is cheap
and safe to run at start-up.  Loading happens in :mod:`crypto.tokens.pkcs11.worker`.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from crypto.errors import Text
from crypto.tokens.pkcs11.binfmt import load_problem

log = logging.getLogger(__name__)

APP_NAME = "sealdesk"  # the name p11-kit's enable-in / disable-in options refer to

# Linux: file names of drivers (vendor middleware first) and the folders they are installed in.
_LINUX_NAMES = (
    # Feitian (飞天诚信): ePass3003 / ePass2003
    "libshuttle_p11v220.so", "libshuttle_p11v220.so.1.0.0", "libcastle.so", "libcastle.so.1.0.0",
    "libcastle_v2.so.1.0.0",
    # Watchdata (握奇) ProxKey
    "libwdpkcs_SignatureP11.so", "libwdpkcs.so",
    # Longmai (龙脉) mToken GM3000 / CryptoIDE
    "libgm3000_pkcs11.so", "libmtoken_pkcs11.so", "liblm_cryptoide_pkcs11.so",
    # HaiTai (海泰方圆): the Windows name is HtPkcs11.dll; Linux packages follow it
    "libHtPkcs11.so", "libhtpkcs11.so",
    # international tokens often issued by Chinese CAs too
    "libeTPkcs11.so", "libeToken.so", "libIDPrimePKCS11.so", "libykcs11.so",
    "opensc-pkcs11.so",
    "softhsm/libsofthsm2.so", "libsofthsm2.so",
)
_LINUX_DIRS = (
    "/usr/lib", "/usr/lib64", "/usr/local/lib", "/usr/lib/x86_64-linux-gnu",
    "/usr/lib/aarch64-linux-gnu", "/usr/lib/loongarch64-linux-gnu",
    "/usr/lib/mips64el-linux-gnuabi64", "/usr/lib/pkcs11", "/usr/lib64/pkcs11",
    "/usr/lib/x86_64-linux-gnu/pkcs11", "/usr/lib/aarch64-linux-gnu/pkcs11",
)
_LINUX_EXTRA = (
    "/usr/lib/WatchData/ProxKey/lib/libwdpkcs_SignatureP11.so",
    "/opt/lm-gm3000/lib/libgm3000_pkcs11.so",
    "/opt/apps/com.longmai.gm3000user/files/lib/libgm3000_pkcs11.so",  # UOS package layout
)
# Windows: vendor DLLs are installed into System32 (64-bit) and SysWOW64 (32-bit).
_WINDOWS_NAMES = (
    "ShuttleCsp11_3003.dll", "eps2003csp11.dll", "eps2003csp11v2.dll",  # Feitian
    "SignatureP11.dll", "WDPKCS.dll",  # Watchdata
    "gm3000_pkcs11.dll", "mtoken_pkcs11.dll",  # Longmai mToken
    "HtPkcs11.dll",  # HaiTai
    "eTPKCS11.dll", "IDPrimePKCS11.dll", "opensc-pkcs11.dll",
)
_WINDOWS_EXTRA = (
    r"C:\Program Files\OpenSC Project\OpenSC\pkcs11\opensc-pkcs11.dll",
    r"C:\SoftHSM2\lib\softhsm2-x64.dll",
)
_MAC_NAMES = (
    "libshuttle_p11v220.dylib", "libcastle.1.0.0.dylib", "libwdpkcs.dylib",
    "libgm3000_pkcs11.dylib", "libeTPkcs11.dylib", "libykcs11.dylib", "opensc-pkcs11.so",
    "softhsm/libsofthsm2.so",
)
_MAC_DIRS = ("/usr/local/lib", "/opt/homebrew/lib", "/Library/OpenSC/lib")
_MAC_EXTRA = ("/Library/Frameworks/eToken.framework/Versions/Current/libeToken.dylib",)

# p11-kit resolves a relative "module:" against its module directory
_P11KIT_MODULE_DIRS = (
    "/usr/lib/x86_64-linux-gnu/pkcs11", "/usr/lib/aarch64-linux-gnu/pkcs11", "/usr/lib64/pkcs11",
    "/usr/lib/pkcs11", "/usr/local/lib/pkcs11",
)
# p11-kit's own proxy and trust store modules hold no signing keys (the proxy would list
# every token twice)
_P11KIT_SKIP = ("p11-kit-proxy.so", "p11-kit-trust.so")


@dataclass(frozen=True)
class ModuleCandidate:
    """A PKCS#11 driver file found on this computer, and why it cannot load (None if it can)."""

    path: str
    source: str  # "configured", "p11-kit" or "well-known"
    problem: str | None = None  # a Text (translated when shown)

    @property
    def usable(self) -> bool:
        """True when nothing found so far stops it from loading."""
        return self.problem is None


def discover_modules(
    configured: Sequence[str] = (),
    *,
    p11kit_dirs: Sequence[str] | None = None,
    well_known: Sequence[str] | None = None,
) -> list[ModuleCandidate]:
    """Drivers in priority order, one entry per file (symlinks and duplicates folded).

    Configured paths are always reported (with "file does not exist" when missing); p11-kit
    and well-known entries only when the file exists.
    """
    found: list[ModuleCandidate] = []
    seen: set[str] = set()

    def add(path: str, source: str) -> None:
        key = _identity(path)
        if key in seen:
            return
        exists = os.path.isfile(path)
        if not exists and source != "configured":
            return
        seen.add(key)
        problem = load_problem(path) if exists else Text("file does not exist")
        found.append(ModuleCandidate(path, source, problem))

    for path in configured:
        add(os.path.expanduser(path), "configured")
    for path in p11kit_module_paths(p11kit_dirs):
        add(path, "p11-kit")
    for path in well_known if well_known is not None else well_known_module_paths():
        add(path, "well-known")
    return found


def p11kit_config_dirs() -> list[str]:
    """Folders holding p11-kit ``*.module`` files: system, packaged, then the user's."""
    config_home = os.environ.get("XDG_CONFIG_HOME") or os.path.join(Path.home(), ".config")
    return [
        "/etc/pkcs11/modules",
        "/usr/share/p11-kit/modules",
        os.path.join(config_home, "pkcs11", "modules"),
    ]


def p11kit_module_paths(config_dirs: Sequence[str] | None = None) -> list[str]:
    """Driver paths named by ``module:`` lines of p11-kit configs enabled for SealDesk."""
    paths: list[str] = []
    for folder in config_dirs if config_dirs is not None else p11kit_config_dirs():
        try:
            files = sorted(Path(folder).glob("*.module"))
        except OSError:
            continue
        for file in files:
            path = _module_from_config(file)
            if path and os.path.basename(path) not in _P11KIT_SKIP:
                paths.append(path)
    return paths


def well_known_module_paths(platform: str | None = None) -> list[str]:
    """Where vendors install their drivers on this operating system (existing or not)."""
    platform = platform or sys.platform
    if platform == "win32":
        root = os.environ.get("SystemRoot", r"C:\Windows")
        names = _WINDOWS_NAMES
        # System32 first; SysWOW64 holds 32-bit drivers, listed so we can say "32-bit only"
        return [*(f"{root}\\System32\\{n}" for n in names), *_WINDOWS_EXTRA,
                *(f"{root}\\SysWOW64\\{n}" for n in names)]
    if platform == "darwin":
        return [*_join(_MAC_DIRS, _MAC_NAMES), *_MAC_EXTRA]
    return [*_join(_LINUX_DIRS, _LINUX_NAMES), *_LINUX_EXTRA]


def _join(folders: Iterable[str], names: Iterable[str]) -> list[str]:
    names = tuple(names)
    return [f"{folder}/{name}" for name in names for folder in folders]


def _identity(path: str) -> str:
    try:
        return os.path.normcase(os.path.realpath(path))
    except OSError:
        return os.path.normcase(os.path.abspath(path))


def _module_from_config(file: Path) -> str | None:
    """The ``module:`` of one p11-kit config, or None if absent or not enabled for SealDesk."""
    try:
        text = file.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        log.debug("cannot read p11-kit config %s: %s", file, exc)
        return None
    options: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or ":" not in line:
            continue
        key, _, value = line.partition(":")
        options[key.strip().lower()] = value.strip()
    module = options.get("module")
    if not module:
        return None
    enable_in = _names(options.get("enable-in"))
    if enable_in is not None and APP_NAME not in enable_in:
        return None
    disable_in = _names(options.get("disable-in"))
    if disable_in is not None and APP_NAME in disable_in:
        return None
    if os.path.isabs(module):
        return module
    for folder in _P11KIT_MODULE_DIRS:
        candidate = os.path.join(folder, module)
        if os.path.exists(candidate):
            return candidate
    return os.path.join(_P11KIT_MODULE_DIRS[0], module)


def _names(value: str | None) -> set[str] | None:
    if value is None:
        return None
    return {n.strip().lower() for n in value.replace(",", " ").split() if n.strip()}
