"""Rebuild ``borders.json``, the country outlines the page's map draws, from Natural Earth.

    pip install -e '.[borders]'
    python -m graph.resources.build_borders [WHEEL]

Source: Natural Earth's 1:110m "Admin 0 - Countries" (public domain, naturalearthdata.com), as the
geopandas 0.14.4 wheel on PyPI ships it (``geopandas/datasets/naturalearth_lowres``). The script
downloads that wheel with pip (or reads the one given), reads the shapefile out of it with pyshp, and
writes each country's name, ISO 3166-1 alpha-3 code and polygon rings with coordinates rounded to
0.1 degree (about 11 km, the scale of the 1:110m data), consecutive repeats dropped. The output is
sorted and deterministic.
"""
from __future__ import annotations

import io
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from graph.resources import resource_path

WHEEL = "geopandas==0.14.4"
MEMBER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
OUTPUT = "borders.json"
SOURCE = ("Natural Earth 1:110m Admin 0 - Countries (public domain, naturalearthdata.com), from the "
          "geopandas 0.14.4 wheel on PyPI; built by graph/resources/build_borders.py")


def _wheel(given: str | None, tmp: Path) -> Path:
    if given:
        return Path(given)
    subprocess.run([sys.executable, "-m", "pip", "download", WHEEL, "--no-deps", "-q", "-d", str(tmp)], check=True)
    return next(tmp.glob("geopandas-*.whl"))


def _ring(points) -> list[float]:
    """A ring as a flat [lon, lat, lon, lat, ...] list in tenths of a degree, repeats dropped."""
    out: list[float] = []
    for lon, lat in points:
        pair = [round(lon, 1), round(lat, 1)]
        if out[-2:] != pair:
            out += pair
    return out


def countries(wheel: Path) -> list[dict]:
    import shapefile

    with zipfile.ZipFile(wheel) as z:
        encoding = z.read(MEMBER + ".cpg").decode("ascii").strip() or "utf-8"  # the text encoding of the .dbf
        reader = shapefile.Reader(shp=io.BytesIO(z.read(MEMBER + ".shp")), dbf=io.BytesIO(z.read(MEMBER + ".dbf")),
                                  encoding=encoding)
        out = []
        for rec in reader.shapeRecords():
            shape, fields = rec.shape, rec.record.as_dict()
            bounds = list(shape.parts) + [len(shape.points)]
            rings = [_ring(shape.points[a:b]) for a, b in zip(bounds, bounds[1:])]
            out.append({"name": fields["name"], "iso3": fields["iso_a3"], "rings": [r for r in rings if len(r) >= 6]})
    return sorted(out, key=lambda c: (c["name"], c["iso3"]))


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        data = {"source": SOURCE, "countries": countries(_wheel(argv[0] if argv else None, Path(tmp)))}
    path = resource_path(OUTPUT)
    path.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {path}: {len(data['countries'])} countries")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
