"""Light, dark and high-contrast looks for the widgets; figures get the matching ChartTheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark", "high-contrast")

_COLOURS = {
    #            window     base       text       button     highlight  hl-text    link       muted
    "light": (
        "#F3F1EC",
        "#FFFFFF",
        "#1A1A1A",
        "#E8E5DE",
        "#0B3D6B",
        "#FFFFFF",
        "#0057A8",
        "#5A5A5A",
    ),
    "dark": (
        "#26282C",
        "#1E1F22",
        "#ECECEC",
        "#34373C",
        "#56B4E9",
        "#000000",
        "#8CC8FF",
        "#B0B0B0",
    ),
    "high-contrast": (
        "#000000",
        "#000000",
        "#FFFFFF",
        "#000000",
        "#FFD700",
        "#000000",
        "#FFD700",
        "#FFFFFF",
    ),
}


# Scroll bar (track, handle, handle under the pointer): Fusion's default handle nearly
# vanishes on our backgrounds; these keep the handle at 3:1 or more against its track.
SCROLLBAR = {
    "light": ("#E3DFD6", "#6B6B6B", "#0B3D6B"),
    "dark": ("#34373C", "#A8A8A8", "#56B4E9"),
    "high-contrast": ("#000000", "#FFFFFF", "#FFD700"),
}


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def resolve(name: str) -> str:
    """``system`` becomes light or dark; unknown names fall back to light."""
    if name == "system":
        return "dark" if system_prefers_dark() else "light"
    return name if name in _COLOURS else "light"


def palette_for(name: str) -> QPalette:
    window, base, text, button, highlight, hl_text, link, muted = (
        QColor(c) for c in _COLOURS[resolve(name)]
    )
    pal = QPalette()
    role = QPalette.ColorRole
    for r, c in (
        (role.Window, window),
        (role.WindowText, text),
        (role.Base, base),
        (role.AlternateBase, window),
        (role.Text, text),
        (role.Button, button),
        (role.ButtonText, text),
        (role.Highlight, highlight),
        (role.HighlightedText, hl_text),
        (role.Link, link),
        (role.LinkVisited, link),
        (role.ToolTipBase, base),
        (role.ToolTipText, text),
        (role.PlaceholderText, muted),
        (role.BrightText, highlight),
    ):
        pal.setColor(r, c)
    # Frames, slider grooves and button bevels are drawn from these; in high contrast
    # they must stand out against the black background.
    edge = QColor("#FFFFFF") if resolve(name) == "high-contrast" else muted
    for r in (role.Mid, role.Dark, role.Shadow):
        pal.setColor(r, edge)
    pal.setColor(role.Light, button.lighter(120))
    pal.setColor(role.Midlight, button.lighter(110))
    pal.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, muted)
    pal.setColor(QPalette.ColorGroup.Disabled, role.WindowText, muted)
    pal.setColor(QPalette.ColorGroup.Disabled, role.Text, muted)
    return pal


def stylesheet(name: str) -> str:
    window, base, text, _button, highlight, hl_text, _link, muted = _COLOURS[resolve(name)]
    focus = highlight if resolve(name) != "light" else "#E69F00"
    buttons = ""
    if resolve(name) == "high-contrast":  # bevels vanish on black: draw a plain border
        buttons = f"QPushButton, QToolButton {{ border: 1px solid {text}; padding: 4px 10px; }}"
    return (
        _scrollbars(name)
        + f"""
    QListWidget#chapter-list {{ background: {window}; border: none; padding: 6px; }}
    QListWidget#chapter-list::item {{ padding: 8px 6px; border-radius: 6px; }}
    QListWidget#chapter-list::item:selected {{ background: {highlight}; color: {hl_text}; }}
    QScrollArea#reading-pane, QScrollArea#reading-pane > QWidget > QWidget {{ background: {base}; }}
    QLabel#kicker {{ color: {muted}; }}
    QProgressBar#scroll-progress {{ border: none; background: {base}; }}
    QProgressBar#scroll-progress::chunk {{ background: {highlight}; }}
    *:focus {{ outline: 2px solid {focus}; }}
    {buttons}
    QPushButton:focus, QListWidget:focus, QTextBrowser:focus, QLineEdit:focus,
    QSpinBox:focus, QDoubleSpinBox:focus, QSlider:focus, QTabBar::tab:focus {{
        border: 2px solid {focus};
    }}
    """
    )


def _scrollbars(name: str) -> str:
    track, handle, hover = SCROLLBAR[resolve(name)]
    edge = "#FFFFFF" if resolve(name) == "high-contrast" else track
    return f"""
    QScrollBar:vertical {{ background: {track}; width: 14px; margin: 0;
        border-left: 1px solid {edge}; }}
    QScrollBar:horizontal {{ background: {track}; height: 14px; margin: 0;
        border-top: 1px solid {edge}; }}
    QScrollBar::handle {{ background: {handle}; border-radius: 5px; margin: 2px; }}
    QScrollBar::handle:vertical {{ min-height: 36px; }}
    QScrollBar::handle:horizontal {{ min-width: 36px; }}
    QScrollBar::handle:hover, QScrollBar::handle:pressed {{ background: {hover}; }}
    QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
    """


def apply_theme(app: QApplication, name: str) -> str:
    """Apply a theme to the whole application; return the resolved name."""
    resolved = resolve(name)
    app.setStyle("Fusion")
    app.setPalette(palette_for(resolved))
    app.setStyleSheet(stylesheet(resolved))
    return resolved
