"""Cross-check: every HTML page, read again from its text copy, should give the same timeline.

    .venv/bin/python bench/crosscheck.py                      # every HTML fixture (+ corpus pages)
    .venv/bin/python bench/crosscheck.py -v lemonde npr       # only these pages, every difference
    .venv/bin/python bench/crosscheck.py --corpus '' --keep /tmp/copies
    .venv/bin/python bench/crosscheck.py --text-from w3m   # a text browser's dump instead (w3m, lynx, lynx-links)

Users paste text far more often than they save HTML. For each HTML fixture (fixtures/*.html with
its golden `.expected.json`) and, with `--corpus DIR` (default /work/shared/corpus when it
exists), each corpus page `DIR/*.html` (its reference is the HTML path's own output, which scores
F1 1.000 against the corpus truth), this makes the text a browser's "select all, copy" gives
(bench/copier.py, beside this file), parses it with `liveblog parse`, and compares the two
timelines entry by entry: time (to the minute: the instant where both outputs state an offset, else
the wall clock as each output states it), headline, authors, body start (first 40 characters, spaces
collapsed, the list dash before each item dropped), kind. Entries are paired in order by their body start.

Options: the copy is parsed bare first; --date/--tz/--now are passed only for what the parse
says it could not know (warnings date-unknown, timezone-unknown, relative-without-now), derived as
a reader of the page would: --date the local date of the earliest golden entry, --tz the golden
timezone (or the fixture's own options or corpus hint), --now the fixture's own or else the
capture time that makes most ages agree with the golden times.

Prints: page, entries html/text, matched, the options passed, the first differences; then the
totals. Runs with the venv's python alone; nothing is asserted by the tests.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from anywhere: the copier is bench/copier.py

from bench import copier  # noqa: E402
from liveblog import stamps  # noqa: E402

CORPUS = Path("/work/shared/corpus")
FIELDS = ("time", "headline", "authors", "body", "kind")
#: What a parse warning says the copy could not know: the option a reader would pass.
NEEDS = {"date-unknown": "date", "timezone-unknown": "tz", "relative-without-now": "now"}
BODY_START = 40
#: List marks the HTML path writes before a list item and a browser's copy does not.
LIST_MARKS = ("- ", "• ")
DAY = 86_400
HOUR_MINUTES = 60
#: A clock in a stamp's text (an age printed with its date, "5 mins ago March 14, 2026", has none).
CLOCK = re.compile(r"\d[:.h]\d")

Timeline = dict[str, Any]
Entry = dict[str, Any]


def parse(path: Path, opts: dict[str, str]) -> Timeline:
    args = [sys.executable, "-m", "liveblog", "parse", "-q", str(path)]
    for name, value in opts.items():
        args += [f"--{name}", value]
    out = subprocess.run(args, capture_output=True, text=True, check=False, cwd=ROOT)
    if out.returncode != 0:
        raise RuntimeError(out.stderr.strip()[:300])
    found: Timeline = json.loads(out.stdout)
    return found


def wall(time: str | None) -> str | None:
    """The wall clock to the minute, as the output states it."""
    return dt.datetime.fromisoformat(time).strftime("%Y-%m-%d %H:%M") if time else None


def same_time(one: Entry, other: Entry) -> bool:
    """Times agree to the minute: as instants where both state an offset, else as wall clocks."""
    if one["time"] == other["time"]:
        return True
    first, second = one["instant"], other["instant"]
    return first is not None and second is not None and first == second


def minute_instant(time: str | None) -> str | None:
    """The instant to the minute (in UTC) of a time that states its offset, else None."""
    moment = dt.datetime.fromisoformat(time) if time else None
    if moment is None or moment.utcoffset() is None:
        return None
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M")


def key(entry: Entry) -> Entry:
    lines = (entry.get("body") or "").split("\n")
    body = " ".join(" ".join(line[2:] if line.startswith(LIST_MARKS) else line for line in lines).split())
    return {"time": wall(entry.get("time")), "instant": minute_instant(entry.get("time")),
            "headline": " ".join((entry.get("headline") or "").split()),
            "authors": entry.get("authors") or [], "body": body[:BODY_START], "kind": entry.get("kind")}


def instant(time: str) -> float:
    return dt.datetime.fromisoformat(time).timestamp()


def hints(golden: Timeline, own: dict[str, str]) -> dict[str, str]:
    """What a reader of the page knows: its zone, the date of its first post, when it was read."""
    zone = golden.get("timezone") or own.get("tz")
    times = [entry["time"] for entry in golden["entries"] if entry.get("time")]
    out: dict[str, str] = {}
    if zone:
        out["tz"] = zone
    if own.get("date"):
        out["date"] = own["date"]
    elif times:
        out["date"] = (wall(min(times, key=instant)) or "")[:10]
    if own.get("now"):
        out["now"] = own["now"]
    elif times:
        out["now"] = max(times, key=instant)
    return out


def capture_shift(golden: list[Entry], got: list[Entry]) -> dt.timedelta | None:
    """The commonest difference between golden and text times of aged entries with the same body start
    (of ages in minutes where there are any: "2 hours ago" is rounded)."""
    times = {key(entry)["body"]: entry["time"] for entry in golden if entry.get("time")}
    fine: Counter[float] = Counter()
    coarse: Counter[float] = Counter()
    for entry in got:
        gold = times.get(key(entry)["body"])
        text = entry.get("time_text") or ""
        if gold and entry.get("time") and not CLOCK.search(text):
            shift = dt.datetime.fromisoformat(gold) - dt.datetime.fromisoformat(entry["time"])
            found = stamps.read_stamp(text)
            ago = found.stamp.ago_minutes if found else None
            (fine if ago is not None and ago < HOUR_MINUTES else coarse)[shift.total_seconds() // 60 * 60] += 1
    shifts = fine or coarse
    if not shifts:
        return None
    best = max(shifts, key=lambda shift: (shifts[shift], -abs(shift)))  # a tie: the smaller shift
    return dt.timedelta(seconds=best) if best and abs(best) < DAY else None


#: Other programs' text of a page, as users also give it (each needs the program installed):
#: text browsers' dumps, hard-wrapped at 80 columns, lynx's with or without its link numbers.
DUMPS = {
    "w3m": ["w3m", "-dump", "-cols", "80", "-T", "text/html", "-O", "utf-8"],
    "lynx": ["lynx", "-dump", "-width=80", "-nolist", "-stdin", "-assume_charset=utf-8", "-display_charset=utf-8"],
    "lynx-links": ["lynx", "-dump", "-width=80", "-stdin", "-assume_charset=utf-8", "-display_charset=utf-8"],
}


def text_of(page: bytes, maker: str) -> str:
    """The page's text as `maker` gives it: "browser" (bench/copier.py's copy) or one of DUMPS."""
    if maker == "browser":
        return copier.copy(page)
    done = subprocess.run(DUMPS[maker], input=page, capture_output=True, check=True)
    return done.stdout.decode("utf-8", "replace")


def crosscheck(html: Path, golden: Timeline, own: dict[str, str], keep: Path, maker: str = "browser") -> dict[str, Any]:
    text = keep / (html.stem + ".copy.txt")
    text.write_text(text_of(html.read_bytes(), maker), encoding="utf-8")
    got = parse(text, {})
    derived = hints(golden, own)
    opts: dict[str, str] = {}
    for warning in got.get("warnings", []):
        need = NEEDS.get(warning.get("code", ""))
        if need and need in derived:
            opts[need] = derived[need]
    if opts:
        got = parse(text, opts)
    if "now" in opts and not own.get("now") and (shift := capture_shift(golden["entries"], got["entries"])):
        opts["now"] = (dt.datetime.fromisoformat(opts["now"]) + shift).isoformat()
        got = parse(text, opts)
    want = [key(entry) for entry in golden["entries"]]
    have = [key(entry) for entry in got["entries"]]
    pairs = difflib.SequenceMatcher(None, [w["body"] for w in want], [h["body"] for h in have], autojunk=False)
    diffs: list[str] = []
    matched = 0
    for tag, i1, i2, j1, j2 in pairs.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            for w, h in zip(want[i1:i2], have[j1:j2], strict=True):
                bad = [field for field in FIELDS if w[field] != h[field] and (field != "time" or not same_time(w, h))]
                matched += not bad
                diffs.extend(f"{field}: html {w[field]!r} | text {h[field]!r}" for field in bad)
        else:
            diffs.extend(f"missing: {w['time']} {w['headline'][:40]!r} {w['body']!r}" for w in want[i1:i2])
            diffs.extend(f"extra: {h['time']} {h['headline'][:40]!r} {h['body']!r}" for h in have[j1:j2])
    return {"page": html.stem, "html": len(want), "text": len(have), "matched": matched, "opts": opts,
            "diffs": diffs}


def pages(corpus: Path | None) -> list[tuple[Path, Timeline, dict[str, str]]]:
    out = []
    for html in sorted((ROOT / "fixtures").glob("*.html")):
        gold = html.with_name(html.name + ".expected.json")
        if not gold.exists():
            continue
        options = html.with_name(html.name + ".options.json")
        own = json.loads(options.read_text()) if options.exists() else {}
        out.append((html, json.loads(gold.read_text(encoding="utf-8")), own))
    if corpus is not None and corpus.is_dir():
        for html in sorted(corpus.glob("*.html")):
            truth = html.with_name(html.name + ".json")
            own = {}
            if truth.exists():
                hinted = json.loads(truth.read_text(encoding="utf-8"))
                own = {name.removesuffix("_hint"): value for name, value in hinted.items()
                       if name in ("tz_hint", "date_hint", "now_hint") and value}
            out.append((html, parse(html, {}), own))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n", 1)[0])
    ap.add_argument("--corpus", default=str(CORPUS), help="corpus folder of NAME.html pages ('' for none)")
    ap.add_argument("--keep", type=Path, help="write the text copies here (default: a temporary folder)")
    ap.add_argument("-v", "--verbose", action="store_true", help="every difference, not the first three")
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--text-from", choices=["browser", *DUMPS], default="browser",
                    help="the text: a browser's copy (bench/copier.py), or a text browser's dump (needs the program)")
    ap.add_argument("only", nargs="*", help="only pages whose name holds one of these")
    args = ap.parse_args()
    if args.text_from in DUMPS and shutil.which(DUMPS[args.text_from][0]) is None:
        print(f"--text-from {args.text_from}: {DUMPS[args.text_from][0]} is not installed "
              "(Debian: apt-get install w3m lynx)", file=sys.stderr)
        return 2
    keep: Path = args.keep or Path(tempfile.mkdtemp(prefix="crosscheck-"))
    keep.mkdir(parents=True, exist_ok=True)
    rows = []
    html_total = text_total = matched = 0
    for html, golden, own in pages(Path(args.corpus) if args.corpus else None):
        if args.only and not any(part in html.name for part in args.only):
            continue
        try:
            row = crosscheck(html, golden, own, keep, args.text_from)
        except RuntimeError as error:
            print(f"{html.stem}: {error}")
            continue
        rows.append(row)
        html_total += row["html"]
        text_total += row["text"]
        matched += row["matched"]
        flag = "" if row["matched"] == row["html"] == row["text"] else " *"
        opts = " ".join(f"--{name} {value}" for name, value in row["opts"].items())
        print(f"{row['page'][:58]:58} {row['html']:3}/{row['text']:<3} {row['matched']:3}{flag} {opts}")
        for diff in row["diffs"] if args.verbose else row["diffs"][:3]:
            print(f"    {diff[:200]}")
    print(f"TOTAL entries html {html_total}, text {text_total}, matched {matched}/{html_total} "
          f"over {len(rows)} pages")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
