"""Just enough ELF reading (64-bit little-endian) for the Linux bundle checks.

``dynamic_info`` gives a file's DT_NEEDED names, SONAME, RPATH/RUNPATH and whether it
carries DWARF debug sections. Used to strip only what is safe, to find libraries nothing
needs, and to work out which system libraries the .deb must depend on.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

SHT_DYNAMIC = 6
DT_NEEDED, DT_SONAME, DT_RPATH, DT_RUNPATH = 1, 14, 15, 29


@dataclass
class ElfInfo:
    needed: list[str] = field(default_factory=list)
    soname: str | None = None
    rpath: str | None = None
    has_debug_info: bool = False
    has_symtab: bool = False


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) == b"\x7fELF"
    except OSError:
        return False


def dynamic_info(path: Path) -> ElfInfo | None:
    """None for anything that is not a 64-bit little-endian ELF file."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return None
    shoff = struct.unpack_from("<Q", data, 0x28)[0]
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)
    ]
    info = ElfInfo()
    if shstrndx < len(sections):
        names_off = sections[shstrndx][4]
        for sec in sections:
            end = data.index(b"\0", names_off + sec[0])
            name = data[names_off + sec[0] : end]
            if name.startswith((b".debug_info", b".zdebug_info")):
                info.has_debug_info = True
            elif name == b".symtab":
                info.has_symtab = True
    for sec in sections:
        if sec[1] != SHT_DYNAMIC:
            continue
        strtab = sections[sec[6]][4]
        for off in range(sec[4], sec[4] + sec[5], 16):
            tag, val = struct.unpack_from("<qQ", data, off)
            if tag == 0:
                break
            if tag in (DT_NEEDED, DT_SONAME, DT_RPATH, DT_RUNPATH):
                text = data[strtab + val : data.index(b"\0", strtab + val)].decode()
                if tag == DT_NEEDED:
                    info.needed.append(text)
                elif tag == DT_SONAME:
                    info.soname = text
                else:
                    info.rpath = text
    return info


def elf_files(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink() and is_elf(path):
            yield path


def bundle_libraries(root: Path) -> dict[str, ElfInfo]:
    """Every ELF file in a bundle, keyed by its path relative to ``root``."""
    out: dict[str, ElfInfo] = {}
    for path in elf_files(root):
        info = dynamic_info(path)
        if info is not None:
            out[path.relative_to(root).as_posix()] = info
    return out


def provided_names(root: Path) -> set[str]:
    """File names (including symlinks) a dynamic loader can find inside the bundle."""
    return {p.name for p in root.rglob("*") if p.is_file() or p.is_symlink()}


def unresolved(libs: dict[str, ElfInfo], provided: Iterable[str]) -> dict[str, list[str]]:
    """DT_NEEDED names the bundle does not carry → which bundle files need them."""
    have = set(provided)
    missing: dict[str, list[str]] = {}
    for rel, info in libs.items():
        for name in info.needed:
            if name not in have:
                missing.setdefault(name, []).append(rel)
    return dict(sorted(missing.items()))


def unreachable(libs: dict[str, ElfInfo], roots: Iterable[str]) -> list[str]:
    """Plain shared libraries (``lib*.so*``) that no root needs, directly or indirectly."""
    by_name: dict[str, list[str]] = {}
    for rel in libs:
        by_name.setdefault(Path(rel).name, []).append(rel)
        soname = libs[rel].soname
        if soname:
            by_name.setdefault(soname, []).append(rel)
    seen: set[str] = set()
    todo = [r for r in roots if r in libs]
    while todo:
        rel = todo.pop()
        if rel in seen:
            continue
        seen.add(rel)
        for name in libs[rel].needed:
            todo.extend(by_name.get(name, []))
    return sorted(rel for rel in libs if rel not in seen)
