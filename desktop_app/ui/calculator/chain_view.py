"""The broker chain, small, where the inputs are: a picture of the live chain chart.

The live figure (chain, other channels, what it buys) is drawn once, under the inputs, and
is taller than a school screen, so a change to an input moved a chart nobody could see.
This label shows the chain part of that very canvas, grabbed after each redraw and scaled
to fit, so its numbers are always the ones the chart and the results show.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

DEFAULT_HEIGHT = 220  # px at most, until the panel knows its reading pane's height


class ChainPicture(QLabel):
    """Shows the chain chart's latest picture, no taller than ``max_height``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calculator-chain")
        self.setAccessibleName(QCoreApplication.translate("CalculatorPanel", "Broker chain chart"))
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.max_height = DEFAULT_HEIGHT
        self.source: QPixmap | None = None
        self.hide()

    def show_picture(self, picture: QPixmap, description: str) -> None:
        """Show ``picture`` (the chain chart as drawn) and say what it shows."""
        self.source = picture
        self.setAccessibleDescription(description)
        self.fit()

    def set_max_height(self, height: int) -> None:
        height = max(80, height)
        if height != self.max_height:
            self.max_height = height
            self.fit()

    def fit(self) -> None:
        """Scale the picture to the label's width and the height it may take."""
        source = self.source
        if source is None or source.isNull():
            return
        ratio = source.devicePixelRatio()
        width, height = source.width() / ratio, source.height() / ratio
        room = self.width() if self.width() > 0 else width
        scale = min(1.0, room / width, self.max_height / height)
        size = QSize(max(1, round(width * scale)), max(1, round(height * scale)))
        scaled = source.scaled(
            size * ratio,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        scaled.setDevicePixelRatio(ratio)
        self.setPixmap(scaled)
        self.setFixedHeight(size.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()
