"""Development-time converter: Natural Earth outlines -> resources/data/map/korea.json.

NOT shipped with the app and never imported by it. It turns the Natural Earth 1:10m
admin-0 country outlines, as redistributed in the npm package ``world-atlas`` (a
TopoJSON encoding of Natural Earth v4.1.0), into the small plain-JSON file that
``desktop_app/charts/route_map.py`` draws for figure 8, "The route".

How to re-run it (needs only the Python standard library)::

    tmp=$(mktemp -d) && (cd "$tmp" && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz)
    /work/venv/bin/python tools/make_map.py "$tmp/package/countries-10m.json" \
        resources/data/map/korea.json

What it does, in order:

1. Decodes the TopoJSON (quantised, delta-encoded arcs) into lon/lat degrees.
2. Simplifies every *arc* with Douglas-Peucker (``--tolerance``, degrees). Arcs are
   shared between neighbouring countries, so simplifying arcs rather than polygons
   keeps shared borders identical on both sides (no slivers, no overlaps). The
   China-North Korea border arc is simplified with a much finer tolerance
   (``BORDER_TOLERANCE``) because towns sit right on the river there.
3. Builds each country's outer rings, clips them to the map box (Sutherland-Hodgman)
   and drops islands smaller than ``--min-area`` square degrees.
4. Rivers. Natural Earth's river centre-lines were not available from the package
   registries this project can reach, so the Yalu and the Tumen are drawn as the
   China-North Korea (and North Korea-Russia) admin-0 boundary, which follows those
   rivers. The border is split near Mount Paektu: west of ``YALU_END_LON`` it is the
   Yalu, east of ``TUMEN_START_LON`` it is the Tumen; the stretch between crosses the
   mountain on land. The split points are approximate. All this is written into the
   output's ``rivers_note`` and the README beside it.
5. Rounds to 3 decimals (about 100 m) and writes compact JSON.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path
from typing import Any

Point = tuple[float, float]
Ring = list[Point]

BBOX = (120.0, 33.0, 132.0, 44.0)  # lon_min, lat_min, lon_max, lat_max
COUNTRIES = ("China", "North Korea", "South Korea", "Russia", "Japan")
BORDER_TOLERANCE = 0.001
YALU_END_LON = 128.05  # last Yalu vertex: the river's source below Mount Paektu
TUMEN_START_LON = 128.26  # first Tumen vertex: its source east of the mountain

SOURCE = (
    "Natural Earth 1:10m Cultural Vectors, Admin 0 - Countries, version 4.1.0, "
    "as TopoJSON in the npm package world-atlas 2.0.2 (file countries-10m.json)"
)
ATTRIBUTION = "Map data: Natural Earth (public domain)"
LICENCE = (
    "Natural Earth data is in the public domain "
    "(naturalearthdata.com/about/terms-of-use); no permission is needed to use it."
)
RIVERS_NOTE = (
    "The Yalu and Tumen lines are segments of the Natural Earth admin-0 border "
    "between China and North Korea (and, for the last stretch of the Tumen, North "
    "Korea and Russia), which follows these rivers; they are not surveyed river "
    "centre-lines. The split near Mount Paektu (128.05-128.26 E) is approximate."
)


def decode_arcs(topo: dict[str, Any]) -> list[Ring]:
    """Undo TopoJSON quantisation and delta encoding."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    out: list[Ring] = []
    for arc in topo["arcs"]:
        x = y = 0
        pts: Ring = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        out.append(pts)
    return out


def _seg_dist(p: Point, a: Point, b: Point) -> float:
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    if dx == 0 and dy == 0:
        return math.hypot(px - ax, py - ay)
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def douglas_peucker(pts: Ring, tol: float) -> Ring:
    """Iterative Douglas-Peucker; keeps both end points."""
    if len(pts) < 3:
        return list(pts)
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        i, j = stack.pop()
        best, idx = 0.0, -1
        for k in range(i + 1, j):
            d = _seg_dist(pts[k], pts[i], pts[j])
            if d > best:
                best, idx = d, k
        if idx >= 0 and best > tol:
            keep[idx] = True
            stack += [(i, idx), (idx, j)]
    return [p for p, k in zip(pts, keep, strict=True) if k]


def polygons_of(geom: dict[str, Any]) -> list[list[list[int]]]:
    if geom["type"] == "Polygon":
        return [geom["arcs"]]
    if geom["type"] == "MultiPolygon":
        return list(geom["arcs"])
    return []


def ring_from_arcs(indices: list[int], arcs: list[Ring]) -> Ring:
    ring: Ring = []
    for i in indices:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        ring.extend(pts if not ring else pts[1:])
    return ring


def clip_ring(ring: Ring, box: tuple[float, float, float, float]) -> Ring:
    """Sutherland-Hodgman clip of a closed ring to an axis-aligned box."""
    x0, y0, x1, y1 = box

    def clip(pts: Ring, inside: Any, cross: Any) -> Ring:
        out: Ring = []
        for k, cur in enumerate(pts):
            prev = pts[k - 1]
            if inside(cur):
                if not inside(prev):
                    out.append(cross(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(cross(prev, cur))
        return out

    def at_x(x: float) -> Any:
        return lambda a, b: (x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0]))

    def at_y(y: float) -> Any:
        return lambda a, b: (a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y)

    pts = ring[:-1] if ring and ring[0] == ring[-1] else list(ring)
    for inside, cross in (
        (lambda p: p[0] >= x0, at_x(x0)),
        (lambda p: p[0] <= x1, at_x(x1)),
        (lambda p: p[1] >= y0, at_y(y0)),
        (lambda p: p[1] <= y1, at_y(y1)),
    ):
        if not pts:
            break
        pts = clip(pts, inside, cross)
    return pts


def area(ring: Ring) -> float:
    return (
        abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:] + ring[:1], strict=True)))
        / 2
    )


def rounded(ring: Ring) -> list[list[float]]:
    out: list[list[float]] = []
    for x, y in ring:
        p = [round(x, 3), round(y, 3)]
        if not out or out[-1] != p:
            out.append(p)
    return out


def shared_arcs(a: dict[str, Any], b: dict[str, Any]) -> set[int]:
    def ids(g: dict[str, Any]) -> set[int]:
        return {i if i >= 0 else ~i for poly in polygons_of(g) for r in poly for i in r}

    return ids(a) & ids(b)


def convert(topo: dict[str, Any], tolerance: float, min_area: float) -> dict[str, Any]:
    raw = decode_arcs(topo)
    geoms = {g["properties"]["name"]: g for g in topo["objects"]["countries"]["geometries"]}
    border = shared_arcs(geoms["China"], geoms["North Korea"])
    nk_ru = shared_arcs(geoms["North Korea"], geoms["Russia"])
    fine = border | nk_ru
    arcs = [
        douglas_peucker(a, BORDER_TOLERANCE if i in fine else tolerance) for i, a in enumerate(raw)
    ]

    countries: dict[str, list[list[list[float]]]] = {}
    for name in COUNTRIES:
        rings = []
        for poly in polygons_of(geoms[name]):
            ring = clip_ring(ring_from_arcs(poly[0], arcs), BBOX)  # outer ring only
            if len(ring) >= 3 and area(ring) >= min_area:
                rings.append(rounded(ring))
        countries[name] = rings

    # Rivers: the China-North Korea border runs east (Tumen) -> west (Yalu mouth) in
    # this file; orient it west -> east and split it near Mount Paektu.
    (bid,) = border
    line = arcs[bid]
    if line[0][0] > line[-1][0]:
        line = line[::-1]
    split = next(k for k, p in enumerate(line) if p[1] > 41.9 and p[0] >= YALU_END_LON)
    yalu = line[: split + 1]
    tumen = [p for p in line[split:] if p[0] >= TUMEN_START_LON]
    for rid in sorted(nk_ru):
        seg = arcs[rid]
        if seg[0] != tumen[-1]:
            seg = seg[::-1]
        tumen += seg[1:]
    return {
        "attribution": ATTRIBUTION,
        "source": SOURCE,
        "scale": f"1:10m, simplified (Douglas-Peucker {tolerance:g} deg; "
        "coordinates rounded to 0.001 deg)",
        "licence": LICENCE,
        "bbox": list(BBOX),
        "rivers_note": RIVERS_NOTE,
        "countries": countries,
        "rivers": {"Yalu": [rounded(yalu)], "Tumen": [rounded(tumen)]},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("topojson", type=Path, help="world-atlas countries-10m.json")
    ap.add_argument("out", type=Path, help="output korea.json")
    ap.add_argument("--tolerance", type=float, default=0.005, help="coast simplification, deg")
    ap.add_argument("--min-area", type=float, default=0.004, help="drop smaller islands, deg^2")
    args = ap.parse_args()
    topo = json.loads(args.topojson.read_text(encoding="utf-8"))
    data = convert(topo, args.tolerance, args.min_area)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    args.out.write_text(text + "\n", encoding="utf-8")
    n = sum(len(r) for rings in data["countries"].values() for r in rings)
    print(f"wrote {args.out} ({len(text)} bytes, {n} country vertices)")


if __name__ == "__main__":
    main()
