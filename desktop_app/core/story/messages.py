"""The core's user-visible messages in the interface language: the app's one language switch.

The English text of the pure-core modules stays in code, one dict per module, and is the
source of truth: ``MESSAGES`` in :mod:`~desktop_app.core.classroom.quiz`,
:mod:`~desktop_app.core.classroom.progress` and :mod:`~desktop_app.core.money.scenario`, and
``LABELS`` in :mod:`~desktop_app.core.money.inputs`. Another language is an overlay,
``resources/messages/<lang>.toml``, with one table per module named in :data:`TABLES`::

    [quiz]
    correct = "정답입니다."
    choice_answer = "정답: {answer}"

:func:`apply_language` is called ONCE at start-up, right after the language is chosen and
before any widget is built (like installing a QTranslator): it rewrites those dicts in place,
so every module that imported them, and every message built later, speaks the new language.
``"en"`` puts back the English copied when this module was imported, so switching back and
forth within one process (as the tests do) always starts from the English.

A translation is used only when it is safe: its ``{placeholders}`` must be exactly the
English ones (same names and formats) and its key must exist in English. Anything else is a
problem naming the file, the table and the key, logged and returned, and the English is kept
for that string. A key with no translation keeps its English and is noted in the log once.
Pure Python, no Qt.
"""

from __future__ import annotations

import logging
import string
from pathlib import Path

from desktop_app.core import ContentError, parse_toml, read_content
from desktop_app.core.classroom import progress, quiz
from desktop_app.core.money import inputs as remittance_inputs
from desktop_app.core.money import scenario

log = logging.getLogger(__name__)

MESSAGES_DIR = "messages"
ENGLISH = "en"

# Overlay table name -> the module's English dict (the very object the module uses).
TABLES: dict[str, dict[str, str]] = {
    "quiz": quiz.MESSAGES,
    "progress": progress.MESSAGES,
    "scenario": scenario.MESSAGES,
    "remittance": remittance_inputs.LABELS,
}
# Pristine English, copied at import time, before anything can be translated.
_ENGLISH: dict[str, dict[str, str]] = {name: dict(table) for name, table in TABLES.items()}
_noted_missing: set[tuple[str, str, str]] = set()


class MessageCatalogueError(ContentError):
    """The overlay file as a whole is missing or unreadable; the message names the file."""


def english(table: str) -> dict[str, str]:
    """A copy of one table's original English (whatever language is applied now)."""
    return dict(_ENGLISH[table])


def overlay_path(root: Path, lang: str) -> Path:
    return root / MESSAGES_DIR / f"{lang}.toml"


def _shown(path: Path, root: Path) -> str:
    """resources/messages/ko.toml: the path as a translator finds it."""
    try:
        return str(Path("resources") / path.relative_to(root))
    except ValueError:
        return str(path)


def placeholders(text: str) -> frozenset[str]:
    """The ``{name:format}`` fields of a template (ValueError for a stray brace)."""
    fields = set()
    for _, name, spec, conversion in string.Formatter().parse(text):
        if name is not None:
            shown = name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
            fields.add("{" + shown + "}")
    return frozenset(fields)


def _listed(fields: frozenset[str]) -> str:
    return ", ".join(sorted(fields)) or "none"


def load_message_overlay(
    root: Path, lang: str, problems: list[str] | None = None
) -> dict[str, dict[str, str]]:
    """The text entries of ``root/messages/<lang>.toml``, by table then key.

    Raises :class:`MessageCatalogueError` (naming the file) when the file is missing, not
    UTF-8 or not valid TOML. Entries in the wrong shape (text outside a table, a value that
    is not text) are left out, each with a problem appended to ``problems`` when given.
    Whether the tables and keys exist in English is checked by :func:`check_overlay`.
    """
    path = overlay_path(root, lang)
    name = _shown(path, root)
    notes = problems if problems is not None else []
    data = parse_toml(read_content(path, MessageCatalogueError, name), MessageCatalogueError, name)
    overlay: dict[str, dict[str, str]] = {}
    for table, entries in data.items():
        if not isinstance(entries, dict):
            notes.append(f"{name}: '{table}' is outside any [table]; ignored")
            continue
        texts: dict[str, str] = {}
        for key, value in entries.items():
            if isinstance(value, str):
                texts[key] = value
            else:
                notes.append(
                    f"{name}: [{table}] {key} must be text in quotation marks; showing the English"
                )
        overlay[table] = texts
    return overlay


def check_overlay(
    overlay: dict[str, dict[str, str]], name: str
) -> tuple[dict[str, dict[str, str]], list[str]]:
    """The usable translations of ``overlay`` and the problems with the rest.

    Usable: the table and key exist in English, the placeholders are the English ones, and
    the text is not empty (unless the English is empty too). ``name`` labels the problems.
    """
    usable: dict[str, dict[str, str]] = {}
    problems: list[str] = []
    for table, entries in overlay.items():
        if table not in _ENGLISH:
            known = ", ".join(TABLES)
            problems.append(f"{name}: [{table}] is not a message table ({known}); ignored")
            continue
        source = _ENGLISH[table]
        good: dict[str, str] = {}
        for key, text in entries.items():
            where = f"{name}: [{table}] {key}"
            if key not in source:
                problems.append(f"{where}: there is no such message in English; ignored")
                continue
            if not text.strip() and source[key].strip():
                problems.append(f"{where} is empty; showing the English")
                continue
            try:
                fields = placeholders(text)
            except ValueError as exc:
                problems.append(f"{where} has a stray {{ or }} ({exc}); showing the English")
                continue
            wanted = placeholders(source[key])
            if fields != wanted:
                problems.append(
                    f"{where} uses the placeholders {_listed(fields)} but the English uses "
                    f"{_listed(wanted)}; showing the English"
                )
                continue
            good[key] = text
        usable[table] = good
    return usable, problems


def missing_keys(root: Path, lang: str) -> list[str]:
    """``"[table] key"`` for every English message the overlay does not translate."""
    try:
        overlay = load_message_overlay(root, lang)
    except MessageCatalogueError:
        overlay = {}
    usable, _ = check_overlay(overlay, "")
    return [
        f"[{table}] {key}"
        for table, source in _ENGLISH.items()
        for key in source
        if key not in usable.get(table, {})
    ]


def _restore_english() -> None:
    # Overwrite rather than clear: only English keys are ever set, and a reader (a chart
    # thread of a window being replaced) never sees a table with a key missing.
    for table, source in _ENGLISH.items():
        TABLES[table].update(source)


def apply_language(root: Path, lang: str) -> list[str]:
    """Put the core's messages into ``lang`` (``root`` is the resources folder).

    The app's one language switch for core text: call it once, after choosing the language
    and before building any widget. ``"en"`` restores the original English. Returns the
    problems (each naming the file, and the table and key where there is one; also logged
    as warnings); whatever they are, every message has text, in English where the
    translation is missing or unusable. Untranslated keys are noted in the log once, at INFO.
    """
    _restore_english()
    if lang == ENGLISH:
        return []
    name = _shown(overlay_path(root, lang), root)
    problems: list[str] = []
    try:
        overlay = load_message_overlay(root, lang, problems)
    except MessageCatalogueError as exc:
        problems.append(f"{exc}; the app's messages are shown in English")
        overlay = {}
    usable, more = check_overlay(overlay, name)
    problems += more
    for table, entries in usable.items():
        TABLES[table].update(entries)
    for table, source in _ENGLISH.items():
        for key in source:
            if key not in usable.get(table, {}) and (lang, table, key) not in _noted_missing:
                _noted_missing.add((lang, table, key))
                log.info(
                    "No %s translation for [%s] %s in %s; showing the English",
                    lang,
                    table,
                    key,
                    name,
                )
    for problem in problems:
        log.warning("%s", problem)
    return problems
