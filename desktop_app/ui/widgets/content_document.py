"""A QTextDocument that reads images only from inside ``resources/``.

Qt's own ``loadResource`` opens any local file a Markdown image names (``file:///…``, an
absolute path, or a path relative to the process's working directory). Chapters, handouts
and printed pages use this document instead: only a path relative to the chapter's folder
that stays inside the resources folder is read; anything else is refused and logged.
Images added with ``addResource`` (the handout's figures) never reach ``loadResource``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QImage, QTextDocument

from desktop_app.core.story.chapters import content_image

log = logging.getLogger(__name__)


class ContentDocument(QTextDocument):
    """``base``: the chapter's folder; ``root``: the resources folder (None: no images)."""

    def __init__(
        self, parent: QObject | None = None, base: Path | None = None, root: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.base = base
        self.root = root
        self.refused: list[str] = []

    def loadResource(self, kind: int, name: QUrl) -> object:  # Qt calls it so
        if self.base is not None and self.root is not None:
            target = name.toString()
            path = content_image(self.base, target, self.root)
            if kind == QTextDocument.ResourceType.ImageResource.value and path is not None:
                return QImage(str(path))
        self.refused.append(name.toString())
        log.warning("refused to load %s: not a file inside resources/", name.toString())
        return QImage()
