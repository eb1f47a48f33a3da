"""Defect sweep: every real live page's structured data broken in each way real pages break it.

    .venv/bin/python bench/defects.py                  # every page, every defect: the table
    .venv/bin/python bench/defects.py -v ndtv bbc      # only these pages, with each difference
    .venv/bin/python bench/defects.py --defects same-time,body-html

For each HTML fixture (fixtures/*.html) and corpus page (/work/shared/corpus/*.html) whose
JSON-LD or microdata carries `liveBlogUpdate`s, the page is parsed clean, then once per
defect, the defect written into its structured data (the JSON-LD edited and written back,
the microdata's `<meta content>` and `<time datetime>` values edited), and the entries of
each variant are compared with the clean parse's, one by one: count, instant (to the minute),
headline, authors, body start (first `BODY_START` characters, normalised).

Defects (as the issue lists them from real pages): bodies cut at 1,000 characters or cut
short with an ellipsis; only the latest posts in the data, or many more than the page shows;
every post given one time, midnight, the page's headline or one byline; times in a wrong
zone (the local clock marked "Z", or another offset); an articleBody of HTML markup, of
escaped markup, a list, an object. Besides: the data removed (`no-data`: the page alone),
the visible posts removed (`page-gone`: the data alone; `half-gone`: every other post's
container removed, so the data covers more than the page shows), and `page-gone` with each
defect (`gone+DEFECT`, compared with the clean `page-gone`).

A cell lists what changed: `-N`/`+N` entries lost/added (beyond those a defect adds; a loss is
a bug when the page alone shows the entry, or, with `half-gone`, the data alone gives it), then
per field the entries whose value changed: `T` time, `H` headline, `A` authors, `B` body.
An upper-case letter marks a value the visible page shows (the page alone, `no-data`, gives
the same value): such a change corrupts what a reader sees, a bug. A lower-case letter is a
value the clean parse took from the data (lost with the data's defect, judged by eye). `.`:
nothing changed; `n/a`: the defect has nothing to act on in this page. `<data`: fewer entries
than the defective data alone gives.
"""

from __future__ import annotations

import argparse
import copy
import html
import json
import math
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import liveblog  # noqa: E402
from liveblog.html.containers import Known, find_posts  # noqa: E402
from liveblog.html.jsonld import load, read_jsonld, types  # noqa: E402
from liveblog.html.microdata import props, read_microdata  # noqa: E402
from liveblog.html.reconcile import merge_data  # noqa: E402
from liveblog.html.tree import cut, parse, scan, strip_furniture  # noqa: E402

CORPUS = Path("/work/shared/corpus")
#: Body starts are compared on this many normalised characters.
BODY_START = 100
#: A body longer than this is cut there (`cut-1000`)...
CUT_AT = 1000
#: ...and every body is cut to this many characters and an ellipsis (`cut-short`).
SHORT_AT = 200
#: The data keeps only this many of its latest posts (`latest`), or a third of them when fewer.
LATEST = 10
#: At most this many posts the page does not show are added to the data (`extra`).
MAX_EXTRA = 200
#: One byline on every post (`one-byline`), when the page's own is no person.
BYLINE = "Robin Quayle"
#: A wrong zone (`zone-shift`): the data's wall clocks kept, with an offset this far off.
SHIFT = timedelta(hours=3)

Entry = dict[str, Any]
Updates = list[dict[str, Any]]


# ---------------------------------------------------------------------------
# Comparing entries.


def norm(text: object) -> str:
    if not isinstance(text, str):
        return ""
    text = unicodedata.normalize("NFKC", text).lower()
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def minute(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        return "naive " + value[:16]
    return moment.astimezone(UTC).replace(second=0, microsecond=0).isoformat()


def facts(entry: Entry) -> dict[str, object]:
    return {"T": minute(entry.get("time")), "H": norm(entry.get("headline")) or None,
            "A": tuple(sorted(norm(name) for name in entry.get("authors") or ())),
            "B": norm(entry.get("body"))[:BODY_START]}


def pair(left: list[Entry], right: list[Entry]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Entries paired one to one: by body start, then headline, then time."""
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    keys: list[Callable[[Entry], object]] = [
        lambda entry: norm(entry.get("body"))[:40] or None,
        lambda entry: norm(entry.get("body"))[:20] or None,
        lambda entry: norm(entry.get("headline")) or None,
        lambda entry: minute(entry.get("time")),
    ]
    for key in keys:
        lookup: dict[object, int] = {}
        for index, entry in enumerate(right):
            value = key(entry)
            if index not in taken and value is not None:
                lookup.setdefault(value, index)
        for index, entry in enumerate(left):
            value = key(entry)
            if index in pairs or value is None or value not in lookup or lookup[value] in taken:
                continue
            pairs[index] = lookup[value]
            taken.add(lookup[value])
    lost = [index for index in range(len(left)) if index not in pairs]
    added = [index for index in range(len(right)) if index not in taken]
    return sorted(pairs.items()), lost, added


@dataclass
class Diff:
    lost: int = 0
    lost_shown: int = 0  # of the entries lost, those the page alone shows
    added: int = 0
    fields: dict[str, int] = field(default_factory=dict)  # "T" (shown on the page) or "t" (from data) -> count
    details: list[str] = field(default_factory=list)
    short_of_data: bool = False

    def cell(self) -> str:
        parts = ([f"-{self.lost}"] if self.lost else []) + ([f"+{self.added}"] if self.added else [])
        parts += [f"{name}{count}" for name, count in sorted(self.fields.items(), key=lambda item: item[0].upper())]
        if self.short_of_data:
            parts.append("<data")
        return " ".join(parts) or "."

    def bug(self) -> bool:
        return bool(self.lost_shown or self.short_of_data or any(name.isupper() for name in self.fields))


def compare(clean: list[Entry], variant: list[Entry], page_alone: list[Entry] | None, expected_added: int,
            data_alone: list[Entry] | None = None) -> Diff:
    """What changed from `clean` to `variant`. A value the page alone shows that changes is a bug;
    with `data_alone` (some posts' containers removed), a value the data alone gives is no change,
    and an entry lost is a bug only when the data alone gives it."""
    pairs, lost, added = pair(clean, variant)
    shown: dict[int, dict[str, object]] = {}
    if page_alone is not None:
        for left, right in pair(clean, page_alone)[0]:
            shown[left] = facts(page_alone[right])
    given: dict[int, dict[str, object]] = {}
    if data_alone is not None:
        for left, right in pair(clean, data_alone)[0]:
            given[left] = facts(data_alone[right])
        lost = [index for index in lost if index in given]
    diff = Diff(lost=len(lost), added=max(0, len(added) - expected_added),
                lost_shown=sum(1 for index in lost if index in shown) if page_alone is not None else len(lost))
    for left, right in pairs:
        before, after = facts(clean[left]), facts(variant[right])
        for name in ("T", "H", "A", "B"):
            if before[name] == after[name] or (left in given and given[left][name] == after[name]):
                continue
            on_page = bool(before[name]) and shown.get(left, {}).get(name) == before[name]
            label = name if on_page else name.lower()
            diff.fields[label] = diff.fields.get(label, 0) + 1
            diff.details.append(f"{label} #{left}: {before[name]!r:.70} -> {after[name]!r:.70}")
    for index in lost:
        diff.details.append(f"lost #{index}: {facts(clean[index])['B']!r:.70}")
    return diff


# ---------------------------------------------------------------------------
# The pages.


@dataclass
class Page:
    name: str
    raw: bytes
    options: dict[str, str]


def pages(filters: list[str]) -> Iterator[Page]:
    paths = sorted((ROOT / "fixtures").glob("*.html")) + (sorted(CORPUS.glob("*.html")) if CORPUS.is_dir() else [])
    for path in paths:
        raw = path.read_bytes()
        if b"liveBlogUpdate" not in raw or (filters and not any(word in path.name for word in filters)):
            continue
        options_path = path.with_name(path.name + ".options.json")
        options = json.loads(options_path.read_text()) if options_path.exists() else {}
        yield Page(name=path.name.removesuffix(".html"), raw=raw, options=options)


def run(text: str, options: dict[str, str]) -> list[Entry]:
    timeline = liveblog.parse(text, **options)  # type: ignore[arg-type]
    return [dict(entry.to_dict()) for entry in timeline.entries if not entry.duplicate_of]


def serialise(root: etree._Element) -> str:
    return "<!DOCTYPE html>\n" + etree.tostring(root, method="html", encoding="unicode")


# ---------------------------------------------------------------------------
# Editing the structured data.


def ld_scripts(root: etree._Element) -> Iterator[etree._Element]:
    for script in root.iter("script"):
        if "ld+json" in (script.get("type") or "").lower():
            yield script


def ld_blogs(values: list[Any]) -> Iterator[dict[str, Any]]:
    stack: list[Any] = list(values)
    while stack:
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, dict):
            if "liveBlogUpdate" in value:
                yield value
            stack.extend(item for item in value.values() if isinstance(item, dict | list))


def edit_jsonld(root: etree._Element, edit: Callable[[dict[str, Any], Updates], bool]) -> bool:
    """Apply `edit(blog, updates)` to every LiveBlogPosting's updates; the blocks written back."""
    changed = False
    for script in ld_scripts(root):
        values = load(script.text or "")
        if not values:
            continue
        touched = False
        for blog in ld_blogs(values):
            updates = blog["liveBlogUpdate"]
            if isinstance(updates, dict):
                updates = blog["liveBlogUpdate"] = [updates]
            if isinstance(updates, list):
                touched = edit(blog, updates) or touched
        # every block is written back, as the baseline (`identity`) writes it
        script.text = json.dumps(values[0] if len(values) == 1 else values, ensure_ascii=False)
        changed = changed or touched
    return changed


def md_items(root: etree._Element) -> list[etree._Element]:
    return [element for element in root.iter() if element.get("itemscope") is not None
            and "liveBlogUpdate" in (element.get("itemprop") or "").split()]


def md_props(item: etree._Element, name: str) -> list[etree._Element]:
    """The elements giving an item's property `name` as data (a `<meta>`'s content, a `<time>`'s datetime)."""
    found = []
    walker = etree.iterwalk(item, events=("start",))
    for _, element in walker:
        if element is item:
            continue
        if name in (element.get("itemprop") or "").split() and element.get("itemscope") is None and (
                element.tag == "meta" or (element.tag == "time" and element.get("datetime") is not None)):
            found.append(element)
        if element.get("itemscope") is not None:
            walker.skip_subtree()
    return found


def md_value_attribute(element: etree._Element) -> str:
    return "datetime" if element.tag == "time" else "content"


def page_title(root: etree._Element) -> str:
    for script in ld_scripts(root):
        for blog in ld_blogs(load(script.text or "") or []):
            if isinstance(blog.get("headline"), str):
                return str(blog["headline"])
    heading = next(root.iter("h1"), None)
    text = " ".join("".join(str(text) for text in heading.itertext()).split()) if heading is not None else ""
    return text or "Live: the latest"


def shift_time(value: object, how: str, local: timedelta | None = None) -> object:
    """A time in a wrong zone: `how` "z", its wall clock marked UTC (a UTC time: its wall clock
    in `local`, the offset the page prints its clocks in, marked UTC); else another offset."""
    if not isinstance(value, str):
        return value
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    if moment.tzinfo is None:
        return value
    wall = moment.replace(tzinfo=None).isoformat(timespec="seconds")
    offset = moment.utcoffset() or timedelta(0)
    if how == "z":  # the wall clock marked UTC
        if not offset and local:
            wall = (moment + local).replace(tzinfo=None).isoformat(timespec="seconds")
            return wall + "Z"
        return wall + "Z" if offset else value
    sign = "+" if offset + SHIFT >= timedelta(0) else "-"
    minutes = abs(int((offset + SHIFT) / timedelta(minutes=1)))
    return f"{wall}{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def times_of(updates: Updates) -> list[datetime]:
    found = []
    for update in updates:
        value = update.get("datePublished")
        if isinstance(value, str):
            try:
                moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                continue
            if moment.tzinfo is not None:
                found.append(moment)
    return found


def _body_text(update: dict[str, Any]) -> str | None:
    value = update.get("articleBody")
    return value if isinstance(value, str) else None


def ld_defect(name: str, title: str, local: timedelta | None) -> Callable[[dict[str, Any], Updates], bool]:
    """The edit of one defect on a LiveBlogPosting's updates (True: something changed)."""

    def edit(blog: dict[str, Any], updates: Updates) -> bool:
        if not updates:
            return False
        if name == "identity":
            return True
        if name == "latest":
            keep = min(LATEST, max(1, math.ceil(len(updates) / 3)))
            ranked = sorted(range(len(updates)), key=lambda i: str(updates[i].get("datePublished", "")), reverse=True)
            kept = set(ranked[:keep])
            updates[:] = [update for index, update in enumerate(updates) if index in kept]
            return True
        if name == "extra":
            earliest = min(times_of(updates), default=None)
            count = min(MAX_EXTRA, 2 * len(updates))
            original = len(updates)  # (the added posts keep the one time all the data's posts share, if they do)
            for number in range(count):
                update = copy.deepcopy(updates[number % len(updates)])
                for key in ("url", "@id"):
                    if isinstance(update.get(key), str):
                        update[key] = f"{update[key]}-archived-{number}"
                if earliest is not None and len(set(times_of(updates[:original]))) > 1:
                    update["datePublished"] = (earliest - timedelta(hours=number + 1)).isoformat()
                update["headline"] = f"Archived update number {number}"
                update["articleBody"] = f"Archived update number {number}: an older post the page no longer shows."
                updates.append(update)
            return True
        if name in ("same-time", "midnight"):
            newest = max(times_of(updates), default=None)
            if newest is None:
                return False
            if name == "midnight":
                newest = newest.replace(hour=0, minute=0, second=0, microsecond=0)
            for update in updates:
                update["datePublished"] = newest.isoformat()
            return True
        if name in ("zone-z", "zone-shift"):
            changed = False
            for update in updates:
                new = shift_time(update.get("datePublished"), "z" if name == "zone-z" else "shift", local)
                changed = changed or new != update.get("datePublished")
                update["datePublished"] = new
                update.pop("dateModified", None)
            return changed
        if name == "page-headline":
            for update in updates:
                update["headline"] = title
            return True
        if name == "one-byline":
            author = blog.get("author")
            person = author if isinstance(author, dict) and "Person" in types(author) else \
                {"@type": "Person", "name": BYLINE}
            for update in updates:
                update["author"] = person
            return True
        changed = False
        for update in updates:
            text = _body_text(update)
            if text is None:
                continue
            if name == "cut-1000":
                if len(text) > CUT_AT:
                    update["articleBody"] = text[:CUT_AT]
                    changed = True
                continue
            changed = True
            paragraphs = [part for part in re.split(r"\n\s*\n", text) if part.strip()] or [text]
            marked = markup(paragraphs)
            if name == "cut-short":
                update["articleBody"] = text[:SHORT_AT] + "…" if len(text) > SHORT_AT else text
            elif name == "body-html":
                update["articleBody"] = marked
            elif name == "body-escaped":
                update["articleBody"] = html.escape(marked, quote=False)
            elif name == "body-list":
                update["articleBody"] = paragraphs
            elif name == "body-object":
                update["articleBody"] = {"@type": "TextObject", "text": text}
        return changed

    return edit


def markup(paragraphs: list[str]) -> str:
    """Paragraphs as an HTML body: each in a `<p>`; text that is already markup (escaped or not) kept as such."""
    parts = []
    for part in paragraphs:
        text = html.unescape(part)
        parts.append(f"<p>{text if re.search(r'<[a-z/][^<>]*>', text) else html.escape(text, quote=False)}</p>")
    return "".join(parts)


def md_defect(root: etree._Element, name: str, title: str, local: timedelta | None) -> bool:
    """One defect written into the page's microdata updates (their `<meta>`/`<time>` values)."""
    items = md_items(root)
    if not items:
        return False
    if name == "identity":
        return True

    def values(prop: str) -> list[tuple[etree._Element, str]]:
        return [(element, md_value_attribute(element)) for item in items for element in md_props(item, prop)]

    if name == "latest":
        keep = min(LATEST, max(1, math.ceil(len(items) / 3)))
        for item in sorted(items, key=lambda item: " ".join(element.get(attr) or "" for element, attr in
                                                         [(e, md_value_attribute(e)) for e in
                                                          md_props(item, "datePublished")]), reverse=True)[keep:]:
            strip_item(item)
        return True
    if name == "extra":
        parent = root.find("body")
        if parent is None:
            return False
        for number in range(min(MAX_EXTRA, 2 * len(items))):
            extra = etree.SubElement(parent, "div", itemprop="liveBlogUpdate", itemscope="",
                                     itemtype="https://schema.org/BlogPosting")
            etree.SubElement(extra, "meta", itemprop="headline", content=f"Archived update number {number}")
            etree.SubElement(extra, "meta", itemprop="datePublished",
                             content=(datetime(2001, 1, 1) + timedelta(hours=number)).isoformat() + "Z")
            etree.SubElement(extra, "meta", itemprop="articleBody",
                             content=f"Archived update number {number}: an older post the page no longer shows.")
        return True
    if name in ("same-time", "midnight", "zone-z", "zone-shift"):
        found = values("datePublished")
        if not found:
            return False
        if name in ("same-time", "midnight"):
            stamps = [element.get(attr) or "" for element, attr in found]
            newest = max(stamps)
            if name == "midnight":
                newest = newest[:10] + "T00:00:00" + newest[19:]
            for element, attr in found:
                element.set(attr, newest)
            return True
        changed = False
        for element, attr in found:
            new = str(shift_time(element.get(attr), "z" if name == "zone-z" else "shift", local))
            changed = changed or new != element.get(attr)
            element.set(attr, new)
        for element, attr in values("dateModified"):
            element.set(attr, str(shift_time(element.get(attr), "z" if name == "zone-z" else "shift", local)))
        return changed
    if name == "page-headline":
        found = values("headline")
        for element, attr in found:
            element.set(attr, title)
        return bool(found)
    if name == "one-byline":
        found = values("author")
        for element, attr in found:
            element.set(attr, BYLINE)
        return bool(found)
    found = values("articleBody")
    changed = False
    for element, attr in found:
        text = element.get(attr) or ""
        marked = markup([part for part in text.split("\n\n") if part.strip()])
        if name == "cut-1000" and len(text) > CUT_AT:
            element.set(attr, text[:CUT_AT])
        elif name == "cut-short" and len(text) > SHORT_AT:
            element.set(attr, text[:SHORT_AT] + "…")
        elif name == "body-html":
            element.set(attr, marked)
        elif name == "body-escaped":
            element.set(attr, html.escape(marked, quote=False))
        else:
            continue
        changed = True
    return changed


def strip_item(item: etree._Element) -> None:
    """An item no longer data: its attributes and its `<meta>` properties gone (its text stays)."""
    for attribute in ("itemprop", "itemscope", "itemtype", "itemid"):
        item.attrib.pop(attribute, "")
    for element in list(item.iter("meta", "link")):
        if element.get("itemprop") and element.getparent() is not None:
            element.getparent().remove(element)  # type: ignore[union-attr]
    for element in item.iter():
        for attribute in ("itemprop", "itemscope", "itemtype", "itemid"):
            element.attrib.pop(attribute, "")


def flattened(item: etree._Element) -> etree._Element:
    """A microdata item with no visible text: each property a `<meta>`, nested items one level down."""
    copied = etree.Element("div", {str(name): str(value) for name, value in item.attrib.items()
                                   if name in ("itemprop", "itemscope", "itemtype", "itemid")})
    for prop, found in props(item).items():
        for value in found:
            if isinstance(value, str):
                etree.SubElement(copied, "meta", itemprop=prop, content=value)
            else:
                nested = etree.SubElement(copied, "div", itemprop=prop, itemscope="",
                                          itemtype=value.get("itemtype") or "")
                for inner, inner_values in props(value).items():
                    for inner_value in inner_values:
                        if isinstance(inner_value, str):
                            etree.SubElement(nested, "meta", itemprop=inner, content=inner_value)
    return copied


def remove_data(root: etree._Element) -> bool:
    had = False
    for script in list(ld_scripts(root)):
        script.getparent().remove(script)  # type: ignore[union-attr]
        had = True
    for item in [element for element in root.iter() if element.get("itemscope") is not None]:
        strip_item(item)
        had = True
    return had


def data_posts(raw: bytes) -> int:
    """How many posts the page's structured data holds (JSON-LD and microdata, each once)."""
    root = parse(raw.decode("utf-8", "replace")).root
    return len(merge_data(list(read_microdata(scan(root).items).posts), list(read_jsonld(root).posts)))


def post_anchors(raw: bytes) -> tuple[etree._Element, list[etree._Element]]:
    """The page's tree and its post containers, as the HTML path finds them."""
    text = raw.decode("utf-8", "replace")
    working = parse(text).root
    pristine = parse(text).root
    keep_alive = list(working.iter())  # element proxies stay the same objects while referenced
    order = {id(element): index for index, element in enumerate(keep_alive)}
    found = scan(working)
    strip_furniture(working)
    cut(found.cut)
    posts = find_posts(working, found, Known(keys=frozenset(), headlines=()))
    everything = list(pristine.iter())
    anchors = [everything[order[id(post.anchor)]] for post in posts if id(post.anchor) in order]
    del keep_alive
    return pristine, anchors


def remove_posts(root: etree._Element, anchors: list[etree._Element]) -> None:
    """The posts' containers removed; a microdata update inside one stays, with no visible text."""
    for anchor in anchors:
        parent = anchor.getparent()
        if parent is None:
            continue
        items = md_items(anchor)
        if "liveBlogUpdate" in (anchor.get("itemprop") or ""):
            items = [anchor]
        for item in items:
            anchor.addprevious(flattened(item))
        parent.remove(anchor)


def page_gone(root: etree._Element) -> None:
    """The body emptied but for its structured data (JSON-LD blocks, microdata updates, bare)."""
    body = root.find("body")
    if body is None:
        return
    kept = [*[script for script in ld_scripts(body)], *[flattened(item) for item in md_items(body)]]
    lives = [element for element in body.iter() if "LiveBlogPosting" in (element.get("itemtype") or "")]
    for element in list(body):
        body.remove(element)
    body.text = None
    holder = body
    if lives:
        holder = etree.SubElement(body, "div", itemscope="", itemtype=lives[0].get("itemtype") or "")
    for element in kept:
        holder.append(element)


# ---------------------------------------------------------------------------
# The sweep.

DEFECTS = ("cut-1000", "cut-short", "latest", "extra", "same-time", "midnight", "page-headline", "one-byline",
           "zone-z", "zone-shift", "body-html", "body-escaped", "body-list", "body-object")
GONE_DEFECTS = ("cut-short", "same-time", "page-headline", "one-byline", "zone-z", "body-html", "body-escaped",
                "body-list", "body-object")


def variant(raw: bytes, defect: str, *, gone: bool = False, local: timedelta | None = None) -> str | None:
    """The page's text with one defect (None: nothing to act on). `local`: the one offset the
    clean parse gives every entry (where the page prints local clocks)."""
    if defect == "half-gone":
        root, anchors = post_anchors(raw)
        if len(anchors) < 2:
            return None
        remove_posts(root, anchors[1::2])
        return serialise(root)
    root = parse(raw.decode("utf-8", "replace")).root
    title = page_title(root)
    if defect == "no-data":
        if not remove_data(root):
            return None
    else:
        name = defect
        changed = edit_jsonld(root, ld_defect(name, title, local))
        changed = md_defect(root, name, title, local) or changed
        if not changed:
            return None
    if gone:
        page_gone(root)
    return serialise(root)


def sweep(page: Page, defects: list[str], verbose: bool) -> dict[str, str]:
    clean_text = variant(page.raw, "identity")
    raw_entries = run(page.raw.decode("utf-8", "replace"), page.options)
    clean = run(clean_text, page.options) if clean_text is not None else raw_entries
    cells: dict[str, str] = {}
    offsets = {datetime.fromisoformat(entry["time"]).utcoffset() for entry in clean if entry.get("time")}
    local = next(iter(offsets)) if len(offsets) == 1 else None
    base = compare(raw_entries, clean, None, 0)
    cells["identity"] = base.cell()
    if verbose and base.details:
        print(f"  {page.name} identity (the data written back) vs the page as saved:", *base.details[:8], sep="\n    ")
    alone_text = variant(page.raw, "no-data")
    alone = run(alone_text, page.options) if alone_text is not None else None
    data_text = variant(page.raw, "identity", gone=True)
    data_alone = run(data_text, page.options) if data_text is not None else []
    extra_count = len(data_alone)
    for defect in defects:
        gone = defect.startswith("gone+")
        name = defect.removeprefix("gone+")
        if name == "page-gone":
            text, gone = data_text, False
        elif name == "no-data":
            text = alone_text
        else:
            text = variant(page.raw, name, gone=gone, local=local)
        if text is None:
            cells[defect] = "n/a"
            continue
        entries = run(text, page.options)
        reference = data_alone if gone else clean
        added = 0
        if name == "extra":
            added = min(MAX_EXTRA, 2 * extra_count)
        if name == "page-gone":  # the data alone: all its posts, nothing to compare but their count
            diff = Diff(short_of_data=len(entries) < data_posts(page.raw))
            diff.lost = diff.lost_shown = max(0, data_posts(page.raw) - len(entries))
        else:
            diff = compare(reference, entries, None if gone else alone, added,
                           data_alone if name == "half-gone" else None)
        if not gone and name not in ("no-data", "page-gone", "half-gone") and name in GONE_DEFECTS:
            gone_text = variant(page.raw, name, gone=True, local=local)
            if gone_text is not None and len(run(gone_text, page.options)) > len(entries):
                diff.short_of_data = True
        if name == "extra" and len(entries) < len(clean) + added:
            diff.short_of_data = True
        cells[defect] = diff.cell() + (" !" if diff.bug() and name != "no-data" else "")
        if verbose and diff.details:
            print(f"  {page.name} {defect}:", *diff.details[:12], sep="\n    ")
    return cells


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="*", help="only pages whose name holds one of these words")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each difference")
    parser.add_argument("--defects", help="a comma-separated list of defects (default: all)")
    args = parser.parse_args()
    chosen = args.defects.split(",") if args.defects else [
        "no-data", "page-gone", "half-gone", *DEFECTS, *(f"gone+{name}" for name in GONE_DEFECTS)]
    rows = []
    for page in pages(args.pages):
        cells = sweep(page, chosen, args.verbose)
        rows.append((page.name, cells))
    columns = ["identity", *chosen]
    width = max((len(name) for name, _ in rows), default=4)
    width = min(width, 34)
    for start in range(0, len(columns), 6):
        part = columns[start:start + 6]
        print(f"{'page':{width}} " + " ".join(f"{column:>16}" for column in part))
        for name, cells in rows:
            print(f"{name[:width]:{width}} " + " ".join(f"{cells.get(column, ''):>16}" for column in part))
        print()
    bugs = sum(cell.endswith("!") for _, cells in rows for cell in cells.values())
    print(f"{len(rows)} pages x {len(columns)} variants; {bugs} cells change what the page shows or lose entries (!)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
