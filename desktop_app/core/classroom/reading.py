"""When a chapter counts as read: its end was reached AND it was open long enough.

The rule: at least 40% of the time the chapter takes at 250 words a minute, and never less
than 20 seconds. 40% of an average adult reading speed leaves room for a fast reader and
for skipping figures' tables, but not for scrolling straight to the bottom. Words are runs
of letters between spaces (for Korean, eojeol: a slightly stricter rule). Pure Python.
"""

from __future__ import annotations

import re

WORDS_PER_MINUTE = 250
SHARE = 0.4
MIN_SECONDS = 20.0

_MARKUP = re.compile(r"\[\[[^\]]*\]\]|\[[A-Z]\d{2}(?:[,\s]+[A-Z]\d{2})*\]")


def word_count(text: str) -> int:
    """Words of a chapter's text, leaving out figure lines and citation marks."""
    return len(_MARKUP.sub(" ", text).split())


def required_seconds(words: int) -> float:
    """Seconds a chapter of ``words`` words must be open before it counts as read."""
    return max(MIN_SECONDS, SHARE * words / WORDS_PER_MINUTE * 60)


def counts_as_read(reached_end: bool, seconds_open: float, words: int) -> bool:
    return reached_end and seconds_open >= required_seconds(words)
