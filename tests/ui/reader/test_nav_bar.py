"""The Previous/Next bar: where the reader is, how much is read, and text zoom."""

from __future__ import annotations

from PySide6.QtGui import QFont

from desktop_app.ui.reader.nav_bar import NavBar


def test_read_count_is_a_label_beside_the_bar_not_text_on_its_fill(qtbot) -> None:
    bar = NavBar(10)
    qtbot.addWidget(bar)
    bar.resize(1000, 60)
    bar.show_read(2)
    bar.show_position(3)
    bar.show()
    qtbot.waitExposed(bar)
    assert not bar.progress.isTextVisible()
    assert bar.read_label.text() == "2 of 10 read"
    assert bar.progress.format() == "2 of 10 read"  # still spoken by a screen reader
    assert bar.position_label.text() == "Chapter 3 of 10"
    assert not bar.read_label.geometry().intersects(bar.progress.geometry())
    assert not bar.position_label.geometry().intersects(bar.progress.geometry())
    bar.show_position(0)
    assert bar.position_label.text() == "Title page"


def test_text_zoom_reaches_the_bar(qtbot) -> None:
    bar = NavBar(10)
    qtbot.addWidget(bar)
    font = QFont()
    font.setPointSizeF(13)
    bar.set_font(font)
    small = bar.next_button.font().pointSizeF()
    font.setPointSizeF(26)
    bar.set_font(font)
    assert bar.next_button.font().pointSizeF() == 2 * small
    assert bar.read_label.font().pointSizeF() == 2 * small
    assert bar.next_button.minimumHeight() > 36


def test_a_narrow_window_keeps_the_buttons_and_drops_the_read_count(qtbot) -> None:
    """At half a laptop screen the bar must not hold the window wider than the screen."""
    bar = NavBar(10)
    qtbot.addWidget(bar)
    bar.show_read(2)
    bar.show_position(3)
    bar.resize(1000, 60)
    bar.show()
    qtbot.waitExposed(bar)
    assert bar.read_label.isVisible() and bar.progress.isVisible()
    bar.resize(360, 60)
    qtbot.waitUntil(lambda: not bar.read_label.isVisible())
    assert not bar.progress.isVisible()
    assert bar.minimumSizeHint().width() <= 360
    assert bar.prev_button.isVisible() and bar.next_button.isVisible()
    bar.resize(1000, 60)
    qtbot.waitUntil(bar.read_label.isVisible)
