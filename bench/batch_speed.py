"""Batch speed: `liveblog parse DIR --jobs 1` against `--jobs 2` on the same 1,000 pages, in one run.

    .venv/bin/python bench/batch_speed.py                  # 1,000 pages, best of 3
    .venv/bin/python bench/batch_speed.py --pages 200 --repeat 1 --jobs 1 2 4

Builds a folder of pages from the project's fixtures (every text fixture in turn, each
copy with its own title line so no two pages are the same bytes), then runs the command
a user would run, `python -m liveblog parse DIR -f jsonl -q` with its output going to a
file, once per `--jobs` value, alternating so that the machine's state affects each
alike, after one warm-up run (byte code cached, files in the page cache), and keeps
the best time of each. Prints a Markdown table with the speed-up of
every value over `--jobs 1` (the target on two cores: at least 1.7x), the CPU time of
the whole process tree (so "CPUs busy" shows whether the pool got its cores), and the
load average around the run. No figure here is asserted by the tests.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
#: As a user's shell has it: byte-code caching on, so no run pays for compiling the modules.
ENVIRONMENT = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def build(folder: Path, pages: int) -> int:
    """Write `pages` pages into `folder`; returns their total size in bytes."""
    sources = sorted(path for path in FIXTURES.iterdir()
                     if path.suffix in (".txt", ".html") and "expected" not in path.name)
    contents = [path.read_bytes() for path in sources]
    total = 0
    for number in range(pages):
        index = number % len(sources)
        data = contents[index]
        # keep BOMs first, and wide text without one (UTF-16/32: NUL bytes) as it is
        if not data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")) and b"\x00" not in data[:64]:
            data = f"Copy {number}\n".encode() + data
        target = folder / f"page-{number:05d}{sources[index].suffix}"
        target.write_bytes(data)
        total += len(data)
    return total


def timed(folder: Path, jobs: int, output: Path) -> tuple[float, float, int]:
    """Wall-clock seconds, CPU seconds of the whole process tree, and timelines written."""
    command = [sys.executable, "-m", "liveblog", "parse", str(folder), "-f", "jsonl", "-q", "--jobs", str(jobs),
               "-o", str(output)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT, env=ENVIRONMENT)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    if result.returncode not in (0, 1):
        raise SystemExit(f"liveblog failed ({result.returncode}): {result.stderr[-2000:]}")
    lines = output.read_text(encoding="utf-8").count("\n") if output.exists() else 0
    return elapsed, cpu, lines


#: A fixed amount of CPU-bound Python work, about a second on this machine.
LOOP = "total = 0\nfor number in range(25_000_000):\n    total += number\n"


def ceiling(copies: int) -> float:
    """Wall-clock seconds for `copies` copies of LOOP run at once."""
    start = time.perf_counter()
    running = [subprocess.Popen([sys.executable, "-c", LOOP], env=ENVIRONMENT) for _ in range(copies)]
    for child in running:
        child.wait()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    options = parser.parse_args()
    jobs = sorted(set(options.jobs) | {1})
    with tempfile.TemporaryDirectory(prefix="liveblog-batch-") as temporary:
        folder = Path(temporary) / "pages"
        folder.mkdir()
        size = build(folder, options.pages)
        best: dict[int, float] = {}
        loops: dict[int, float] = {}
        cpu: dict[int, float] = {}
        parsed: dict[int, int] = {}
        timed(folder, 1, Path(temporary) / "warm-up.jsonl")  # caches byte code, warms the file cache
        load_before = os.getloadavg()[0]
        for _ in range(options.repeat):
            for count in jobs:
                elapsed, seconds, lines = timed(folder, count, Path(temporary) / f"out-{count}.jsonl")
                if elapsed < best.get(count, float("inf")):
                    best[count], cpu[count] = elapsed, seconds
                parsed[count] = lines
                loops[count] = min(loops.get(count, float("inf")), ceiling(count))
        load_after = os.getloadavg()[0]
    print(f"Batch: {options.pages} pages ({size / 1e6:.1f} MB) built from fixtures/, "
          f"`python -m liveblog parse DIR -f jsonl -q --jobs N`, best of {options.repeat}, "
          f"{os.cpu_count()} CPUs, load average {load_before:.1f} before and {load_after:.1f} after "
          "(other work on the machine takes cores from the pool)\n")
    print("| --jobs | seconds | CPU seconds | CPUs busy | pages/s | timelines out | speed-up vs --jobs 1 "
          "| ceiling: N loops at once vs one |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for count in jobs:
        print(f"| {count} | {best[count]:.2f} | {cpu[count]:.2f} | {cpu[count] / best[count]:.2f} | "
              f"{options.pages / best[count]:.0f} | {parsed[count]} | {best[1] / best[count]:.2f}x "
              f"| {count * loops[1] / loops[count]:.2f}x |")


if __name__ == "__main__":
    main()
