"""Build `world.json`, the offline world outline the Map page draws, from Natural Earth.

Source: Natural Earth 1:110m Admin 0 countries (https://www.naturalearthdata.com/), which is in
the public domain ("No permission is needed to use Natural Earth. Crediting the authors is
unnecessary"). We take the copy the `geopandas` package carried as its `naturalearth_lowres`
dataset up to version 0.14.4 (geopandas itself is BSD-3-Clause; the data keeps Natural Earth's
public-domain status), so it comes from the ordinary package registry:

    pip download geopandas==0.14.4 --no-deps -d /tmp/ne
    python src/newsevents/web/data/build_world.py /tmp/ne/geopandas-0.14.4-py3-none-any.whl

The shapefile is read with a few lines of `struct` (no GIS library needed), each ring is
simplified (Douglas-Peucker, `TOLERANCE` degrees) and written as an SVG path in an
equirectangular projection: x = lon + 180, y = 90 - lat, on a 360 x 180 canvas, one decimal.
"""

from __future__ import annotations

import json
import struct
import sys
import zipfile
from pathlib import Path

SHP = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres.shp"
DBF = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres.dbf"
OUT = Path(__file__).with_name("world.json")
TOLERANCE = 0.15  # degrees
SOURCE = ("Natural Earth 1:110m Admin 0 countries (public domain, naturalearthdata.com), "
          "as shipped in the geopandas 0.14.4 wheel (naturalearth_lowres); simplified by build_world.py")


def read_dbf(data: bytes) -> list[dict[str, str]]:
    count, header_len, record_len = struct.unpack("<xxxxIHH", data[:12])
    fields = []
    pos = 32
    while data[pos] != 0x0D:
        name = data[pos:pos + 11].split(b"\0")[0].decode("ascii")
        length = data[pos + 16]
        fields.append((name, length))
        pos += 32
    rows = []
    for i in range(count):
        offset = header_len + i * record_len + 1  # skip the deletion flag
        row = {}
        for name, length in fields:
            row[name] = data[offset:offset + length].decode("utf-8", "replace").strip()
            offset += length
        rows.append(row)
    return rows


def read_shp(data: bytes) -> list[list[list[tuple[float, float]]]]:
    """Each record's rings (polygon shapes, type 5)."""
    shapes = []
    pos = 100
    while pos < len(data):
        _number, length = struct.unpack(">ii", data[pos:pos + 8])
        content = data[pos + 8:pos + 8 + 2 * length]
        pos += 8 + 2 * length
        shape_type = struct.unpack("<i", content[:4])[0]
        if shape_type != 5:
            shapes.append([])
            continue
        num_parts, num_points = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack(f"<{num_parts}i", content[44:44 + 4 * num_parts]))
        start = 44 + 4 * num_parts
        points = [struct.unpack("<dd", content[start + 16 * i:start + 16 * i + 16]) for i in range(num_points)]
        rings = [points[a:b] for a, b in zip(parts, parts[1:] + [num_points])]
        shapes.append(rings)
    return shapes


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = points[a], points[b]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, index = -1.0, -1
        for i in range(a + 1, b):
            x, y = points[i]
            dist = abs(dy * (x - x1) - dx * (y - y1)) / norm if norm else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if dist > best:
                best, index = dist, i
        if index > 0 and best > tolerance:
            keep[index] = True
            stack += [(a, index), (index, b)]
    return [p for p, k in zip(points, keep) if k]


def ring_path(ring: list[tuple[float, float]]) -> str:
    coords = []
    last = None
    for lon, lat in ring:
        point = (round(lon + 180, 1), round(90 - lat, 1))
        if point != last:
            coords.append(point)
            last = point
    if len(coords) < 3:
        return ""
    return "M" + "L".join(f"{x:g} {y:g}" for x, y in coords) + "Z"


def build(wheel: str) -> dict:
    with zipfile.ZipFile(wheel) as archive:
        rows = read_dbf(archive.read(DBF))
        shapes = read_shp(archive.read(SHP))
    countries = []
    for row, rings in zip(rows, shapes):
        path = "".join(ring_path(simplify(ring, TOLERANCE)) for ring in rings)
        if path:
            countries.append({"iso_a3": row.get("iso_a3") or None, "name": row.get("name"), "path": path})
    countries.sort(key=lambda c: c["name"] or "")
    return {"source": SOURCE, "licence": "public domain", "projection": "equirectangular, x = lon + 180, y = 90 - lat",
            "width": 360, "height": 180, "countries": countries}


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    outline = build(sys.argv[1])
    OUT.write_text(json.dumps(outline, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(outline['countries'])} countries -> {OUT} ({OUT.stat().st_size} bytes)")
