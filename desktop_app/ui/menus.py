"""The main window's menus and shortcuts, kept apart so the window itself stays small."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop_app.ui.shell.settings import ZOOM_STEP


def _tr(text: str) -> str:
    return QCoreApplication.translate("Menus", text)


def _action(
    window: QMainWindow,
    menu: QMenu,
    text: str,
    slot: Callable[..., object],
    keys: list[QKeySequence] | None = None,
) -> QAction:
    action = QAction(text, window)
    if keys:
        action.setShortcuts(keys)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def build_menus(w) -> None:  # w: MainWindow
    bar = w.menuBar()
    file_menu = bar.addMenu(_tr("&File"))
    w.file_menu = file_menu
    _action(
        w,
        file_menu,
        _tr("Export chapter handout as PDF…"),
        lambda: w.classroom.export_handout_with_dialog(),
        [QKeySequence("Ctrl+E")],
    )
    _action(
        w,
        file_menu,
        _tr("Print chapter handout…"),
        lambda: w.classroom.print_handout(),
        [QKeySequence("Ctrl+P")],
    )
    _action(w, file_menu, _tr("Print lesson plan…"), lambda: w.classroom.print_lesson_plan())
    file_menu.addSeparator()
    _action(w, file_menu, _tr("My answers and progress…"), lambda: w.show_page(-1))
    w.hand_in_action = _action(
        w, file_menu, _tr("Hand in my answers…"), lambda: w.classroom.hand_in_with_dialog()
    )
    file_menu.addSeparator()
    _action(w, file_menu, _tr("&Quit"), w.close, [QKeySequence("Ctrl+Q")])

    view = bar.addMenu(_tr("&View"))
    w.view_menu = view
    w.zoom_in_action = _action(
        w,
        view,
        _tr("Larger text"),
        lambda: w.set_zoom(w.zoom + ZOOM_STEP),
        [QKeySequence("Ctrl+="), QKeySequence("Ctrl++")],
    )
    _action(
        w,
        view,
        _tr("Smaller text"),
        lambda: w.set_zoom(w.zoom - ZOOM_STEP),
        [QKeySequence("Ctrl+-")],
    )
    _action(w, view, _tr("Normal text size"), lambda: w.set_zoom(100), [QKeySequence("Ctrl+0")])
    view.addSeparator()
    theme_menu = view.addMenu(_tr("&Theme"))
    group = QActionGroup(w)
    w.theme_actions = {}
    current = w.settings.value("view/theme", "system")
    for name, label in (
        ("system", _tr("Follow the system")),
        ("light", _tr("Light")),
        ("dark", _tr("Dark")),
        ("high-contrast", _tr("High contrast")),
    ):
        action = _action(w, theme_menu, label, lambda *_, n=name: w.set_theme(n))
        action.setCheckable(True)
        action.setChecked(name == current)
        group.addAction(action)
        w.theme_actions[name] = action
    language_menu = view.addMenu(_tr("&Language"))
    language_group = QActionGroup(w)
    w.language_actions = {}
    # Each language is named in itself, so anyone can find their own.
    for code, label in (("en", "English"), ("ko", "한국어")):
        action = _action(w, language_menu, label, lambda *_, c=code: w.switch_language(c))
        action.setCheckable(True)
        action.setChecked(code == w.content.lang)
        language_group.addAction(action)
        w.language_actions[code] = action
    view.addSeparator()
    teacher = view.addMenu(_tr("Teacher &mode"))
    w.teacher_menu = teacher
    w.teacher_action = _action(
        w,
        teacher,
        _tr("Teacher notes and answer key"),
        lambda checked: w.classroom.set_teacher_mode(bool(checked)),
        [QKeySequence("Ctrl+T")],
    )
    w.teacher_action.setCheckable(True)
    w.teacher_action.setChecked(w.classroom.teacher_mode)
    w.class_report_action = _action(
        w, teacher, _tr("Class report…"), lambda: w.classroom.class_report_with_dialog()
    )
    _action(w, teacher, _tr("Lesson plan"), lambda: w.classroom.open_lesson_plan())
    w.presentation_action = _action(
        w, view, _tr("Presentation mode"), lambda: w.start_presentation(), [QKeySequence("F5")]
    )

    go = bar.addMenu(_tr("&Go"))
    w.go_menu = go
    _action(w, go, _tr("Title page"), lambda: w.show_chapter(0), [QKeySequence("Ctrl+Home")])
    _action(
        w,
        go,
        _tr("Previous chapter"),
        w.previous_chapter,
        [QKeySequence("Alt+Left"), QKeySequence("Ctrl+PgUp")],
    )
    _action(
        w,
        go,
        _tr("Next chapter"),
        w.next_chapter,
        [QKeySequence("Alt+Right"), QKeySequence("Ctrl+PgDown")],
    )
    _action(w, go, _tr("My progress"), lambda: w.show_page(-1), [QKeySequence("Ctrl+M")])
    go.addSeparator()
    # Ctrl+1 … Ctrl+9 for chapters 1-9; chapter 10 gets Alt+0, because Ctrl+0 is normal size.
    for chapter in w.story.chapters[:10]:
        n = chapter.number
        key = f"Ctrl+{n}" if n < 10 else "Alt+0"
        _action(
            w,
            go,
            f"{n}. {chapter.title}",
            lambda *_, n=n: w.show_chapter(n),
            [QKeySequence(key)],
        ).setData("chapter")

    help_menu = bar.addMenu(_tr("&Help"))
    w.help_menu = help_menu
    _action(
        w,
        help_menu,
        _tr("Keyboard shortcuts"),
        lambda: _shortcuts(w),
        [QKeySequence("F1")],
    )
    _action(w, help_menu, _tr("Glossary"), lambda: w.show_page(-3), [QKeySequence("Ctrl+G")])
    _action(w, help_menu, _tr("Lesson plan (for teachers)"), lambda: w.classroom.open_lesson_plan())
    help_menu.addSeparator()
    _action(w, help_menu, _tr("About Lifeline"), lambda: _about(w))
    QShortcut(QKeySequence("F6"), w, activated=lambda: _toggle_focus(w))


def _toggle_focus(w) -> None:
    if w.chapter_list.hasFocus():
        w.scroll.setFocus()
    else:
        w.chapter_list.setFocus()


def shortcut_rows(w) -> list[tuple[str, str]]:
    """(keys, what) for every menu action with a shortcut, read from the actions."""
    rows: list[tuple[str, str]] = []
    chapters: list[str] = []
    for menu in (w.file_menu, w.view_menu, w.go_menu, w.help_menu):
        for action in _actions(menu):
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
            if not keys:
                continue
            if action.data() == "chapter":
                chapters.extend(keys)
                continue
            rows.append((", ".join(keys), action.text().replace("&", "")))
    if chapters:
        rows.append((f"{chapters[0]} … {chapters[-1]}", _tr("Go to a chapter")))
    return rows


def _actions(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for action in menu.actions():
        sub = action.menu()
        found.extend(_actions(sub) if isinstance(sub, QMenu) else [action])
    return found


def _shortcuts(w) -> None:
    from desktop_app.ui.shell import dialogs

    dialogs.shortcuts_dialog(w, shortcut_rows(w)).exec()


def _about(w) -> None:
    from desktop_app import __version__
    from desktop_app.ui.shell import dialogs

    dialogs.about_dialog(w, __version__).exec()
