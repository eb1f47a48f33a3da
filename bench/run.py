"""The bench: liveblog's speed and memory beside baselines measured in the same run.

    .venv/bin/python bench/run.py            # everything, about twelve minutes
    .venv/bin/python bench/run.py --quick    # 1 and 10 MB, fewer repetitions, small adversarial scales

Writes a Markdown table to standard output and to bench/out/results.md. Every figure comes
from a child process started by this script, so imports, caches and memory do not leak from
one measurement into the next:

* cold start: the median wall time of `liveblog parse` on the seed fixture and of
  `liveblog --help`, against `python -c "import click"` (the floor any click CLI pays);
* text throughput: synthetic blogs (bench/synth.py) of 1, 10 and 100 MB, parsed and rendered
  to JSON in a child that has already imported liveblog, against a bare regex splitter that
  only cuts the text at stamp lines; peak memory is the child's maximum resident set size,
  that of a child calling `liveblog.parse` alone (no JSON), and that of `liveblog parse` on
  the same blog (which writes the JSON as it renders it);
  a floor row beside them: decoding the 1 MB blog, cutting it into lines and writing the
  timeline as JSON with the C encoder, with no parsing at all (no parser of this output
  runs faster in CPython, so it shows how far the splitter target is within reach);
* adversarial inputs (bench/adversarial.py) at the issue's full scale, through the CLI;
* bench/html_speed.py and bench/batch_speed.py, when they exist, run as they are and their
  output is appended.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.adversarial import CASES
from bench.synth import SEED, SEED_DATE, synthetic_blog

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
BIN = Path(sys.executable).parent
PYTHON = str(BIN / "python") if (BIN / "python").exists() else sys.executable
LIVEBLOG = str(BIN / "liveblog")
MB = 1_000_000
MIB = 1024 * 1024

#: The issue's targets.
START_RATIO = 1.5
HELP_RATIO = 1.25
SPLITTER_SHARE = 0.5
SCALING = 0.8
MEMORY_PER_MB = 6  # MiB per MB of input...
MEMORY_BASE = 30  # ...plus this many MiB

#: The baseline: decode, then cut the text at lines that begin with a clock, and nothing else.
SPLITTER = re.compile(r"\n(?=\d{1,2}[:.]\d\d\b)")

#: The child that times one parse; liveblog is imported (and warmed) before the clock starts.
PARSE_CHILD = """
import sys, time
import liveblog
from liveblog.render import to_json
liveblog.parse(b"Title of the page\\n\\n10:00 , A B\\n\\nOne.\\n\\n09:00 , A B\\n\\nTwo.\\n", date="2026-01-06")
data = open(sys.argv[1], "rb").read()
start = time.perf_counter()
text = to_json(liveblog.parse(data, date=sys.argv[2], name=sys.argv[1], max_bytes=1 << 40))
print(time.perf_counter() - start, len(text))
"""

#: The same parse without the JSON: the peak memory of `liveblog.parse` alone (the timeline
#: it returns, beside the input's bytes that the caller holds).
PARSE_ONLY_CHILD = """
import sys
import liveblog
data = open(sys.argv[1], "rb").read()
print(len(liveblog.parse(data, date=sys.argv[2], name=sys.argv[1], max_bytes=1 << 40).entries))
"""

#: The work under any parser of this input into this output, in CPython: decode the bytes,
#: cut them into lines, write the timeline as JSON with the C encoder (no indent). No parsing.
FLOOR_CHILD = """
import json, sys, time
import liveblog
data = open(sys.argv[1], "rb").read()
document = liveblog.parse(data, date=sys.argv[2], name=sys.argv[1], max_bytes=1 << 40).to_dict()
best = float("inf")
for _ in range(int(sys.argv[3])):
    start = time.perf_counter()
    data.decode("utf-8").splitlines()
    json.dumps(document, ensure_ascii=False)
    best = min(best, time.perf_counter() - start)
print(best)
"""


@dataclass(frozen=True, slots=True)
class Run:
    seconds: float
    peak_mib: float
    returncode: int
    stdout: str
    stderr: str


#: A small launcher between the bench and a measured child. Linux carries a process's peak
#: RSS across fork and exec, so a child forked straight from this (large) bench process would
#: report the bench's own peak; forked from a fresh interpreter it reports its own.
LAUNCHER = """
import os, subprocess, sys
child = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(child.pid, 0)
open(sys.argv[1], "w").write(str(usage.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status))
"""


def run_child(command: Sequence[str], *, timeout: float, stdout_to_null: bool = False,
              measure: bool = False) -> Run:
    """Run `command`: its wall time, exit code, output and (with `measure`) its peak RSS."""
    rss_path = OUT / "child.maxrss"
    rss_path.unlink(missing_ok=True)
    full = [PYTHON, "-c", LAUNCHER, str(rss_path), *command] if measure else list(command)
    start = time.perf_counter()
    with subprocess.Popen(full, stdout=subprocess.DEVNULL if stdout_to_null else subprocess.PIPE,
                          stderr=subprocess.PIPE, cwd=ROOT, start_new_session=True) as child:
        try:
            stdout, stderr = child.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)
            child.communicate()
            return Run(seconds=float("inf"), peak_mib=0.0, returncode=-9, stdout="", stderr="timed out")
        seconds = time.perf_counter() - start
    peak = int(rss_path.read_text()) / 1024 if measure and rss_path.exists() else 0.0  # KiB on Linux
    return Run(seconds=seconds, peak_mib=peak, returncode=child.returncode,
               stdout=(stdout or b"").decode("utf-8", "replace"), stderr=stderr.decode("utf-8", "replace"))


# ---------------------------------------------------------------------------
# Cold start.


def cold_start(reps: int) -> list[list[str]]:
    commands = {
        "click": [PYTHON, "-c", "import click"],
        "parse": [LIVEBLOG, "parse", str(SEED.relative_to(ROOT)), "--date", SEED_DATE],
        "help": [LIVEBLOG, "--help"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():  # one warm-up each: page cache, .pyc files
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, check=False)
    for _ in range(reps):
        for name, command in commands.items():  # interleaved, so drift hits all alike
            start = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, check=True)
            times[name].append(time.perf_counter() - start)
    click_ms = statistics.median(times["click"]) * 1000
    rows = []
    labels = (("parse", f"`liveblog parse` seed ({SEED.stat().st_size // 1000} KB)", START_RATIO),
              ("help", "`liveblog --help`", HELP_RATIO))
    for name, label, target in labels:
        ms = statistics.median(times[name]) * 1000
        ratio = ms / click_ms
        rows.append([f"cold start: {label}", f"{ms:.0f} ms", f"{click_ms:.0f} ms (`python -c 'import click'`)",
                     f"{ratio:.2f}x", f"<= {target}x", _met(ratio <= target)])
    if shutil.which("valgrind"):  # instructions do not move with the machine's load; times do
        counts = {name: instructions(command) for name, command in commands.items()}
        for name, label, _ in labels:
            rows.append([f"cold start, CPU instructions: {label}", f"{counts[name] / 1e6:.0f} M",
                         f"{counts['click'] / 1e6:.0f} M", f"{counts[name] / counts['click']:.2f}x", "", ""])
    return rows


def instructions(command: Sequence[str]) -> int:
    """The CPU instructions `command` executes, counted by valgrind (hash seed fixed)."""
    result = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
                            capture_output=True, text=True, cwd=ROOT, check=True,
                            env={**os.environ, "PYTHONHASHSEED": "0"})
    found = re.search(r"Collected : (\d+)", result.stderr)
    if not found:
        raise RuntimeError(f"no instruction count from valgrind: {result.stderr[-500:]}")
    return int(found.group(1))


# ---------------------------------------------------------------------------
# Text throughput and memory.


def split_at_stamps(data: bytes) -> list[str]:
    text = data.decode("utf-8")
    cuts = [found.end() for found in SPLITTER.finditer(text)]
    return [text[start:end] for start, end in zip([0, *cuts], [*cuts, len(text)], strict=True)]


def splitter_speed(data: bytes, reps: int = 3) -> float:
    best = float("inf")
    for _ in range(reps):
        start = time.perf_counter()
        split_at_stamps(data)
        best = min(best, time.perf_counter() - start)
    return len(data) / MB / best


def throughput(sizes: Sequence[int], timeout: float) -> list[list[str]]:
    rows = []
    speeds: dict[int, float] = {}
    for size in sizes:
        path = OUT / f"blog-{size}MB.txt"
        if not path.exists() or abs(path.stat().st_size - size * MB) > 100_000:
            path.write_text(synthetic_blog(size * MB), encoding="utf-8")
        data = path.read_bytes()
        baseline = splitter_speed(data, reps=max(3, int(30 * MB / len(data))))  # small inputs: more tries
        run = run_child([PYTHON, "-c", PARSE_CHILD, str(path), SEED_DATE], timeout=timeout, measure=True)
        mb = len(data) / MB
        if size == min(sizes):
            rows.append(floor(path, mb, baseline, timeout))
        limit = MEMORY_PER_MB * mb + MEMORY_BASE
        if run.returncode != 0:
            rows.append([f"text {size} MB", f"failed ({run.stderr.strip().splitlines()[-1:]})", "", "", "", "no"])
            continue
        seconds = float(run.stdout.split()[0])
        speed = mb / seconds
        speeds[size] = speed
        ratio = speed / baseline
        rows.append([f"text throughput {size} MB ({seconds:.1f} s)", f"{speed:.1f} MB/s",
                     f"{baseline:.0f} MB/s (regex splitter)", f"{ratio:.3f}x", f">= {SPLITTER_SHARE}x",
                     _met(ratio >= SPLITTER_SHARE)])
        rows.append([f"peak memory {size} MB", f"{run.peak_mib:.0f} MiB", f"{limit:.0f} MiB (6 MiB/MB + 30)",
                     f"{run.peak_mib / mb:.1f} MiB/MB", f"<= {limit:.0f} MiB", _met(run.peak_mib <= limit)])
        alone = run_child([PYTHON, "-c", PARSE_ONLY_CHILD, str(path), SEED_DATE], timeout=timeout, measure=True)
        rows.append([f"peak memory {size} MB, `liveblog.parse` alone (no JSON)", f"{alone.peak_mib:.0f} MiB",
                     f"{limit:.0f} MiB (6 MiB/MB + 30)", f"{alone.peak_mib / mb:.1f} MiB/MB", f"<= {limit:.0f} MiB",
                     _met(alone.returncode == 0 and alone.peak_mib <= limit)])
        # The command line writes the JSON as it renders it; the library call above builds it whole.
        cli = run_child([LIVEBLOG, "parse", str(path), "--date", SEED_DATE, "--max-size", "1GB", "-q"],
                        timeout=timeout, stdout_to_null=True, measure=True)
        rows.append([f"peak memory {size} MB, `liveblog parse`", f"{cli.peak_mib:.0f} MiB",
                     f"{limit:.0f} MiB (6 MiB/MB + 30)", f"{cli.peak_mib / mb:.1f} MiB/MB", f"<= {limit:.0f} MiB",
                     _met(cli.returncode == 0 and cli.peak_mib <= limit)])
    if len(speeds) >= 2:
        small, large = min(speeds), max(speeds)
        ratio = speeds[large] / speeds[small]
        rows.append([f"scaling: MB/s at {large} MB / at {small} MB", f"{speeds[large]:.1f} MB/s",
                     f"{speeds[small]:.1f} MB/s", f"{ratio:.2f}x", f">= {SCALING}x", _met(ratio >= SCALING)])
    return rows


def floor(path: Path, mb: float, baseline: float, timeout: float) -> list[str]:
    """The throughput of FLOOR_CHILD's work, beside the splitter: no parser of this output can
    run faster in CPython, so the splitter target is within reach only if this row is above it."""
    run = run_child([PYTHON, "-c", FLOOR_CHILD, str(path), SEED_DATE, "10"], timeout=timeout)
    if run.returncode != 0:
        return [f"floor {mb:.0f} MB", f"failed ({run.stderr.strip().splitlines()[-1:]})", "", "", "", ""]
    speed = mb / float(run.stdout.split()[0])
    return [f"floor {mb:.0f} MB: decode, split lines, json.dumps of the output; no parsing", f"{speed:.1f} MB/s",
            f"{baseline:.0f} MB/s (regex splitter)", f"{speed / baseline:.3f}x", "(reference)", ""]


# ---------------------------------------------------------------------------
# Adversarial inputs through the CLI.


def adversarial(full: bool, timeout: float) -> list[list[str]]:
    rows = []
    for name, case in CASES.items():
        scale = case.full if full else case.test
        path = OUT / f"adversarial-{name}.bin"
        data = case.build(scale)
        path.write_bytes(data)
        run = run_child([LIVEBLOG, "parse", str(path), "--date", SEED_DATE, "--max-size", "1GB"],
                           timeout=timeout, stdout_to_null=True, measure=True)
        path.unlink()
        outcome = _outcome(run)
        rate = f"{len(data) / MB / run.seconds:.1f} MB/s" if run.seconds != float("inf") else ""
        rows.append([f"{name} ({scale:,} {case.unit}, {len(data) / MB:.1f} MB)", f"{run.seconds:.1f} s",
                     rate, f"{run.peak_mib:.0f} MiB", outcome])
    over = OUT / "adversarial-over-max-size.txt"
    over.write_bytes(b"12:30 , Jane Doe\nBody.\n" * 100_000)
    run = run_child([LIVEBLOG, "parse", str(over), "--max-size", "1MB"], timeout=timeout, stdout_to_null=True,
                    measure=True)
    over.unlink()
    rows.append([f"over --max-size ({over.name}, 2.3 MB, limit 1MB)", f"{run.seconds:.2f} s", "",
                 f"{run.peak_mib:.0f} MiB", _outcome(run)])
    return rows


def _outcome(run: Run) -> str:
    if run.returncode == -9:
        return "**TIMEOUT**"
    if run.returncode == 0:
        return "exit 0"
    message = (run.stderr.strip().splitlines() or [""])[-1]
    if "Traceback" in run.stderr:
        return f"**CRASH** exit {run.returncode}: {message[:80]}"
    return f"exit {run.returncode}: {message[:80]}"


# ---------------------------------------------------------------------------
# Other engineers' benches, run as they are.


def other_bench(name: str, timeout: float) -> str:
    script = ROOT / "bench" / name
    if not script.exists():
        return f"(bench/{name} does not exist yet)\n"
    run = run_child([PYTHON, str(script)], timeout=timeout)
    if run.returncode != 0:
        return f"bench/{name} failed (exit {run.returncode}):\n\n```\n{run.stderr.strip()[-2000:]}\n```\n"
    return run.stdout


# ---------------------------------------------------------------------------


def _met(ok: bool) -> str:
    return "yes" if ok else "**no**"


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="1 and 10 MB, 10 repetitions, test-scale attacks")
    parser.add_argument("--sizes", type=int, nargs="+", help="blog sizes in MB (default 1 10 100)")
    parser.add_argument("--reps", type=int, help="cold-start repetitions (default 40)")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds before a child is stopped")
    parser.add_argument("--skip", nargs="+", default=[], choices=["start", "text", "adversarial", "html", "batch"])
    args = parser.parse_args(argv)
    sizes = args.sizes or ([1, 10] if args.quick else [1, 10, 100])
    reps = args.reps or (10 if args.quick else 40)
    OUT.mkdir(parents=True, exist_ok=True)

    command = "bench/run.py " + " ".join(argv if argv is not None else sys.argv[1:])
    when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    parts = [f"# liveblog bench\n\n`.venv/bin/python {command.strip()}` on {when}"
             f", Python {platform.python_version()}, {os.cpu_count()} CPUs, {platform.machine()}\n"]
    header = ["measure", "liveblog", "baseline (same run)", "ratio", "target", "met"]
    rows: list[list[str]] = []
    if "start" not in args.skip:
        rows += cold_start(reps)
    if "text" not in args.skip:
        rows += throughput(sizes, args.timeout)
    if rows:
        parts.append(table(header, rows))
    if "adversarial" not in args.skip:
        parts.append(f"\n## Adversarial inputs ({'full' if not args.quick else 'test'} scale, through the CLI)\n")
        parts.append(table(["input", "time", "rate", "peak RSS", "outcome"], adversarial(not args.quick, args.timeout)))
    if "html" not in args.skip:
        parts.append("\n## HTML (bench/html_speed.py)\n\n" + other_bench("html_speed.py", args.timeout))
    if "batch" not in args.skip:
        parts.append("\n## Batch (bench/batch_speed.py)\n\n" + other_bench("batch_speed.py", args.timeout))
    report = "\n".join(parts)
    (OUT / "results.md").write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
