"""The reader in a real X11 window: what a student sees on the screens schools have."""

from __future__ import annotations


def test_the_reader_opens_in_a_real_window(launch) -> None:
    """The fixture stack works: a mapped, titled window on the accessibility bus."""
    app = launch("1366x768", "--chapter", "3")
    assert app.title().startswith("3.")
    assert any(n["role"] == "frame" for n in app.nodes(max_depth=1))
    app.settle(2.5)  # charts paint after the first paint
    assert app.shot("reader-ch3-1366x768").stat().st_size > 0
