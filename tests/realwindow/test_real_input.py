"""Real input from outside (xdotool): the wheel and the keys a student actually uses."""

from __future__ import annotations


def _values(app) -> dict[str, float]:
    return {
        f"{n['role']}:{n['name']}": n["value"]["current"]
        for n in app.nodes()
        if n["role"] in ("spin button", "slider", "page tab list") and "value" in n
    }


def _position(app) -> float:
    return app.node("Position in this chapter")["value"]["current"]


def test_the_wheel_scrolls_chapter_8_past_the_calculator(launch) -> None:
    """Defect 4: wheeling down the calculator chapter moves the page, never an input."""
    app = launch("1366x768", "--chapter", "8")
    app.settle(2.0)
    before = _values(app)
    x, y, w, h = app.frame()
    for _ in range(8):
        app.wheel(x + w * 2 // 3, y + h // 2, 10)
    app.settle()
    app.shot("wheel-ch8-1366x768")
    assert _position(app) > 60
    assert _values(app) == before


def test_space_and_page_down_scroll_the_reader(launch) -> None:
    """Defect 7: real Space and PgDn presses scroll chapter 3; they do not change chapter."""
    app = launch("1366x768", "--chapter", "3")
    app.settle(1.0)
    app.key("space", "space")
    app.settle()
    after_space = _position(app)
    app.key("Next", "Next")
    app.settle()
    assert app.title().startswith("3.")
    assert 0 < after_space < _position(app)
    app.key("shift+space", "Prior")
    app.settle()
    assert _position(app) < after_space + 1


def test_esc_in_an_open_menu_closes_only_the_menu(launch) -> None:
    """Defect 6: on the glossary, View menu + Esc leaves the glossary on screen."""
    app = launch("1366x768", "--chapter", "3")
    app.key("F6", "ctrl+g")  # the chapter list has the focus, as after a click on it
    app.settle()
    assert app.title().startswith("Glossary")
    for menu in ("alt+v", "alt+g", "alt+h"):
        app.key(menu)
        app.settle(0.4)
        app.key("Escape")
        app.settle(0.4)
        app.key("Escape")  # the second Esc leaves the menu bar
        app.settle(0.4)
        assert app.title().startswith("Glossary"), menu
