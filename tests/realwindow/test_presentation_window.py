"""Presentation mode on a real 1024×768 projector: every slide on the screen, footer too."""

from __future__ import annotations


def test_presentation_fits_a_1024x768_projector(launch) -> None:
    """Defect 1: the full-screen window is the screen's size on every slide of chapter 3,
    and the footer (slide count, keys) is visible at its bottom."""
    app = launch("1024x768", "--chapter", "3", "--presentation")
    app.settle(1.5)
    pid = str(app.proc.pid)
    shown = app.stack.xdotool("search", "--onlyvisible", "--pid", pid, "--name", ".").split()
    (win,) = [w for w in shown if "presentation" in app.stack.xdotool("getwindowname", w)]
    sw, sh = app.screen
    for step in range(8):
        x, y, w, h = app.frame(win)
        assert (x, y, w, h) == (0, 0, sw, sh), (step, x, y, w, h)
        footer = [n for n in app.nodes() if n["name"].startswith("3. How much is sent")]
        labels = [n for n in footer if n["role"] == "label"]
        assert labels, step
        _, fy, _, fh = labels[0]["extents"]
        assert fy >= 0 and fy + fh <= sh, (step, labels[0]["extents"])
        app.settle(2.0 if step in (2, 3) else 0.3)
        app.shot(f"presentation-ch3-1024x768-{step}")
        app.stack.xdotool("key", "--window", win, "Next")
        app.settle(0.4)
