"""Runtime hook: keep matplotlib's config and font cache in a per-user cache folder.

PyInstaller's default hook points ``MPLCONFIGDIR`` at a fresh temporary folder on every
launch, so matplotlib rebuilds its font cache each start. This one uses the platform's
per-user cache folder instead (built once, reused), computed without importing Qt:

* Linux: ``$XDG_CACHE_HOME/lifeline/matplotlib`` (default ``~/.cache/lifeline/matplotlib``)
* Windows: ``%LOCALAPPDATA%\\Lifeline\\matplotlib``
* macOS: ``~/Library/Caches/Lifeline/matplotlib``

An ``MPLCONFIGDIR`` that is already set is respected. If the folder cannot be created it
falls back to a private temporary folder removed at exit (PyInstaller's old behaviour).
"""

import os
import sys


def mpl_config_dir(platform, env, home):
    """The per-user folder for ``platform`` ('linux', 'windows' or 'macos')."""
    if platform == "windows":
        base = env.get("LOCALAPPDATA") or os.path.join(home, "AppData", "Local")
        return os.path.join(base, "Lifeline", "matplotlib")
    if platform == "macos":
        return os.path.join(home, "Library", "Caches", "Lifeline", "matplotlib")
    base = env.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):  # the XDG spec says to ignore relative values
        base = os.path.join(home, ".cache")
    return os.path.join(base, "lifeline", "matplotlib")


def _platform():
    if sys.platform.startswith("win"):
        return "windows"
    return "macos" if sys.platform == "darwin" else "linux"


def _install():
    if os.environ.get("MPLCONFIGDIR"):
        return
    folder = mpl_config_dir(_platform(), os.environ, os.path.expanduser("~"))
    try:
        os.makedirs(folder, exist_ok=True)
        if not os.access(folder, os.W_OK):
            raise PermissionError(folder)
    except OSError:
        import atexit
        import shutil
        import tempfile

        folder = tempfile.mkdtemp(prefix="lifeline-mpl-")
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
    os.environ["MPLCONFIGDIR"] = folder


if getattr(sys, "frozen", False):
    _install()
