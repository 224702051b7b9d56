"""Theme changes restyle what is already built; text and links stay readable (defect 5).

Colours are read from what is applied: each text fragment's own foreground in the
documents already on screen (links carry theirs), else the widget's palette text, against
the palette base the block paints on. WCAG contrast: 4.5:1, 7:1 in high contrast.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QApplication

from desktop_app.app import create_window
from desktop_app.ui.widgets.text_block import TextBlock


def _luminance(colour: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _worst(block: TextBlock) -> tuple[float, str]:
    # The block is transparent: it shows the reading pane, painted in the palette's base.
    palette = QApplication.palette()
    background = palette.base().color()
    worst = (99.0, "")
    it = block.document().begin()
    while it.isValid():
        frag_it = it.begin()
        while not frag_it.atEnd():
            frag = frag_it.fragment()
            fmt: QTextCharFormat = frag.charFormat()
            if fmt.hasProperty(QTextCharFormat.Property.ForegroundBrush):
                colour = fmt.foreground().color()
            else:
                colour = palette.text().color()
            ratio = contrast(colour, background)
            if ratio < worst[0]:
                worst = (ratio, f"{colour.name()} on {background.name()}: {frag.text()[:30]!r}")
            frag_it += 1
        it = it.next()
    return worst


def test_a_theme_change_restyles_the_open_chapters(qtbot) -> None:
    """Open chapters with links, then go light → dark → high contrast → light: every
    fragment of every built text block reaches 4.5:1 (7:1 in high contrast)."""
    win = create_window(["--chapter", "3"])
    qtbot.addWidget(win)
    win.show()
    win.show_chapter(8)
    win.show_chapter(3)
    for theme, need in (("light", 4.5), ("dark", 4.5), ("high-contrast", 7.0), ("light", 4.5)):
        win.set_theme(theme)
        blocks = [b for page in win.built_chapter_pages() for b in page.findChildren(TextBlock)]
        assert blocks
        for block in blocks:
            ratio, where = _worst(block)
            assert ratio >= need, f"{theme}: {ratio:.1f}:1 for {where}"
