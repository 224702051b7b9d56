"""Makes the widget that stands for a figure in a chapter page.

Other embeds (the calculator) come in through ``embeds`` from the app, which wires the rooms
of ``ui`` together: this room never imports another.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.core.story.sources import Citations
from desktop_app.ui.figures.store import FigureStore


def make_figure_factory(
    root: Path,
    citations: Citations,
    look: Callable[[], tuple[str, float]],
    lang: str = "en",
    embeds: Mapping[str, Callable[[str, float], QWidget]] | None = None,
) -> tuple[Callable[..., QWidget], FigureStore]:
    """A factory for chapter pages, and the store it reads; ``look`` gives (theme, scale).

    ``embeds`` maps an embed name (``[[widget: calculator]]``) to a maker called with the
    theme and the font scale.
    """
    store = FigureStore(root, citations, lang)
    makers = dict(embeds or {})

    def factory(name: str, theme: str | None = None, scale: float | None = None) -> QWidget:
        current_theme, current_scale = look()
        theme = theme or current_theme
        scale = scale or current_scale
        maker = makers.get(name)
        if maker is not None:
            try:
                return maker(theme, scale)
            except ImportError as exc:
                label = QLabel(
                    QCoreApplication.translate(
                        "FigureFactory", "The calculator is not available: %1"
                    ).replace("%1", str(exc))
                )
                label.setWordWrap(True)
                return label
        from desktop_app.ui.figures.panel import FigurePanel

        return FigurePanel(name, store, theme=theme, font_scale=scale)

    return factory, store
