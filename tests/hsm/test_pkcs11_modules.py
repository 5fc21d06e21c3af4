"""Driver discovery, header checks (32-bit, wrong CPU, wrong OS) and load failures."""

from __future__ import annotations

import ctypes.util
import os
import struct
from pathlib import Path

import pytest

from crypto.errors import ModuleNotFound
from crypto.tokens.pkcs11 import (
    discover_modules,
    load_problem,
    module_worker,
    p11kit_module_paths,
    read_binary_info,
)
from crypto.tokens.pkcs11.binfmt import host_bits, host_format, host_machine
from tests.conftest import require_tool
from tests.fixtures.softhsm import find_softhsm_module

_ELF_MACHINE = {"x86": 3, "x86-64": 62, "ARM": 40, "ARM64": 183, "LoongArch": 258}


def _elf(path: Path, *, bits: int, machine: str, big_endian: bool = False) -> Path:
    """A file with just an ELF header, as a driver of that word size and CPU would start."""
    order = ">" if big_endian else "<"
    ident = b"\x7fELF" + bytes([1 if bits == 32 else 2, 2 if big_endian else 1, 1]) + bytes(9)
    header = ident + struct.pack(order + "HHI", 3, _ELF_MACHINE[machine], 1)  # ET_DYN
    path.write_bytes(header + bytes(64))
    return path


def _pe(path: Path, *, bits: int) -> Path:
    machine, magic = (0x14C, 0x10B) if bits == 32 else (0x8664, 0x20B)
    dos = b"MZ" + bytes(0x3A) + struct.pack("<I", 0x80)
    coff = struct.pack("<HHIIIHH", machine, 1, 0, 0, 0, 0xF0, 0x2022)
    body = dos.ljust(0x80, b"\0") + b"PE\0\0" + coff
    path.write_bytes(body + struct.pack("<H", magic) + bytes(256))
    return path


def _host_elf(path: Path) -> Path:
    return _elf(path, bits=host_bits(), machine=host_machine())


needs_64bit_elf_host = pytest.mark.skipif(
    host_format() != "ELF" or host_bits() != 64 or host_machine() not in _ELF_MACHINE,
    reason="the crafted headers describe a 64-bit ELF host",
)


# --- headers ------------------------------------------------------------------------------


@pytest.mark.unit
@needs_64bit_elf_host
def test_32bit_elf_is_named_as_such(tmp_path: Path) -> None:
    driver = _elf(tmp_path / "libshuttle_p11v220.so", bits=32, machine="x86")
    info = read_binary_info(str(driver))
    assert info is not None and (info.format, info.bits, info.machines) == ("ELF", 32, ("x86",))
    assert load_problem(str(driver)) == "32-bit module, SealDesk is 64-bit"


@pytest.mark.unit
@needs_64bit_elf_host
def test_32bit_elf_fails_to_load_with_that_reason(tmp_path: Path) -> None:
    driver = _elf(tmp_path / "libcastle.so.1.0.0", bits=32, machine="x86")
    with pytest.raises(ModuleNotFound) as info:
        module_worker(str(driver))
    message = str(info.value)
    assert str(driver) in message
    assert "32-bit module, SealDesk is 64-bit" in message
    assert "64-bit driver" in message  # the hint says what to do
    assert info.value.code == "module_not_found"


@pytest.mark.unit
@needs_64bit_elf_host
def test_other_cpu(tmp_path: Path) -> None:
    other = "ARM64" if host_machine() != "ARM64" else "x86-64"
    driver = _elf(tmp_path / "libgm3000_pkcs11.so", bits=64, machine=other)
    assert load_problem(str(driver)) == (
        f"module built for {other}, this computer runs SealDesk for {host_machine()}"
    )
    big = _elf(tmp_path / "big.so", bits=64, machine="LoongArch", big_endian=True)
    assert read_binary_info(str(big)).machines == ("LoongArch",)  # type: ignore[union-attr]


@pytest.mark.unit
def test_pe_headers(tmp_path: Path) -> None:
    dll32 = read_binary_info(str(_pe(tmp_path / "eps2003csp11.dll", bits=32)))
    dll64 = read_binary_info(str(_pe(tmp_path / "HtPkcs11.dll", bits=64)))
    assert dll32 is not None and (dll32.format, dll32.bits, dll32.machines) == ("PE", 32, ("x86",))
    assert dll64 is not None and (dll64.bits, dll64.machines) == (64, ("x86-64",))
    if host_format() != "PE":
        assert load_problem(str(tmp_path / "HtPkcs11.dll")) == (
            f"a PE file, but this system loads {host_format()} libraries"
        )


@pytest.mark.unit
def test_macho_thin_and_universal(tmp_path: Path) -> None:
    thin = tmp_path / "libcastle.1.0.0.dylib"
    thin.write_bytes(struct.pack("<II", 0xFEEDFACF, 0x0100000C) + bytes(64))
    info = read_binary_info(str(thin))
    assert info is not None
    assert (info.format, info.bits, info.machines) == ("Mach-O", 64, ("ARM64",))
    fat = tmp_path / "libwdpkcs.dylib"
    slices = struct.pack(">IIIII", 0x01000007, 3, 4096, 100, 12) + struct.pack(
        ">IIIII", 0x0100000C, 0, 8192, 100, 14
    )
    fat.write_bytes(struct.pack(">II", 0xCAFEBABE, 2) + slices + bytes(64))
    info = read_binary_info(str(fat))
    assert info is not None and info.machines == ("x86-64", "ARM64") and info.bits == 64


@pytest.mark.unit
def test_text_file_is_not_a_library(tmp_path: Path) -> None:
    text = tmp_path / "opensc-pkcs11.so"
    text.write_text("not really a driver", encoding="utf-8")
    assert load_problem(str(text)) == "not a shared library"
    with pytest.raises(ModuleNotFound, match="not a shared library"):
        module_worker(str(text))


@pytest.mark.unit
def test_missing_module(tmp_path: Path) -> None:
    missing = tmp_path / "vendor" / "libwdpkcs.so"
    with pytest.raises(ModuleNotFound) as info:
        module_worker(str(missing))
    assert str(info.value).startswith(
        f"The PKCS#11 driver {missing} could not be loaded (file does not exist)."
    )
    assert info.value.kind == "user"


@pytest.mark.unit
@pytest.mark.skipif(host_format() != "ELF", reason="loads a system ELF library")
def test_shared_library_that_is_not_a_pkcs11_driver() -> None:
    name = ctypes.util.find_library("m")
    libm = next((p for p in (f"/lib/x86_64-linux-gnu/{name}", f"/usr/lib/{name}",
                             f"/lib64/{name}") if name and os.path.isfile(p)), None)
    if libm is None:
        pytest.skip("libm not found at a known path")
    with pytest.raises(ModuleNotFound, match="not a PKCS#11 driver: it has no C_GetFunctionList"):
        module_worker(libm)


# --- discovery ------------------------------------------------------------------------------


@pytest.mark.unit
def test_p11kit_configs(tmp_path: Path) -> None:
    system, user = tmp_path / "etc", tmp_path / "user"
    system.mkdir()
    user.mkdir()
    (system / "feitian.module").write_text(
        "# Feitian ePass2003\nmodule: /opt/feitian/libcastle.so.1.0.0\ncritical: no\n"
    )
    (system / "relative.module").write_text("module: opensc-pkcs11.so\n")
    (system / "only-firefox.module").write_text("module: /opt/a.so\nenable-in: firefox, chromium\n")
    (system / "not-us.module").write_text("module: /opt/b.so\ndisable-in: sealdesk\n")
    (system / "trust.module").write_text("module: p11-kit-trust.so\n")
    (system / "no-module.module").write_text("disable-in: gnome-keyring\n")
    (system / "README").write_text("module: /opt/ignored.so\n")
    (user / "watchdata.module").write_text(
        "module: /usr/lib/WatchData/ProxKey/lib/libwdpkcs_SignatureP11.so\nenable-in: sealdesk\n"
    )
    paths = p11kit_module_paths([str(system), str(user), str(tmp_path / "missing")])
    assert paths[0] == "/opt/feitian/libcastle.so.1.0.0"
    assert paths[1].endswith("/opensc-pkcs11.so") and os.path.isabs(paths[1])
    assert paths[2] == "/usr/lib/WatchData/ProxKey/lib/libwdpkcs_SignatureP11.so"
    assert len(paths) == 3


@pytest.mark.unit
@needs_64bit_elf_host
def test_discovery_order_dedupe_and_problems(tmp_path: Path) -> None:
    real = _host_elf(tmp_path / "libgm3000_pkcs11.so")
    alias = tmp_path / "alias.so"
    alias.symlink_to(real)
    old = _elf(tmp_path / "libshuttle_p11v220.so", bits=32, machine="x86")
    conf = tmp_path / "modules"
    conf.mkdir()
    (conf / "a.module").write_text(f"module: {alias}\n")
    (conf / "gone.module").write_text(f"module: {tmp_path / 'uninstalled.so'}\n")
    found = discover_modules(
        [str(tmp_path / "configured-but-missing.so"), str(real)],
        p11kit_dirs=[str(conf)],
        well_known=[str(alias), str(old), str(tmp_path / "not-installed.so")],
    )
    assert [(c.path, c.source, c.problem) for c in found] == [
        (str(tmp_path / "configured-but-missing.so"), "configured", "file does not exist"),
        (str(real), "configured", None),
        (str(old), "well-known", "32-bit module, SealDesk is 64-bit"),
    ]
    assert [c.usable for c in found] == [False, True, False]


@pytest.mark.hsm
def test_softhsm_is_discovered_where_it_is_installed() -> None:
    require_tool("softhsm2-util")
    module = find_softhsm_module()
    assert module is not None, "SoftHSM is installed but libsofthsm2 was not found"
    found = {os.path.realpath(c.path): c for c in discover_modules()}
    candidate = found.get(os.path.realpath(module))
    assert candidate is not None and candidate.usable
