"""Where the text path spends its time: CPU per stage, then the functions cProfile ranks first.

    .venv/bin/python bench/hotspots.py            # a 5 MB synthetic blog
    .venv/bin/python bench/hotspots.py --mb 20 --top 30

The input is bench/synth.py's blog (the seed's posts, newest first). Stage times are CPU
seconds without the profiler; the function table comes from a second, profiled run (the
profiler slows Python code about 2x, so read its shares, not its seconds).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from datetime import date
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import liveblog
from bench.synth import SEED_DATE, synthetic_blog
from liveblog import Settings
from liveblog.layout import extract_text
from liveblog.model import Source
from liveblog.normalise import normalise
from liveblog.read import read
from liveblog.render import to_json


def stages(data: bytes) -> list[tuple[str, float]]:
    settings = Settings(date=date.fromisoformat(SEED_DATE))
    times = [("start", time.process_time())]
    document = read(data)
    times.append(("read (decode, clean)", time.process_time()))
    draft = extract_text(document.text)
    times.append(("extract (layout)", time.process_time()))
    timeline = normalise(draft, Source(name="blog", format="text", sha256=document.sha256), settings)
    times.append(("normalise", time.process_time()))
    to_json(timeline)
    times.append(("render (JSON)", time.process_time()))
    return [(name, end - begin) for (_, begin), (name, end) in pairwise(times)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--mb", type=float, default=5.0, help="size of the synthetic blog in MB")
    parser.add_argument("--top", type=int, default=20, help="functions to list")
    args = parser.parse_args()
    data = synthetic_blog(int(args.mb * 1_000_000)).encode("utf-8")
    liveblog.parse(synthetic_blog(50_000).encode("utf-8"), date=SEED_DATE)  # imports and regex caches
    measured = stages(data)
    total = sum(seconds for _, seconds in measured)
    mb = len(data) / 1_000_000
    print(f"# Text path profile: {mb:.1f} MB synthetic blog\n")
    print("| stage | CPU s | share | MB/s |\n|---|---:|---:|---:|")
    for name, seconds in measured:
        print(f"| {name} | {seconds:.2f} | {seconds / total:.0%} | {mb / seconds:.1f} |")
    print(f"| all | {total:.2f} | 100% | {mb / total:.1f} |\n")
    profiler = cProfile.Profile()
    profiler.enable()
    liveblog.parse(data, date=SEED_DATE)
    profiler.disable()
    buffer = io.StringIO()
    stats = pstats.Stats(profiler, stream=buffer)
    stats.sort_stats("tottime").print_stats(args.top)
    print(f"## Top {args.top} functions by own time (profiled run)\n\n```")
    print("\n".join(line for line in buffer.getvalue().splitlines() if line.strip()))
    print("```")
    return 0


if __name__ == "__main__":
    sys.exit(main())
