"""The figure catalogue's and data tables' types, and how their files are read.

Shared by :mod:`.datasets` (the English loaders) and :mod:`.translated_data` (the language
overlays), so that neither imports the other. Pure Python.
"""

from __future__ import annotations

import csv
import io
import math
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core import ContentError

CATALOGUE = Path("data") / "figures.toml"
FACTS_COLUMN = "facts"
HEADING_PREFIX = "heading_"
VALUE_PREFIX = "value_"


class DatasetError(ContentError):
    """A catalogue or data file is missing or malformed; ``path`` names the file."""

    path: Path


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

    # A data table's words: ``heading_<column>`` and ``value_<column>_<code>`` text keys,
    # so they are translated with the rest of the figure's text.
    def heading(self, column: str) -> str:
        """The table heading for ``column`` (``heading_<column>``), else the column name."""
        return self.extra.get(HEADING_PREFIX + column, column)

    def cell_text(self, column: str, cell: str) -> str:
        """A coded cell's label (``value_<column>_<cell>``), else the cell as it is."""
        return self.extra.get(f"{VALUE_PREFIX}{column}_{cell}", cell)

    def labelled_columns(self) -> tuple[str, ...]:
        """Columns with at least one value label (every code in them should have one)."""
        found = []
        for key in self.extra:
            if key.startswith(VALUE_PREFIX):
                rest = key[len(VALUE_PREFIX) :]
                found += [c for c in self.columns if rest.startswith(c + "_") and c not in found]
        return tuple(found)


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
        return parse_cell(cell, self.path, self._line(i), name)

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


def read_toml(path: Path) -> dict[str, object]:
    try:
        return tomllib.loads(read_text(path))
    except tomllib.TOMLDecodeError as exc:
        raise DatasetError(path, f"is not valid TOML ({exc})") from None


def read_text(path: Path) -> str:
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


def parse_cell(cell: str, path: Path, line: int, column: str) -> float:
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
