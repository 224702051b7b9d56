"""The bundled fonts (Korean, and Latin for English): registered with Qt at start-up, and the
Korean one with matplotlib on first use.

``resources/fonts/`` holds "Lifeline Sans KR" (a subset of Noto Sans CJK KR, see its README),
so Korean renders on a laptop with no Korean fonts. Qt learns about it in
:func:`register_fonts`; matplotlib only in :func:`register_matplotlib_fonts`, which the chart
code calls once matplotlib is loaded anyway: this module never imports matplotlib itself at
import time, so the first paint stays fast. A missing or broken font file is logged by name
and skipped; the interface then falls back to the system's fonts.
"""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger(__name__)

FAMILY = "Lifeline Sans KR"
# A Latin subset of Noto Sans (tools/make_latin_font.py): English is readable with no
# system fonts at all. Its files start with LATIN_PREFIX; every other font file is Korean.
LATIN_FAMILY, LATIN_PREFIX = "Lifeline Sans", "LifelineSans-"
FONT_DIR = "fonts"
FONT_SUFFIXES = (".otf", ".ttf")
# Asked for after the bundled font, for syllables it lacks (rare: it has all of KS X 1001).
SYSTEM_KOREAN = ("Malgun Gothic", "Apple SD Gothic Neo", "Noto Sans CJK KR", "NanumGothic")
# matplotlib's own font: always there, and it draws the symbols Noto lacks (☐ ✎ ✗).
CHART_FALLBACK = "DejaVu Sans"

_qt_registered: dict[Path, list[str]] = {}
_mpl_registered: dict[Path, str] = {}
_original_families: list[list[str]] = []


def font_files(root: Path, lang: str = "ko") -> list[Path]:
    """``lang``'s font files under ``root/fonts`` (``root`` is the resources folder)."""
    folder = root / FONT_DIR
    if not folder.is_dir():
        return []
    latin = lang == "en"
    return sorted(
        p
        for p in folder.iterdir()
        if p.suffix.lower() in FONT_SUFFIXES and p.name.startswith(LATIN_PREFIX) == latin
    )


def _where(path: Path, root: Path) -> str:
    try:
        return str(Path("resources") / path.relative_to(root))
    except ValueError:
        return str(path)


def register_fonts(root: Path, lang: str = "ko") -> list[str]:
    """Add the bundled fonts to Qt's font database; return the families now available.

    Safe to call more than once. Each file that is missing, unreadable or not a font is
    logged by name and skipped.
    """
    from PySide6.QtGui import QFontDatabase

    files = font_files(root, lang)
    if not files:
        log.warning(
            "No bundled fonts in %s; Korean text needs a system Korean font",
            _where(root / FONT_DIR, root),
        )
    families: list[str] = []
    for path in files:
        if path not in _qt_registered:
            try:
                data = path.read_bytes()
            except OSError as exc:
                log.warning("Font %s could not be read (%s); skipped", _where(path, root), exc)
                continue
            font_id = QFontDatabase.addApplicationFontFromData(data)
            if font_id < 0:
                log.warning(
                    "Font %s is not a font Qt can use (damaged or wrong format); skipped",
                    _where(path, root),
                )
                continue
            _qt_registered[path] = list(QFontDatabase.applicationFontFamilies(font_id))
            log.info("Font %s registered: %s", _where(path, root), ", ".join(_qt_registered[path]))
        families.extend(f for f in _qt_registered[path] if f not in families)
    return families


def register_matplotlib_fonts(root: Path) -> list[str]:
    """Add the bundled fonts to matplotlib's font manager (imports matplotlib).

    Call it once matplotlib is loaded, before the first figure is drawn. Safe to call more
    than once; a bad file is logged by name and skipped. Returns the families added.
    """
    from matplotlib import font_manager

    families: list[str] = []
    for path in font_files(root):
        if path not in _mpl_registered:
            before = len(font_manager.fontManager.ttflist)
            try:
                font_manager.fontManager.addfont(str(path))
            except (OSError, RuntimeError, ValueError) as exc:
                log.warning(
                    "Font %s could not be given to the charts (%s)", _where(path, root), exc
                )
                continue
            added = font_manager.fontManager.ttflist[before:]
            _mpl_registered[path] = added[0].name if added else ""
        name = _mpl_registered[path]
        if name and name not in families:
            families.append(name)
    return families


def ensure_matplotlib_fonts() -> None:
    """:func:`register_matplotlib_fonts` for the app's own resources; cheap after the first."""
    from desktop_app.paths import resources_dir

    root = resources_dir()
    if not all(p in _mpl_registered for p in font_files(root)):
        register_matplotlib_fonts(root)


def ui_font_families(lang: str) -> list[str]:
    """Families to ask for, in order, before the system default font for ``lang``."""
    if lang == "ko":
        return [FAMILY, *SYSTEM_KOREAN]
    return [LATIN_FAMILY]


def chart_font_families(lang: str) -> tuple[str, ...]:
    """``ChartTheme.font_family`` for ``lang`` (matplotlib falls back glyph by glyph)."""
    if lang == "ko":
        return (FAMILY, CHART_FALLBACK)
    return (CHART_FALLBACK,)


def apply_ui_font(app, lang: str) -> list[str]:  # app: QApplication
    """Put ``lang``'s families in front of the application font; return the new list.

    The system's own families stay behind them, so any glyph the bundled font lacks still
    comes from the usual font. English puts the bundled Latin font first.
    """
    font = app.font()
    if not _original_families:
        _original_families.append(list(font.families()) or [font.family()])
    original = _original_families[0]
    wanted = ui_font_families(lang)
    families = wanted + [f for f in original if f not in wanted]
    font.setFamilies(families)
    app.setFont(font)
    return families


def undrawable(font, text: str) -> str:  # font: QFont
    """The characters of ``text`` that no installed family in ``font``'s list can draw.

    Qt would show them as empty boxes: the self-test fails on any (a bare machine with no
    fonts and a missing bundled font used to pass).
    """
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    known = set(QFontDatabase.families())
    metrics = []
    for family in font.families() or [font.family()]:
        if family in known:
            single = QFont(font)
            single.setFamilies([family])
            single.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
            metrics.append(QFontMetrics(single))
    lacking = {
        c for c in text if not c.isspace() and not any(m.inFontUcs4(ord(c)) for m in metrics)
    }
    return "".join(sorted(lacking))
