"""The pure core: story, money and classroom, with no Qt and no matplotlib.

:class:`ContentError` is the one base for every loader's error, so that a broken file is
reported the same way everywhere: the file, then what is wrong with it.
"""

from __future__ import annotations

from pathlib import Path


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

    @property
    def where(self) -> str:
        return str(self.path) if self.path is not None else ""
