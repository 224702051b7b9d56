"""The reader window, driven through its real widgets with qtbot."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton

from desktop_app.app import create_window
from desktop_app.core.classroom.progress import Progress
from desktop_app.ui.reader.chapter_page import ChapterPage
from desktop_app.ui.shell.settings import Settings

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot):
    win = create_window([])
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _open_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def test_first_start_shows_title_page(window) -> None:
    """A new student sees the title page, and Start reading opens chapter 1."""
    assert window.current == 0
    assert window.windowTitle() == "Lifeline"
    window.title_page.start.click()
    assert window.current == 1
    assert window.windowTitle().startswith("1. A lifeline through China")


def test_keys_and_buttons_move_between_chapters(window, qtbot) -> None:
    """Ctrl+PgDn/PgUp, Alt+arrows, Ctrl+N and the buttons all navigate; ends are safe."""
    window.show_chapter(1)
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current == 2
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current == 3
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current == 2
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current == 1
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current == 7
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    assert window.current == 10  # chapter 10: Alt+0, since Ctrl+0 is normal text size
    window.show_chapter(7)
    window.next_button.click()
    assert window.current == 8
    window.show_chapter(len(window.story))
    assert not window.next_button.isEnabled()
    window.next_chapter()
    assert window.current == len(window.story)
    window.prev_button.click()
    assert window.current == len(window.story) - 1


@pytest.mark.parametrize(
    ("key", "shift"),
    [(Qt.Key.Key_Space, False), (Qt.Key.Key_PageDown, False), (Qt.Key.Key_Down, False)],
)
def test_reading_keys_scroll_the_chapter_not_change_it(window, qtbot, key, shift) -> None:
    """Defect 7: Space, PgDn and Down scroll the page (even with a paragraph focused);
    Shift+Space and PgUp scroll back; the chapter stays the same."""
    window.show_chapter(3)
    bar = window.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    page = window.page(3)
    page.blocks[0].setFocus()
    qtbot.waitUntil(page.blocks[0].hasFocus)
    qtbot.keyClick(page.blocks[0], key)
    assert window.current == 3
    assert bar.value() > 0
    back = Qt.Key.Key_Space if key == Qt.Key.Key_Space else Qt.Key.Key_PageUp
    mods = (
        Qt.KeyboardModifier.ShiftModifier
        if back == Qt.Key.Key_Space
        else Qt.KeyboardModifier.NoModifier
    )
    bar.setValue(bar.pageStep() * 2)
    qtbot.keyClick(page.blocks[0], back, mods)
    assert bar.value() == bar.pageStep()
    assert window.current == 3


def test_the_end_of_a_chapter_offers_the_next_one(window, qtbot) -> None:
    """A clear Next chapter button at the end of the text; none after the last chapter."""
    window.show_chapter(2)
    page = window.page(2)
    page.next_button.click()
    assert window.current == 3
    window.show_chapter(len(window.story))
    assert not hasattr(window.page(len(window.story)), "next_button")


def test_space_still_presses_a_focused_button(window, qtbot) -> None:
    """The reading keys never steal Space from a button (quiz Check, Next chapter)."""
    window.show_chapter(2)
    button = window.page(2).next_button
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert window.current == 3


def test_focus_back_on_the_chapter_list_keeps_the_side_page(window, qtbot) -> None:
    """Defect 6: a menu closed with Esc gives the focus back to the chapter list; that
    must not open the title page over the glossary or My progress."""
    window.show_chapter(3)
    for key in (-3, -1, -2):
        window.show_page(key)
        window.scroll.setFocus()
        window.chapter_list.setFocus()
        qtbot.waitUntil(window.chapter_list.hasFocus)
        assert window.current == key


@pytest.mark.parametrize("side", [-3, -1])
def test_back_from_glossary_or_progress_returns_to_the_readers_place(window, qtbot, side) -> None:
    """Defect 10: back from the glossary or My progress lands where the reader was."""
    window.show_chapter(3)
    bar = window.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 400)
    bar.setValue(bar.maximum() // 2)
    place = bar.value()
    window.show_page(side)
    assert bar.value() == 0
    window.prev_button.click()
    assert window.current == 3
    qtbot.waitUntil(lambda: bar.value() == place)


def test_the_shortcut_list_names_every_action_with_keys(window, qtbot) -> None:
    """Defect 11: F1's list is built from the actions, so F5, Ctrl+T/M/G/E/P are in it,
    and the presentation keys (B) too."""
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QLabel

    from desktop_app.ui.menus import shortcut_rows
    from desktop_app.ui.shell import dialogs

    dialog = dialogs.shortcuts_dialog(window, shortcut_rows(window))
    qtbot.addWidget(dialog)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    for keys in ("F5", "Ctrl+T", "Ctrl+M", "Ctrl+G", "Ctrl+E", "Ctrl+P", "F1", "Ctrl+Home"):
        assert f"<b>{keys}" in text or f", {keys}" in text, keys
    assert "<b>B</b>" in text
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            name = key.toString(QKeySequence.SequenceFormat.NativeText)
            if action.data() != "chapter":
                assert name in text, (name, action.text())


def test_sidebar_selection_opens_chapter(window) -> None:
    """Choosing a row in the chapter list shows that chapter and names it in the title."""
    window.chapter_list.setCurrentRow(4)
    assert window.current == 4
    assert "The broker chain" in window.windowTitle()
    assert window.position_label.text() == "Chapter 4 of 10"


def test_unknown_chapter_number_is_refused(window) -> None:
    """show_chapter outside 0..N raises a clear error and changes nothing."""
    window.show_chapter(2)
    with pytest.raises(ValueError, match="chapter 42 does not exist"):
        window.show_chapter(42)
    assert window.current == 2


def test_reading_to_the_end_ticks_the_chapter(window, qtbot, _private_dirs: Path) -> None:
    """Reaching the bottom after a plausible time marks a chapter read, in the list and
    the progress bar; scrolling straight to the bottom does not."""
    now = [1000.0]
    window.reading_clock.clock = lambda: now[0]
    window.show_chapter(2)
    assert not window.is_read(2)
    bar = window.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    assert not window.is_read(2)  # at the end, but after no time at all
    now[0] += window.reading_clock.required() - 1
    bar.setValue(0)
    bar.setValue(bar.maximum())
    assert not window.is_read(2)
    now[0] += 1
    bar.setValue(0)
    bar.setValue(bar.maximum())
    assert window.is_read(2)
    assert window.chapter_list.is_marked_read(2)
    assert window.progress.value() == 1
    saved, notice = Progress.load(_private_dirs / "data")
    assert notice is None and saved.read == ["calls"]


def test_zoom_keys_change_text_and_persist(window, qtbot) -> None:
    """Ctrl+= and Ctrl+- change the reading size, Ctrl+0 resets; the size is remembered."""
    window.show_chapter(2)
    page = window.page(2)
    assert isinstance(page, ChapterPage)
    before = page.blocks[0].document().defaultFont().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom == 120
    after = page.blocks[0].document().defaultFont().pointSizeF()
    assert after == pytest.approx(before * 1.2)
    assert Settings().zoom == 120
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom == 110
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom == 100
    for _ in range(40):
        window.set_zoom(window.zoom + 10)
    assert window.zoom == 250


def test_reopening_returns_to_last_chapter_and_zoom(qtbot) -> None:
    """Chapter and text size survive closing and reopening the app."""
    first = create_window([])
    qtbot.addWidget(first)
    first.show_chapter(5)
    first.set_zoom(140)
    first.settings.sync()
    first.close()
    second = create_window([])
    qtbot.addWidget(second)
    assert second.current == 5
    assert second.zoom == 140


def test_chapter_option_overrides_last_chapter(qtbot) -> None:
    """--chapter N opens chapter N."""
    win = create_window(["--chapter", "6"])
    qtbot.addWidget(win)
    assert win.current == 6


def test_citation_link_shows_full_reference(window, qtbot) -> None:
    """Clicking a citation opens a dialog with the claim and the full reference."""
    window.show_chapter(3)
    page = window.page(3)
    page.blocks[0].linkClicked.emit(QUrl("cite:A04"))
    qtbot.waitUntil(lambda: bool(_open_dialogs()))
    dialog = _open_dialogs()[0]
    assert dialog.objectName() == "citation-dialog"
    text = " ".join(label.text() for label in dialog.findChildren(type(window.position_label)))
    assert "A04" in text and "South China Morning Post" in text
    dialog.reject()


def test_citation_links_are_real_links_in_text(window) -> None:
    """The rendered text holds cite: anchors for its citations."""
    window.show_chapter(4)
    html = window.page(4).blocks[0].document().toHtml()
    assert 'href="cite:' in html


def test_external_link_is_shown_not_opened(window, qtbot) -> None:
    """A web link opens a dialog with the address and a working Copy button."""
    window.open_link(QUrl("https://example.org/page"))
    qtbot.waitUntil(lambda: bool(_open_dialogs()))
    dialog = _open_dialogs()[0]
    assert dialog.objectName() == "link-dialog"
    field = dialog.findChild(QLineEdit)
    assert field.text() == "https://example.org/page"
    copy = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Copy address")
    copy.click()
    assert QApplication.clipboard().text() == "https://example.org/page"
    dialog.reject()


def test_broken_chapter_shows_error_page_and_others_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    """A chapter with a broken header gets an error page naming the file; others still open."""
    res = tmp_path / "resources"
    shutil.copytree(REPO / "resources", res)
    broken = sorted((res / "chapters" / "en").glob("02-*.md"))[0]
    broken.write_text("this file lost its header\n", encoding="utf-8")
    monkeypatch.setenv("LIFELINE_RESOURCES", str(res))
    win = create_window(["--chapter", "2"])
    qtbot.addWidget(win)
    page = win.page(2)
    detail = page.findChild(type(win.position_label), "error-detail")
    assert broken.name in detail.text() and "header is missing" in detail.text()
    win.show_chapter(3)
    assert win.page(3).blocks


def test_corrupt_settings_are_set_aside(_private_dirs: Path, qtbot) -> None:
    """A binary-garbage settings file is renamed, defaults are used, the app starts."""
    config = _private_dirs / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "lifeline.ini").write_bytes(b"\x00\xff\xfe junk")
    win = create_window([])
    qtbot.addWidget(win)
    assert win.current == 0 and win.zoom == 100
    kept = list(config.glob("lifeline.ini.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"\x00")
    assert "set aside" in win.statusBar().currentMessage()


def test_out_of_range_settings_fall_back_to_defaults(_private_dirs: Path, qtbot) -> None:
    """Nonsense values in a readable settings file are ignored, not trusted."""
    config = _private_dirs / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "lifeline.ini").write_text("[reader]\nzoom=9000\nlast_chapter=abc\n")
    win = create_window([])
    qtbot.addWidget(win)
    assert win.zoom == 100 and win.current == 0


def test_theme_menu_switches_and_is_remembered(window, qtbot) -> None:
    """View > Theme changes the palette and the figures' theme, and is remembered."""
    window.show_chapter(4)
    window.theme_actions["dark"].trigger()
    assert window.chart_theme == "dark"
    assert QApplication.palette().base().color().lightness() < 100
    page = window.page(4)
    for fig in page.figures.values():
        fig.render_now()
        assert fig.theme_name == "dark"
        assert fig.figure.get_facecolor()[0] < 0.3
    window.set_theme("high-contrast")
    assert window.chart_theme == "high-contrast"
    assert Settings().value("view/theme") == "high-contrast"
    window.set_theme("light")
    assert QApplication.palette().base().color().lightness() > 200
    with pytest.raises(ValueError, match="unknown theme"):
        window.set_theme("sepia")


def test_glossary_terms_link_to_definitions(window, qtbot) -> None:
    """Glossary terms in the text are links; following one shows the definition."""
    window.show_chapter(1)
    html = "".join(b.document().toHtml() for b in window.page(1).blocks)
    assert 'href="glossary:' in html
    window.open_link(QUrl("glossary:broker"))
    qtbot.waitUntil(lambda: bool(_open_dialogs()))
    dialog = _open_dialogs()[0]
    assert dialog.objectName() == "glossary-dialog"
    definition = dialog.findChild(type(window.position_label), "definition")
    assert definition.text()
    dialog.reject()


def test_progress_survives_restart_and_corrupt_file_is_set_aside(
    _private_dirs: Path, qtbot
) -> None:
    """Chapters read are kept across restarts; a corrupt progress file is renamed, not lost."""
    first = create_window([])
    qtbot.addWidget(first)
    first.show()
    first.mark_read(3)
    second = create_window([])
    qtbot.addWidget(second)
    assert second.is_read(3) and second.chapter_list.is_marked_read(3)
    progress_file = _private_dirs / "data" / "progress.json"
    progress_file.write_text("{ this is not json", encoding="utf-8")
    third = create_window([])
    qtbot.addWidget(third)
    assert not third.is_read(3)
    assert list((_private_dirs / "data").glob("progress.json.corrupt-*"))
    assert third.statusBar().currentMessage()


def test_language_menu_switches_at_once_and_is_remembered(window, qtbot) -> None:
    """View > Language > 한국어 rebuilds the window in Korean at the same chapter."""
    window.show_chapter(3)
    korean = window.switch_language("ko")
    qtbot.addWidget(korean)
    assert korean is not window and korean.content.lang == "ko"
    assert korean.current == 3
    assert korean.story.chapters[2].title != window.story.chapters[2].title
    assert any("\uac00" <= ch <= "\ud7a3" for ch in korean.windowTitle())
    assert korean.language_actions["ko"].isChecked()
    again = create_window([])
    qtbot.addWidget(again)
    assert again.content.lang == "ko"  # remembered
    english = again.switch_language("en")
    qtbot.addWidget(english)
    assert english.content.lang == "en" and english.windowTitle().endswith("— Lifeline")
    assert english.current == 3


def test_pages_off_screen_stay_inside_the_window_and_die_with_it(qtbot) -> None:
    """A page taken off screen used to become a hidden top-level window that outlived
    its window (hundreds piled up over a session, and every theme change restyled them)."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    from desktop_app.ui.reader.column import Column

    win = create_window([])
    win.show()
    qtbot.waitExposed(win)
    for n in (1, 2, 3):
        win.show_chapter(n)
    win.show_page(-3)
    pages = list(win._columns.values())  # title page, chapters 1-3, the glossary
    assert len(pages) == 5
    assert all(not page.isWindow() and page.window() is win for page in pages)
    assert set(win.findChildren(Column)) == set(pages)
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not any(shiboken6.isValid(page) for page in pages)


def test_chapters_switch_without_moving_pages_and_the_range_is_the_shown_page(qtbot) -> None:
    """Issue 16: a switch used to take the page out of the pane and put the next one in,
    re-polishing hundreds of widgets (about 40 ms). Pages now stay where they are, one
    shown; the scroll range is the shown page's own, at once."""
    win = create_window(["--chapter", "2"])
    qtbot.addWidget(win)
    win.resize(1180, 820)
    win.show()
    qtbot.waitExposed(win)
    first = win.page_on_screen()
    parent = first.parentWidget()
    for n in (3, 2, 7, 2):
        win.show_chapter(n)
        shown = win.page_on_screen()
        assert shown.parentWidget() is parent and shown.isVisible()
        assert [c for c in win.pages.findChildren(type(first)) if c.isVisible()] == [shown]
        bar = win.scroll.verticalScrollBar()
        assert bar.maximum() == max(0, shown.height() - win.scroll.viewport().height())
    assert win.page_on_screen() is first
