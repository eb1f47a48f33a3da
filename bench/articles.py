"""Ordinary news articles: how liveblog reads them, against mozilla/readability's test pages.

    .venv/bin/python bench/articles.py PAGES                 # every PAGES/<name>/ with a source.html
    .venv/bin/python bench/articles.py PAGES -v bbc cnn      # only these pages, with what was read
    .venv/bin/python bench/articles.py PAGES --json out.json

PAGES is laid out as readability's `test/test-pages/`: one folder a page holding `source.html`
(the saved page), `expected-metadata.json` (title, byline, publishedTime, ...) and
`expected.html` (the article's content). Nothing third-party is kept in this repository: point
it at a copy of those folders (or any made the same way).

A document with no timestamped entries is an ordinary article: liveblog should give one entry
of kind `post` holding it, with the warning `not-a-live-blog`. Each page is read twice, from its
HTML and from the text a browser's "select all, copy" gives (bench/copier.py, as
bench/crosscheck.py makes it), and compared with readability's expected files:

- entries: how many; `LIVE` marks a page read as a live blog with several entries (the worst
  fault: a real article split into many posts);
- title: `=` the same (spaces, case and quote marks aside), `<` ours is part of theirs (theirs
  keeps a " | Site" tail, say), `>` theirs is part of ours, `x` different, `-` none found;
- authors: `=` the same names, `~` some shared, `x` none shared, `-` none found where a byline is
  expected, `+` found where none is expected (readability's byline is its own opinion: a site
  name or "By ... and ..." is compared name by name, with "By" and roles dropped);
- published: `m` the same instant to the minute, `d` the same day only, `x` another day, `-` none
  found where one is expected (blank where readability gives none);
- body: the share of expected.html's words found in the entry bodies (`cov`), and how many
  words the bodies hold beyond them, as a share of the expected words (`extra`).

readability's expected metadata is its own opinion, sometimes wrong (a related box's writer as
the byline, no byline where the page prints three names); `--truth FILE` (JSON: page name ->
title, byline, publishedTime as read on the page) replaces those fields, and marks the page `*`.

Prints a row a page for each reading and the totals. Nothing is asserted: it measures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from anywhere: the copier is bench/copier.py

from lxml import etree  # noqa: E402
from lxml import html as lhtml  # noqa: E402

import liveblog  # noqa: E402
from bench import copier  # noqa: E402

WORD = re.compile(r"\w+")
QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})
#: Words of a byline that are no part of a name.
BYLINE_NOISE = re.compile(
    r"(?i)\b(?:and|by|correspondent|de|e|editor|et|from|par|por|reporter|und|von|with|y)\b|[:|,&;/]")
Timeline = dict[str, Any]
if TYPE_CHECKING:
    from liveblog.vocabulary import Format


def norm(text: str | None) -> str:
    return " ".join((text or "").translate(QUOTES).casefold().split())


def words(text: str) -> Counter[str]:
    return Counter(WORD.findall(text.casefold()))


def title_mark(ours: str | None, theirs: str | None) -> str:
    a, b = norm(ours), norm(theirs)
    if not a:
        return "-" if b else "="
    if a == b:
        return "="
    if a in b:
        return "<"
    if b and b in a:
        return ">"
    return "x"


def names(byline: str) -> set[str]:
    parts = BYLINE_NOISE.sub("\n", byline.translate(QUOTES)).split("\n")
    return {" ".join(part.casefold().split()) for part in parts if part.strip()}


def authors_mark(ours: list[str], byline: str | None) -> str:
    if not byline:
        return "+" if ours else "="
    if not ours:
        return "-"
    want = names(byline)
    have = set().union(*(names(author) for author in ours))
    if want == have:
        return "="
    return "~" if want & have else "x"


def published_mark(ours: str | None, theirs: str | None) -> str:
    if not theirs:
        return " "
    if not ours:
        return "-"
    try:
        mine = dt.datetime.fromisoformat(ours)
        gold = dt.datetime.fromisoformat(theirs.replace("Z", "+00:00"))
    except ValueError:
        return "x"
    aware = mine.tzinfo is not None and gold.tzinfo is not None
    if (abs((mine - gold).total_seconds()) < 60) if aware else mine.replace(tzinfo=None, second=0, microsecond=0) \
            == gold.replace(tzinfo=None, second=0, microsecond=0):
        return "m"
    days = {mine.date()} | ({mine.astimezone(gold.tzinfo).date()} if aware else set())
    if gold.date() in days or (len(theirs) <= 10 and mine.date() == gold.date()):
        return "d"
    return "x"


def expected_words(page: Path) -> Counter[str]:
    path = page / "expected.html"
    if not path.exists():
        return Counter()
    doc = lhtml.fromstring(path.read_text(encoding="utf-8", errors="replace") or "<div></div>")
    etree.strip_elements(doc, "script", "style", with_tail=False)
    return words(" ".join(str(text) for text in doc.itertext()))


def reading(timeline: Timeline, meta: dict[str, Any], want: Counter[str]) -> dict[str, Any]:
    entries = timeline["entries"]
    body = "\n".join(entry.get("body") or "" for entry in entries)
    have = words(body)
    shared = sum((have & want).values())
    total = sum(want.values())
    return {
        "entries": len(entries),
        "live": len(entries) > 1,
        "not_live_warning": any(w.get("code") == "not-a-live-blog" for w in timeline.get("warnings", [])),
        "title": title_mark(timeline.get("title"), meta.get("title")),
        "authors": authors_mark(timeline.get("authors") or [], meta.get("byline")),
        "published": published_mark(timeline.get("published"), meta.get("publishedTime")),
        "coverage": shared / total if total else None,
        "extra": (sum(have.values()) - shared) / total if total else None,
        "got": {"title": timeline.get("title"), "authors": timeline.get("authors"),
                "published": timeline.get("published"), "headlines": [e.get("headline") for e in entries[:4]]},
    }


def read_page(page: Path, truth: dict[str, Any] | None = None) -> dict[str, Any]:
    meta = json.loads((page / "expected-metadata.json").read_text(encoding="utf-8"))
    meta.update(truth or {})
    data = (page / "source.html").read_bytes()
    want = expected_words(page)
    row: dict[str, Any] = {"page": page.name + ("*" if truth else ""),
                           "meta": {k: meta.get(k) for k in ("title", "byline", "publishedTime")}}
    readings: tuple[tuple[Format, bytes], ...] = (("html", data), ("text", copier.copy(data).encode("utf-8")))
    for how, given in readings:
        try:
            timeline = dict(liveblog.parse(given, name=f"{page.name}.{how}", format=how).to_dict())
        except liveblog.LiveblogError as error:
            row[how] = {"error": str(error)[:200]}
            continue
        row[how] = reading(timeline, meta, want)
    return row


def cell(result: dict[str, Any]) -> str:
    if "error" in result:
        return f"{'error':31}"
    cov = "  -" if result["coverage"] is None else f"{result['coverage'] * 100:3.0f}"
    extra = "  -" if result["extra"] is None else f"{min(result['extra'], 9.99) * 100:3.0f}"
    live = "LIVE" if result["live"] else "    "
    return (f"{result['entries']:3} {live} {result['title']} {result['authors']} {result['published']} "
            f"{cov}% +{extra}%")


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n", 1)[0])
    ap.add_argument("pages", type=Path, help="a folder of PAGE/source.html, expected-metadata.json, expected.html")
    ap.add_argument("only", nargs="*", help="only pages whose name holds one of these")
    ap.add_argument("-v", "--verbose", action="store_true", help="also what was read and what readability says")
    ap.add_argument("--json", type=Path, help="also write the rows here")
    ap.add_argument("--truth", type=Path, help="JSON: page name -> title, byline, publishedTime read on the page")
    args = ap.parse_intermixed_args()
    truths: dict[str, Any] = json.loads(args.truth.read_text(encoding="utf-8")) if args.truth else {}
    folders = sorted(p for p in args.pages.iterdir() if (p / "source.html").exists()
                     and (p / "expected-metadata.json").exists())
    rows = [read_page(p, truths.get(p.name)) for p in folders
            if not args.only or any(part in p.name for part in args.only)]
    print(f"{'page':18} {'html: n live t a p cov extra':31} | {'text: n live t a p cov extra':31}")
    for row in rows:
        print(f"{row['page'][:18]:18} {cell(row['html'])} | {cell(row['text'])}")
        if args.verbose:
            print(f"    readability: {row['meta']}")
            for how in ("html", "text"):
                print(f"    {how}: {row[how].get('got', row[how])}")
    for how in ("html", "text"):
        done = [row[how] for row in rows if "error" not in row[how]]
        covs = [r["coverage"] for r in done if r["coverage"] is not None]
        extras = [r["extra"] for r in done if r["extra"] is not None]
        timed = [r for r in done if r["published"] != " "]
        print(f"TOTAL {how}: {len(done)}/{len(rows)} pages read, live {sum(r['live'] for r in done)}, "
              f"title = {sum(r['title'] == '=' for r in done)} (<> {sum(r['title'] in '<>' for r in done)}), "
              f"authors = {sum(r['authors'] == '=' for r in done)} (~ {sum(r['authors'] == '~' for r in done)}), "
              f"published m {sum(r['published'] == 'm' for r in timed)} d {sum(r['published'] == 'd' for r in timed)}"
              f" of {len(timed)}, coverage {sum(covs) / max(len(covs), 1) * 100:.1f}%, "
              f"extra {sum(extras) / max(len(extras), 1) * 100:.1f}%")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
