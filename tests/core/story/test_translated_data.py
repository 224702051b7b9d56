"""Translated figure texts and tables (data/<lang>/): words change, numbers, facts, codes and
placeholders do not; anything missing falls back to English with a note in the log."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from desktop_app.core.story.datasets import DatasetError, load_catalogue, load_dataset
from desktop_app.core.story.translated_data import placeholders

CATALOGUE = '''
[money]
title = "Where the money goes"
chapter = "broker-chain"
data = "money.csv"
facts = ["A09", "D01"]
columns = ["step", "kind", "amount", "group"]
numeric = ["amount"]
keys = ["step"]
description = """Two bars.
Read them."""
derivation = "1,000 × 0.7 = 700"
y_label = "US dollars"
value = "US${value:,.0f} ({percent:g}%)"
'''

ENGLISH_CSV = """step,kind,amount,group,facts
Sent,start,1000,First group,A09 D01
Arrives,end,700,First group,D01
Lost,hop,,Second group,A09
"""

KO_CATALOGUE = '''
[money]
title = "돈은 어디로 가나"
description = """막대 두 개.
읽어 보세요."""
value = "{value:,.0f}달러 ({percent:g}%)"
'''

KO_CSV = """step,kind,amount,group,facts
Sent,start,1000,첫째,A09 D01
Arrives,end,700,첫째,D01
Lost,hop,,둘째,A09
"""


def _root(tmp_path: Path, ko_catalogue: str | None = KO_CATALOGUE, ko_csv: str | None = KO_CSV):
    data = tmp_path / "data"
    (data / "ko").mkdir(parents=True)
    (data / "figures.toml").write_text(CATALOGUE, encoding="utf-8")
    (data / "money.csv").write_text(ENGLISH_CSV, encoding="utf-8")
    if ko_catalogue is not None:
        (data / "ko" / "figures.toml").write_text(ko_catalogue, encoding="utf-8")
    if ko_csv is not None:
        (data / "ko" / "money.csv").write_text(ko_csv, encoding="utf-8")
    return tmp_path


def test_existing_callers_get_english(tmp_path: Path) -> None:
    """No lang: the English catalogue and table, as before."""
    root = _root(tmp_path)
    info = load_catalogue(root)["money"]
    assert info.title == "Where the money goes" and info.keys == ("step",)
    data = load_dataset(root, info)
    assert data.path == root / "data" / "money.csv" and data.english_path is None
    assert data.data_folder == root / "data"


def test_translated_texts_replace_english_and_missing_keys_fall_back(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Translated keys replace English; a key left out keeps English and is logged."""
    root = _root(tmp_path)
    with caplog.at_level(logging.INFO, logger="desktop_app.core.story.translated_data"):
        info = load_catalogue(root, "ko")["money"]
    assert info.title == "돈은 어디로 가나"
    assert info.description == "막대 두 개. 읽어 보세요."
    assert info.text("value") == "{value:,.0f}달러 ({percent:g}%)"
    assert info.text("y_label") == "US dollars"  # not translated: English
    assert info.derivation == "1,000 × 0.7 = 700"
    assert (info.chapter, info.data_file, info.facts) == (
        "broker-chain",
        "money.csv",
        ("A09", "D01"),
    )
    assert "has no 'y_label'; English kept" in caplog.text


def test_translated_table_is_read_and_points_back_to_english(tmp_path: Path) -> None:
    """The ko table is used; the data folder (for the map) is still the English one."""
    root = _root(tmp_path)
    info = load_catalogue(root, "ko")["money"]
    data = load_dataset(root, info, {"A09", "D01"}, lang="ko")
    assert data.path == root / "data" / "ko" / "money.csv"
    assert data.column("group") == ("첫째", "첫째", "둘째")
    assert data.english_path == root / "data" / "money.csv"
    assert data.data_folder == root / "data"


def test_missing_translation_files_fall_back_to_english(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """No data/ko/figures.toml or CSV: English text and table, each logged."""
    root = _root(tmp_path, ko_catalogue=None, ko_csv=None)
    with caplog.at_level(logging.INFO, logger="desktop_app.core.story.translated_data"):
        info = load_catalogue(root, "ko")["money"]
        data = load_dataset(root, info, lang="ko")
    assert info.title == "Where the money goes"
    assert data.path == root / "data" / "money.csv"
    assert "figures.toml not found" in caplog.text and "money.csv not found" in caplog.text


def test_missing_figure_in_translation_falls_back(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A figure the translation leaves out keeps all its English text."""
    root = _root(tmp_path, ko_catalogue="")
    with caplog.at_level(logging.INFO, logger="desktop_app.core.story.translated_data"):
        info = load_catalogue(root, "ko")["money"]
    assert info.title == "Where the money goes"
    assert "[money] is missing" in caplog.text


@pytest.mark.parametrize(
    ("ko", "message"),
    [
        ("[other]\ntitle = 'x'\n", "[other] is not a figure"),
        ("[money]\nchapter = 'x'\n", "'chapter' is not translated; remove it"),
        ("[money]\nfacts = ['A09']\n", "'facts' is not translated; remove it"),
        ("[money]\ntitel = 'x'\n", "'titel' is not a text of this figure"),
        ("[money]\ntitle = 3\n", "'title' should be text in quotes"),
        ("[money]\nvalue = '{value}달러'\n", "must keep the placeholders"),
        ("[money]\nvalue = '{value:,.0f}달러 ({pct:g}%)'\n", "must keep the placeholders"),
        ("[money]\nvalue = '{value:,.0f 달러'\n", "stray"),
        ("money = 'x'\n", "should be a table"),
        ("[money\n", "is not valid TOML"),
    ],
)
def test_malformed_translated_catalogue_is_named(tmp_path: Path, ko: str, message: str) -> None:
    """Each mistake names data/ko/figures.toml and the figure."""
    root = _root(tmp_path, ko_catalogue=ko)
    with pytest.raises(DatasetError, match=re.escape(message)) as info:
        load_catalogue(root, "ko")
    assert info.value.path == root / "data" / "ko" / "figures.toml"


@pytest.mark.parametrize(
    ("csv", "message"),
    [
        ("step,kind,amount,facts,group\nSent,start,1,A09,x\n", "must have the same columns"),
        ("step,kind,amount,group,facts\nSent,start,1000,첫째,A09 D01\n", "has 1 rows"),
        (KO_CSV.replace("700", "701"), "line 3, column 'amount': '701' differs from '700'"),
        (KO_CSV.replace(",,둘째", ",0,둘째"), "column 'amount': '0' differs from ''"),
        (KO_CSV.replace("D01\nLost", "X01\nLost"), "line 3: facts 'X01' differ"),
        (KO_CSV.replace("start", "시작"), "column 'kind': '시작' must stay 'start'"),
        (KO_CSV.replace("Arrives", "도착"), "column 'step': '도착' must stay 'Arrives'"),
        (KO_CSV.replace("첫째,D01", "둘째,D01"), "rows with the same text"),
        (KO_CSV.replace("첫째,D01", "셋째,D01"), "rows with the same text"),
        (KO_CSV.replace(",둘째,", ",,"), "rows with the same text"),
        ("step,kind,amount,group,facts\nSent,start,천,첫째,A09\n", "is not a number"),
    ],
)
def test_translated_table_must_match_english(tmp_path: Path, csv: str, message: str) -> None:
    """Only words may change: the error names the ko file and what differs."""
    root = _root(tmp_path, ko_csv=csv)
    info = load_catalogue(root, "ko")["money"]
    with pytest.raises(DatasetError, match=re.escape(message)) as error:
        load_dataset(root, info, lang="ko")
    assert error.value.path == root / "data" / "ko" / "money.csv"


def test_bad_language_code_is_refused(tmp_path: Path) -> None:
    """A language code cannot point outside data/."""
    root = _root(tmp_path)
    with pytest.raises(DatasetError, match="not a language code"):
        load_catalogue(root, "../x")


def test_placeholders_lists_fields_as_written() -> None:
    """Name, conversion and format spec all count; literal text does not."""
    assert placeholders("US${value:,.0f} {n} {x!r}") == ["{n:}", "{value:,.0f}", "{x!r:}"]
    assert placeholders("no fields") == []
