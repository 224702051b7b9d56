"""Interface language: choosing it, installing Qt translators, locale-aware numbers and dates.

The interface is written in English; ``resources/translations/lifeline_<lang>.qm`` (compiled
from the ``.ts`` beside it by ``tools/update_translations.py``) gives the other languages,
and Qt's own ``qtbase_<lang>.qm`` translates Qt's dialogs (file pickers, message boxes).
A string with no translation shows in English and is noted in the log once; a missing or
malformed ``.qm`` is reported by name and the interface stays in English.
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

if TYPE_CHECKING:  # the .ts reader is needed only for a language other than English
    import xml.etree.ElementTree as ET

log = logging.getLogger(__name__)

SUPPORTED = ("en", "ko")
DEFAULT = "en"
TRANSLATIONS_DIR = "translations"
APP_CATALOGUE = "lifeline"
QT_CATALOGUE = "qtbase"
# Qt's own classes ("QFileDialog", "QPlatformTheme") are translated by qtbase_<lang>.qm;
# their misses are not ours to report.
_QT_CONTEXT = re.compile(r"^Q[A-Z]|^Qt")

_installed: list[QTranslator] = []


def normalise(lang: str | None) -> str | None:
    """``"ko_KR"``, ``"ko-kr"``, ``" KO "`` -> ``"ko"``; unsupported or empty -> None."""
    if not lang:
        return None
    code = re.split(r"[_\-.@]", lang.strip().lower(), maxsplit=1)[0]
    return code if code in SUPPORTED else None


def choose_language(cli_lang: str | None, settings_value: str, system_locale: QLocale) -> str:
    """The command line wins, then the saved setting, then the system: Korean or English."""
    for candidate in (cli_lang, settings_value):
        chosen = normalise(candidate)
        if chosen:
            return chosen
        if candidate and candidate.strip().lower() not in ("", "system"):
            log.warning(
                "Unknown interface language %r ignored (use one of %s)", candidate, SUPPORTED
            )
    if system_locale.language() == QLocale.Language.Korean:
        return "ko"
    return DEFAULT


class _NotingTranslator(QTranslator):
    """A QTranslator that notes, once per text, each interface string it cannot translate."""

    def __init__(self, lang: str, known: set[str] | None) -> None:
        super().__init__()
        self.lang = lang
        self.known = known or set()  # source texts translated in some context
        self.noted: set[str] = set()

    def translate(self, context, source_text, disambiguation=None, n=-1):
        found = super().translate(context, source_text, disambiguation, n)
        if found:
            return found
        if (
            source_text
            and source_text not in self.known
            and source_text not in self.noted
            and not _QT_CONTEXT.match(context or "")
        ):
            self.noted.add(source_text)
            log.info(
                "No %s translation for %r (%s); showing the English",
                self.lang,
                source_text,
                context,
            )
        # None, not "": an empty string would be taken as the translation (an empty label).
        return None


def _translated_sources(ts_path: Path) -> set[str] | None:
    import xml.etree.ElementTree as ET

    try:
        root = ET.parse(ts_path).getroot()
    except (OSError, ET.ParseError):
        return None
    return {
        m.findtext("source") or ""
        for m in root.iter("message")
        if _is_translated(m.find("translation"))
    }


def _is_translated(node: ET.Element | None) -> bool:
    if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    forms = node.findall("numerusform")
    return all(f.text for f in forms) if forms else bool(node.text)


def missing_translations(ts_path: Path) -> list[str]:
    """``"Context: source"`` for every message of a .ts file with no finished translation."""
    import xml.etree.ElementTree as ET

    root = ET.parse(ts_path).getroot()
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is not None and node.get("type") in ("obsolete", "vanished"):
                continue
            if not _is_translated(node):
                missing.append(f"{name}: {message.findtext('source') or ''}")
    return missing


def _qt_catalogue(root: Path, lang: str) -> Path | None:
    """Qt's own translations: the copy shipped in resources/ first, then Qt's folder."""
    name = f"{QT_CATALOGUE}_{lang}.qm"
    for folder in (
        root / TRANSLATIONS_DIR,
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        if (folder / name).is_file():
            return folder / name
    return None


def _label(path: Path, root: Path) -> str:
    try:
        return str(Path("resources") / path.relative_to(root))
    except ValueError:
        return str(path)


def remove_translations(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())


def install_translations(app: QCoreApplication, root: Path, lang: str) -> list[str]:
    """Install the translators for ``lang``; return the problems (each names its file).

    ``root`` is the resources folder. English needs no translator. Whatever goes wrong,
    the interface still works, in English for whatever could not be translated.
    """
    remove_translations(app)
    lang = normalise(lang) or DEFAULT
    QLocale.setDefault(QLocale(lang))
    if lang == DEFAULT:
        return []
    problems: list[str] = []
    qm = root / TRANSLATIONS_DIR / f"{APP_CATALOGUE}_{lang}.qm"
    known = _translated_sources(qm.with_suffix(".ts"))
    ours = _NotingTranslator(lang, known)
    if not qm.is_file():
        problems.append(f"{_label(qm, root)} is missing; the interface is shown in English.")
    elif not ours.load(str(qm)):
        problems.append(
            f"{_label(qm, root)} could not be read (not a valid Qt translation file); "
            "the interface is shown in English."
        )
    else:
        app.installTranslator(ours)
        _installed.append(ours)
    # Installed last, so asked first: Qt's own strings never reach the Python translator.
    qt_qm = _qt_catalogue(root, lang)
    qt_translator = QTranslator()
    if qt_qm is None:
        problems.append(
            f"{_label(root / TRANSLATIONS_DIR, root)}/{QT_CATALOGUE}_{lang}.qm is missing; "
            "Qt's own dialogs are shown in English."
        )
    elif not qt_translator.load(str(qt_qm)):
        problems.append(
            f"{_label(qt_qm, root)} could not be read (not a valid Qt translation file); "
            "Qt's own dialogs are shown in English."
        )
    else:
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    for problem in problems:
        log.warning("%s", problem)
    return problems


def fmt_number(value: float, decimals: int = 0) -> str:
    """``1234567.5`` -> ``"1,234,568"`` (or with ``decimals``), in the interface's locale."""
    return QLocale().toString(float(value), "f", decimals)


def fmt_money_usd(value: float, decimals: int = 0) -> str:
    """US dollars the way the interface language writes them: ``US$1,000`` / ``1,000달러``."""
    template = QCoreApplication.translate("Money", "US$%1")
    text = fmt_number(abs(value), decimals)
    return ("-" if value < 0 and text.strip("0.,") else "") + template.replace("%1", text)


def _long_date_format(locale: QLocale) -> str:
    """The locale's long date format without the weekday: ``MMMM d, yyyy`` / ``yyyy년 MMMM d일``."""
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    return re.sub(r"\s*,?\s*dddd\s*,?\s*", " ", pattern).strip(" ,")


def fmt_date(value: date) -> str:
    """A date in the interface's locale: ``August 5, 2018`` / ``2018년 8월 5일``."""
    locale = QLocale()
    return locale.toString(QDate(value.year, value.month, value.day), _long_date_format(locale))


def fmt_datetime(value: datetime) -> str:
    """Date and time: ``August 5, 2018, 2:05 PM`` / ``2018년 8월 5일 오후 2:05``."""
    locale = QLocale()
    time = QTime(value.hour, value.minute, value.second)
    clock = locale.toString(time, QLocale.FormatType.ShortFormat)
    joiner = ", " if locale.language() == QLocale.Language.English else " "
    return fmt_date(value) + joiner + clock
