"""Content loading against PyYAML's C safe loader parsing the same file, measured in one run.

    python benchmarks/bench_content.py [--panels 1000] [--repeat 5]

Makes a content file of 1,000 panels and 5,000 photos (with 5,000 small files to name) in a
temporary folder, then reports the median time of `kiosk.content.load` (parse, validate, build
the model, stat every photo) and of `yaml.load(..., CSafeLoader)` (parse only). Also times the
refusal of an alias bomb against the C parser's own pass over the same file's events: a bomb must
cost no more than reading it does, not what it would expand to. Both rows are ratios: the
machine's speed cancels out (a curator waits on neither by a deadline). Prints one JSON row per
figure; exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from kiosk.content import load

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import row  # one definition of a result row for every benchmark


def make_content(folder: Path, panels: int, photos_per_panel: int) -> Path:
    """A large, valid content file and the photo files it names."""
    (folder / "photos").mkdir()
    lines = [
        "settings: {slide_seconds: 8, transition: fade, language: en, languages: [en, fr]}",
        "exhibition:",
        "  title: {en: Turn Back Crime, fr: Turn Back Crime}",
        "  subtitle: {en: 100 years of international police cooperation, fr: 100 ans de coopération policière}",
        "  place: {en: Monaco, fr: Monaco}",
        "  event: {en: INTERPOL Ministerial Meeting, fr: Réunion ministérielle d'INTERPOL}",
        "panels:",
    ]
    for p in range(panels):
        lines += [
            f"  - id: panel-{p}",
            f"    title: {{en: Panel number {p}, fr: Panneau numéro {p}}}",
            "    summary: {en: A summary of this panel that runs to a sentence or so., fr: Un résumé du panneau.}",
            "    body:",
            "      - {en: A first paragraph long enough to look like real text., fr: Premier paragraphe.}",
            "      - {en: Second paragraph of the body., fr: Second paragraphe.}",
            "    photos:",
        ]
        for k in range(photos_per_panel):
            name = f"photos/p{p:04d}-{k}.jpg"
            (folder / name).write_bytes(b"\xff\xd8\xff")
            lines += [
                f"      - image: {name}",
                f"        caption: {{en: Caption of photo {k} of panel {p}, fr: Légende {k}}}",
                "        credit: {en: Stand-in image, fr: Image de substitution}",
            ]
    path = folder / "content.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def alias_bomb(folder: Path) -> Path:
    """The "billion laughs" file."""
    text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        text += f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]\n"
    path = folder / "bomb.yaml"
    path.write_text(text)
    return path


def median_seconds(work: Callable[[], object], repeat: int) -> float:
    """The median wall time of `repeat` runs, after one warm-up."""
    work()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--panels", type=int, default=1000)
    parser.add_argument("--photos-per-panel", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = make_content(folder, args.panels, args.photos_per_panel)
        result = load(path)
        assert result.exhibition is not None, result.problems[:3]
        assert not result.problems, result.problems[:3]
        text = path.read_text(encoding="utf-8")
        parse = median_seconds(lambda: yaml.load(text, Loader=yaml.CSafeLoader), args.repeat)
        kiosk = median_seconds(lambda: load(path), args.repeat)
        bomb_path = alias_bomb(folder)
        bomb_text = bomb_path.read_text(encoding="utf-8")
        # Fractions of a millisecond each: many runs, so that one preempted run does not decide.
        bomb = median_seconds(lambda: load(bomb_path), 21)
        read = median_seconds(lambda: sum(1 for _ in yaml.parse(bomb_text, Loader=yaml.CSafeLoader)), 21)
        assert load(bomb_path).exhibition is None
    rows = [
        row("content: load+validate vs C parse", kiosk, "s", parse, 3.0, by_ratio=True),
        row("content: alias bomb refused vs C parser's pass", bomb * 1000, "ms", read * 1000, 3.0, by_ratio=True),
    ]
    print(
        f"# content: {args.panels} panels, {args.panels * args.photos_per_panel} photos, {len(text) // 1024} KB of YAML"
    )
    for r in rows:
        print(json.dumps(r))
    return 0 if all(r["pass"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
