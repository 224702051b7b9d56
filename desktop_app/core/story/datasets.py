"""Chart data: the figure catalogue (``data/figures.toml``) and its CSV tables.

Pure Python: no Qt, no matplotlib. Every figure has one catalogue entry (title, chapter,
data file, fact IDs, accessible description, derivation, any other text the chart shows)
and one small CSV whose every row names the fact IDs it rests on.

Nothing is cached here; callers that want caching (the UI) keep the results themselves.
Every problem in a file raises :class:`DatasetError` naming the file and what is wrong.

Translations live in ``data/<lang>/``: ``figures.toml`` holds only the text keys of each
figure (title, description, derivation and the chart's other text, with every
``{placeholder}`` kept), and ``<file>.csv`` a copy of a figure's table with its text
cells translated. A translated table must match the English one in columns, rows,
numbers, facts and codes. Anything missing falls back
to English, with a note in the log; nothing is ever shown empty. The checks live in
:mod:`desktop_app.core.story.translated_data`.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from collections.abc import Collection, Mapping
from pathlib import Path

from desktop_app.core.story.figure_data import (
    CATALOGUE,
    FACTS_COLUMN,
    HEADING_PREFIX,
    Dataset,
    DatasetError,
    FigureInfo,
    read_text,
    read_toml,
)
from desktop_app.core.story.translated_data import (
    check_translation,
    language_folder,
    log_missing,
    overlay_catalogue,
)

# The types live in figure_data; callers keep importing them from here.
__all__ = [
    "CATALOGUE",
    "FACTS_COLUMN",
    "Dataset",
    "DatasetError",
    "FigureInfo",
    "load_catalogue",
    "load_dataset",
    "read_toml",
]

# Catalogue keys with a fixed meaning; every other string key goes to FigureInfo.extra.
_REQUIRED_TEXT = ("title", "chapter", "data", "description", "derivation")
_ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_FACT_PATTERN = re.compile(r"^[A-Z]+[0-9]+$")


# ---------------------------------------------------------------------------
# Catalogue
# ---------------------------------------------------------------------------


def load_catalogue(root: Path, lang: str = "en") -> dict[str, FigureInfo]:
    """Read ``root/data/figures.toml`` (root = the resources folder) into FigureInfos.

    For another ``lang``, the text keys of ``root/data/<lang>/figures.toml`` replace the
    English ones (:func:`desktop_app.core.story.translated_data.overlay_catalogue`).
    """
    path = root / CATALOGUE
    raw = read_toml(path)
    if not raw:
        raise DatasetError(path, "lists no figures")
    catalogue: dict[str, FigureInfo] = {}
    for figure_id, table in raw.items():
        if not isinstance(table, dict):
            raise DatasetError(path, f"'{figure_id}' should be a table: [{figure_id}]")
        catalogue[figure_id] = _figure_info(path, figure_id, table)
    if lang == "en":
        return catalogue
    return overlay_catalogue(catalogue, root, lang)


def _figure_info(path: Path, figure_id: str, table: Mapping[str, object]) -> FigureInfo:
    where = f"[{figure_id}]"
    if not _ID_PATTERN.match(figure_id):
        raise DatasetError(path, f"{where}: figure IDs use lower-case letters, digits and '-' only")
    for key in _REQUIRED_TEXT:
        if key not in table:
            raise DatasetError(path, f"{where} is missing the key '{key}'")
    if "facts" not in table:
        raise DatasetError(path, f"{where} is missing the key 'facts'")
    text: dict[str, str] = {}
    extra: dict[str, str] = {}
    lists: dict[str, tuple[str, ...]] = {}
    for key, value in table.items():
        if key in ("facts", "columns", "numeric", "keys"):
            lists[key] = _string_list(path, where, key, value)
        elif isinstance(value, str):
            (text if key in (*_REQUIRED_TEXT, "geometry") else extra)[key] = value
        else:
            raise DatasetError(
                path, f"{where}: '{key}' should be text in quotes, not {type(value).__name__}"
            )
    for key in ("title", "chapter", "data", "description"):
        if not text[key].strip():
            raise DatasetError(path, f"{where}: '{key}' is empty")
    data_file = text["data"]
    if "/" in data_file or "\\" in data_file or not data_file.endswith(".csv"):
        raise DatasetError(
            path, f"{where}: 'data' should be a .csv file name in data/, got '{data_file}'"
        )
    facts = lists["facts"]
    if not facts:
        raise DatasetError(path, f"{where}: 'facts' is empty; every figure rests on facts")
    for fact in facts:
        if not _FACT_PATTERN.match(fact):
            raise DatasetError(path, f"{where}: '{fact}' in 'facts' is not a fact ID like A04")
    numeric = lists.get("numeric", ())
    columns = lists.get("columns", ())
    keys = lists.get("keys", ())
    for name in numeric:
        if name not in columns:
            raise DatasetError(path, f"{where}: numeric column '{name}' is not in 'columns'")
    for name in keys:
        if name not in columns or name in numeric:
            raise DatasetError(path, f"{where}: key column '{name}' must be a text column")
    return FigureInfo(
        id=figure_id,
        title=text["title"],
        chapter=text["chapter"],
        data_file=data_file,
        facts=facts,
        description=" ".join(text["description"].split()),
        derivation=text["derivation"],
        geometry=text.get("geometry"),
        extra=extra,
        columns=columns,
        numeric=numeric,
        keys=keys,
    )


def _string_list(path: Path, where: str, key: str, value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DatasetError(path, f"{where}: '{key}' should be a list of text, like [\"A04\"]")
    return tuple(str(v) for v in value)


# ---------------------------------------------------------------------------
# CSV tables
# ---------------------------------------------------------------------------


def load_dataset(
    root: Path,
    info: FigureInfo,
    known_facts: Collection[str] | None = None,
    lang: str = "en",
) -> Dataset:
    """Read ``root/data/<info.data_file>`` and check it against the catalogue entry.

    Checks: UTF-8, a header, no ragged rows, the ``facts`` column and every column in
    ``info.columns`` present, numbers in ``info.numeric`` columns, a fact ID on every row
    and, when ``known_facts`` is given, that each of them is known.

    For another ``lang``, ``root/data/<lang>/<info.data_file>`` is read instead when it
    exists (else the English table, logged) and must match the English table
    (:func:`desktop_app.core.story.translated_data.check_translation`).
    """
    english = _load_csv(root / "data" / info.data_file, info, known_facts)
    if lang == "en":
        return english
    path = language_folder(root, lang) / info.data_file
    if not path.is_file():
        log_missing(path, info)
        return english
    translated = _load_csv(path, info, known_facts)
    check_translation(english, translated, info)
    return dataclasses.replace(translated, english_path=english.path)


def _load_csv(path: Path, info: FigureInfo, known_facts: Collection[str] | None) -> Dataset:
    text = read_text(path)
    reader = csv.reader(io.StringIO(text), strict=True)
    header: list[str] | None = None
    rows: list[tuple[str, ...]] = []
    lines: list[int] = []
    try:
        for raw in reader:
            cells = [cell.strip() for cell in raw]
            if not any(cells):
                continue  # blank line
            if header is None:
                header = cells
                _check_header(path, header, info)
                continue
            if len(cells) != len(header):
                raise DatasetError(
                    path,
                    f"line {reader.line_num} has {len(cells)} values but the header has "
                    f'{len(header)} columns (a comma inside a value needs "quotes")',
                )
            rows.append(tuple(cells))
            lines.append(reader.line_num)
    except csv.Error as exc:
        raise DatasetError(
            path, f'line {reader.line_num}: not valid CSV ({exc}; check the "quotes")'
        ) from None
    if header is None:
        raise DatasetError(path, "is empty (expected a header row and data rows)")
    if not rows:
        raise DatasetError(path, "has a header but no data rows")
    data = Dataset(info.id, path, tuple(header), tuple(rows), tuple(lines))
    _check_cells(data, info, known_facts)
    return data


def _check_header(path: Path, header: list[str], info: FigureInfo) -> None:
    seen: set[str] = set()
    for name in header:
        if not name:
            raise DatasetError(path, "line 1: a column has no name")
        if name in seen:
            raise DatasetError(path, f"line 1: column '{name}' appears twice")
        seen.add(name)
    for name in (FACTS_COLUMN, *info.columns):
        if name not in seen:
            raise DatasetError(path, f"is missing the required column '{name}'")
    for key in info.extra:
        if key.startswith(HEADING_PREFIX) and key[len(HEADING_PREFIX) :] not in seen:
            raise DatasetError(
                CATALOGUE,
                f"[{info.id}]: '{key}' names no column of {path.name}",
            )


def _check_cells(data: Dataset, info: FigureInfo, known: Collection[str] | None) -> None:
    for i in range(len(data.rows)):
        for name in info.numeric:
            data.optional_number(i, name)
        facts = data.facts_of_row(i)
        line = data.line_numbers[i]
        if not facts:
            raise DatasetError(data.path, f"line {line}: no fact IDs in column 'facts'")
        for fact in facts:
            if not _FACT_PATTERN.match(fact):
                raise DatasetError(
                    data.path,
                    f"line {line}: '{fact}' is not a fact ID like A04 (separate IDs with spaces)",
                )
            if known is not None and fact not in known:
                raise DatasetError(data.path, f"line {line}: unknown fact ID '{fact}'")
