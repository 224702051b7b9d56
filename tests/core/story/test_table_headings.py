"""Data tables speak people's words: every column and coded value has a catalogue label."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.story.datasets import (
    FACTS_COLUMN,
    DatasetError,
    load_catalogue,
    load_dataset,
)

RESOURCES = Path(__file__).resolve().parents[3] / "resources"


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_column_has_a_heading_and_every_code_a_label(lang: str) -> None:
    """No figure's table shows a raw CSV name (sent_usd) or code (share) in either language."""
    catalogue = load_catalogue(RESOURCES, lang)
    english = load_catalogue(RESOURCES)
    for figure_id, info in catalogue.items():
        data = load_dataset(RESOURCES, info, lang=lang)
        for column in data.columns:
            if column == FACTS_COLUMN:
                continue
            heading = info.heading(column)
            assert heading != column, f"{figure_id}: column '{column}' has no heading"
            if lang == "ko":
                assert heading != english[figure_id].heading(column), (figure_id, column)
        for column in info.labelled_columns():
            for cell in data.column(column):
                if cell:
                    assert info.cell_text(column, cell) != cell, (figure_id, column, cell)


def test_a_heading_for_a_column_the_table_lacks_is_named(tmp_path: Path) -> None:
    """A typo in a heading key (heading_sent_usdd) is reported, not silently ignored."""
    import shutil

    shutil.copytree(RESOURCES / "data", tmp_path / "data")
    shutil.copy(RESOURCES / "citations.toml", tmp_path / "citations.toml")
    path = tmp_path / "data" / "figures.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace('heading_cut_percent = "', 'heading_cut_percentt = "'), encoding="utf-8"
    )
    info = load_catalogue(tmp_path)["mothers-transfers"]
    with pytest.raises(DatasetError, match="heading_cut_percentt"):
        load_dataset(tmp_path, info)


def test_cells_without_a_label_keep_their_text() -> None:
    """Only coded values are relabelled; a number or a sentence is shown as it is."""
    info = load_catalogue(RESOURCES)["amounts-sent"]
    assert info.cell_text("kind", "share") == "Share of everyone surveyed"
    assert info.cell_text("percent", "60") == "60"
    assert info.heading("facts") == "facts"
