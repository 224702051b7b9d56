"""Figure panels: tabs, table, sources, description, hover, exports, bad data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from matplotlib.backend_bases import MouseEvent
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from desktop_app.charts.marks import tooltips
from desktop_app.core.story.sources import load_citations
from desktop_app.paths import resources_dir
from desktop_app.ui.figures.panel import FigurePanel
from desktop_app.ui.figures.store import FigureStore

REPO = Path(__file__).resolve().parents[3]
ALL_FIGURES = [
    "route-map",
    "amounts-sent",
    "who-sends",
    "mothers-transfers",
    "where-1000-goes",
    "broker-chain",
    "what-money-buys",
    "corn-claim",
    "since-2018-timeline",
    "arrivals-per-year",
    "fees-over-time",
    "senders-and-contact",
    "won-and-rice",
]


@pytest.fixture(scope="module")
def store() -> FigureStore:
    root = resources_dir()
    return FigureStore(root, load_citations(root))


def _panel(qtbot, store: FigureStore, figure_id: str, **kw) -> FigurePanel:
    panel = FigurePanel(figure_id, store, **kw)
    qtbot.addWidget(panel)
    panel.resize(800, 700)
    panel.show()
    qtbot.waitUntil(lambda: panel.ready, timeout=20000)
    return panel


def test_catalogue_has_all_thirteen_figures(store: FigureStore) -> None:
    """Every figure the issue names is in the catalogue."""
    assert sorted(store.figure_ids()) == sorted(ALL_FIGURES)


@pytest.mark.parametrize("figure_id", ALL_FIGURES)
def test_every_figure_has_three_tabs_and_renders(qtbot, store, figure_id: str) -> None:
    """Chart, Table and Sources tabs; the chart draws non-blank; table matches the CSV."""
    panel = _panel(qtbot, store, figure_id)
    assert [panel.tabs.tabText(i) for i in range(panel.tabs.count())] == [
        "Chart",
        "Table",
        "Sources",
    ]
    assert panel.render_now() is None
    data = store.dataset(figure_id)
    assert panel.table.rowCount() == len(data.rows)
    assert panel.table.columnCount() == len(data.columns)
    sources = panel.sources.toPlainText()
    for fid in store.info(figure_id).facts:
        assert fid in sources
    assert panel.accessibleDescription() == store.info(figure_id).description
    assert tooltips(panel.figure), "every figure has hover tooltips on its marks"


def test_describe_button_shows_description(qtbot, store) -> None:
    """The text description is hidden until asked for, then visible."""
    panel = _panel(qtbot, store, "broker-chain")
    assert not panel.description.isVisible()
    panel.describe_button.click()
    assert panel.description.isVisible()
    assert "27.1" in panel.description.text()


def test_table_sorts_numerically_and_copies(qtbot, store) -> None:
    """Sorting a number column orders by value; Ctrl+C copies the selection as text."""
    panel = _panel(qtbot, store, "where-1000-goes")
    table = panel.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    col = headers.index("Arrives (US$)")
    table.sortByColumn(col, Qt.SortOrder.DescendingOrder)
    values = [float(table.item(r, col).text()) for r in range(table.rowCount())]
    assert values == sorted(values, reverse=True)
    table.selectAll()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().text()
    assert copied.count("\n") == table.rowCount()
    assert table.item(0, col).text() in copied


def test_hover_shows_value_tooltip(qtbot, store) -> None:
    """Moving the mouse over a bar shows that bar's exact value."""
    panel = _panel(qtbot, store, "broker-chain")
    panel.render_now()
    artist, text = tooltips(panel.figure)[0]
    bbox = artist.get_window_extent()
    x, y = (bbox.x0 + bbox.x1) / 2, (bbox.y0 + bbox.y1) / 2
    event = MouseEvent("motion_notify_event", panel.canvas, x, y)
    panel.canvas.callbacks.process("motion_notify_event", event)
    assert panel.last_tooltip == text


@pytest.mark.parametrize("kind", ["png", "svg", "csv"])
def test_export_writes_complete_files(qtbot, store, tmp_path: Path, kind: str) -> None:
    """PNG, SVG and CSV exports are written whole, with a sensible default name."""
    panel = _panel(qtbot, store, "where-1000-goes")
    assert panel.default_export_name(kind) == f"lifeline-where-1000-goes.{kind}"
    target = tmp_path / panel.default_export_name(kind)
    assert panel.export(kind, target)
    data = target.read_bytes()
    magic = {"png": b"\x89PNG", "svg": b"<?xml", "csv": b"label"}[kind]
    if kind == "csv":
        assert data.decode("utf-8") == store.dataset("where-1000-goes").as_csv_text()
    else:
        assert data.startswith(magic)
    assert list(tmp_path.iterdir()) == [target]


def test_export_to_unwritable_place_says_so_and_leaves_nothing(qtbot, store, tmp_path) -> None:
    """An unwritable place gives a clear message naming it; no partial file appears."""
    panel = _panel(qtbot, store, "corn-claim")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    target = blocker / "out.png"  # fails for every user, root included
    assert not panel.export("png", target)
    assert "Could not save" in panel.last_message and str(target) in panel.last_message
    assert panel.status.isVisible()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]


def test_bad_csv_shows_error_in_panel_naming_file(qtbot, tmp_path: Path) -> None:
    """A malformed CSV gives an error inside that figure's panel naming the file."""
    res = tmp_path / "resources"
    shutil.copytree(REPO / "resources", res)
    (res / "data" / "broker-chain.csv").write_text("step,amount\n1,2,3\n", encoding="utf-8")
    store = FigureStore(res, load_citations(res))
    panel = FigurePanel("broker-chain", store)
    qtbot.addWidget(panel)
    assert panel.error and "broker-chain.csv" in panel.error
    assert panel.render_now() == panel.error
    label = panel.findChild(QLabel, "figure-error")
    assert "broker-chain.csv" in label.text()
    good = FigurePanel("corn-claim", store)
    qtbot.addWidget(good)
    assert good.error is None


def test_missing_catalogue_entry_is_named(qtbot, store) -> None:
    """An unknown figure ID gives an error naming figures.toml."""
    panel = FigurePanel("no-such-figure", store)
    qtbot.addWidget(panel)
    assert "figures.toml" in (panel.error or "")


def test_font_scale_and_theme_rebuild_the_chart(qtbot, store) -> None:
    """Text zoom enlarges chart labels; a dark theme repaints the background."""
    panel = _panel(qtbot, store, "where-1000-goes")
    panel.render_now()
    size_before = max(
        t.get_fontsize() for t in panel.figure.findobj(lambda a: hasattr(a, "get_fontsize"))
    )
    panel.set_font_scale(1.5)
    panel.render_now()
    size_after = max(
        t.get_fontsize() for t in panel.figure.findobj(lambda a: hasattr(a, "get_fontsize"))
    )
    assert size_after == pytest.approx(size_before * 1.5)
    light_bg = panel.figure.get_facecolor()
    panel.set_theme("dark")
    panel.render_now()
    assert panel.figure.get_facecolor() != light_bg


def test_chart_is_built_after_first_show_not_before(qtbot, store) -> None:
    """Constructing a panel does not build the chart (keeps the first paint fast)."""
    panel = FigurePanel("who-sends", store)
    qtbot.addWidget(panel)
    assert panel.figure is None and not panel.ready
    with qtbot.waitSignal(panel.rendered, timeout=20000):
        panel.show()
    assert panel.figure is not None


def test_buttons_and_description_name_their_figure(qtbot, store) -> None:
    """Three figures on a page give three different Describe, Export and Copy names; the
    description's accessible name is the description itself."""
    from PySide6.QtWidgets import QPushButton

    panel = _panel(qtbot, store, "broker-chain")
    title = store.info("broker-chain").title
    assert panel.describe_button.accessibleName() == f"Show the text description of {title}"
    assert panel.export_button.accessibleName() == f"Export {title}"
    copies = [b.accessibleName() for b in panel.findChildren(QPushButton)]
    assert f"Copy the table of {title}" in copies
    assert panel.description.accessibleName() == store.info("broker-chain").description.strip()


def test_the_shown_tab_is_selected_and_focused_only_with_the_focus(qtbot, store) -> None:
    """Qt's tab bar called its current tab focused at all times; ours says selected, and
    focused only while it has the keyboard focus. Left/Right move between the tabs."""
    from PySide6.QtGui import QAccessible

    panel = _panel(qtbot, store, "broker-chain")
    panel.show()
    qtbot.waitExposed(panel)
    chart, table, _sources = panel.page_tabs.buttons
    panel.describe_button.setFocus()
    assert panel.describe_button.hasFocus()
    state = QAccessible.queryAccessibleInterface(chart).state()
    assert QAccessible.queryAccessibleInterface(chart).role() == QAccessible.Role.PageTab
    assert state.selected and not state.focused
    assert QAccessible.queryAccessibleInterface(panel.page_tabs).role() == (
        QAccessible.Role.PageTabList
    )
    chart.setFocus()
    assert QAccessible.queryAccessibleInterface(chart).state().focused
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert panel.tabs.currentIndex() == 1 and table.hasFocus()
    assert QAccessible.queryAccessibleInterface(table).state().selected
    assert not QAccessible.queryAccessibleInterface(chart).state().selected
    assert QAccessible.queryAccessibleInterface(table).text(QAccessible.Text.Name) == "Table"
    # One Tab stop for the row, as a tab bar has.
    assert chart.focusPolicy() == Qt.FocusPolicy.ClickFocus
    assert table.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_sources_headings_are_translated(qtbot, store) -> None:
    """In Korean the Sources tab's headings are Korean (they were English before)."""
    from desktop_app.ui.shell import i18n

    app = QApplication.instance()
    i18n.install_translations(app, resources_dir(), "ko")
    try:
        panel = _panel(qtbot, store, "broker-chain")
        text = panel.sources.toPlainText()
        assert "이 숫자들의 출처" in text and "Where these numbers come from" not in text
    finally:
        i18n.remove_translations(app)


def test_table_headings_and_codes_are_readable(qtbot, store) -> None:
    """The table shows the catalogue's headings and value labels, not CSV names or codes."""
    panel = _panel(qtbot, store, "amounts-sent")
    table = panel.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[:2] == ["What was reported", "Kind of figure"]
    assert headers[-1] == "Fact IDs"
    kinds = {table.item(r, 1).text() for r in range(table.rowCount())}
    assert kinds == {"Share of everyone surveyed", "One person"}


def test_table_headings_are_korean_in_korean(qtbot) -> None:
    """In Korean the headings and value labels come from data/ko/figures.toml."""
    root = resources_dir()
    korean = FigureStore(root, load_citations(root), lang="ko")
    panel = _panel(qtbot, korean, "where-1000-goes")
    table = panel.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert "도착하는 돈(달러)" in headers and "arrived_usd" not in headers


def test_table_and_sources_are_filled_when_their_tab_is_first_opened(qtbot, store) -> None:
    """Issue 16: most readers stay on Chart, so the grid and the sources text (most of a
    figure's widgets and memory) wait for their tab; opening it, by mouse or by a screen
    reader's press action, fills it at once."""
    from PySide6.QtGui import QAccessible, QAccessibleActionInterface

    from desktop_app.ui.figures.tabs import DataTable, SourcesView

    panel = _panel(qtbot, store, "amounts-sent")
    assert not panel.findChildren(DataTable) and not panel.findChildren(SourcesView)
    copies = [b for b in panel.findChildren(QPushButton) if b.text() == "Copy table"]
    assert len(copies) == 1  # named for a screen reader before the tab is opened
    qtbot.mouseClick(panel.page_tabs.buttons[1], Qt.MouseButton.LeftButton)
    assert panel.tabs.currentIndex() == 1
    grids = panel.findChildren(DataTable)
    assert len(grids) == 1 and grids[0].isVisible() and grids[0].rowCount() > 0
    tab = QAccessible.queryAccessibleInterface(panel.page_tabs.buttons[2])
    actions = tab.actionInterface()
    assert actions.actionNames()[0] == QAccessibleActionInterface.pressAction()
    actions.doAction(QAccessibleActionInterface.pressAction())
    assert panel.tabs.currentIndex() == 2 and tab.state().selected
    shown = panel.findChildren(SourcesView)
    assert len(shown) == 1 and shown[0].isVisible()
    assert "A04" in shown[0].toPlainText()
