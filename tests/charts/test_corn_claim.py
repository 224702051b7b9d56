"""Tests for desktop_app.charts.corn_claim: the claim beside the reported-price range."""

from __future__ import annotations

from pathlib import Path

import pytest
from matplotlib.figure import Figure

from desktop_app.charts.corn_claim import build
from desktop_app.charts.marks import tooltips
from desktop_app.charts.style import LIGHT
from desktop_app.core.story.datasets import load_catalogue, load_dataset

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def figure() -> Figure:
    info = load_catalogue(RESOURCES)["corn-claim"]
    return build(load_dataset(RESOURCES, info), info, LIGHT)


def test_claim_bar_and_range_interval() -> None:
    """Claim is a bar to 5; reported prices span 0.2 to 1.1, one bar per wage."""
    ax = figure().axes[0]
    claim, interval, *wages = ax.patches
    assert (claim.get_x(), claim.get_width()) == (0, 5)
    assert interval.get_x() == pytest.approx(0.2)
    assert interval.get_x() + interval.get_width() == pytest.approx(1.11)
    assert [round(p.get_width(), 2) for p in wages] == [1.11, 0.4, 0.2]


def test_labels_frame_a_question() -> None:
    """Labels give 5 months and 0.2 to 1.1; notes give the 400-won wage and a question."""
    fig = figure()
    labels = [t.get_text() for t in fig.axes[0].texts]
    assert labels[0] == "5 months' pay"
    assert labels[1].startswith("0.2 to 1.1 months' pay")
    assert labels[2:] == ["1.1 months' pay", "0.4 months' pay", "0.2 months' pay"]
    ticks = " | ".join(t.get_text() for t in fig.axes[0].get_yticklabels())
    assert "2,000 won a kg" in ticks and "10,000 won a month" in ticks
    footer = fig.get_supxlabel()
    assert "about 400 won a month" in footer
    assert "Why might" in footer
    assert "One kg of corn" in fig.get_suptitle()
    tips = [t for _, t in tooltips(fig)]
    assert "Corn 2,000 won a kg ÷ wage 1,800 won a month = 1.11 months' pay" in " ".join(tips)
