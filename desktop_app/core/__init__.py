"""The pure core: story, money and classroom, with no Qt and no matplotlib.

:class:`ContentError` is the one base for every loader's error, so that a broken file is
reported the same way everywhere: the file, then what is wrong with it.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any


class ContentError(Exception):
    """A content file is missing, unreadable or malformed.

    ``path`` names the file (a path, or the short name a loader shows, such as
    ``quizzes/en/calls.toml``; ``None`` when the caller adds the file itself), ``problem``
    says what is wrong, and ``str(error)`` is ``"<file>: <problem>"``.
    """

    def __init__(self, path: Path | str | None, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{self.shown}: {problem}" if path is not None else problem)

    @property
    def shown(self) -> str:
        """The file as the message names it."""
        return str(self.path)


def read_content(path: Path, error: type[ContentError], shown: Path | str | None = None) -> str:
    """The text of a content file (UTF-8, a BOM allowed), or ``error`` saying why not.

    ``shown`` is the name the message gives the file (default: the path). Every loader reads
    through here, so a missing or unreadable file is reported in the same words everywhere.
    """
    name = path if shown is None else shown
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise error(name, "file is missing") from None
    except UnicodeDecodeError:
        raise error(name, "the file is not UTF-8 text") from None
    except OSError as exc:
        raise error(name, f"cannot be read ({exc.strerror or exc})") from None


def parse_toml(text: str, error: type[ContentError], shown: Path | str) -> dict[str, Any]:
    """``text`` as TOML, or ``error(shown, "not valid TOML (…)")``."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise error(shown, f"not valid TOML ({exc})") from None
