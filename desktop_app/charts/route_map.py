"""route-map (figure 8, "The route"): Seoul, China and the border rivers on one map.

The outlines come from ``resources/data/map/korea.json``, made at development time by
``tools/make_map.py`` from Natural Earth (public domain); nothing is downloaded at run
time. The places, notes, country labels and footnotes come from ``route_places.csv``:

* ``place`` rows: a marker (shape by country, so colour is not the only cue), a label
  offset by ``label_dx``/``label_dy`` points with a leader line, and a tooltip.
* ``note`` rows: boxed text at ``lon``/``lat``; with a label offset, an arrow points from
  the text to ``lon``/``lat``.
* ``country`` rows: the country's name at ``lon``/``lat``.
* ``footnote`` rows: small text under the map, before the map-data attribution.
* rows with a ``route`` number are joined in that order by dashed arrows: a sketch of how
  the money moves (the article gives no path), which the footnote says.

The projection is plain equirectangular with the aspect set to 1/cos(middle latitude).
"""

from __future__ import annotations

import itertools
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from matplotlib import patheffects
from matplotlib.axes import Axes
from matplotlib.colors import rgb_to_hsv, to_hex, to_rgb
from matplotlib.figure import Figure
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch, Polygon
from matplotlib.text import Text

from desktop_app.charts.base import add_footer, add_title, chars_per_line, font, new_figure, wrap
from desktop_app.charts.marks import add_tooltip
from desktop_app.charts.style import ChartTheme
from desktop_app.core.story.datasets import Dataset, DatasetError, FigureInfo

Point = tuple[float, float]
Line = tuple[Point, ...]

# Land tone per country: how far from the background towards the foreground (0..1).
_LAND_TONE = {"North Korea": 0.24, "South Korea": 0.17, "China": 0.11}
_OTHER_LAND_TONE = 0.07
_MARKERS = {"South Korea": "*", "China": "s", "North Korea": "o"}
# Palette hues (degrees) for the route (orange), the rivers (blue) and the places
# (vermillion); each theme's palette colour nearest that hue is used.
_ROUTE_HUE, _RIVER_HUE, _PLACE_HUE = 38.0, 205.0, 22.0
_VIEW = (120.0, 33.9, 132.0, 43.6)  # lon_min, lat_min, lon_max, lat_max shown


class MapGeometryError(DatasetError, ValueError):
    """The map outline file is missing or malformed; the message names the file."""


@dataclass(frozen=True)
class MapGeometry:
    """Country outlines and river lines in lon/lat degrees, cropped to ``bbox``."""

    path: Path
    attribution: str
    source: str
    scale: str
    bbox: tuple[float, float, float, float]  # lon_min, lat_min, lon_max, lat_max
    countries: dict[str, tuple[Line, ...]]
    rivers: dict[str, tuple[Line, ...]]

    def country_at(self, lon: float, lat: float) -> str | None:
        """The country whose outline contains (lon, lat), or None for the sea."""
        from matplotlib.path import Path as MplPath

        for name, rings in self.countries.items():
            if any(MplPath(ring).contains_point((lon, lat)) for ring in rings):
                return name
        return None


def load_geometry(path: Path) -> MapGeometry:
    """Read and check a map file made by ``tools/make_map.py``.

    Raises :class:`MapGeometryError` (a ValueError) naming the file and the problem.
    """
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise MapGeometryError(path, "map file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise MapGeometryError(path, f"map file could not be read ({exc})") from None
    except json.JSONDecodeError as exc:
        raise MapGeometryError(path, f"is not valid JSON (line {exc.lineno}: {exc.msg})") from None
    if not isinstance(raw, dict):
        raise MapGeometryError(path, "should hold a JSON object with 'countries' and 'rivers'")
    texts = {}
    for key in ("attribution", "source", "scale"):
        value = raw.get(key)
        if not isinstance(value, str) or not value.strip():
            raise MapGeometryError(path, f"'{key}' should be non-empty text")
        texts[key] = value
    bbox = raw.get("bbox")
    if not (isinstance(bbox, list) and len(bbox) == 4 and all(_is_number(v) for v in bbox)):
        raise MapGeometryError(path, "'bbox' should be [lon_min, lat_min, lon_max, lat_max]")
    x0, y0, x1, y1 = (float(v) for v in bbox)
    if not (x0 < x1 and y0 < y1):
        raise MapGeometryError(path, "'bbox' minimum must be below its maximum")
    countries = _shapes(path, raw, "countries", min_points=3)
    rivers = _shapes(path, raw, "rivers", min_points=2)
    if not countries:
        raise MapGeometryError(path, "'countries' is empty")
    return MapGeometry(
        path=path,
        attribution=texts["attribution"],
        source=texts["source"],
        scale=texts["scale"],
        bbox=(x0, y0, x1, y1),
        countries=countries,
        rivers=rivers,
    )


def _is_number(value: object) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(float(value))
    )


def _shapes(
    path: Path, raw: dict[str, Any], key: str, min_points: int
) -> dict[str, tuple[Line, ...]]:
    table = raw.get(key)
    if not isinstance(table, dict):
        raise MapGeometryError(path, f"'{key}' should be an object of name -> list of lines")
    out: dict[str, tuple[Line, ...]] = {}
    for name, lines in table.items():
        if not isinstance(lines, list):
            raise MapGeometryError(path, f"{key} '{name}' should be a list of point lists")
        parsed: list[Line] = []
        for k, line in enumerate(lines):
            where = f"{key} '{name}', part {k + 1}"
            if not isinstance(line, list) or len(line) < min_points:
                raise MapGeometryError(path, f"{where} needs at least {min_points} points")
            points: list[Point] = []
            for p in line:
                if not (isinstance(p, list) and len(p) == 2 and all(_is_number(v) for v in p)):
                    raise MapGeometryError(path, f"{where}: {p!r} is not a [lon, lat] pair")
                lon, lat = float(p[0]), float(p[1])
                if not (-180 <= lon <= 180 and -90 <= lat <= 90):
                    raise MapGeometryError(path, f"{where}: [{lon}, {lat}] is off the globe")
                points.append((lon, lat))
            parsed.append(tuple(points))
        out[str(name)] = tuple(parsed)
    return out


def _mix(a: str, b: str, t: float) -> str:
    (r0, g0, b0), (r1, g1, b1) = to_rgb(a), to_rgb(b)
    return to_hex((r0 + (r1 - r0) * t, g0 + (g1 - g0) * t, b0 + (b1 - b0) * t))


def _luminance(color: str) -> float:
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in to_rgb(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _hued(theme: ChartTheme, hue: float, exclude: tuple[str, ...] = ()) -> str:
    """The palette colour nearest ``hue`` (degrees) that shows on the background
    (contrast at least 2:1); near-ties go to the higher contrast."""

    def distance(color: str) -> float:
        h = float(rgb_to_hsv(to_rgb(color))[0]) * 360
        return min(abs(h - hue), 360 - abs(h - hue))

    colors = [c for c in theme.palette if c not in exclude] or list(theme.palette)
    visible = [c for c in colors if _contrast(c, theme.background) >= 2.0] or colors
    return min(visible, key=lambda c: (round(distance(c) / 5), -_contrast(c, theme.background)))


@dataclass(frozen=True)
class _Row:
    name: str
    kind: str
    lon: float | None
    lat: float | None
    country: str
    route: float | None
    bend: float
    dx: float
    dy: float
    label: str
    text: str


def _rows(data: Dataset) -> list[_Row]:
    rows: list[_Row] = []
    for i in range(len(data)):
        rows.append(
            _Row(
                name=data.value(i, "name"),
                kind=data.value(i, "kind"),
                lon=data.optional_number(i, "lon"),
                lat=data.optional_number(i, "lat"),
                country=data.value(i, "country"),
                route=data.optional_number(i, "route"),
                bend=data.optional_number(i, "bend") or 0.0,
                dx=data.optional_number(i, "label_dx") or 0.0,
                dy=data.optional_number(i, "label_dy") or 0.0,
                label=data.value(i, "label").replace("\\n", "\n"),  # "\n" starts a line
                text=data.value(i, "text"),
            )
        )
        row = rows[-1]
        if row.kind in ("place", "note", "country") and (row.lon is None or row.lat is None):
            raise DatasetError(data.path, f"row '{row.name}' ({row.kind}) needs lon and lat")
    return rows


def geometry_path(data: Dataset, info: FigureInfo) -> Path:
    """The map file the catalogue names, relative to the data folder."""
    # data_folder is resources/data even when the table came from a translation folder.
    return data.data_folder / (info.geometry or "map/korea.json")


def build(data: Dataset, info: FigureInfo, theme: ChartTheme) -> Figure:
    geo = load_geometry(geometry_path(data, info))
    rows = _rows(data)
    fig = new_figure(theme, height_in=8.4, width_in=8.0)
    ax = fig.add_subplot()
    add_title(fig, info, theme)
    _draw_base(ax, geo, theme)
    _draw_rivers(ax, geo, rows, theme)
    for row in rows:
        if row.kind == "country" and row.lon is not None and row.lat is not None:
            ax.text(
                row.lon, row.lat, row.text, ha="center", va="center", fontweight="bold",
                path_effects=_halo(theme), zorder=4, **font(theme, "body", theme.muted),
            )  # fmt: skip
    boxes = _draw_notes(ax, fig, rows, theme)
    _draw_route(ax, rows, boxes, theme)
    _draw_places(ax, fig, rows, theme)
    notes = [r.text for r in rows if r.kind == "footnote"]
    add_footer(fig, theme, *notes, info.extra.get("attribution", geo.attribution))
    return fig


def _halo(theme: ChartTheme) -> list[patheffects.AbstractPathEffect]:
    return [patheffects.withStroke(linewidth=3, foreground=theme.background)]


def _draw_base(ax: Axes, geo: MapGeometry, theme: ChartTheme) -> None:
    sea = _mix(theme.background, _hued(theme, _RIVER_HUE), 0.10)
    ax.set_facecolor(sea)
    edge = _mix(theme.background, theme.foreground, 0.55)
    for name, rings in geo.countries.items():
        fill = _mix(theme.background, theme.foreground, _LAND_TONE.get(name, _OTHER_LAND_TONE))
        for ring in rings:
            ax.add_patch(
                Polygon(
                    ring, closed=True, facecolor=fill, edgecolor=edge, linewidth=0.6,
                    zorder=1, gid=f"country:{name}",
                )
            )  # fmt: skip
    x0, y0, x1, y1 = geo.bbox
    v0, w0, v1, w1 = _VIEW
    x0, y0, x1, y1 = max(x0, v0), max(y0, w0), min(x1, v1), min(y1, w1)
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect(1 / math.cos(math.radians((y0 + y1) / 2)))
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_color(theme.muted)


def _draw_rivers(ax: Axes, geo: MapGeometry, rows: list[_Row], theme: ChartTheme) -> None:
    blue = _hued(theme, _RIVER_HUE)
    labels = {r.name: r for r in rows if r.kind == "river"}
    for name, lines in geo.rivers.items():
        for line in lines:
            xs, ys = [p[0] for p in line], [p[1] for p in line]
            # A pale casing under a blue core: a double line reads as a river, not a border.
            ax.plot(xs, ys, color=theme.background, linewidth=5.0, zorder=2)
            (river,) = ax.plot(xs, ys, color=blue, linewidth=2.4, zorder=3, label=name)
            river.set_gid(f"river:{name}")
        row = labels.get(name)
        if row is not None and row.lon is not None and row.lat is not None:
            where, text = (row.lon, row.lat), row.text
        else:
            longest = max(lines, key=len)
            where, text = longest[len(longest) // 2], name
        ax.text(
            *where, text, ha="center", va="center", fontstyle="italic", fontweight="bold",
            path_effects=_halo(theme), zorder=6, **font(theme, "body", blue),
        )  # fmt: skip


def _draw_notes(ax: Axes, fig: Figure, rows: list[_Row], theme: ChartTheme) -> dict[str, Text]:
    """Boxed notes; returns each note's text artist so route arrows can stop at its box."""
    width = chars_per_line(theme, fig.get_figwidth() * 0.24, "small")
    box = {
        "boxstyle": "round,pad=0.4",
        "facecolor": theme.background,
        "edgecolor": _hued(theme, _ROUTE_HUE),
        "linewidth": 1.4,
    }
    out: dict[str, Text] = {}
    for row in rows:
        if row.kind != "note" or row.lon is None or row.lat is None:
            continue
        arrow = None
        if row.dx or row.dy:
            arrow = {"arrowstyle": "-|>", "color": theme.foreground, "linewidth": 1.2}
        note = ax.annotate(
            wrap(row.text, width), (row.lon, row.lat),
            xytext=(row.dx * theme.font_scale, row.dy * theme.font_scale),
            textcoords="offset points", ha="center", va="center", bbox=box,
            arrowprops=arrow, zorder=7, **font(theme, "small"),
        )  # fmt: skip
        add_tooltip(fig, note, row.text)
        out[row.name] = note
    return out


def _draw_route(ax: Axes, rows: list[_Row], boxes: dict[str, Text], theme: ChartTheme) -> None:
    steps = [r for r in rows if r.route is not None and r.lon is not None and r.lat is not None]
    steps.sort(key=lambda r: r.route or 0.0)
    for a, b in itertools.pairwise(steps):
        arrow = FancyArrowPatch(
            (a.lon or 0.0, a.lat or 0.0),
            (b.lon or 0.0, b.lat or 0.0),
            arrowstyle="-|>,head_length=0.7,head_width=0.35",
            mutation_scale=theme.font_pt * 1.6,
            linestyle=(0, (4, 2.5)),
            linewidth=2.6,
            color=_hued(theme, _ROUTE_HUE),
            connectionstyle=f"arc3,rad={b.bend}",
            patchA=_box_of(boxes.get(a.name)),
            patchB=_box_of(boxes.get(b.name)),
            shrinkA=theme.font_pt * 0.3 if a.name in boxes else theme.font_pt * 0.9,
            shrinkB=theme.font_pt * 0.3 if b.name in boxes else theme.font_pt * 0.9,
            zorder=7.5,  # after the notes, whose boxes clip the arrow ends
            gid="route",
        )
        ax.add_patch(arrow)


def _box_of(note: Text | None) -> FancyBboxPatch | None:
    return None if note is None else note.get_bbox_patch()


def _draw_places(ax: Axes, fig: Figure, rows: list[_Row], theme: ChartTheme) -> None:
    color = _hued(theme, _PLACE_HUE, exclude=(_hued(theme, _ROUTE_HUE), theme.foreground))
    for row in rows:
        if row.kind != "place" or row.lon is None or row.lat is None:
            continue
        marker = _MARKERS.get(row.country, "D")
        size = theme.font_pt * (1.3 if marker == "*" else 0.75)
        (point,) = ax.plot(
            [row.lon], [row.lat], linestyle="none", marker=marker, markersize=size,
            color=color, markeredgecolor=theme.foreground, markeredgewidth=1.0, zorder=8,
        )  # fmt: skip
        point.set_gid(f"place:{row.name}")
        ax.annotate(
            row.label or row.name, (row.lon, row.lat),
            xytext=(row.dx * theme.font_scale, row.dy * theme.font_scale),
            textcoords="offset points",
            ha="right" if row.dx < 0 else "left",
            va="bottom" if row.dy > 0 else ("top" if row.dy < 0 else "center"),
            fontweight="bold", path_effects=_halo(theme),
            arrowprops={"arrowstyle": "-", "color": theme.foreground, "linewidth": 0.8,
                        "shrinkA": 1, "shrinkB": size * 0.5},
            zorder=9, **font(theme, "body"),
        )  # fmt: skip
        name = " ".join((row.label or row.name).split())
        tip = f"{name}: {row.text} ({row.lat:.2f}°N, {row.lon:.2f}°E)"
        add_tooltip(fig, point, tip)
