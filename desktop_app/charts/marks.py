"""Tooltips for chart marks, stored on the figure itself.

Builders call :func:`add_tooltip` for every bar and point; the Qt panel reads
:func:`tooltips` and, on mouse motion, shows the text of the first artist whose
``contains(event)`` is true. Keeping the list on the figure means no global registry.
"""

from __future__ import annotations

from matplotlib.artist import Artist
from matplotlib.figure import Figure

_ATTRIBUTE = "_lifeline_tooltips"


def add_tooltip(fig: Figure, artist: Artist, text: str) -> None:
    """Attach ``text`` (exact value and label) to ``artist`` in ``fig``."""
    tips: list[tuple[Artist, str]] | None = getattr(fig, _ATTRIBUTE, None)
    if tips is None:
        tips = []
        setattr(fig, _ATTRIBUTE, tips)
    tips.append((artist, text))


def tooltips(fig: Figure) -> list[tuple[Artist, str]]:
    """Every (artist, text) pair added to ``fig``, in the order they were added."""
    tips: list[tuple[Artist, str]] | None = getattr(fig, _ATTRIBUTE, None)
    return list(tips) if tips is not None else []
