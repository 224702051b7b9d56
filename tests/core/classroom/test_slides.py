"""Chapters cut into presentation slides: titles, sections, figures, nothing lost."""

from __future__ import annotations

import re

from desktop_app.core.classroom.slides import MAX_SLIDE_CHARS, chapter_slides, story_slides
from desktop_app.core.story.chapters import load_story
from desktop_app.paths import resources_dir


def _words(text: str) -> list[str]:
    text = re.sub(r"^#{1,6}\s+.*$", "", text, flags=re.M)
    return re.findall(r"\w+", text)


def test_every_chapter_starts_with_a_title_slide_and_keeps_all_text() -> None:
    """No sentence of a chapter is dropped when it is cut into slides."""
    story = load_story(resources_dir(), "en")
    for chapter in story.chapters:
        slides = chapter_slides(chapter)
        assert slides[0].kind == "title" and slides[0].heading == chapter.title
        shown = [w for s in slides if s.kind == "text" for w in _words(s.body)]
        original = [w for seg in chapter.segments if seg.kind == "text" for w in _words(seg.value)]
        assert shown == original, chapter.id


def test_figures_get_their_own_slides_in_order() -> None:
    """Each figure of a chapter is one slide, in the order the text places them."""
    story = load_story(resources_dir(), "en")
    for chapter in story.chapters:
        figures = [s.body for s in chapter_slides(chapter) if s.kind == "figure"]
        assert figures == chapter.placed_figures()


def test_text_slides_stay_short_enough_for_a_projector() -> None:
    """Slides are split between paragraphs once they pass the size limit."""
    for slide in story_slides(load_story(resources_dir(), "en")):
        if slide.kind == "text" and "\n\n" in slide.body:
            assert len(slide.body) <= MAX_SLIDE_CHARS + 400
        assert slide.kind != "text" or slide.body.strip()


def test_a_long_list_or_paragraph_is_cut_across_slides() -> None:
    """Defect 1: chapter 9's long source lists were one slide too tall for a projector;
    every text slide now stays within the limit, in both languages, nothing lost."""
    for lang in ("en", "ko"):
        for slide in story_slides(load_story(resources_dir(), lang)):
            if slide.kind == "text":
                assert len(slide.body) <= MAX_SLIDE_CHARS + 80, (lang, slide.body[:80])


def test_sections_carry_their_heading() -> None:
    """A slide names the section it comes from."""
    chapter = load_story(resources_dir(), "en").chapters[3]
    headings = {s.heading for s in chapter_slides(chapter)}
    assert len(headings) > 2
