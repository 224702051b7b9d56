"""Tests for desktop_app.core.story.datasets: the figure catalogue and its CSV tables."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from desktop_app.core.story.datasets import (
    Dataset,
    DatasetError,
    FigureInfo,
    load_catalogue,
    load_dataset,
)

REPO = Path(__file__).resolve().parents[3]
RESOURCES = REPO / "resources"
FACTS_MD = REPO.parent / "shared" / "story" / "facts.md"

FIGURE_CHAPTERS = {
    "amounts-sent": "how-much",
    "who-sends": "how-much",
    "mothers-transfers": "how-much",
    "where-1000-goes": "broker-chain",
    "broker-chain": "broker-chain",
    "what-money-buys": "other-side",
    "corn-claim": "other-side",
    "route-map": "lifeline",
    "since-2018-timeline": "since-2018",
    "arrivals-per-year": "since-2018",
    "fees-over-time": "since-2018",
    "senders-and-contact": "since-2018",
    "won-and-rice": "since-2018",
}


def known_facts() -> set[str]:
    """Fact IDs from resources/citations.toml, else from the shared fact sheet; else skip."""
    citations = RESOURCES / "citations.toml"
    if citations.is_file():
        return set(tomllib.loads(citations.read_text(encoding="utf-8"))["facts"])
    if FACTS_MD.is_file():
        return set(re.findall(r"^\| ([ADX]\d{2}) \|", FACTS_MD.read_text("utf-8"), re.M))
    pytest.skip("no citations.toml and no facts.md to check fact IDs against")


def real(figure_id: str) -> tuple[FigureInfo, Dataset]:
    info = load_catalogue(RESOURCES)[figure_id]
    return info, load_dataset(RESOURCES, info, known_facts())


# ---------------------------------------------------------------------------
# The real catalogue and data
# ---------------------------------------------------------------------------


def test_real_catalogue_lists_every_figure_with_its_chapter() -> None:
    """Chapters embed these thirteen figure IDs; each must be catalogued in its chapter."""
    catalogue = load_catalogue(RESOURCES)
    assert {k: v.chapter for k, v in catalogue.items()} == FIGURE_CHAPTERS
    for info in catalogue.values():
        assert info.title and info.data_file.endswith(".csv")
        assert 3 <= info.description.count(". ") + 1 <= 7, info.id
    assert catalogue["route-map"].geometry == "map/korea.json"
    assert catalogue["route-map"].data_file == "route_places.csv"
    assert catalogue["route-map"].facts == ("A01", "A02", "A07")


def test_real_catalogue_facts_are_known() -> None:
    """Every fact a figure names exists in the citations."""
    facts = known_facts()
    for info in load_catalogue(RESOURCES).values():
        assert set(info.facts) <= facts, info.id


@pytest.mark.parametrize("figure_id", sorted(FIGURE_CHAPTERS))
def test_every_dataset_loads_and_rows_trace_to_figure_facts(figure_id: str) -> None:
    """Each CSV loads, every row has known fact IDs, all listed in the figure's facts."""
    info = load_catalogue(RESOURCES)[figure_id]
    if not (RESOURCES / "data" / info.data_file).is_file() and figure_id == "route-map":
        pytest.skip("route_places.csv is written by the map helper")
    data = load_dataset(RESOURCES, info, known_facts())
    assert len(data) > 0
    for i in range(len(data)):
        assert data.facts_of_row(i), (figure_id, i)
        assert set(data.facts_of_row(i)) <= set(info.facts), (figure_id, i)


def test_derived_rows_match_their_working() -> None:
    """The derived numbers in the CSVs follow from the facts they cite (D01, D02, D04, D05)."""
    _, where = real("where-1000-goes")
    for sent, pct, cost, arrived in zip(
        where.numbers("sent_usd"),
        where.numbers("cost_percent"),
        where.numbers("cost_usd"),
        where.numbers("arrived_usd"),
        strict=True,
    ):
        assert round(sent * (1 - pct / 100)) == arrived
        assert cost + arrived == sent
    assert where.numbers("arrived_usd") == (700, 929, 970)

    _, mother = real("mothers-transfers")
    assert mother.numbers("sent_usd") == (3000, 2000)
    assert mother.numbers("arrived_usd") == (2100, 1400)

    _, chain = real("broker-chain")
    amounts = chain.numbers("amount_usd")
    assert amounts == (1000, 100, 90, 81, 729)
    assert amounts[0] - sum(amounts[1:4]) == amounts[4]

    _, buys = real("what-money-buys")
    rice, wage_low, wage_high = buys.numbers("value")  # all in kg of rice at 5,041 won
    assert round(700 * 8061 / 5041) == rice == 1119
    assert round(1800 / 5041, 2) == wage_low == 0.36
    assert round(10000 / 5041, 2) == wage_high == 1.98

    _, corn = real("corn-claim")
    for i in corn.indices("kind", "reported"):
        price, wage = corn.number(i, "corn_won_per_kg"), corn.number(i, "wage_won_per_month")
        assert corn.number(i, "months_of_pay") == pytest.approx(price / wage, abs=0.01)
    (needed,) = corn.indices("kind", "needed")
    assert corn.number(needed, "corn_won_per_kg") / corn.number(
        needed, "wage_won_per_month"
    ) == corn.number(corn.indices("kind", "claim")[0], "months_of_pay")


# ---------------------------------------------------------------------------
# Dataset helpers
# ---------------------------------------------------------------------------


def make(tmp_path: Path, csv: str | bytes, **info_fields: object) -> tuple[Path, FigureInfo]:
    (tmp_path / "data").mkdir(exist_ok=True)
    target = tmp_path / "data" / "t.csv"
    if isinstance(csv, bytes):
        target.write_bytes(csv)
    else:
        target.write_text(csv, encoding="utf-8")
    fields: dict[str, object] = {
        "id": "t",
        "title": "T",
        "chapter": "c",
        "data_file": "t.csv",
        "facts": ("A01",),
        "description": "d",
        "derivation": "",
        "columns": ("name", "value"),
        "numeric": ("value",),
    }
    fields.update(info_fields)
    return tmp_path, FigureInfo(**fields)  # type: ignore[arg-type]


def test_dataset_helpers(tmp_path: Path) -> None:
    """column/numbers/optional_numbers/facts_of_row/as_csv_text give the table back."""
    root, info = make(tmp_path, 'name,value,facts\n a , 1.5 ,A01 X02\n\n"b, c",,A01\n')
    data = load_dataset(root, info, {"A01", "X02"})
    assert data.columns == ("name", "value", "facts")
    assert data.column("name") == ("a", "b, c")
    assert data.optional_numbers("value") == (1.5, None)
    assert data.number(0, "value") == 1.5
    assert data.facts_of_row(0) == ("A01", "X02")
    assert data.indices("name", "b, c") == (1,)
    assert data.line_numbers == (2, 4)
    assert data.as_csv_text() == 'name,value,facts\na,1.5,A01 X02\n"b, c",,A01\n'
    with pytest.raises(DatasetError, match=r"line 4: column 'value' is empty"):
        data.numbers("value")
    with pytest.raises(DatasetError, match="line 2, column 'name': 'a' is not a number"):
        data.numbers("name")
    with pytest.raises(DatasetError, match="has no column 'nope'"):
        data.column("nope")


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    """Spreadsheets save UTF-8 with a byte-order mark; the first column name stays clean."""
    root, info = make(tmp_path, "\ufeffname,value,facts\nx,2,A01\n".encode())
    assert load_dataset(root, info).columns[0] == "name"


@pytest.mark.parametrize(
    ("csv", "message"),
    [
        ("", r"t\.csv: is empty"),
        ("\n\n", r"is empty"),
        ("name,value,facts\n", r"has a header but no data rows"),
        ("name,facts\nx,A01\n", r"missing the required column 'value'"),
        ("name,value\nx,1\n", r"missing the required column 'facts'"),
        ("name,value,facts\nx,1,A01\ny,2\n", r"line 3 has 2 values but the header has 3"),
        ("name,value,facts\nx,1,A01\ny,two,A01\n", r"line 3, column 'value': 'two' is not"),
        ('name,value,facts\nx,"1,000",A01\n', r"'1,000' is not a number \(write numbers"),
        ("name,value,facts\nx,nan,A01\n", r"line 2, column 'value': 'nan' is not a number"),
        ("name,value,facts\nx,1,\n", r"line 2: no fact IDs"),
        ("name,value,facts\nx,1,A01;A02\n", r"line 2: 'A01;A02' is not a fact ID"),
        ("name,value,facts\nx,1,A01 Z99\n", r"line 2: unknown fact ID 'Z99'"),
        ("name,value,value,facts\nx,1,2,A01\n", r"column 'value' appears twice"),
        (
            'name,value,facts\nx,1,"A01\n',
            r"line 2: not valid CSV \(unexpected end of data; check the \"quotes\"\)",
        ),
    ],
)
def test_malformed_csv_messages(tmp_path: Path, csv: str, message: str) -> None:
    """Each kind of broken CSV raises DatasetError naming the file, line and problem."""
    root, info = make(tmp_path, csv)
    with pytest.raises(DatasetError, match=message) as caught:
        load_dataset(root, info, {"A01", "A02"})
    assert caught.value.path == root / "data" / "t.csv"
    assert "t.csv" in str(caught.value)


def test_missing_unreadable_and_non_utf8_files(tmp_path: Path) -> None:
    """A missing file, a folder in its place and Latin-1 bytes each get their own message."""
    root, info = make(tmp_path, "x")
    (root / "data" / "t.csv").unlink()
    with pytest.raises(DatasetError, match=r"t\.csv: file not found"):
        load_dataset(root, info)
    (root / "data" / "t.csv").mkdir()
    with pytest.raises(DatasetError, match=r"t\.csv: could not be read"):
        load_dataset(root, info)
    (root / "data" / "t.csv").rmdir()
    (root / "data" / "t.csv").write_bytes("name,value,facts\ncaf\xe9,1,A01\n".encode("latin-1"))
    with pytest.raises(DatasetError, match=r"t\.csv: is not UTF-8 text \(line 2 has"):
        load_dataset(root, info)


# ---------------------------------------------------------------------------
# Catalogue
# ---------------------------------------------------------------------------

GOOD = """
[fig-one]
title = "T"
chapter = "c"
data = "t.csv"
facts = ["A01"]
description = "One. Two. Three."
derivation = ""
columns = ["value"]
numeric = ["value"]
x_label = "Label {x}"
"""


def write_catalogue(tmp_path: Path, text: str) -> Path:
    (tmp_path / "data").mkdir(exist_ok=True)
    (tmp_path / "data" / "figures.toml").write_text(text, encoding="utf-8")
    return tmp_path


def test_catalogue_entry_fields(tmp_path: Path) -> None:
    """Known keys become fields, other text goes to extra, lists become tuples."""
    info = load_catalogue(write_catalogue(tmp_path, GOOD))["fig-one"]
    assert info == FigureInfo(
        id="fig-one",
        title="T",
        chapter="c",
        data_file="t.csv",
        facts=("A01",),
        description="One. Two. Three.",
        derivation="",
        geometry=None,
        extra={"x_label": "Label {x}"},
        columns=("value",),
        numeric=("value",),
    )
    assert info.text("x_label") == "Label {x}"
    with pytest.raises(DatasetError, match=r"figures\.toml: figure 'fig-one' has no text 'y'"):
        info.text("y")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", r"lists no figures"),
        ("[a\n", r"is not valid TOML \(.*line 1"),
        ("x = 1\n", r"'x' should be a table"),
        (GOOD.replace('title = "T"\n', ""), r"\[fig-one\] is missing the key 'title'"),
        (GOOD.replace('facts = ["A01"]\n', ""), r"\[fig-one\] is missing the key 'facts'"),
        (GOOD.replace('facts = ["A01"]', 'facts = "A01"'), r"'facts' should be a list of text"),
        (GOOD.replace('facts = ["A01"]', "facts = []"), r"'facts' is empty"),
        (GOOD.replace('facts = ["A01"]', 'facts = ["a1"]'), r"'a1' in 'facts' is not a fact"),
        (GOOD.replace('x_label = "Label {x}"', "x_label = 3"), r"'x_label' should be text"),
        (GOOD.replace('data = "t.csv"', 'data = "../t.csv"'), r"'data' should be a \.csv"),
        (GOOD.replace('chapter = "c"', 'chapter = " "'), r"'chapter' is empty"),
        (GOOD.replace('numeric = ["value"]', 'numeric = ["v2"]'), r"'v2' is not in 'columns'"),
        (GOOD.replace("[fig-one]", "[Fig_One]"), r"\[Fig_One\]: figure IDs use lower-case"),
    ],
)
def test_malformed_catalogue_messages(tmp_path: Path, text: str, message: str) -> None:
    """A broken figures.toml raises DatasetError naming the file, the figure and the key."""
    root = write_catalogue(tmp_path, text)
    with pytest.raises(DatasetError, match=message) as caught:
        load_catalogue(root)
    assert caught.value.path == root / "data" / "figures.toml"
    assert "figures.toml" in str(caught.value)


def test_missing_catalogue(tmp_path: Path) -> None:
    """No figures.toml: the error names the file and says it was not found."""
    with pytest.raises(DatasetError, match=r"figures\.toml: file not found"):
        load_catalogue(tmp_path)
