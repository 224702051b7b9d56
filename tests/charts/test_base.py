"""Tests for desktop_app.charts.base: the helpers every builder shares."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from matplotlib.colors import to_rgba

from desktop_app.charts.base import (
    chars_per_line,
    font,
    growth,
    ink_on,
    new_figure,
    say,
    wrap,
)
from desktop_app.charts.style import HIGH_CONTRAST, LIGHT, OKABE_ITO
from desktop_app.core.story.datasets import DatasetError, FigureInfo

INFO = FigureInfo(
    id="t",
    title="T",
    chapter="c",
    data_file="t.csv",
    facts=("A01",),
    description="d",
    derivation="",
    extra={"money": "US${value:,.0f}", "broken": "{nope}"},
)


def test_figure_grows_with_text_and_wears_the_theme() -> None:
    """Bigger text gets a proportionally bigger figure, painted in the theme."""
    small = new_figure(LIGHT, height_in=4)
    big = new_figure(LIGHT.scaled(2.0), height_in=4)
    assert big.get_figwidth() == pytest.approx(2 * small.get_figwidth())
    assert growth(HIGH_CONTRAST) == pytest.approx(13 / 11)
    assert new_figure(HIGH_CONTRAST, 4).get_facecolor() == to_rgba("#000000")


def test_zoomed_figure_fits_the_room_it_has_and_grows_in_height() -> None:
    """At 200 % text in a 10-inch column the figure is laid out 10 inches wide, not 16
    (which the canvas would shrink back, text and all); the height still doubles."""
    small = new_figure(LIGHT, height_in=4)
    big = new_figure(replace(LIGHT.scaled(2.0), room_in=10.0), height_in=4)
    assert big.get_figwidth() == pytest.approx(10.0)
    assert big.get_figheight() == pytest.approx(2 * small.get_figheight())
    # Never narrower than the design width, whatever the room.
    assert new_figure(replace(LIGHT, room_in=3.0), 4).get_figwidth() == small.get_figwidth()


def test_font_follows_theme_and_never_parses_math() -> None:
    """Sizes and family come from the theme; '$' in money text is never mathtext."""
    body = font(LIGHT.scaled(1.5))
    assert body["fontsize"] == pytest.approx(16.5)
    assert body["fontfamily"] == ["DejaVu Sans"]
    assert body["color"] == LIGHT.foreground
    assert body["parse_math"] is False
    assert font(LIGHT, "title")["fontsize"] == pytest.approx(LIGHT.title_pt)


def test_say_fills_templates_and_names_bad_ones() -> None:
    """Catalogue templates are filled; a bad placeholder names figures.toml and the key."""
    assert say(INFO, "money", value=9000) == "US$9,000"
    with pytest.raises(DatasetError, match="figure 't': text 'broken' has a bad placeholder"):
        say(INFO, "broken", value=1)
    with pytest.raises(DatasetError, match="has no text 'missing'") as caught:
        say(INFO, "missing")
    assert caught.value.path == Path("data") / "figures.toml"


def test_ink_on_picks_the_readable_colour() -> None:
    """Dark text on light fills, light text on dark fills."""
    assert ink_on("#FFFFFF") == "#000000"
    assert ink_on("#000000") == "#FFFFFF"
    assert ink_on(OKABE_ITO[0]) == "#FFFFFF"  # blue
    assert ink_on(OKABE_ITO[1]) == "#000000"  # orange
    assert ink_on("#FFD700") == "#000000"


def test_wrap_keeps_line_breaks_and_narrows_with_bigger_text() -> None:
    """Wrapping respects explicit breaks; bigger text fits fewer characters a line."""
    assert wrap("one two three\nfour", 8) == "one two\nthree\nfour"
    assert chars_per_line(LIGHT.scaled(2.0), 4) < chars_per_line(LIGHT, 4)
    assert chars_per_line(LIGHT, 4, bold=True) < chars_per_line(LIGHT, 4)


def test_wrap_counts_hangul_as_wide() -> None:
    """Korean text wraps at about half as many characters as Latin text."""
    from desktop_app.charts.base import display_width, wrap

    assert display_width("한국어 abc") == 10
    wrapped = wrap("북한에 있는 가족에게 보내는 돈은 브로커를 거쳐 전달됩니다", 20)
    assert all(display_width(line) <= 20 for line in wrapped.splitlines())
    assert wrap("short text", 40) == "short text"
