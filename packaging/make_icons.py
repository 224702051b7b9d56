"""Dev-time: render resources/icons/lifeline.svg to the PNG icons under packaging/icons/.

    python packaging/make_icons.py

The PNGs are committed; builds do not run this. PyInstaller turns lifeline-256.png into
the Windows .ico / macOS .icns itself (with Pillow, which matplotlib already requires).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (48, 128, 256)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - painting needs an application
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "lifeline.svg"))
    if not renderer.isValid():
        print("make_icons: resources/icons/lifeline.svg could not be read", file=sys.stderr)
        return 1
    out = ROOT / "packaging" / "icons"
    out.mkdir(exist_ok=True)
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out / f"lifeline-{size}.png"
        if not image.save(str(target), "PNG"):
            print(f"make_icons: could not write {target}", file=sys.stderr)
            return 1
        print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
