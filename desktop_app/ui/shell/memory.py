"""Memory the app holds for no one (issue 16, peak memory).

PySide6 checks every module imported after it for a ``from __feature__`` line by reading
the module's source with ``inspect.getsource``, which leaves every line of every module
in ``linecache``: about 22 MB once the charts and the calculator are loaded, never read
again. A traceback reads the lines back from the file when it needs them, so emptying the
cache after a burst of imports costs nothing.
"""

from __future__ import annotations

import linecache

from PySide6.QtCore import QCoreApplication, QTimer

_pending = False


def forget_module_sources_soon() -> None:
    """Empty ``linecache`` once the imports now under way are done (one timer at most)."""
    global _pending
    app = QCoreApplication.instance()
    if _pending or app is None:
        return
    _pending = True
    QTimer.singleShot(0, app, _forget)


def _forget() -> None:
    global _pending
    _pending = False
    linecache.clearcache()
