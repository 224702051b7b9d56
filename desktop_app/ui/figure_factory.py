"""Makes the widget that stands for a figure in a chapter page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.core.sources import Citations


def make_figure_factory(root: Path, citations: Citations):  # -> Callable[[str], QWidget]
    def factory(figure_id: str) -> QWidget:
        label = QLabel(figure_id)
        label.setObjectName(f"figure-{figure_id}")
        return label

    return factory
