"""What goes into the frozen bundle: module excludes and filters for Qt, matplotlib and PIL.

Pure functions over PyInstaller TOC entries ``(dest_name, src_name, typecode)`` so the
spec file stays short and the choices are unit-tested. Everything dropped here was checked
by the frozen ``--self-test`` (it draws every figure); see docs/installing.md.
"""

from __future__ import annotations

import posixpath
import re
import sys
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

TOC = list[tuple[str, str, str]]  # PyInstaller's (dest_name, src_name, typecode) entries

APP_NAME = "Lifeline"
# The UI languages: their Qt translations are kept, all others dropped.
LANGUAGES = ("en", "ko")
# matplotlib backends the app uses: the Qt canvas, Agg (PNG export), SVG export.
MPL_BACKENDS = ["QtAgg", "Agg", "SVG"]

# Modules never needed at run time. Tests, GUI toolkits we do not use, PIL codecs we do
# not read (their libraries are the bulk of pillow.libs), docs data.
EXCLUDES = [
    "tkinter",
    "_tkinter",
    "turtle",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "doctest",
    "pytest",
    "numpy.testing",
    "numpy.f2py",
    "numpy.distutils",
    "matplotlib.testing",
    "matplotlib.tests",
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingcms",
    "PIL._imagingtk",
    "PIL._imagingft",
    "PIL.ImageTk",
    "PIL.ImageQt",
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "ssl",
    "_ssl",
    "_hashlib",  # hashlib falls back to its built-in hashes; saves OpenSSL
]

_TEST_PARTS = {"tests"}  # not "testing": pyparsing imports pyparsing.testing

# Qt plugins kept per platform, as "<plugin dir>/<stem>"; "<dir>/*" keeps a whole folder.
# Wayland is left out on Linux on purpose: Qt then runs through XWayland, which every
# Wayland desktop provides, and the .deb needs no Wayland dependencies.
QT_PLUGINS = {
    "linux": [
        "platforms/libqxcb",
        "platforms/libqoffscreen",
        "platforms/libqminimal",
        "platformthemes/libqxdgdesktopportal",
        "platforminputcontexts/*",  # ibus / compose: needed to type Korean
        "xcbglintegrations/*",
        "iconengines/*",
        "imageformats/libqsvg",
        "imageformats/libqjpeg",
        "imageformats/libqgif",
        "imageformats/libqico",
        "printsupport/*",  # the print dialog (desktop_app/ui/handouts/printing.py)
    ],
    "windows": [
        "platforms/qwindows",
        "platforms/qoffscreen",
        "platforms/qminimal",
        "styles/*",
        "iconengines/*",
        "imageformats/qsvg",
        "imageformats/qjpeg",
        "imageformats/qgif",
        "imageformats/qico",
        "printsupport/*",
    ],
    "macos": [
        "platforms/libqcocoa",
        "platforms/libqoffscreen",
        "platforms/libqminimal",
        "styles/*",
        "iconengines/*",
        "imageformats/libqsvg",
        "imageformats/libqjpeg",
        "imageformats/libqgif",
        "imageformats/libqicns",
        "printsupport/*",
    ],
}

# Shared libraries pulled in only by plugins or modules dropped above (GTK theme stack,
# Wayland, EGLFS, networking/TLS). Matched against the file name.
DROP_LIBRARIES = [
    r"libQt6(Network|EglFS\w*|Wayland\w*|WlShell\w*|Pdf|Qml\w*|Quick\w*)\.",
    r"Qt6(Network|Pdf|Qml\w*|Quick\w*)\.dll$",
    r"^opengl32sw\.dll$",  # software OpenGL for Qt Quick; Widgets paint without OpenGL
    r"lib(gtk|gdk|gdk_pixbuf|atk|atk-bridge|atspi|cairo|cairo-gobject|pango\w*|pixman)-",
    r"lib(cairo|cairo-gobject|epoxy|fribidi|thai|datrie|graphite2|harfbuzz)\.so",
    r"lib(ssl|crypto|gssapi_krb5|krb5|krb5support|k5crypto|com_err|keyutils)\.so",
    r"libssl-\d|libcrypto-\d",
    # CUPS (for the print dialog's printer list) comes from the system, never the bundle:
    # it drags in Kerberos and GnuTLS, which must match the system's configuration.
    r"^libcups\.so",
]

# matplotlib data we never use: sample data, serif / STIX / Computer Modern fonts (the
# charts use DejaVu Sans with mathtext off) and the PostScript/PDF core fonts.
MPL_DATA_DROP = [
    r"mpl-data/sample_data/",
    r"mpl-data/fonts/(afm|pdfcorefonts)/",
    r"mpl-data/fonts/ttf/(STIX|cm)\w*\.ttf$",
    r"mpl-data/fonts/ttf/DejaVuSerif[\w-]*\.ttf$",
    r"mpl-data/plot_directive/",
    r"mpl-data/kpsewhich\.lua$",
]


def excluded_but_imported(package_dir: Path) -> list[str]:
    """``file: module`` for every import in the app's source that EXCLUDES would break.

    The frozen self-test only proves what it runs; this catches, before building, an
    exclusion that a code path the self-test does not reach (say, printing) still imports.
    """
    import ast

    excluded = set(EXCLUDES)
    found = []
    for path in sorted(package_dir.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            else:
                continue
            for name in names:
                parts = name.split(".")
                if any(".".join(parts[: i + 1]) in excluded for i in range(len(parts))):
                    found.append(f"{path.relative_to(package_dir.parent).as_posix()}: {name}")
    return sorted(set(found))


def current_platform(name: str | None = None) -> str:
    name = name or sys.platform
    if name.startswith("win"):
        return "windows"
    if name == "darwin":
        return "macos"
    return "linux"


def _parts(dest: str) -> tuple[str, ...]:
    return PurePosixPath(dest.replace("\\", "/")).parts


def is_test_module(modname: str) -> bool:
    """``numpy._core.tests.test_x`` and friends: never imported by the app."""
    return any(part in _TEST_PARTS for part in modname.split(".")[1:])


def keep_qt_plugin(dest: str, platform: str) -> bool:
    """True unless ``dest`` is a Qt plugin that ``QT_PLUGINS[platform]`` does not list."""
    parts = _parts(dest)
    if "plugins" not in parts or "PySide6" not in parts:
        return True
    i = parts.index("plugins")
    if len(parts) < i + 3:
        return True
    folder, stem = parts[i + 1], parts[i + 2].split(".")[0]
    wanted = QT_PLUGINS[platform]
    return f"{folder}/*" in wanted or f"{folder}/{stem}" in wanted


def keep_translation(dest: str, languages: Iterable[str] = LANGUAGES) -> bool:
    """Keep Qt's ``qt_xx.qm`` / ``qtbase_xx.qm`` for the app's languages only."""
    parts = _parts(dest)
    if "translations" not in parts or not dest.endswith(".qm") or "PySide6" not in parts:
        return True
    name = parts[-1]
    langs = "|".join(re.escape(lang) for lang in languages)
    return re.fullmatch(rf"qt(base)?_({langs})(_\w+)?\.qm", name) is not None


def keep_library(dest: str) -> bool:
    name = _parts(dest)[-1]
    return not any(re.search(p, name) for p in DROP_LIBRARIES)


def keep_mpl_data(dest: str) -> bool:
    posix = dest.replace("\\", "/")
    return not any(re.search(p, posix) for p in MPL_DATA_DROP)


def keep_test_binary(dest: str) -> bool:
    """numpy ships compiled test helpers (``_multiarray_tests`` …): drop them."""
    name = _parts(dest)[-1]
    return not re.match(r"_\w+_tests\.|_rational_tests\.|_operand_flag_tests\.", name)


def keep_entry(entry: tuple[str, str, str], platform: str) -> bool:
    dest = entry[0]
    return (
        keep_qt_plugin(dest, platform)
        and keep_translation(dest)
        and keep_library(dest)
        and keep_mpl_data(dest)
        and keep_test_binary(dest)
        and not is_test_module(dest.replace("/", ".").replace("\\", "."))
    )


def filter_toc(toc: Iterable[tuple[str, str, str]], platform: str) -> list[tuple[str, str, str]]:
    return [entry for entry in toc if keep_entry(entry, platform)]


def filter_pure(toc: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return [entry for entry in toc if not is_test_module(entry[0])]


def prune_unreachable(binaries: TOC, datas: TOC) -> tuple[TOC, TOC]:
    """Linux: drop shared libraries that no extension module, Qt plugin or libpython needs,
    and the symlinks to them (PyInstaller lists those among the datas).

    Dropping plugins (above) leaves their dependencies (GTK, EGLFS …) in the TOC; this
    walks DT_NEEDED from the roots and keeps only what is reached.
    """
    from lifeline_build import elf

    infos = {}
    for dest, src, _kind in binaries:
        info = elf.dynamic_info(Path(src)) if elf.is_elf(Path(src)) else None
        if info is not None:
            infos[dest.replace("\\", "/")] = info
    roots = [
        dest.replace("\\", "/")
        for dest, _src, kind in binaries
        if kind == "EXTENSION" or "/plugins/" in dest or _parts(dest)[-1].startswith("libpython")
    ]
    dead = set(elf.unreachable(infos, roots))

    def gone(dest: str, src: str, kind: str) -> bool:
        dest = dest.replace("\\", "/")
        if kind == "SYMLINK":  # src is the link target, relative to the link's folder
            target = posixpath.normpath(posixpath.join(posixpath.dirname(dest), src))
            return target in dead
        return dest in dead

    return [e for e in binaries if not gone(*e)], [e for e in datas if not gone(*e)]


def exe_name(platform: str) -> str:
    """``Lifeline/lifeline`` on Linux (as a command), ``Lifeline`` elsewhere."""
    return "lifeline" if platform == "linux" else APP_NAME
