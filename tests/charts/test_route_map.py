"""Figure 8, the route map: its geometry file, its places and the figure it builds."""

from __future__ import annotations

import dataclasses
import io
import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.path import Path as MplPath

from desktop_app.charts import route_map
from desktop_app.charts.marks import tooltips
from desktop_app.charts.style import THEMES, theme_named
from desktop_app.core.story.datasets import Dataset, FigureInfo, load_catalogue, load_dataset

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
GEOMETRY = RESOURCES / "data" / "map" / "korea.json"

# Which side of the border each town must fall on.
EXPECTED = {
    "Seoul": "South Korea",
    "Dandong": "China",
    "Sinuiju": "North Korea",
    "Changbai": "China",
    "Hyesan": "North Korea",
}


@pytest.fixture(scope="module")
def info() -> FigureInfo:
    return load_catalogue(RESOURCES)["route-map"]


@pytest.fixture(scope="module")
def data(info: FigureInfo) -> Dataset:
    return load_dataset(RESOURCES, info)


@pytest.fixture(scope="module")
def geo() -> route_map.MapGeometry:
    return route_map.load_geometry(GEOMETRY)


def places(data: Dataset) -> list[tuple[str, float, float, str]]:
    return [
        (
            data.value(i, "name"),
            data.number(i, "lon"),
            data.number(i, "lat"),
            data.value(i, "country"),
        )
        for i in data.indices("kind", "place")
    ]


def test_geometry_loads_and_is_small(geo: route_map.MapGeometry) -> None:
    """The shipped outline file stays small and holds the countries and both rivers."""
    assert GEOMETRY.stat().st_size < 150_000
    assert {"China", "North Korea", "South Korea", "Russia"} <= set(geo.countries)
    assert set(geo.rivers) == {"Yalu", "Tumen"}
    assert "Natural Earth" in geo.attribution and "public domain" in geo.attribution
    assert "Natural Earth" in geo.source and "world-atlas" in geo.source


def test_map_folder_documents_its_source() -> None:
    """The map folder says where the outlines came from, their version and licence."""
    readme = (GEOMETRY.parent / "README.md").read_text(encoding="utf-8")
    for needed in ("world-atlas", "2.0.2", "countries-10m.json", "4.1.0", "public domain"):
        assert needed in readme


def test_rivers_follow_the_border(geo: route_map.MapGeometry) -> None:
    """The Yalu runs from its mouth near Sinuiju inland, and the Tumen reaches the sea."""
    (yalu,) = geo.rivers["Yalu"]
    (tumen,) = geo.rivers["Tumen"]
    assert yalu[0] == pytest.approx((124.37, 40.10), abs=0.05)
    assert yalu[-1][1] > 41.9 and yalu[-1][0] < tumen[0][0]  # split near Mount Paektu
    assert tumen[-1][0] > 130.5  # the mouth, by Russia


def test_places_are_on_the_right_side_of_the_border(
    data: Dataset, geo: route_map.MapGeometry
) -> None:
    """Every town lies inside the map and inside the right country's outline."""
    rows = places(data)
    assert {name for name, *_ in rows} == set(EXPECTED)
    x0, y0, x1, y1 = geo.bbox
    for name, lon, lat, country in rows:
        assert x0 < lon < x1 and y0 < lat < y1, name
        assert country == EXPECTED[name]
        rings = geo.countries[country]
        assert any(MplPath(ring).contains_point((lon, lat)) for ring in rings), name
        assert geo.country_at(lon, lat) == country, name


def test_every_row_names_its_facts(data: Dataset) -> None:
    """Each place, note and label rests on fact IDs from the fact base."""
    facts = (RESOURCES.parent.parent / "shared" / "story" / "facts.md").resolve()
    known = set(facts.read_text(encoding="utf-8").split("|")) if facts.exists() else set()
    for i in range(len(data)):
        ids = data.facts_of_row(i)
        assert ids, data.value(i, "name")
        if known:
            assert all(f" {fact} " in known for fact in ids), data.value(i, "name")


def build(data: Dataset, info: FigureInfo, name: str = "light", scale: float = 1.0) -> Figure:
    return route_map.build(data, info, theme_named(name, scale))


def test_figure_labels_places_rivers_and_tooltips(data: Dataset, info: FigureInfo) -> None:
    """Places are labelled as text, rivers are lines, each place has a tooltip."""
    fig = build(data, info)
    (ax,) = fig.axes
    texts = " ".join(t.get_text().replace("\n", " ") for t in ax.texts)
    for name in EXPECTED:
        assert name in texts
    for river in ("Yalu", "Tumen"):
        assert any(t.get_text() == river for t in ax.texts)
        lines = [ln for ln in ax.lines if ln.get_gid() == f"river:{river}"]
        assert lines and len(lines[0].get_xdata()) > 10
    tips = tooltips(fig)
    for name in EXPECTED:
        marker = next(ln for ln in ax.lines if ln.get_gid() == f"place:{name}")
        (text,) = [text for artist, text in tips if artist is marker]
        assert name in text and "°N" in text and "°E" in text
    assert any(p.get_gid() == "route" for p in ax.patches)
    assert any("Natural Earth (public domain)" in t.get_text() for t in fig.texts)


def test_fonts_scale_with_the_theme(data: Dataset, info: FigureInfo) -> None:
    """At a larger text zoom every label on the map is larger."""

    def sizes(scale: float) -> dict[str, float]:
        (ax,) = build(data, info, scale=scale).axes
        return {t.get_text(): t.get_fontsize() for t in ax.texts}

    small, large = sizes(1.0), sizes(1.6)
    assert small.keys() == large.keys()
    for text, size in small.items():
        assert large[text] == pytest.approx(size * 1.6), text


@pytest.mark.parametrize("name", sorted(THEMES))
def test_every_theme_paints_the_map(data: Dataset, info: FigureInfo, name: str) -> None:
    """Each theme builds the map in its own colours, rivers distinct from the route."""
    theme = theme_named(name)
    fig = route_map.build(data, info, theme)
    (ax,) = fig.axes
    assert fig.get_facecolor() == pytest.approx(to_rgba(theme.background))
    river = next(ln for ln in ax.lines if ln.get_gid() == "river:Yalu")
    route = next(p for p in ax.patches if p.get_gid() == "route")
    assert river.get_color() in theme.palette
    assert to_rgba(river.get_color()) != pytest.approx(route.get_edgecolor())


def test_render_is_not_blank(data: Dataset, info: FigureInfo) -> None:
    """The figure renders to pixels that are not all one colour."""
    fig = build(data, info, "dark")
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    pixels = np.asarray(canvas.buffer_rgba())
    assert pixels.shape[0] > 100 and pixels.shape[1] > 100
    assert len(np.unique(pixels.reshape(-1, 4), axis=0)) > 50
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    assert buffer.getvalue().startswith(b"\x89PNG")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "not valid JSON"),
        ("[]", "JSON object"),
        ('{"attribution": "x", "source": "x", "scale": "x", "bbox": [0, 0, 1, 1]}', "countries"),
        (
            '{"attribution": "x", "source": "x", "scale": "x", "bbox": [0, 0, 1, 1],'
            ' "countries": {"A": [[[0, 0], [1, 0], "oops"]]}, "rivers": {}}',
            "[lon, lat]",
        ),
        (
            '{"attribution": "x", "source": "x", "scale": "x", "bbox": [0, 0, 1, 1],'
            ' "countries": {"A": [[[0, 0], [1, 0]]]}, "rivers": {}}',
            "at least 3 points",
        ),
        ('{"attribution": "", "source": "x", "scale": "x"}', "attribution"),
    ],
)
def test_bad_geometry_names_the_file(tmp_path: Path, content: str, problem: str) -> None:
    """A malformed map file gives a ValueError that names the file and the problem."""
    bad = tmp_path / "korea.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=r"korea\.json") as caught:
        route_map.load_geometry(bad)
    assert problem in str(caught.value)


def test_build_with_missing_geometry_names_the_file(
    tmp_path: Path, data: Dataset, info: FigureInfo
) -> None:
    """If the map file is gone, building the figure says which file is missing."""
    shutil.copy(data.path, tmp_path / data.path.name)
    moved = dataclasses.replace(data, path=tmp_path / data.path.name)
    with pytest.raises(ValueError, match=r"korea\.json"):
        route_map.build(moved, info, theme_named("light"))


def test_geometry_round_trips_through_json(geo: route_map.MapGeometry, tmp_path: Path) -> None:
    """A minimal hand-written map file in the same format loads."""
    small = {
        "attribution": "Map data: test",
        "source": "test",
        "scale": "test",
        "bbox": [0, 0, 2, 2],
        "countries": {"Square": [[[0, 0], [1, 0], [1, 1], [0, 1]]]},
        "rivers": {"Creek": [[[0, 0.5], [1, 0.5]]]},
    }
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(small), encoding="utf-8")
    tiny = route_map.load_geometry(path)
    assert tiny.country_at(0.5, 0.5) == "Square"
    assert tiny.country_at(1.5, 1.5) is None
    assert tiny.rivers["Creek"] == (((0.0, 0.5), (1.0, 0.5)),)
    assert geo.countries  # the real file is not affected
