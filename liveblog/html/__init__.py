"""Stage 2 for HTML: structured data and the page's own posts, reconciled.

    text --tree.parse--> lxml tree
         --jsonld / microdata / meta--> what the data says (posts, page fields)
         --containers--> the page's own posts (repeated elements holding a time)
           or, when there are none, the page's visible text --layout.extract_text-->
         --reconcile--> one Draft: each post once, each field from the better source

Nothing is fetched: lxml parses with `no_network`, and no URL on the page is followed.
A page with no posts in any source is an ordinary article (one entry, from the text path).
"""

from __future__ import annotations

import gc
from collections import Counter
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from functools import lru_cache

from lxml import etree

from ..layout import extract_text
from ..model import Draft, Explanation, Notice, RawEntry, Stamp
from ..zones import find_publisher, stated_zone
from .containers import Known, body_of, find_posts
from .jsonld import read_jsonld
from .meta import read_meta
from .microdata import read_microdata
from .reconcile import merge_data, normal, reconcile
from .sources import PageFacts, Post, read_instant, stamp_of
from .text import chunks, page_text
from .tree import cut, line_of, parse, raw_text, scan, strip_furniture

__all__ = ["extract_html"]

#: With fewer post containers than this, the page's visible text is read too, and the
#: reading that finds more posts wins.
FEW_POSTS = 5

#: Headlines shorter than this are too common ("Update", "Goal!") to tell a stream by.
MIN_KNOWN_HEADLINE = 12

#: Up to this many containers with no structured data behind them, the visible text is read
#: too and the reading with more posts wins (beyond it, the containers are taken as they are).
UNBACKED_POSTS = 300

#: The page's own time attributes read to learn its local UTC offset (a sample is enough).
MAX_OFFSET_VOTES = 200

#: Where a page may state its zone ("All times stated are UK"): each place is checked by
#: `zones.stated_zone`, which holds the statements themselves.
ZONE_NEEDLES = ("all times", "alle zeiten", "toutes les heures", "heure de", "heures de")
MAX_ZONE_TRIES = 20


def extract_html(text: str, *, explain: bool = False) -> Draft:
    # The reading makes objects by the hundred thousand (element proxies, chunks, posts)
    # that all live until it ends: the cyclic collector, run every 700 new objects, would
    # walk the growing heap again and again for nothing (about a tenth of the reading's
    # instructions). It is paused while the page is read, and put back as it was.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _extract_html(text, explain=explain)
    finally:
        if collecting:
            gc.enable()


def _extract_html(text: str, *, explain: bool) -> Draft:
    parsed = parse(text)
    root = parsed.root
    found = scan(root)
    jsonld = read_jsonld(root)
    microdata = read_microdata(found.items)
    meta = read_meta(root)
    strip_furniture(root)
    cut(found.cut)
    data = merge_data(list(microdata.posts), list(jsonld.posts))
    data_source = " and ".join(name for name, posts in (("microdata", microdata.posts), ("json-ld", jsonld.posts))
                               if posts) or "structured data"
    notes: list[Explanation] = [Explanation(line=None, role="defect", reason=problem, text="")
                                for problem in jsonld.notices]
    headlines = tuple(dict.fromkeys(" ".join(post.headline.split()) for post in data
                                    if post.headline and len(post.headline) >= MIN_KNOWN_HEADLINE))
    if len(headlines) == 1 and len(data) >= 3:
        headlines = ()  # the page's headline given to every post tells no post apart
    known = Known(keys=frozenset(post.key for post in data if post.key), headlines=headlines)
    page_posts = [] if parsed.truncated else find_posts(root, found, known if data else None)
    visible: Draft | None = None
    if len(page_posts) < FEW_POSTS or (not data and len(page_posts) <= UNBACKED_POSTS):
        # few or no containers, or containers nothing structured confirms (a sidebar of
        # teasers, posts stamped in a way the containers do not read): the visible text
        # may hold the posts (a ticker in one block, match-minute commentary)
        visible = _visible_text(root, explain=explain, raw=text if parsed.truncated else None)
        if visible.live and len(visible.entries) > len(page_posts):
            page_posts = [_as_post(entry) for entry in visible.entries]
        elif page_posts:
            visible = None
        else:
            page_posts = []
    facts = [facts for facts in (jsonld.page, microdata.page, meta) if facts is not None]
    if not page_posts and not data:
        assert visible is not None
        return _article(visible, facts, notes, _story(root, found.nested))
    result = reconcile(page_posts, data, data_source=data_source, explain=explain)
    source = "the page's posts" if page_posts and visible is None else "the page's text"
    notes.insert(0, Explanation(line=None, role="sources", text="",
                                reason=f"{len(page_posts)} posts on the page ({source}), "
                                       + (f"{len(data)} in {data_source}" if data else "no posts in structured data")))
    draft = _page_fields(root, found.dated, facts, visible, notes)
    outlet = normal(draft.publisher) if draft.publisher else None
    entries = tuple(_without_publisher(entry, outlet) for entry in result.entries)
    notices = (*draft.notices, *result.notices)
    if not entries:
        notices = (*notices, Notice(code="no-entries", message="no posts found"))
    lines = visible.explanations if visible is not None else ()  # the text path's reading, line by line
    explanations = (*draft.explanations, *result.explanations, *lines) if explain else ()
    return replace(draft, entries=entries, live=True, notices=notices, explanations=explanations)


def _without_publisher(entry: RawEntry, outlet: str | None) -> RawEntry:
    """Structured data often names the outlet as every post's author: that is no person.
    `outlet`: the publisher's name, normalised (`reconcile.normal`)."""
    if outlet is None or not entry.authors:
        return entry
    kept = tuple(name for name in entry.authors if _normal_name(name) not in (outlet, outlet + " desk"))
    return entry if len(kept) == len(entry.authors) else replace(entry, authors=kept)


#: Authors' names repeat on every post of a large page: each is normalised once.
_normal_name = lru_cache(maxsize=4096)(normal)


def _visible_text(root: etree._Element, *, explain: bool, raw: str | None) -> Draft:
    """The page's visible text through the text path, its line numbers mapped back to the page.
    With `raw` (a page nested deeper than the tree holds), the text is read from the tags."""
    if raw is not None:
        text = raw_text(raw)
        draft = extract_text(text, explain=explain)
        notice = Notice(code="html-too-deep", message="the page nests elements deeper than an HTML tree holds: "
                        "its text was read from the tags (no time attributes, no line numbers)")
        return replace(draft, format="html", entries=tuple(replace(entry, line=None) for entry in draft.entries),
                       explanations=tuple(replace(item, line=None) for item in draft.explanations),
                       notices=(*draft.notices, notice))
    body = root.find("body")
    text, sources = page_text(chunks(body if body is not None else root))
    if not text.strip():
        text, sources = "(empty page)", [None]
    draft = extract_text(text, explain=explain)

    def where(line: int | None) -> int | None:
        return sources[line - 1] if line is not None and 0 < line <= len(sources) else None

    entries = tuple(replace(entry, line=where(entry.line)) for entry in draft.entries)
    explanations = tuple(replace(item, line=where(item.line)) for item in draft.explanations)
    return replace(draft, format="html", entries=entries, explanations=explanations)


def _as_post(entry: RawEntry) -> Post:
    return Post(source="text", stamp=entry.stamp, headline=entry.headline, authors=entry.authors,
                paragraphs=entry.paragraphs, media=entry.media, kind=entry.kind, line=entry.line)


def _first(facts: list[PageFacts], name: str) -> tuple[object, str] | None:
    for found in facts:
        value = getattr(found, name)
        if value:
            return value, found.source
    return None


def _page_fields(root: etree._Element, dated: list[etree._Element], facts: list[PageFacts],
                 visible: Draft | None, notes: list[Explanation]) -> Draft:
    """Title, url, publisher, authors, dates, summary and zone: data first, then the page."""
    fields: dict[str, object] = {}
    for name in ("title", "url", "publisher", "authors", "published", "updated", "description"):
        found = _first(facts, name)
        fallback = getattr(visible, name, None) if visible is not None and name != "description" else None
        if found is None and fallback:
            found = (fallback, "the page's text")
        if found is not None:
            fields[name] = found[0]
            shown = ", ".join(found[0]) if isinstance(found[0], tuple) else str(found[0])
            notes.append(Explanation(line=None, role=name, reason=f"from {found[1]}", text=shown))
    # page dates in the page's own offset: clock-only stamps are anchored on the local date
    offset = _local_offset(dated)
    published = _localise(fields.get("published"), offset)
    updated = _localise(fields.get("updated"), offset)
    summary = visible.summary if visible is not None and visible.summary else (
        (str(fields["description"]),) if fields.get("description") else ())
    publisher = fields.get("publisher")
    if publisher is None:
        named = find_publisher([str(fields.get("title") or ""), str(fields.get("url") or "")])
        publisher = named[0] if named else None
    return Draft(
        format="html",
        entries=(),
        title=_str(fields.get("title")),
        url=_str(fields.get("url")),
        publisher=_str(publisher),
        authors=_names(fields.get("authors")),
        published=_stamp(published),
        updated=_stamp(updated),
        summary=summary,
        key_points=visible.key_points if visible is not None else (),
        stated_zone=(visible.stated_zone if visible is not None else None) or _zone(root),
        notices=visible.notices if visible is not None and visible.live else (),
        explanations=tuple(notes),
    )


def _local_offset(dated: list[etree._Element]) -> timedelta | None:
    """The UTC offset the page writes its own times in (`datetime="...+02:00"`), when one
    other than UTC is used: structured data often gives UTC, the page prints local time."""
    votes: Counter[timedelta] = Counter()
    for element in dated[:MAX_OFFSET_VOTES]:
        moment = read_instant(element.get("datetime") or element.get("content"))
        offset = moment.utcoffset() if moment is not None else None
        if offset:
            votes[offset] += 1
    return votes.most_common(1)[0][0] if votes else None


def _localise(value: object, offset: timedelta | None) -> object:
    if isinstance(value, datetime) and value.tzinfo is not None and offset is not None:
        return value.astimezone(timezone(offset))
    return value


def _names(value: object) -> tuple[str, ...]:
    return tuple(name for name in value if isinstance(name, str)) if isinstance(value, tuple) else ()


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _stamp(value: object) -> Stamp | None:
    if isinstance(value, datetime):
        return stamp_of(value)
    return value if isinstance(value, Stamp) else None


def _zone(root: etree._Element) -> str | None:
    body = root.find("body")
    text = etree.tostring(body if body is not None else root, method="text", encoding=str)
    # str.find on a lowered copy (a case-blind regex over megabytes is slow), as long as the
    # text: "İ" is the one character whose lower case is two, which would shift every position after it
    lowered = text.replace("\u0130", "I").lower()
    # three French needles hold "heure": one scan of the page for it spares three for them
    french = "heure" in lowered
    for needle in ZONE_NEEDLES:
        if not french and "heure" in needle:
            continue
        start = lowered.find(needle)
        tries = 0
        while start >= 0 and tries < MAX_ZONE_TRIES:
            zone = stated_zone(" ".join(text[start:start + 100].split("\n", 1)[0].split()))
            if zone is not None:
                return zone
            start = lowered.find(needle, start + 1)
            tries += 1
    return None


def _story(root: etree._Element, nested: set[etree._Element]) -> RawEntry | None:
    """An article's story from its one `<article>` (or `<main>`): its paragraphs, captions
    and byline, without the headline and dates around them; None when there is no such element."""
    candidates = list(root.iter("article"))
    if len(candidates) != 1:
        candidates = list(root.iter("main"))
    if len(candidates) != 1:
        return None
    found = [chunk for chunk in chunks(candidates[0], nested=nested) if chunk.tag != "time"]
    headline = None
    if found and found[0].role == "heading":
        headline = found.pop(0).text
    authors, paragraphs, media = body_of(found)
    if not paragraphs:
        return None
    return RawEntry(stamp=None, headline=headline, authors=tuple(authors), paragraphs=paragraphs, media=media,
                    line=line_of(candidates[0]))


def _article(visible: Draft, facts: list[PageFacts], notes: list[Explanation], story: RawEntry | None) -> Draft:
    """An ordinary article: one entry (the story from its `<article>` element, else the text
    path's), with the data's page fields."""
    page = _page_fields_for_article(visible, facts)
    entry = visible.entries[0] if visible.entries else RawEntry(stamp=None, headline=None)
    if story is not None:
        entry = replace(entry, paragraphs=story.paragraphs, media=story.media, line=story.line,
                        headline=story.headline or entry.headline, authors=story.authors or entry.authors)
        notes.append(Explanation(line=story.line, role="body", text=story.paragraphs[0][:80],
                                 reason="the story of the page's one <article> (no timestamped posts)"))
    if entry.stamp is None and page.published is not None:
        entry = replace(entry, stamp=page.published)
    if entry.headline is None:
        entry = replace(entry, headline=page.title)
    if not entry.authors and page.authors:
        entry = replace(entry, authors=page.authors)
    return replace(page, entries=(entry, *visible.entries[1:]),
                   explanations=(*notes, *page.explanations) if visible.explanations else ())


def _page_fields_for_article(visible: Draft, facts: list[PageFacts]) -> Draft:
    title = _first(facts, "title")
    url = _first(facts, "url")
    publisher = _first(facts, "publisher")
    authors = _first(facts, "authors")
    published = _first(facts, "published")
    updated = _first(facts, "updated")
    return replace(
        visible,
        title=_str(title[0]) if title else visible.title,
        url=_str(url[0]) if url else visible.url,
        publisher=_str(publisher[0]) if publisher else visible.publisher,
        authors=_names(authors[0]) if authors else visible.authors,
        published=_stamp(published[0]) if published else visible.published,
        updated=_stamp(updated[0]) if updated else visible.updated,
    )
