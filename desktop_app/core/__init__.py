"""The pure core: story, money and classroom, with no Qt and no matplotlib.

:class:`ContentError` is the one base for every loader's error, so that a broken file is
reported the same way everywhere: the file, then what is wrong with it.
"""

from __future__ import annotations

import os
import stat
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


class NotAFileError(OSError):
    """A user file's name points at something that is not a regular file (a FIFO, a device)."""


class FileTooBigError(OSError):
    """A user file is larger than the reader allows; ``size`` and ``limit`` in bytes."""

    def __init__(self, path: Path, size: int, limit: int) -> None:
        super().__init__(f"{path.name} is {size:,} bytes; at most {limit:,} are read")
        self.size = size
        self.limit = limit


def read_user_file(path: Path, limit: int) -> bytes:
    """Read a regular file of at most ``limit`` bytes, without ever blocking.

    A FIFO, a device (``/dev/zero``) or a folder raises :class:`NotAFileError`; a file over
    the limit raises :class:`FileTooBigError`; a missing file ``FileNotFoundError``.
    Opening non-blocking means a FIFO with no writer cannot freeze the app.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotAFileError(f"{path.name} is not a regular file")
        if info.st_size > limit:
            raise FileTooBigError(path, info.st_size, limit)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:  # it grew while being read
            raise FileTooBigError(path, total, limit)
        return b"".join(chunks)
    finally:
        os.close(fd)
