"""The reader in a real X11 window: what a student sees on the screens schools have."""

from __future__ import annotations

import pytest

SIZES = ["1024x768", "1366x768", "1920x1080", "2560x1440"]


def test_the_reader_opens_in_a_real_window(launch) -> None:
    """The fixture stack works: a mapped, titled window on the accessibility bus."""
    app = launch("1366x768", "--chapter", "3")
    assert app.title().startswith("3.")
    assert any(n["role"] == "frame" for n in app.nodes(max_depth=1))
    app.settle(2.5)  # charts paint after the first paint
    assert app.shot("reader-ch3-1366x768").stat().st_size > 0


@pytest.mark.parametrize("size", SIZES)
def test_the_window_fits_the_screen(launch, size: str) -> None:
    """Defect 2: the whole window, Previous/Next bar included, is on a school's screen."""
    app = launch(size, "--chapter", "8")
    app.settle(1.0)
    x, y, w, h = app.frame()
    sw, sh = app.screen
    app.shot(f"reader-ch8-{size}")
    assert x >= 0 and y >= 0 and x + w <= sw and y + h <= sh, (x, y, w, h)
    bar = app.node("Next chapter", role="push button")["extents"]
    assert bar[1] + bar[3] <= sh, bar
