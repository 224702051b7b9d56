"""Translated figure texts and tables: ``data/<lang>/figures.toml`` and ``data/<lang>/*.csv``.

Used by :func:`desktop_app.core.story.datasets.load_catalogue` and
:func:`~desktop_app.core.story.datasets.load_dataset` when they are given a language other
than English. A translation may change only words: every ``{placeholder}``, number, fact
ID and code stays as in English, and anything left out keeps its English text (with a
note in the log). Every problem raises :class:`DatasetError` naming the translated file.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import string
from collections.abc import Mapping
from pathlib import Path

from desktop_app.core.story.figure_data import (
    CATALOGUE,
    FACTS_COLUMN,
    Dataset,
    DatasetError,
    FigureInfo,
    read_toml,
)

_LANG_PATTERN = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$")
# A column whose English cells all look like this holds codes (kind, panel), not text.
_CODE_PATTERN = re.compile(r"^[a-z][a-z0-9_-]*$")
# Catalogue keys that are never translated (the translated file may not hold them).
_STRUCTURE_KEYS = frozenset({"chapter", "data", "facts", "columns", "numeric", "geometry", "keys"})

log = logging.getLogger(__name__)


def language_folder(root: Path, lang: str) -> Path:
    if not _LANG_PATTERN.match(lang):
        raise DatasetError(root / "data", f"'{lang}' is not a language code like ko")
    return root / "data" / lang


def placeholders(template: str) -> list[str]:
    """The ``{placeholder}`` fields of a template as written (name, conversion, format)."""
    fields = []
    for _, name, spec, conversion in string.Formatter().parse(template):
        if name is not None:
            fields.append("{" + name + (f"!{conversion}" if conversion else "") + f":{spec}}}")
    return sorted(fields)


def overlay_catalogue(
    catalogue: Mapping[str, FigureInfo], root: Path, lang: str
) -> dict[str, FigureInfo]:
    """The catalogue with the text of ``data/<lang>/figures.toml``.

    Only text keys the English entry has may be translated, keeping every
    ``{placeholder}`` exactly; a missing file, figure or key keeps English (logged at
    INFO). Unknown figures or keys, structure keys (chapter, data, facts, ...) and changed
    placeholders raise :class:`DatasetError` naming the translated file.
    """
    path = language_folder(root, lang) / "figures.toml"
    if not path.is_file():
        log.info("%s not found: figure texts stay in English", path)
        return dict(catalogue)
    raw = read_toml(path)
    for figure_id in raw:
        if figure_id not in catalogue:
            raise DatasetError(path, f"[{figure_id}] is not a figure in {CATALOGUE.as_posix()}")
    result: dict[str, FigureInfo] = {}
    for figure_id, info in catalogue.items():
        table = raw.get(figure_id)
        if table is None:
            log.info("%s: [%s] is missing; English kept", path, figure_id)
            result[figure_id] = info
            continue
        if not isinstance(table, dict):
            raise DatasetError(path, f"'{figure_id}' should be a table: [{figure_id}]")
        result[figure_id] = _overlay_info(path, info, table)
    return result


def _overlay_info(path: Path, info: FigureInfo, table: Mapping[str, object]) -> FigureInfo:
    where = f"[{info.id}]"
    english = {"title": info.title, "description": info.description}
    english["derivation"] = info.derivation
    english.update(info.extra)
    for key, value in table.items():
        if key in _STRUCTURE_KEYS:
            raise DatasetError(path, f"{where}: '{key}' is not translated; remove it")
        if key not in english:
            raise DatasetError(path, f"{where}: '{key}' is not a text of this figure")
        if not isinstance(value, str):
            raise DatasetError(path, f"{where}: '{key}' should be text in quotes")
        try:
            wanted, found = placeholders(english[key]), placeholders(value)
        except ValueError as exc:
            raise DatasetError(path, f"{where}: '{key}' has a stray {{ or }} ({exc})") from None
        if wanted != found:
            raise DatasetError(
                path,
                f"{where}: '{key}' must keep the placeholders {' '.join(wanted) or '(none)'}"
                f", not {' '.join(found) or '(none)'}",
            )
    texts: dict[str, str] = {}
    for key, text in english.items():
        value = table.get(key)
        if not isinstance(value, str) or (not value.strip() and text.strip()):
            log.info("%s: %s has no '%s'; English kept", path, where, key)
            texts[key] = text
        else:
            texts[key] = value
    return dataclasses.replace(
        info,
        title=texts.pop("title"),
        description=" ".join(texts.pop("description").split()),
        derivation=texts.pop("derivation"),
        extra=texts,
    )


def log_missing(path: Path, info: FigureInfo) -> None:
    log.info("%s not found: the table of '%s' stays in English", path, info.id)


def check_translation(english: Dataset, translated: Dataset, info: FigureInfo) -> None:
    """A translated table may change only text: raise DatasetError naming it otherwise.

    Same columns in the same order, the same number of rows, the same numbers (in
    ``info.numeric``) and fact IDs on every row, the same codes (``info.keys``, and any
    column whose English cells are all lower-case codes such as ``hop``), and rows that
    share a text in English share one in the translation (charts group rows by text).
    """
    path = translated.path
    if translated.columns != english.columns:
        raise DatasetError(
            path,
            f"has the columns {', '.join(translated.columns)}; it must have the same columns "
            f"as {english.path.name}: {', '.join(english.columns)}",
        )
    if len(translated) != len(english):
        raise DatasetError(
            path, f"has {len(translated)} rows; {english.path.name} has {len(english)}"
        )
    codes = set(info.keys)
    for name in english.columns:
        cells = english.column(name)
        if name not in info.numeric and all(_CODE_PATTERN.match(c) for c in cells if c):
            codes.add(name)
    for i in range(len(english)):
        line = translated.line_of(i)
        for name in info.numeric:
            if english.optional_number(i, name) != translated.optional_number(i, name):
                raise DatasetError(
                    path,
                    f"line {line}, column '{name}': '{translated.value(i, name)}' differs from "
                    f"'{english.value(i, name)}' in {english.path.name} (numbers are not "
                    "translated)",
                )
        if english.facts_of_row(i) != translated.facts_of_row(i):
            raise DatasetError(
                path,
                f"line {line}: facts '{translated.value(i, FACTS_COLUMN)}' differ from "
                f"'{english.value(i, FACTS_COLUMN)}' in {english.path.name}",
            )
        for name in sorted(codes):
            if english.value(i, name) != translated.value(i, name):
                raise DatasetError(
                    path,
                    f"line {line}, column '{name}': '{translated.value(i, name)}' must stay "
                    f"'{english.value(i, name)}' (a code the chart uses, not text)",
                )
    for name in english.columns:
        if name in info.numeric or name == FACTS_COLUMN or name in codes:
            continue
        pairs = dict(zip(english.column(name), translated.column(name), strict=True))
        back = dict(zip(translated.column(name), english.column(name), strict=True))
        for i, (en, tr) in enumerate(
            zip(english.column(name), translated.column(name), strict=True)
        ):
            if pairs[en] != tr or back[tr] != en or (en and not tr):
                raise DatasetError(
                    path,
                    f"line {translated.line_of(i)}, column '{name}': rows with the same text in "
                    f"{english.path.name} need the same text here, and different texts "
                    "different ones (and no empty cell where English has text)",
                )
