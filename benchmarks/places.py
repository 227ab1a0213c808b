"""Places: toponyms found and resolved within 161 km, on LGL and GeoVirus.

    .venv/bin/python benchmarks/places.py [--errors N] [--dataset lgl|geovirus] [--limit N]
                                          [--min-population N] [--update-floors]

Gold: ../shared/data/dev/places/lgl.xml (US local news, toponyms with GeoNames ids and points)
and GeoVirus.xml (Wikinews, toponyms with points). A gold toponym is right ("recall@161km")
when a predicted place overlaps its span and the predicted point lies within 161 km (100
miles) of the gold point, as in the geoparsing literature. Gold toponyms without a point (LGL's
streets and buildings) are left out of recall; a prediction overlapping one still counts as
correct for precision. Precision: the share of predicted places that overlap a gold toponym.

Errors are split into not found (no overlapping prediction), found but unresolved (no point)
and found but wrong place, by distance. The run also times the gazetteer load and the places
component against the bare spaCy parse of the same texts.
"""

from __future__ import annotations

import argparse
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from common import check_floors, dev_data


@dataclass(frozen=True)
class GoldPlace:
    start: int
    end: int
    text: str
    lat: float | None
    lon: float | None


def _float(node: ET.Element | None) -> float | None:
    try:
        return float(node.text) if node is not None and node.text else None
    except ValueError:
        return None


def load_lgl(path: Path) -> list[tuple[str, str, list[GoldPlace]]]:
    items = []
    for article in ET.parse(path).getroot().iter("article"):
        text = article.findtext("text") or ""
        gold = []
        for toponym in article.iter("toponym"):
            start, end = int(toponym.findtext("start")), int(toponym.findtext("end"))
            tag = toponym.find("gaztag")
            lat = _float(tag.find("lat")) if tag is not None else None
            lon = _float(tag.find("lon")) if tag is not None else None
            gold.append(GoldPlace(start, end, text[start:end], lat, lon))
        items.append((article.get("docid") or str(len(items)), text, gold))
    return items


def load_geovirus(path: Path) -> list[tuple[str, str, list[GoldPlace]]]:
    items = []
    for number, article in enumerate(ET.parse(path).getroot().iter("article")):
        text = article.findtext("text") or ""
        gold = []
        for location in article.iter("location"):
            start, end = int(location.findtext("start")), int(location.findtext("end"))
            name = location.findtext("name") or ""
            # The file's offsets are one character past the name; align them on the name.
            shift = next((d for d in (0, -1, 1, -2, 2, -3, 3) if text[start + d:end + d] == name), 0)
            start, end = start + shift, end + shift
            gold.append(GoldPlace(start, end, text[start:end], _float(location.find("lat")), _float(location.find("lon"))))
        items.append((f"geovirus-{number}", text, gold))
    return items


def _bucket(km: float) -> str:
    if km < 500:
        return "161-500 km"
    if km < 2000:
        return "500-2000 km"
    return ">2000 km"


def evaluate(name: str, items, pipeline, show: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from newsevents.gazetteer import distance_km
    from newsevents.model import Article

    articles = [Article(id=aid, text=text) for aid, text, _ in items]
    nlp = pipeline.nlp
    started = time.perf_counter()
    docs = list(nlp.pipe((a.text for a in articles), batch_size=32))
    parse_s = time.perf_counter() - started
    places_s = 0.0
    from newsevents.pipeline import AnalysisState

    total = right = predicted = precise = 0
    errors: Counter[str] = Counter()
    examples: list[str] = []
    for (aid, text, gold), article, doc in zip(items, articles, docs):
        state = AnalysisState(article=article, doc=doc)
        for component_name, component in pipeline.components:
            t0 = time.perf_counter()
            component(state)
            if component_name == "places":
                places_s += time.perf_counter() - t0
        places = state.result.places
        for place in places:
            predicted += 1
            if any(place.start < g.end and g.start < place.end for g in gold):
                precise += 1
            elif len(examples) < show * 4:
                examples.append(f"  [{name} {aid}] FALSE POSITIVE {place.text!r} -> {place.name} {place.country} {place.feature}")
        for g in gold:
            if g.lat is None or g.lon is None:
                continue
            total += 1
            overlapping = [p for p in places if p.start < g.end and g.start < p.end]
            if not overlapping:
                errors["not found"] += 1
                examples.append(f"  [{name} {aid}] NOT FOUND {g.text!r} ({g.lat}, {g.lon}): ...{text[max(0, g.start - 50):g.end + 30]!r}")
                continue
            resolved = [p for p in overlapping if p.lat is not None and p.lon is not None]
            if not resolved:
                errors["found, no point"] += 1
                examples.append(f"  [{name} {aid}] NO POINT {g.text!r}")
                continue
            km = min(distance_km(p.lat, p.lon, g.lat, g.lon) for p in resolved)  # type: ignore[arg-type]
            if km <= 161:
                right += 1
            else:
                errors["wrong place " + _bucket(km)] += 1
                best = resolved[0]
                examples.append(
                    f"  [{name} {aid}] WRONG {g.text!r} gold ({g.lat}, {g.lon}) got {best.name} {best.country} {best.feature} "
                    f"({best.lat}, {best.lon}) {km:.0f} km"
                )
    recall = right / total if total else 0.0
    precision = precise / predicted if predicted else 0.0
    print(f"{name}: {len(items)} articles, {total} gold toponyms with a point, {predicted} predicted places")
    print(f"  recall@161km {recall:.3f}   precision {precision:.3f}")
    print("  errors: " + ", ".join(f"{k} {v} ({v / total:.3f})" for k, v in sorted(errors.items())))
    print(f"  time: spaCy parse {parse_s:.1f} s, places component {places_s:.2f} s "
          f"({1000 * places_s / len(items):.2f} ms/article, {places_s / parse_s:.3f} of the parse)")
    if show:
        by_kind: dict[str, list[str]] = {}
        for line in examples:
            kind = line.split("] ", 1)[1].split(" ", 1)[0]
            by_kind.setdefault(kind, []).append(line)
        for kind, lines in by_kind.items():
            print(f"  -- {kind} (first {min(show, len(lines))})")
            for line in lines[:show]:
                print(line)
    return {f"places.{name}.recall_161km": recall, f"places.{name}.precision": precision}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", type=int, default=0, help="print this many examples of each kind of error")
    parser.add_argument("--dataset", choices=["lgl", "geovirus"], action="append")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles of each dataset")
    parser.add_argument("--min-population", type=int, choices=[500, 1000, 5000, 15000],
                        help="GeoNames city threshold to try (default: the gazetteer's)")
    parser.add_argument("--update-floors", action="store_true")
    args = parser.parse_args()
    from newsevents import gazetteer

    if args.min_population:
        gazetteer.MIN_CITY_POPULATION = args.min_population
    started = time.perf_counter()
    gaz = gazetteer.load_gazetteer()
    print(f"gazetteer: {len(gaz)} places, {len(gaz.index)} names, cities of {gazetteer.MIN_CITY_POPULATION}+ people, "
          f"loaded in {time.perf_counter() - started:.2f} s")
    import newsevents.analysis.places  # noqa: F401  (registers the component)
    from newsevents.pipeline import Pipeline

    pipeline = Pipeline(["entities", "places"])
    root = dev_data() / "places"
    results: dict[str, float] = {}
    for name in args.dataset or ["lgl", "geovirus"]:
        items = load_lgl(root / "lgl.xml") if name == "lgl" else load_geovirus(root / "GeoVirus.xml")
        if args.limit:
            items = items[: args.limit]
        results.update(evaluate(name, items, pipeline, args.errors))
    if args.limit or args.min_population or args.dataset:
        return 0  # partial runs do not touch the floors
    return check_floors(results, args.update_floors)


if __name__ == "__main__":
    sys.exit(main())
