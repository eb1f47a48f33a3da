"""A longer fuzz run: the property and fuzz tests with many more examples, for a time budget.

    .venv/bin/python bench/fuzz.py --minutes 30 --scale 50

Runs tests/test_fuzz.py, tests/test_properties.py, tests/test_read.py and the saved-page
bundle and word-processor tests in rounds (each round draws fresh random examples) with
every hypothesis example count multiplied by --scale, until the budget is spent. Inputs
that break an invariant are kept in fixtures/regressions/ (LIVEBLOG_FUZZ_SAVE), where
tests/test_fuzz.py parses them on every run: review each, fix the parser, and commit the
input beside the fix.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ["tests/test_fuzz.py", "tests/test_properties.py", "tests/test_read.py", "tests/test_bundles.py",
         "tests/test_documents.py"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--minutes", type=float, default=10.0, help="time budget (a round in progress finishes)")
    parser.add_argument("--scale", type=float, default=20.0, help="multiply every example count by this")
    args = parser.parse_args()
    environment = {**os.environ, "LIVEBLOG_FUZZ_SCALE": str(args.scale), "LIVEBLOG_FUZZ_SAVE": "1"}
    deadline = time.monotonic() + args.minutes * 60
    rounds = failures = 0
    while time.monotonic() < deadline:
        rounds += 1
        result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *TESTS],
                                cwd=ROOT, env=environment, capture_output=True, text=True, check=False)
        summary = (result.stdout.strip().splitlines() or ["(no output)"])[-1]
        print(f"round {rounds}: {summary}", flush=True)
        if result.returncode != 0:
            failures += 1
            print(result.stdout[-4000:], flush=True)
    kept = sorted((ROOT / "fixtures" / "regressions").glob("*.bin"))
    print(f"{rounds} rounds, {failures} failed; {len(kept)} inputs in fixtures/regressions/")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
