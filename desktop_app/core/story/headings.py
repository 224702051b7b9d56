"""Chapter Markdown cut at its headings, so each heading can be its own widget.

A screen reader moves by headings (Orca's H key) only when a heading is an object with the
heading role; inside one text block a heading is just bold, larger text. The reader gives
each ``#``…``######`` line its own heading widget and the text between them a text block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$")
_FENCE = re.compile(r"^(```|~~~)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MARKS = re.compile(r"(\*\*|__|\*|_|`)")


@dataclass(frozen=True)
class Part:
    """A heading (``level`` 1–6, ``text`` plain) or Markdown text (``level`` 0)."""

    level: int
    text: str


def plain_heading(markdown: str) -> str:
    """A heading's words without Markdown: links keep their text, emphasis marks go."""
    return _MARKS.sub("", _LINK.sub(r"\1", markdown)).strip()


def split_headings(markdown: str) -> list[Part]:
    """The headings and the text between them, in order (blank text is dropped).

    Lines inside fenced code are never headings.
    """
    parts: list[Part] = []
    lines: list[str] = []
    fenced = False

    def flush() -> None:
        text = "\n".join(lines).strip("\n")
        if text.strip():
            parts.append(Part(0, text))
        lines.clear()

    for line in markdown.splitlines():
        if _FENCE.match(line.strip()):
            fenced = not fenced
        match = None if fenced else _HEADING.match(line)
        if match is None:
            lines.append(line)
            continue
        flush()
        parts.append(Part(len(match.group(1)), plain_heading(match.group(2))))
    flush()
    return parts
