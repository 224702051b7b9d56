"""Presentation slides: a chapter cut into steps a teacher can talk over one at a time.

Each chapter becomes a title slide, then one slide per section (split at headings, and
long sections split again between paragraphs), with every figure or widget on a slide
of its own where the text places it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.core.story.chapters import Chapter, Story

# A slide holds about this much text at projector size before it is split.
MAX_SLIDE_CHARS = 520
HEADING = re.compile(r"^#{1,6}\s+(.*)$")


@dataclass(frozen=True)
class Slide:
    chapter: int  # 1-based chapter number
    kind: str  # "title", "text", "figure" or "widget"
    heading: str
    body: str  # Markdown for text slides; the figure or widget ID otherwise


def _paragraphs(markdown: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", markdown) if p.strip()]


def _pieces(para: str) -> list[str]:
    """A paragraph longer than a slide, cut at list items (else sentences) into parts that
    each fit one, so no slide has to shrink its type below reading size (issue 11)."""
    if len(para) <= MAX_SLIDE_CHARS:
        return [para]
    lines = para.splitlines()
    if len(lines) > 1:  # list items; one item longer than a slide is cut at its sentences
        units = [piece for line in lines for piece in _pieces(line)]
    else:
        units = re.split(r"(?<=[.!?;])\s+", para)
    joiner = "\n" if len(lines) > 1 else " "
    parts: list[str] = []
    current: list[str] = []
    for unit in units:
        if current and len(joiner.join([*current, unit])) > MAX_SLIDE_CHARS:
            parts.append(joiner.join(current))
            current = []
        current.append(unit)
    if current:
        parts.append(joiner.join(current))
    return parts


def _text_slides(number: int, markdown: str, heading: str) -> tuple[list[Slide], str]:
    slides: list[Slide] = []
    chunk: list[str] = []

    def flush() -> None:
        if chunk:
            slides.append(Slide(number, "text", heading, "\n\n".join(chunk)))
            chunk.clear()

    for para in _paragraphs(markdown):
        match = HEADING.match(para.splitlines()[0])
        if match:
            flush()
            heading = match.group(1).strip()
            rest = "\n".join(para.splitlines()[1:]).strip()
            if not rest:
                continue
            para = rest
        for piece in _pieces(para):
            if chunk and sum(len(c) for c in chunk) + len(piece) > MAX_SLIDE_CHARS:
                flush()
            chunk.append(piece)
    flush()
    return slides, heading


def chapter_slides(chapter: Chapter) -> list[Slide]:
    slides = [Slide(chapter.number, "title", chapter.title, chapter.summary)]
    if not chapter.ok:
        return slides
    heading = chapter.title
    for segment in chapter.segments:
        if segment.kind == "text":
            more, heading = _text_slides(chapter.number, segment.value, heading)
            slides.extend(more)
        else:
            slides.append(Slide(chapter.number, segment.kind, heading, segment.value))
    return slides


def story_slides(story: Story) -> list[Slide]:
    return [slide for chapter in story.chapters for slide in chapter_slides(chapter)]
