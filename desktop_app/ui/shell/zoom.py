"""Text zoom for widgets that are not reading text: figure panels, pop-ups.

An application style sheet stops Qt from passing a parent's font on to its children, so a
zoomed font is set on the widget and on every widget inside it.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget


def zoomed_font(scale: float) -> QFont:
    """The interface font at ``scale`` times its size (1.0 = 100 % text)."""
    font = QFont(QApplication.font())
    font.setPointSizeF(QApplication.font().pointSizeF() * scale)
    return font


def apply_zoom(widget: QWidget, scale: float) -> QFont:
    """Give ``widget`` and everything in it the interface font at ``scale``; return it."""
    font = zoomed_font(scale)
    for each in (*widget.findChildren(QWidget), widget):
        keep_bold = each.font().bold()
        f = QFont(font)
        f.setBold(keep_bold)
        each.setFont(f)
    return font
