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
import math
import re
import tomllib
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path

CATALOGUE = Path("data") / "figures.toml"
FACTS_COLUMN = "facts"

# Catalogue keys with a fixed meaning; every other string key goes to FigureInfo.extra.
_REQUIRED_TEXT = ("title", "chapter", "data", "description", "derivation")
_ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_FACT_PATTERN = re.compile(r"^[A-Z]+[0-9]+$")


class DatasetError(Exception):
    """A catalogue or data file is missing or malformed; ``path`` names the file."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


@dataclass(frozen=True)
class FigureInfo:
    """One figure's catalogue entry.

    ``columns`` are the CSV columns the figure needs (besides ``facts``); ``numeric`` the
    ones whose every non-empty cell must be a number. ``extra`` holds any other text the
    chart shows (axis labels, value-label templates), so it can be translated in one place.
    """

    id: str
    title: str
    chapter: str
    data_file: str
    facts: tuple[str, ...]
    description: str
    derivation: str
    geometry: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    columns: tuple[str, ...] = ()
    numeric: tuple[str, ...] = ()
    keys: tuple[str, ...] = ()  # columns holding codes a chart matches on: never translated

    def text(self, key: str) -> str:
        """The catalogue text ``key`` (from ``extra``); DatasetError naming it if absent."""
        try:
            return self.extra[key]
        except KeyError:
            raise DatasetError(
                CATALOGUE, f"figure '{self.id}' has no text '{key}' (add {key} = \"...\")"
            ) from None


@dataclass(frozen=True)
class Dataset:
    """One figure's CSV table, all cells as stripped strings.

    ``line_numbers[i]`` is the line in the file where row ``i`` ends, for error messages.
    """

    figure_id: str
    path: Path
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    line_numbers: tuple[int, ...] = ()
    english_path: Path | None = None  # for a translated table: the English file it matches

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def data_folder(self) -> Path:
        """The English ``data/`` folder (other files such as the map live there)."""
        return (self.english_path or self.path).parent

    def _index(self, name: str) -> int:
        try:
            return self.columns.index(name)
        except ValueError:
            raise DatasetError(self.path, f"has no column '{name}'") from None

    def _line(self, i: int) -> int:
        return self.line_numbers[i] if i < len(self.line_numbers) else i + 2

    def line_of(self, i: int) -> int:
        """The line in the file where row ``i`` ends (for messages)."""
        return self._line(i)

    def column(self, name: str) -> tuple[str, ...]:
        """Every cell of column ``name``, top to bottom."""
        j = self._index(name)
        return tuple(row[j] for row in self.rows)

    def value(self, i: int, name: str) -> str:
        """The cell of row ``i`` in column ``name``."""
        return self.rows[i][self._index(name)]

    def optional_number(self, i: int, name: str) -> float | None:
        """Row ``i``'s number in ``name``, or None if the cell is empty (not reported)."""
        cell = self.value(i, name)
        if cell == "":
            return None
        return _parse_number(cell, self.path, self._line(i), name)

    def number(self, i: int, name: str) -> float:
        """Row ``i``'s number in ``name``; DatasetError if empty or not a number."""
        found = self.optional_number(i, name)
        if found is None:
            raise DatasetError(self.path, f"line {self._line(i)}: column '{name}' is empty")
        return found

    def numbers(self, name: str) -> tuple[float, ...]:
        """Every cell of ``name`` as a number; DatasetError on an empty or non-number cell."""
        return tuple(self.number(i, name) for i in range(len(self.rows)))

    def optional_numbers(self, name: str) -> tuple[float | None, ...]:
        """Every cell of ``name`` as a number, None where the cell is empty."""
        return tuple(self.optional_number(i, name) for i in range(len(self.rows)))

    def facts_of_row(self, i: int) -> tuple[str, ...]:
        """The fact IDs row ``i`` rests on."""
        return tuple(self.value(i, FACTS_COLUMN).split())

    def indices(self, column: str, value: str) -> tuple[int, ...]:
        """Row indices whose ``column`` equals ``value``."""
        j = self._index(column)
        return tuple(i for i, row in enumerate(self.rows) if row[j] == value)

    def as_csv_text(self) -> str:
        """The table as CSV text (header first), for 'export data'."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.columns)
        writer.writerows(self.rows)
        return out.getvalue()


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
    from desktop_app.core.story.translated_data import overlay_catalogue

    return overlay_catalogue(catalogue, root, lang)


def read_toml(path: Path) -> dict[str, object]:
    try:
        return tomllib.loads(_read_text(path))
    except tomllib.TOMLDecodeError as exc:
        raise DatasetError(path, f"is not valid TOML ({exc})") from None


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
    from desktop_app.core.story.translated_data import (
        check_translation,
        language_folder,
        log_missing,
    )

    path = language_folder(root, lang) / info.data_file
    if not path.is_file():
        log_missing(path, info)
        return english
    translated = _load_csv(path, info, known_facts)
    check_translation(english, translated, info)
    return dataclasses.replace(translated, english_path=english.path)


def _load_csv(path: Path, info: FigureInfo, known_facts: Collection[str] | None) -> Dataset:
    text = _read_text(path)
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


def _parse_number(cell: str, path: Path, line: int, column: str) -> float:
    try:
        number = float(cell)
    except ValueError:
        hint = " (write numbers without thousands separators)" if "," in cell else ""
        raise DatasetError(
            path, f"line {line}, column '{column}': '{cell}' is not a number{hint}"
        ) from None
    if not math.isfinite(number):
        raise DatasetError(path, f"line {line}, column '{column}': '{cell}' is not a number")
    return number


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DatasetError(path, "file not found") from None
    except OSError as exc:
        raise DatasetError(path, f"could not be read ({exc.strerror or exc})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DatasetError(
            path, f"is not UTF-8 text (line {line} has a character that is not); save it as UTF-8"
        ) from None
