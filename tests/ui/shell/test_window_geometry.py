"""The window opens inside the screen, remembers its place, and comes back on-screen."""

from __future__ import annotations

from desktop_app.app import create_window
from desktop_app.ui.shell import window_geometry


def _inside(win) -> bool:
    area = window_geometry.available(win)
    frame = win.geometry().adjusted(0, 0, window_geometry.FRAME_W, window_geometry.FRAME_H)
    return area.contains(frame)


def test_first_start_fits_the_available_screen(qtbot) -> None:
    """Defect 2: not a fixed 1180×820 that runs off small screens (offscreen is 800×600)."""
    win = create_window([])
    qtbot.addWidget(win)
    assert _inside(win), (win.geometry(), window_geometry.available(win))
    assert win.width() > 600


def test_geometry_is_remembered(qtbot) -> None:
    """Closing saves the size and place; the next start restores them."""
    win = create_window([])
    qtbot.addWidget(win)
    win.show()
    win.resize(640, 480)
    win.move(20, 30)
    win.close()
    again = create_window([])
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (640, 480)


def test_a_saved_place_off_this_screen_is_brought_back(qtbot) -> None:
    """Saved on a bigger or second screen: the window comes back inside this one."""
    win = create_window([])
    qtbot.addWidget(win)
    win.show()
    win.resize(2400, 1400)
    win.move(3000, 2000)
    win.close()
    again = create_window([])
    qtbot.addWidget(again)
    assert _inside(again), again.geometry()
