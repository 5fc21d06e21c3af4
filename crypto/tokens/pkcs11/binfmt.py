"""Read a driver file's header (ELF, PE, Mach-O) to say why it cannot load in this process.

A 32-bit vendor driver in a 64-bit SealDesk is the most common reason a USB key "is not
found" on Windows; the loader's own message ("%1 is not a valid Win32 application") says
nothing useful, so we look at the file ourselves before and after a failed load.
"""

from __future__ import annotations

import platform
import struct
import sys
from dataclasses import dataclass

from crypto.errors import Text

# ELF e_machine, PE Machine and Mach-O cputype values -> one architecture name
_ELF_MACHINES = {3: "x86", 62: "x86-64", 40: "ARM", 183: "ARM64", 8: "MIPS", 243: "RISC-V",
                 258: "LoongArch", 20: "PowerPC", 21: "PowerPC64", 22: "S390", 2: "SPARC",
                 43: "SPARC64"}
_PE_MACHINES = {0x14C: "x86", 0x8664: "x86-64", 0xAA64: "ARM64", 0x1C0: "ARM", 0x1C4: "ARM"}
_MACHO_CPUS = {7: "x86", 0x01000007: "x86-64", 12: "ARM", 0x0100000C: "ARM64",
               18: "PowerPC", 0x01000012: "PowerPC64"}
_HOST_NAMES = {"x86_64": "x86-64", "amd64": "x86-64", "i386": "x86", "i686": "x86", "x86": "x86",
               "aarch64": "ARM64", "arm64": "ARM64", "armv7l": "ARM", "armv8l": "ARM",
               "loongarch64": "LoongArch", "mips64": "MIPS", "mips": "MIPS", "riscv64": "RISC-V",
               "ppc64le": "PowerPC64", "ppc64": "PowerPC64", "s390x": "S390"}


@dataclass(frozen=True)
class BinaryInfo:
    """What a shared library's header says: container format, word size, CPU architecture(s)."""

    format: str  # "ELF", "PE", "Mach-O"
    bits: int | None  # None for a universal Mach-O with several slices
    machines: tuple[str, ...]


def host_format() -> str:
    """The shared-library format this operating system loads."""
    if sys.platform == "win32":
        return "PE"
    if sys.platform == "darwin":
        return "Mach-O"
    return "ELF"


def host_bits() -> int:
    """Word size of this Python process (not of the OS: a 32-bit Python on 64-bit Windows is 32)."""
    return struct.calcsize("P") * 8


def host_machine() -> str:
    """CPU architecture name of this process, in the names used by :class:`BinaryInfo`."""
    machine = platform.machine().lower()
    name = _HOST_NAMES.get(machine, machine)
    if name == "x86-64" and host_bits() == 32:
        return "x86"
    if name == "ARM64" and host_bits() == 32:
        return "ARM"
    return name


def read_binary_info(path: str) -> BinaryInfo | None:
    """Parse the header of ``path``; None when it is not a shared library format we know."""
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        return None
    if head[:4] == b"\x7fELF":
        return _elf(head)
    if head[:2] == b"MZ":
        return _pe(path, head)
    return _macho(head)


def load_problem(path: str) -> Text | None:
    """Why this file cannot be a PKCS#11 driver for this process, judging by its header; or None.
    (Translatable: ``sealdesk tokens`` and the driver errors show it.)"""
    info = read_binary_info(path)
    if info is None:
        return Text("not a shared library")
    if info.format != host_format():
        return Text(
            "a {format} file, but this system loads {host_format} libraries",
            format=info.format, host_format=host_format(),
        )
    machine = host_machine()
    if machine in info.machines or not info.machines:
        return None
    if info.bits is not None and info.bits != host_bits():
        return Text(
            "{bits}-bit module, SealDesk is {host_bits}-bit",
            bits=info.bits, host_bits=host_bits(),
        )
    return Text(
        "module built for {built}, this computer runs SealDesk for {machine}",
        built=", ".join(info.machines), machine=machine,
    )


def _elf(head: bytes) -> BinaryInfo | None:
    if len(head) < 20 or head[4] not in (1, 2) or head[5] not in (1, 2):
        return None
    bits = 32 if head[4] == 1 else 64
    order = "<" if head[5] == 1 else ">"
    (machine,) = struct.unpack_from(order + "H", head, 18)
    return BinaryInfo("ELF", bits, (_ELF_MACHINES.get(machine, f"machine {machine}"),))


def _pe(path: str, head: bytes) -> BinaryInfo | None:
    if len(head) < 0x40:
        return None
    (offset,) = struct.unpack_from("<I", head, 0x3C)
    if offset + 26 > len(head):
        try:
            with open(path, "rb") as f:
                f.seek(offset)
                head = b"\0" * offset + f.read(26)
        except OSError:
            return None
    if head[offset : offset + 4] != b"PE\0\0" or len(head) < offset + 26:
        return None
    (machine,) = struct.unpack_from("<H", head, offset + 4)
    (magic,) = struct.unpack_from("<H", head, offset + 24)  # optional header: PE32 or PE32+
    bits = {0x10B: 32, 0x20B: 64}.get(magic)
    return BinaryInfo("PE", bits, (_PE_MACHINES.get(machine, f"machine {machine:#x}"),))


def _macho(head: bytes) -> BinaryInfo | None:
    if len(head) < 8:
        return None
    (magic,) = struct.unpack_from(">I", head, 0)
    thin = {0xFEEDFACE: (">", 32), 0xCEFAEDFE: ("<", 32), 0xFEEDFACF: (">", 64),
            0xCFFAEDFE: ("<", 64)}
    if magic in thin:
        order, bits = thin[magic]
        (cpu,) = struct.unpack_from(order + "I", head, 4)
        return BinaryInfo("Mach-O", bits, (_MACHO_CPUS.get(cpu, f"cpu {cpu:#x}"),))
    if magic in (0xCAFEBABE, 0xCAFEBABF):  # universal binary: a list of slices
        (count,) = struct.unpack_from(">I", head, 4)
        size = 20 if magic == 0xCAFEBABE else 32
        if not 0 < count <= 16 or 8 + count * size > len(head):
            return None  # Java class files share the magic; they have no sane slice count
        cpus = [struct.unpack_from(">I", head, 8 + i * size)[0] for i in range(count)]
        machines = tuple(_MACHO_CPUS.get(c, f"cpu {c:#x}") for c in cpus)
        bits_set = {64 if c & 0x01000000 else 32 for c in cpus}
        return BinaryInfo("Mach-O", bits_set.pop() if len(bits_set) == 1 else None, machines)
    return None
