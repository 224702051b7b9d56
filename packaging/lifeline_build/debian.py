"""The Debian package: a staging tree under /opt/lifeline, control files, Depends.

``Depends`` is worked out from the bundle itself: every DT_NEEDED library that no file in
the bundle provides (PyInstaller leaves out glibc, libGL/libEGL and libxcb on purpose, and
cannot bundle what the build machine lacks, e.g. ``libxcb-cursor0``) is mapped to the
Debian/Ubuntu package that ships it.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import platform as _platform
import shutil
import subprocess
from pathlib import Path

from lifeline_build import elf
from lifeline_build.archives import set_tree_mtime, tree_size, walk_sorted

PACKAGE = "lifeline"
MAINTAINER = "Lifeline maintainers <maintainers@lifeline.invalid>"
# Library file name → package, for Debian 12 / Ubuntu 22.04 and later (Ubuntu 24.04's
# "t64" packages still provide these names).
SONAME_PACKAGES = {
    "libc.so.6": "libc6", "libm.so.6": "libc6", "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6", "librt.so.1": "libc6", "libutil.so.1": "libc6",
    "ld-linux-x86-64.so.2": "libc6", "libresolv.so.2": "libc6", "libcrypt.so.1": "libcrypt1",
    "libGL.so.1": "libgl1", "libEGL.so.1": "libegl1", "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0", "libdrm.so.2": "libdrm2",
    "libxcb.so.1": "libxcb1", "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1", "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1", "libxcb-util.so.1": "libxcb-util1",
    "libxcb-glx.so.0": "libxcb-glx0", "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0", "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0", "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1", "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6", "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3", "libz.so.1": "zlib1g",
    "libwayland-client.so.0": "libwayland-client0", "libcrypto.so.3": "libssl3",
    "libcups.so.2": "libcups2",
}  # fmt: skip
# Needed at run time but not as a linked library: the bundled fontconfig reads the
# system's /etc/fonts (libfontconfig1 pulls in fontconfig-config and a default font).
ALWAYS = ["libfontconfig1"]


class DependencyError(RuntimeError):
    """A library the bundle needs that no known package provides."""


def glibc_version() -> str:
    lib, version = _platform.libc_ver()
    return version if lib == "glibc" and version else "2.35"


def dpkg_owner(soname: str, run=subprocess.run) -> str | None:
    """The installed package that ships ``soname`` (via ``dpkg -S``), if any."""
    try:
        out = run(["dpkg", "-S", f"*/{soname}"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    if out.returncode != 0 or not out.stdout.strip():
        return None
    return out.stdout.splitlines()[0].split(":")[0].strip() or None


def depends(missing: dict[str, list[str]], glibc: str, lookup=dpkg_owner) -> list[str]:
    """Sorted Depends entries for the unresolved libraries ``missing`` (soname → users)."""
    packages = set(ALWAYS)
    unknown = []
    for soname in missing:
        package = SONAME_PACKAGES.get(soname) or lookup(soname)
        if package:
            packages.add(package)
        else:
            unknown.append(f"{soname} (needed by {', '.join(missing[soname][:3])})")
    if unknown:
        raise DependencyError(
            "no Debian package is known for: "
            + "; ".join(unknown)
            + ". Add them to SONAME_PACKAGES in packaging/lifeline_build/debian.py."
        )
    packages.add("libc6")
    return [f"libc6 (>= {glibc})" if p == "libc6" else p for p in sorted(packages)]


def bundle_depends(bundle: Path, lookup=dpkg_owner) -> list[str]:
    libs = elf.bundle_libraries(bundle)
    missing = elf.unresolved(libs, elf.provided_names(bundle))
    return depends(missing, glibc_version(), lookup)


def control_text(version: str, installed_kb: int, depends_list: list[str]) -> str:
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        "Section: education\n"
        "Priority: optional\n"
        "Architecture: amd64\n"
        f"Maintainer: {os.environ.get('LIFELINE_DEB_MAINTAINER', MAINTAINER)}\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {', '.join(depends_list)}\n"
        "Recommends: fonts-noto-cjk\n"
        "Description: offline reader about money sent home to North Korea\n"
        " Lifeline tells one true story, reported by the South China Morning Post in\n"
        " 2018: how North Korean defectors in South Korea send money to their families\n"
        " through chains of brokers, with charts and sources. It works without an\n"
        " internet connection and is meant for classrooms.\n"
    )


def _gzip_bytes(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9, mtime=0, filename="") as gz:
        gz.write(data)
    return buf.getvalue()


def _md5(path: Path) -> str:
    return hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()


def _write(path: Path, data: bytes | str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    path.chmod(mode)


def file_mode(path: Path) -> int:
    """Debian's modes: folders and programs 0755, shared libraries and data 0644."""
    if path.is_dir():
        return 0o755
    if ".so" in path.name or not path.stat().st_mode & 0o111:
        return 0o644
    return 0o755


def stage(bundle: Path, staging: Path, packaging: Path, version: str, mtime: int) -> list[str]:
    """Lay out the package in ``staging``; returns the Depends list it used."""
    opt = staging / "opt" / PACKAGE
    opt.parent.mkdir(parents=True)
    shutil.copytree(bundle, opt, symlinks=True)
    bindir = staging / "usr" / "bin"
    bindir.mkdir(parents=True)
    (bindir / PACKAGE).symlink_to(f"/opt/{PACKAGE}/{PACKAGE}")
    share = staging / "usr" / "share"
    _write(
        share / "applications" / "lifeline.desktop", (packaging / "lifeline.desktop").read_bytes()
    )
    icons = share / "icons" / "hicolor"
    for size in (48, 128, 256):
        png = (packaging / "icons" / f"lifeline-{size}.png").read_bytes()
        _write(icons / f"{size}x{size}" / "apps" / "lifeline.png", png)
    svg = (packaging.parent / "resources" / "icons" / "lifeline.svg").read_bytes()
    _write(icons / "scalable" / "apps" / "lifeline.svg", svg)
    debian = packaging / "debian"
    doc = share / "doc" / PACKAGE
    _write(doc / "copyright", (debian / "copyright").read_bytes())
    changelog = (debian / "changelog").read_text(encoding="utf-8").replace("@VERSION@", version)
    _write(doc / "changelog.gz", _gzip_bytes(changelog.encode()))
    _write(
        share / "man" / "man1" / "lifeline.1.gz", _gzip_bytes((debian / "lifeline.1").read_bytes())
    )
    _write(share / "lintian" / "overrides" / PACKAGE, (debian / "lintian-overrides").read_bytes())
    for path in walk_sorted(staging):
        if not path.is_symlink():
            path.chmod(file_mode(path))
    deps = bundle_depends(opt)
    sums = "".join(
        f"{_md5(p)}  {p.relative_to(staging).as_posix()}\n"
        for p in walk_sorted(staging)
        if p.is_file() and not p.is_symlink()
    )
    control = control_text(version, (tree_size(staging) + 1023) // 1024, deps)
    _write(staging / "DEBIAN" / "control", control)
    _write(staging / "DEBIAN" / "md5sums", sums)
    (staging / "DEBIAN").chmod(0o755)
    staging.chmod(0o755)
    set_tree_mtime(staging, mtime)
    return deps
