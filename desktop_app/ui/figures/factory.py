"""Makes the widget that stands for a figure (or the calculator) in a chapter page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.core.story.sources import Citations
from desktop_app.ui.figures.store import FigureStore
from desktop_app.ui.shell.settings import Settings


def make_figure_factory(
    root: Path,
    citations: Citations,
    settings: Settings,
    look: Callable[[], tuple[str, float]],
    lang: str = "en",
) -> tuple[Callable[..., QWidget], FigureStore]:
    """A factory for chapter pages, and the store it reads; ``look`` gives (theme, scale)."""
    store = FigureStore(root, citations, lang)

    def factory(name: str, theme: str | None = None, scale: float | None = None) -> QWidget:
        current_theme, current_scale = look()
        theme = theme or current_theme
        scale = scale or current_scale
        if name == "calculator":
            try:
                from desktop_app.ui.calculator.panel import CalculatorPanel
            except ImportError as exc:
                label = QLabel(
                    QCoreApplication.translate(
                        "FigureFactory", "The calculator is not available: %1"
                    ).replace("%1", str(exc))
                )
                label.setWordWrap(True)
                return label
            panel = CalculatorPanel(settings=settings, citations=citations, root=root, lang=lang)
            panel.set_theme(theme)
            panel.set_font_scale(scale)
            return panel
        from desktop_app.ui.figures.panel import FigurePanel

        return FigurePanel(name, store, theme=theme, font_scale=scale)

    return factory, store
