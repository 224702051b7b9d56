"""Korean edition plumbing: translations up to date, installed safely, locale formats, font."""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

from desktop_app.paths import resources_dir
from desktop_app.ui.shell import fonts, i18n
from tools import make_font, update_translations

REPO = Path(__file__).resolve().parents[3]
TRANSLATIONS = REPO / "resources" / "translations"
TS = TRANSLATIONS / "lifeline_ko.ts"
QM = TRANSLATIONS / "lifeline_ko.qm"
HOW = "run `python tools/update_translations.py --missing` (see resources/translations/README.md)"


def messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or "")
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def translated(ts: Path) -> list[tuple[str, str, str]]:
    root = ET.parse(ts).getroot()
    found = []
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            node = msg.find("translation")
            if node is not None and node.text and node.get("type") is None:
                found.append((ctx.findtext("name") or "", msg.findtext("source") or "", node.text))
    return found


@pytest.fixture
def language(qapp):
    """Install a language for one test; put English and the old locale back afterwards."""
    before = QLocale()

    def install(lang: str, root: Path | None = None) -> list[str]:
        return i18n.install_translations(qapp, root or resources_dir(), lang)

    yield install
    i18n.install_translations(qapp, resources_dir(), "en")
    QLocale.setDefault(before)


# --- the catalogue is up to date ---------------------------------------------------------


def test_ts_lists_exactly_the_strings_in_the_code(tmp_path: Path) -> None:
    """Every translatable string in desktop_app/ is in lifeline_ko.ts, and nothing stale is."""
    fresh = tmp_path / TS.name
    shutil.copyfile(TS, fresh)
    update_translations.run_lupdate(fresh, "ko")
    committed, current = messages(TS), messages(fresh)
    new = sorted(f"{c}: {s!r}" for c, s in current - committed)
    gone = sorted(f"{c}: {s!r}" for c, s in committed - current)
    assert not new and not gone, (
        f"lifeline_ko.ts is out of date; {HOW}.\nIn the code, not in the .ts:\n  "
        + "\n  ".join(new)
        + "\nIn the .ts, gone from the code:\n  "
        + "\n  ".join(gone)
    )


def test_qm_is_compiled_from_the_committed_ts(tmp_path: Path) -> None:
    """lifeline_ko.qm is exactly what lrelease makes from lifeline_ko.ts."""
    fresh = tmp_path / QM.name
    update_translations.run_lrelease(TS, fresh)
    assert QM.read_bytes() == fresh.read_bytes(), f"lifeline_ko.qm is stale; {HOW}"


def test_every_string_has_korean() -> None:
    """No interface string is left in English in the Korean edition."""
    missing = i18n.missing_translations(TS)
    assert not missing, f"{len(missing)} string(s) without Korean; {HOW}:\n  " + "\n  ".join(
        missing
    )


def test_tr_is_only_called_on_self() -> None:
    """x.tr() on another object is filed by lupdate under the variable's name, never found."""
    bad = update_translations.foreign_tr_calls(update_translations.python_sources())
    assert not bad, (
        "use self.tr() inside the class, or QCoreApplication.translate('ClassName', ...):\n  "
        + "\n  ".join(bad)
    )


def test_wrapper_calls_are_extracted() -> None:
    """Strings passed to a module's _tr() wrapper reach the catalogue under its context."""
    found = update_translations.wrapper_messages([REPO / "desktop_app" / "ui" / "menus.py"])
    assert ("Menus", "&File") in {(f.context, f.source) for f in found}
    assert ("Menus", "&File") in messages(TS)


def test_translations_keep_placeholders_and_accelerators() -> None:
    """%1 %2 … survive translation, and a menu's &-accelerator keeps one in Korean."""
    wrong = []
    for context, source, text in translated(TS):
        if problem := update_translations.placeholder_problem(source, text):
            wrong.append(f"{context}: {source!r} -> {text!r}: {problem}")
        if re.search(r"&[^&\s]", source) and not re.search(r"&[^&\s]", text):
            wrong.append(f"{context}: {source!r} -> {text!r}: the & accelerator is lost")
    assert not wrong, "\n".join(wrong)


def test_glossary_lines_are_well_formed() -> None:
    """ko_glossary.tsv parses, and its own entries keep their placeholders."""
    glossary = update_translations.read_glossary(TRANSLATIONS / "ko_glossary.tsv")
    assert len(glossary) > 100
    bad = [
        f"{source!r}: {problem}"
        for (_ctx, source), text in glossary.items()
        if (problem := update_translations.placeholder_problem(source, text))
    ]
    assert not bad, "\n".join(bad)


def test_qt_base_translations_are_shipped() -> None:
    """Qt's own Korean (file dialogs, OK/Cancel) travels inside resources/ for frozen builds."""
    assert (TRANSLATIONS / "qtbase_ko.qm").stat().st_size > 10_000
    assert "LGPL" in (TRANSLATIONS / "README.md").read_text(encoding="utf-8")


# --- installing translators --------------------------------------------------------------


def test_korean_is_installed(language) -> None:
    """With ko, known strings come back in Korean (ours and Qt's); unknown ones in English."""
    assert language("ko") == []
    assert QCoreApplication.translate("Menus", "&File") == "파일(&F)"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "취소"
    assert QCoreApplication.translate("Menus", "No such string") == "No such string"

    class MainWindow(QObject):
        pass

    assert MainWindow().tr("Reading pane") == "본문"
    language("en")
    assert QCoreApplication.translate("Menus", "&File") == "&File"


def test_untranslated_string_shows_english_and_is_logged_once(language, caplog) -> None:
    """A string missing from the catalogue is English (never empty) and noted once."""
    language("ko")
    with caplog.at_level(logging.INFO, logger="desktop_app.ui.shell.i18n"):
        first = QCoreApplication.translate("QuizPanel", "A brand new sentence")
        second = QCoreApplication.translate("QuizPanel", "A brand new sentence")
    assert first == second == "A brand new sentence"
    notes = [r.getMessage() for r in caplog.records if "A brand new sentence" in r.getMessage()]
    assert len(notes) == 1 and "English" in notes[0]


def test_malformed_qm_is_named_and_english_shows(language, tmp_path: Path, caplog) -> None:
    """A damaged lifeline_ko.qm is reported by name; the interface stays English."""
    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "lifeline_ko.qm").write_bytes(b"not a translation file" * 20)
    with caplog.at_level(logging.WARNING):
        problems = language("ko", tmp_path)
    assert any("lifeline_ko.qm" in p and "not a valid" in p for p in problems)
    assert "lifeline_ko.qm" in caplog.text
    assert QCoreApplication.translate("Menus", "&File") == "&File"


def test_missing_qm_is_named(language, tmp_path: Path) -> None:
    """No lifeline_ko.qm at all: one clear problem naming the file, no crash."""
    problems = language("ko", tmp_path)
    assert any("resources/translations/lifeline_ko.qm is missing" in p for p in problems)


def test_missing_translations_lists_unfinished(tmp_path: Path) -> None:
    """missing_translations names each unfinished or empty message with its context."""
    ts = tmp_path / "x_ko.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="ko_KR"><context>'
        "<name>Menus</name>"
        "<message><source>Done</source><translation>완료</translation></message>"
        '<message><source>Draft</source><translation type="unfinished">초안</translation>'
        "</message>"
        '<message><source>Empty</source><translation type="unfinished"></translation>'
        "</message>"
        '<message><source>Old</source><translation type="vanished">옛</translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    assert i18n.missing_translations(ts) == ["Menus: Draft", "Menus: Empty"]


# --- choosing the language ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("cli", "saved", "system", "expected"),
    [
        ("ko", "en", "en_US", "ko"),  # the command line wins
        ("en", "ko", "ko_KR", "en"),
        (None, "ko", "en_GB", "ko"),  # then the saved setting
        (None, "en", "ko_KR", "en"),
        (None, "", "ko_KR", "ko"),  # then the system
        (None, "system", "ko_KR", "ko"),
        (None, "", "fr_FR", "en"),  # anything but Korean is English
        ("ko_KR", "", "en_US", "ko"),
        ("xx", "zz", "en_US", "en"),  # nonsense is ignored
    ],
)
def test_choose_language(cli, saved, system, expected) -> None:
    """Command line, then saved setting, then system locale (Korean -> ko, else en)."""
    assert i18n.choose_language(cli, saved, QLocale(system)) == expected


# --- numbers and dates -------------------------------------------------------------------


def test_numbers_money_and_dates_in_english(language) -> None:
    """English: 1,234,567 · US$1,000 · August 27, 2018."""
    language("en")
    assert i18n.fmt_number(1234567) == "1,234,567"
    assert i18n.fmt_number(0.305, 1) == "0.3"
    assert i18n.fmt_money_usd(1000) == "US$1,000"
    assert i18n.fmt_money_usd(-700) == "-US$700"
    assert i18n.fmt_date(date(2018, 8, 27)) == "August 27, 2018"
    assert i18n.fmt_datetime(datetime(2018, 8, 27, 14, 5)).startswith("August 27, 2018, 2:05")


def test_numbers_money_and_dates_in_korean(language) -> None:
    """Korean: 1,234,567 · 1,000달러 · 2018년 8월 27일 (as the Korean chapters write them)."""
    language("ko")
    assert i18n.fmt_number(1234567) == "1,234,567"
    assert i18n.fmt_number(929.5, 1) == "929.5"
    assert i18n.fmt_money_usd(1000) == "1,000달러"
    assert i18n.fmt_date(date(2018, 8, 27)) == "2018년 8월 27일"
    assert i18n.fmt_datetime(datetime(2018, 8, 27, 14, 5)) == "2018년 8월 27일 오후 2:05"


# --- the bundled font --------------------------------------------------------------------


def test_bundled_font_registers_both_styles(qapp) -> None:
    """Lifeline Sans KR is in Qt's font database, Regular and Bold, and a label can use it."""
    assert fonts.FAMILY in fonts.register_fonts(resources_dir())
    assert fonts.FAMILY in QFontDatabase.families()
    assert {"Regular", "Bold"} <= set(QFontDatabase.styles(fonts.FAMILY))
    assert QFontInfo(QFont(fonts.FAMILY)).family() == fonts.FAMILY


def test_bad_font_files_are_named_not_fatal(qapp, tmp_path: Path, caplog) -> None:
    """A corrupt font file is logged by name and skipped; no font folder is a warning."""
    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "Broken.otf").write_bytes(b"\0" * 100)
    with caplog.at_level(logging.WARNING):
        assert fonts.register_fonts(tmp_path) == []
    assert "resources/fonts/Broken.otf" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        assert fonts.register_fonts(tmp_path / "elsewhere") == []
    assert "No bundled fonts" in caplog.text


def test_font_covers_every_character_korean_users_see() -> None:
    """Each character in Korean content, translations and UI symbols is in the bundled font."""
    from fontTools.ttLib import TTFont

    uses = make_font.needed_characters(REPO)
    for path in fonts.font_files(resources_dir()):
        with TTFont(path) as font:
            cmap = font.getBestCmap()
        lacking = sorted(
            c for c in uses if ord(c) not in cmap and c not in make_font.FALLBACK_SYMBOLS
        )
        assert not lacking, (
            f"{path.name} lacks "
            + ", ".join(f"'{c}' U+{ord(c):04X} ({', '.join(sorted(uses[c]))})" for c in lacking)
            + "; run `python tools/make_font.py` (see resources/fonts/README.md)"
        )


def test_font_is_small_and_licensed() -> None:
    """The subset stays small (not the 19 MB collection) and its licence ships beside it."""
    files = fonts.font_files(resources_dir())
    assert [p.name for p in files] == ["LifelineSansKR-Bold.otf", "LifelineSansKR-Regular.otf"]
    assert all(p.stat().st_size < 600_000 for p in files)
    licence = (resources_dir() / "fonts" / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence


def test_fallback_symbols_are_in_matplotlibs_font() -> None:
    """The symbols Noto lacks (☐ ✎ ✗) are drawn by DejaVu Sans in charts."""
    import matplotlib
    from fontTools.ttLib import TTFont

    dejavu = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    with TTFont(dejavu) as font:
        cmap = font.getBestCmap()
    assert all(ord(c) in cmap for c in make_font.FALLBACK_SYMBOLS)


def test_importing_fonts_and_i18n_does_not_load_matplotlib(subprocess_env, python) -> None:
    """First paint must not pay for matplotlib: the font and language modules don't import it."""
    code = (
        "import sys, desktop_app.ui.shell.fonts, desktop_app.ui.shell.i18n; "
        "sys.exit('matplotlib' in sys.modules)"
    )
    result = subprocess.run([python, "-c", code], env=subprocess_env, cwd=REPO, check=False)
    assert result.returncode == 0, "importing desktop_app.ui.shell.fonts/i18n loaded matplotlib"


def test_matplotlib_draws_korean_with_the_bundled_font() -> None:
    """After registration, charts find Lifeline Sans KR (both weights) and draw Hangul."""
    from matplotlib import font_manager
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    assert fonts.FAMILY in fonts.register_matplotlib_fonts(resources_dir())
    family = list(fonts.chart_font_families("ko"))
    regular = font_manager.findfont(font_manager.FontProperties(family=family))
    bold = font_manager.findfont(font_manager.FontProperties(family=family, weight="bold"))
    assert Path(regular).name == "LifelineSansKR-Regular.otf"
    assert Path(bold).name == "LifelineSansKR-Bold.otf"
    fig = Figure(figsize=(3, 1))
    fig.suptitle("브로커가 30%를 가져갑니다 ✓", fontfamily=family, fontweight="bold")
    canvas = FigureCanvasAgg(fig)
    canvas.draw()  # a missing glyph would warn, and warnings are errors here
    pixels = canvas.buffer_rgba()
    assert len(set(bytes(pixels)[::4])) > 2  # something besides the white background


def test_korean_ui_font_comes_first_and_english_restores(qapp) -> None:
    """apply_ui_font puts Lifeline Sans KR first for ko and restores the system list for en."""
    original = list(qapp.font().families())
    try:
        families = fonts.apply_ui_font(qapp, "ko")
        assert families[0] == fonts.FAMILY and qapp.font().families()[0] == fonts.FAMILY
        assert fonts.apply_ui_font(qapp, "en") == original
    finally:
        font = qapp.font()
        font.setFamilies(original)
        qapp.setFont(font)
