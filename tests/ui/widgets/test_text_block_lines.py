"""Wrapped headings keep their lines together (issue 11, defect 13).

Body text gets a roomy line height; a heading that wraps onto two lines must not: the
gap between its lines is measured in the laid-out document.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF

from desktop_app.ui.widgets.text_block import LINE_HEIGHT_PERCENT, TextBlock

MARKDOWN = (
    "## A heading long enough to wrap onto a second line in a narrow reading column\n\n"
    "A paragraph that is also long enough to wrap onto more than one line of text in a "
    "narrow column, so that its line height can be compared with the heading's.\n"
)


def _line_step(block) -> float:
    layout = block.layout()
    assert layout.lineCount() >= 2, block.text()
    return layout.lineAt(1).y() - layout.lineAt(0).y()


def test_a_wrapped_heading_is_set_tighter_than_body_text(qtbot) -> None:
    """Heading lines are at most ~1.2 of the heading font's own height apart; body text
    keeps its comfortable spacing."""
    font = QFont()
    font.setPointSizeF(13)
    text = TextBlock(MARKDOWN, font)
    qtbot.addWidget(text)
    text.resize(300, 200)
    text.show()
    qtbot.waitExposed(text)
    doc = text.document()
    heading, paragraph = doc.begin(), doc.begin().next()
    assert heading.blockFormat().headingLevel() == 2
    assert paragraph.blockFormat().lineHeight() == LINE_HEIGHT_PERCENT

    heading_font = heading.begin().fragment().charFormat().font()
    heading_height = QFontMetricsF(heading_font).height()
    assert _line_step(heading) <= 1.2 * heading_height
    assert _line_step(paragraph) >= 1.35 * QFontMetricsF(font).height()
