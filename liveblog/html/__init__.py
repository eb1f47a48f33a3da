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
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from urllib.parse import parse_qsl, urlsplit

from lxml import etree

from .. import furniture
from ..layout import MIN_CONTENTS, byline_names, extract_text
from ..model import Draft, Explanation, Media, Notice, RawEntry, Stamp
from ..stamps import read_stamp
from ..zones import find_publisher, locale_zone, stated_zone
from ..zones import zone as iana_zone
from .containers import Known, body_of, box_names, find_posts, side_boxes, unglued
from .jsonld import read_jsonld
from .meta import read_meta, title_site
from .microdata import read_microdata
from .pagetimes import marked_times, read_page_times
from .reconcile import merge_data, normal, reconcile
from .sources import PageFacts, Post, read_instant, stamp_of
from .text import Chunk, chunks, page_text, plain
from .tree import cut, line_of, marks_of, parse, raw_text, scan, strip_furniture, tag_of

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
#: An article's headline may stand below this many kickers (a section link, a label)...
MAX_KICKERS = 2
#: ...each of at most this many words.
MAX_KICKER_WORDS = 4
#: The page's title is looked for as a heading among an article's first chunks, this many
#: after the first.
MAX_ABOVE_TITLE = 8
#: A date line below an article's headline is at most this long.
MAX_DATELINE_CHUNK = 80
#: A list of links to the page's own posts is its key points with at least this many items.
MIN_LINKED_POINTS = 2
#: A key point read for a leading clock is at most this long (longer ones are statements, read as they are).
MAX_STAMPED_POINT = 300


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
    # times the markup marks as the page's, read before furniture (where a "First Published"
    # line may stand) is cut out; only when no data or meta tag dates the page
    dated = any(page is not None and page.published is not None for page in (jsonld.page, microdata.page, meta))
    marked = [] if dated else marked_times(found.dated)
    after_footer = _after_footers(root)  # the footers themselves are stripped now
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
    preamble: tuple[str, ...] = ()  # the text above the posts, as the text path reads it
    boxed: tuple[str, ...] = ()  # the key points the text path read, when the page's posts are read instead
    printed: Draft | None = None  # the text path's reading of the page's head (byline, dateline), likewise
    if len(page_posts) < FEW_POSTS or (not data and len(page_posts) <= UNBACKED_POSTS):
        # few or no containers, or containers nothing structured confirms (a sidebar of
        # teasers, posts stamped in a way the containers do not read): the visible text
        # may hold the posts (a ticker in one block, match-minute commentary)
        visible = _visible_text(root, explain=explain, raw=text if parsed.truncated else None)
        if visible.live and not page_posts and not data and (boxes := side_boxes(root, visible.entries)):
            # every post the text found stands in a sidebar beside the page's story (a "Live" feed
            # of the site's other news): the page is an article, read without those boxes
            cut(boxes)
            visible = _visible_text(root, explain=explain, raw=None)
        if visible.live and _distinct(visible.entries, _first_line(page_posts)) > len(page_posts):
            page_posts = [_as_post(entry) for entry in visible.entries]
        elif page_posts:
            shown = {text for post in page_posts for text in (post.headline, *post.paragraphs) if text}
            # (a pinned post above the stream is a post, no longer the page's summary); what the
            # text path read as a post above the stream (an article header's "3 hours ago" and
            # the intro under it) is the page's preamble too
            start = _first_line(page_posts)
            above = [text for entry in visible.entries if start is not None and entry.line is not None
                     and entry.line < start for text in (entry.headline, *entry.paragraphs)
                     if text and not _stamp_alone(text)]
            preamble = tuple(line for line in (*visible.summary, *above) if line not in shown) if visible.live else ()
            # a key-events box above the posts (a header, then its items) is no post: its points stay
            # (not a post's paragraph: a pinned post headed "What you need to know" is a post, no box;
            # an item repeats a post's headline)
            said = {text for post in page_posts for text in post.paragraphs}
            boxed = unstamped_points(tuple(point for point in visible.key_points if point not in said)) \
                if visible.live and not _contents(root, page_posts) else ()
            printed = visible if visible.live else None
            visible = None
        else:
            page_posts = []
    facts = [facts for facts in (jsonld.page, microdata.page, meta) if facts is not None]
    if _first(facts, "published") is None:
        # no date in the data or the meta tags: the page's markup may mark one
        times = read_page_times(root, marked, found.times,
                                [post.anchor for post in page_posts if isinstance(post.anchor, etree._Element)])
        if times is not None:
            facts.append(times)
    if not page_posts and not data:
        assert visible is not None
        title = _first(facts, "title")
        story = _story(root, found.nested, _str(title[0]) if title else visible.title, after_footer)
        offset = _local_offset(found.dated)
        return replace(_article(root, visible, facts, notes, story, offset), home_zone=_home_zone(root))
    result = reconcile(page_posts, data, data_source=data_source, explain=explain,
                       local_zone=lambda: _fields_zone(root, facts))
    source = "the page's posts" if page_posts and visible is None else "the page's text"
    notes.insert(0, Explanation(line=None, role="sources", text="",
                                reason=f"{len(page_posts)} posts on the page ({source}), "
                                       + (f"{len(data)} in {data_source}" if data else "no posts in structured data")))
    draft = _page_fields(root, found.dated, facts, visible, notes, preamble)
    if not page_posts and data and not draft.summary:
        # every post is in the data and none shows (a script fills the live feed, and the page was
        # saved without it): the article's own lines around the empty feed are the page's summary
        intro = _intro(root, found.nested, _str(draft.title), after_footer, data)
        if intro:
            notes.append(Explanation(line=None, role="summary", reason="from the page's story around its posts",
                                     text=" ".join(intro)))
            draft = replace(draft, summary=intro, explanations=tuple(notes))
    if boxed and not draft.key_points:
        draft = replace(draft, key_points=boxed, summary=tuple(line for line in draft.summary if line not in boxed))
    if not draft.authors and visible is None:
        # no names in the data: the byline the page prints above its posts
        byline = _page_byline(root, [post.anchor for post in page_posts if isinstance(post.anchor, etree._Element)])
        byline = _people(byline, normal(draft.publisher) if draft.publisher else None)
        reason = "from the page's byline above the posts"
        if not byline and printed is not None:
            # no author box the markup marks: the byline the page's text prints above the posts
            # ("Ruth Hallam (now) and Tomas Baird (earlier)", links to profile pages)
            byline = _people(printed.authors, normal(draft.publisher) if draft.publisher else None)
            reason = "from the page's byline above the posts, as its text reads"
        if byline:
            notes.append(Explanation(line=None, role="authors", reason=reason, text=", ".join(byline)))
            draft = replace(draft, authors=byline, explanations=tuple(notes))
    if printed is not None and draft.published is None and draft.updated is None \
            and (printed.published is not None or printed.updated is not None):
        # no date in the data or the meta tags: the page's dateline above its posts
        notes.append(Explanation(line=None, role="published", reason="from the page's text",
                                 text=(printed.published or printed.updated).text))  # type: ignore[union-attr]
        draft = replace(draft, published=printed.published, updated=printed.updated, explanations=tuple(notes))
    if visible is None and draft.published is None and draft.updated is None \
            and not any(entry.stamp is not None and entry.stamp.year is not None for entry in result.entries):
        # clock-only posts (or "Feb. 25" with no year), and no date in the data: the page's own text may print one (a
        # dateline, a match's "28 Września 2020, 18:00") that dates the posts, as it does
        # in a copy of the page
        dateline = _visible_text(root, explain=False, raw=None)
        if dateline.published is not None or dateline.updated is not None:
            notes.append(Explanation(line=None, role="published", reason="from the page's text",
                                     text=(dateline.published or dateline.updated).text))  # type: ignore[union-attr]
            draft = replace(draft, published=dateline.published, updated=dateline.updated)
    outlet = normal(draft.publisher) if draft.publisher else None
    entries = tuple(_without_publisher(entry, outlet) for entry in result.entries)
    notices = (*draft.notices, *result.notices)
    if not entries:
        notices = (*notices, Notice(code="no-entries", message="no posts found"))
    lines = visible.explanations if visible is not None else ()  # the text path's reading, line by line
    explanations = (*draft.explanations, *result.explanations, *lines) if explain else ()
    first = min((entry.line for entry in entries if entry.line is not None), default=None)
    if not draft.key_points and (points := _linked_points(root, first, draft.url)) \
            and not _contents(root, page_posts):
        # the points link to posts: the text path, which sees no links, read the longer ones as summary
        draft = replace(draft, key_points=points, summary=tuple(line for line in draft.summary if line not in points))
    return replace(draft, entries=entries, live=True, notices=notices, explanations=explanations)


#: What ends a description cut short from a longer text: its last full stop or an ellipsis.
CUT_MARKS = ".…"


def _contents(root: etree._Element, posts: list[Post]) -> bool:
    """Does the page link to every one of its posts (`<a href="#post-id">`, three at least): a
    list of the stream's times and headlines (a sidebar's feed of every post) is its table of
    contents, and the text path's key points read from it are none (a key-events box links a few)."""
    keys = {post.key for post in posts if post.key}
    if len(keys) < MIN_CONTENTS or len(keys) < len(posts):
        return False
    for link in root.iter("a"):
        href = link.get("href")
        if href and href[0] == "#":
            keys.discard(href[1:])
            if not keys:
                return True
    return False


#: A line this short may be a stamp alone.
MAX_STAMP_ALONE = 40


def _stamp_alone(text: str) -> bool:
    """Is `text` a stamp alone ("12 March 2026", a day heading of the stream; "22 mins agoMarch 12,
    2026", a post's stamp in glued spans the text path did not read): never the page's summary."""
    if len(text) > MAX_STAMP_ALONE:
        return False
    found = read_stamp(text)
    if found is None and (spaced := unglued(text)) is not None:
        found = read_stamp(spaced)
    return found is not None and found.rest_kind == "bare"


def unstamped_points(points: tuple[str, ...]) -> tuple[str, ...]:
    """Key points without the clock a key-events box prints before each ("10.48 GMT Power cuts
    reach 20,000 homes": the point is the event, its time is its post's)."""
    kept: list[str] = []
    for point in points:
        found = read_stamp(point) if len(point) <= MAX_STAMPED_POINT else None
        clocked = found is not None and found.stamp.has_clock and found.rest_kind in ("headline", "text")
        kept.append(found.rest if clocked and found is not None and found.rest else point)
    return tuple(kept)


def _linked_points(root: etree._Element, before: int | None, url: str | None = None) -> tuple[str, ...]:
    """The items of the first list above the posts (above source line `before`) whose every
    item is one link into the page, at least one to an element it holds (`<li><a
    href="#liveblog-3cf2a1">Hohe Wahlbeteiligung bis 14.00 Uhr</a></li>`, or to the page's
    own address (`url`) with a query naming a post by its id or a data-*-id value:
    `href="https://news.sky.com/story/...-13600001?postid=13600874#liveblog-body"`): a box of
    the blog's key points, each leading to its post (a post may have rolled off the page). A
    share bar's `href="#"` links lead nowhere; a list of other pages' posts ("Top Stories")
    leads off the page. (Only above the posts: the lists inside them are many, and none is such
    a box.)"""
    ids: set[str] | None = None
    for listing in root.iter("ul", "ol"):
        if before is not None and (line_of(listing) or 0) > before:
            break
        items = [item for item in listing if item.tag == "li"]
        if len(items) < MIN_LINKED_POINTS:
            continue
        points: list[str] = []
        fragments: list[str] = []
        for item in items:
            links = list(item.iter("a"))
            href = (links[0].get("href") or "") if len(links) == 1 else ""
            if href[:1] == "#" and len(href) > 1:
                names = [href[1:]]
            elif not (names := _post_query(href, url)):  # a link to another view of the page is no point
                break  # (tested first: most lists hold no such link, and reading text costs more)
            text = " ".join(plain(item).split())
            if not text or " ".join(plain(links[0]).split()) != text:
                break
            points.append(text)
            fragments.extend(names)
        else:
            if ids is None:
                ids = _post_ids(root)
            if not ids.isdisjoint(fragments):
                return tuple(points)
    return ()


def _post_query(href: str, url: str | None) -> list[str]:
    """The query values of a link to the page itself (its path that of `url`, or none), which
    may name a post ("?postid=13600874"); none for a link elsewhere or with no query."""
    if "?" not in href:
        return []
    link = urlsplit(href)
    if link.path and (url is None or link.path.rstrip("/") != urlsplit(url).path.rstrip("/")):
        return []
    return [value for _, value in parse_qsl(link.query) if value]


def _post_ids(root: etree._Element) -> set[str]:
    """The page's element ids and the values of its attributes naming an id (`data-ncpost-id`,
    `data-post-id`): what a link to a post names it by."""
    found: set[str] = set()
    pairs: list[tuple[str, str]]  # (lxml's stubs allow bytes: an HTML tree gives text)
    for element in root.iter():
        pairs = element.items()  # type: ignore[assignment]
        for name, value in pairs:
            if value and (name == "id" or (name.startswith("data-") and name.endswith("id"))):
                found.add(value)
    return found


def _without_publisher(entry: RawEntry, outlet: str | None) -> RawEntry:
    """Structured data often names the outlet as every post's author, or a byline its desk
    ("Redactie"): that is no person. `outlet`: the publisher's name, normalised (`reconcile.normal`)."""
    if not entry.authors:
        return entry
    kept = _kept_people(entry.authors, outlet)
    return entry if len(kept) == len(entry.authors) else replace(entry, authors=kept)


def _people(names: tuple[str, ...], outlet: str | None) -> tuple[str, ...]:
    """The names of people among authors' names: not the outlet's own (`outlet`, normalised),
    nor a newsroom's or a desk's ("Redactie", "Reuters Staff", `furniture.NEWSROOM_WORDS`)."""
    return tuple(name for name in names if not _newsroom(name)
                 and (outlet is None or _normal_name(name) not in (outlet, outlet + " desk")))


#: A large page's posts repeat a few bylines: each is judged once (for `_without_publisher`).
_kept_people = lru_cache(maxsize=4096)(_people)
#: Authors' names repeat on every post of a large page: each is judged once.
_newsroom = lru_cache(maxsize=4096)(furniture.is_newsroom)


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
    found = chunks(body if body is not None else root)
    text, sources = page_text(found)
    if not text.strip():
        text, sources = "(empty page)", [None]
    draft = extract_text(text, explain=explain)

    def where(line: int | None) -> int | None:
        return sources[line - 1] if line is not None and 0 < line <= len(sources) else None

    # the page marks its captions, which a copy does not: the text path read them as paragraphs
    captions = {chunk.text: chunk.credit for chunk in found if chunk.role == "caption" and chunk.text}
    entries = tuple(replace(_with_captions(entry, captions) if captions else entry, line=where(entry.line))
                    for entry in draft.entries)
    explanations = tuple(replace(item, line=where(item.line)) for item in draft.explanations)
    return replace(draft, format="html", entries=entries, explanations=explanations)


def _with_captions(entry: RawEntry, captions: dict[str, str | None]) -> RawEntry:
    """A post read from the page's text with the paragraphs that are captions on the page (a
    `<figcaption>`) moved to its media, each with its credit; the credit's own line after it
    ("(AP)", which the text path may have read as a credit with no caption) goes with it."""
    if not any(paragraph in captions for paragraph in entry.paragraphs):
        return entry
    paragraphs: list[str] = []
    media = list(entry.media)
    credit: str | None = None
    for paragraph in entry.paragraphs:
        if credit is not None and paragraph == f"({credit})":
            credit = None
            continue
        if paragraph in captions:
            credit = captions[paragraph]
            bare = Media(caption=None, credit=credit)
            if credit is not None and bare in media:
                media.remove(bare)
                credit = None
            media.append(Media(caption=paragraph, credit=captions[paragraph]))
            continue
        credit = None
        paragraphs.append(paragraph)
    return replace(entry, paragraphs=tuple(paragraphs), media=tuple(media))


#: The page's byline is looked for among this many author-marked elements above the posts.
MAX_BYLINE_TRIES = 5


def _page_byline(root: etree._Element, posts: list[etree._Element]) -> tuple[str, ...]:
    """The names in the first author box above the first post and outside every post (a
    header's "by Maria Garcia", an `<address>` with a `rel="author"` link)."""
    if not posts:
        return ()
    first = posts[0]
    inside = set(posts)
    tries = 0
    for element in root.iter():
        if element is first:
            break
        if not isinstance(element.tag, str) or element in inside:
            continue
        classes = element.get("class")
        if element.get("rel") != "author" and not (classes and marks_of(classes).author):
            continue
        if any(ancestor in inside for ancestor in element.iterancestors()):
            continue
        names = tuple(dict.fromkeys(box_names(plain(element))))
        if names:
            return names
        tries += 1
        if tries >= MAX_BYLINE_TRIES:
            break
    return ()


def _distinct(entries: tuple[RawEntry, ...], start: int | None) -> int:
    """How many different posts the text path read from `start` (the line of the first post
    container) on: a post shown twice (a pinned copy above the stream, which the containers
    may rightly pass over) counts once, and a stamp in the page's header above the posts (an
    article's "3 hours ago") is no post the containers missed."""
    return len({(entry.headline, entry.paragraphs) for entry in entries
                if start is None or entry.line is None or entry.line >= start})


def _first_line(posts: list[Post]) -> int | None:
    """The first source line of the page's post containers, when every one holds its time as
    data (an epoch or ISO attribute: a stream, not a sidebar of teasers with printed clocks);
    else None, and the text path's posts count wherever they stand."""
    if not posts or any(post.published is None for post in posts):
        return None
    lines = [post.line for post in posts if post.line is not None]
    return min(lines) if lines else None


def _as_post(entry: RawEntry) -> Post:
    return Post(source="text", stamp=entry.stamp, headline=entry.headline, authors=entry.authors,
                paragraphs=entry.paragraphs, media=entry.media, kind=entry.kind, line=entry.line)


def _first(facts: list[PageFacts], name: str) -> tuple[object, str] | None:
    for found in facts:
        value = getattr(found, name)
        if value:
            return value, found.source
    return None


def _first_authors(facts: list[PageFacts]) -> tuple[tuple[str, ...], str] | None:
    """The first source's authors that name people: a source naming only its newsroom
    ("Redactie") leaves the field to the next."""
    for found in facts:
        names = _people(found.authors, None)
        if names:
            return names, found.source
    return None


def _page_fields(root: etree._Element, dated: list[etree._Element], facts: list[PageFacts],
                 visible: Draft | None, notes: list[Explanation], preamble: tuple[str, ...] = ()) -> Draft:
    """Title, url, publisher, authors, dates, summary and zone: data first, then the page."""
    fields: dict[str, object] = {}
    for name in ("title", "url", "publisher", "authors", "published", "updated", "description"):
        found = _first_authors(facts) if name == "authors" else _first(facts, name)
        fallback = getattr(visible, name, None) if visible is not None and name != "description" else None
        if name == "authors" and fallback:
            fallback = _people(fallback, None)
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
    # the page's description, else the standfirst above the posts: the page's own lines, lost otherwise
    if visible is not None and visible.summary:
        summary = visible.summary
    elif fields.get("description"):
        # the description, then the story the page tells above its posts (a lead article
        # whose posts follow it): lost otherwise
        described = " ".join(str(fields["description"]).split())
        lines = [line for line in preamble if " ".join(line.split()) != described]
        cut_short = described.rstrip(CUT_MARKS)
        # a description cut from the standfirst ("... in a dozen towns." of "... in a dozen towns and
        # closing 200 roads.") says it twice: the standfirst alone
        summary = tuple(lines) if any(" ".join(line.split()).startswith(cut_short) for line in lines) \
            else (described, *lines)
    else:
        summary = preamble
    title = _str(fields.get("title"))
    if title is not None:
        # the text path took a kicker above the headline for the title: the headline is no standfirst
        summary = tuple(line for line in summary if " ".join(line.split()) != " ".join(title.split()))
    publisher = fields.get("publisher")
    if publisher is None:
        named = find_publisher([str(fields.get("title") or ""), str(fields.get("url") or "")])
        publisher = named[0] if named else title_site(root)
        if publisher is not None and not named:
            notes.append(Explanation(line=None, role="publisher", reason="from the site's name in the page's <title>",
                                     text=publisher))
    outlet = normal(publisher) if isinstance(publisher, str) else None
    return Draft(
        format="html",
        entries=(),
        title=title,
        url=_str(fields.get("url")),
        publisher=_str(publisher),
        authors=_people(_names(fields.get("authors")), outlet),
        published=_stamp(published),
        updated=_stamp(updated),
        summary=summary,
        key_points=visible.key_points if visible is not None else (),
        stated_zone=(visible.stated_zone if visible is not None else None) or _zone(root),
        home_zone=_home_zone(root),
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


#: Where a page names its locale, best first: Open Graph's "pl_PL", the document's language,
#: older meta tags.
_LOCALE_META = ("og:locale", "language", "content-language", "dc.language")


def _fields_zone(root: etree._Element, facts: list[PageFacts]) -> tzinfo | None:
    """The zone of the page's country or language, where one of the page's own dates (its
    data's, its meta tags') has that zone's offset then, other than UTC: two witnesses that
    the page is written in local time (for data whose posts' times are local clocks marked UTC)."""
    home = _home_zone(root)
    if home is None:
        return None
    place = iana_zone(home)
    for fact in facts:
        for moment in (fact.published, fact.updated):
            offset = moment.utcoffset() if moment is not None else None
            if moment is not None and offset and place.utcoffset(moment.replace(tzinfo=None)) == offset:
                return place
    return None


def _home_zone(root: etree._Element) -> str | None:
    """The zone of the page's country or language, from its locale (None when that spans
    zones, or the page names none)."""
    head = root.find("head")
    found: dict[str, str] = {}
    if head is not None:
        for element in head.iter("meta"):
            name = (element.get("property") or element.get("name") or element.get("http-equiv") or "").lower()
            content = element.get("content")
            if name in _LOCALE_META and content and name not in found:
                found[name] = content
    tags = [found.get("og:locale"), root.get("lang"), found.get("language"), found.get("content-language"),
            found.get("dc.language")]
    return next((zone for tag in tags if tag and (zone := locale_zone(tag)) is not None), None)


def _zone(root: etree._Element) -> str | None:
    body = root.find("body")
    # The needles are ASCII: they are found in the page's UTF-8 bytes with ASCII letters
    # lowered (bytes.lower, a fast scan; a case-blind regex over megabytes is slow, and
    # str.lower costs about 50 instructions a character on text holding any non-ASCII one).
    data = etree.tostring(body if body is not None else root, method="text", encoding="utf-8")
    lowered = data.lower()
    # three French needles hold "heure": one scan of the page for it spares three for them
    french = b"heure" in lowered
    for needle in ZONE_NEEDLES:
        if not french and "heure" in needle:
            continue
        pattern = needle.encode()
        start = lowered.find(pattern)
        tries = 0
        while start >= 0 and tries < MAX_ZONE_TRIES:
            # the 100 characters from the needle (at most four bytes each; a character cut at the end dropped)
            zone = _stated_in(data[start:start + 400].decode("utf-8", "ignore")[:100])
            if zone is not None:
                return zone
            start = lowered.find(pattern, start + 1)
            tries += 1
    return None


#: A statement is looked for before at most this many places where the page's text may
#: run two blocks together (see `_glued_at`).
MAX_GLUED_CUTS = 4


def _glued_at(line: str) -> list[int]:
    """Where libxml2's text may run two blocks together ("All times are UK" then "14:32 Storm
    warning" gives "All times are UK14:32Storm warning"): a letter then a digit, a digit then
    a letter, a lower-case letter then a capital, a capital starting a word after capitals."""
    cuts = []
    for at in range(1, len(line)):
        before, here = line[at - 1], line[at]
        if (before.isalpha() and here.isdigit()) or (before.isdigit() and here.isalpha()) \
                or (before.isalpha() and here.isupper() and (before.islower() or line[at + 1:at + 2].islower())):
            cuts.append(at)
            if len(cuts) == MAX_GLUED_CUTS:
                break
    return cuts


def _stated_in(window: str) -> str | None:
    """The zone a statement at the start of `window` names, also where the page's text runs
    the block after it on with no space between."""
    line = " ".join(window.split("\n", 1)[0].split())
    zone = stated_zone(line)
    if zone is None:
        for cut in _glued_at(line):
            if (zone := stated_zone(line[:cut])) is not None:
                break
    return zone


def _intro(root: etree._Element, nested: set[etree._Element], title: str | None,
           after_footer: dict[etree._Element, frozenset[etree._Element]], data: list[Post]) -> tuple[str, ...]:
    """The paragraphs of the page's story (`_story`) that no structured post holds: the lines
    an article prints around a live feed its script fills."""
    story = _story(root, nested, title, after_footer)
    if story is None:
        return ()
    told = " ".join(" ".join(text.split()) for post in data for text in (post.headline, *post.paragraphs) if text)
    return tuple(line for line in story.paragraphs if " ".join(line.split()) not in told)


def _story(root: etree._Element, nested: set[etree._Element], title: str | None,
           after_footer: dict[etree._Element, frozenset[etree._Element]]) -> RawEntry | None:
    """An article's story from its one `<article>` (or `<main>`): its paragraphs, captions
    and byline, without the headline (`title`, the page's, where the story prints it) and
    dates around them; None when there is no such element. Teasers set as `<article>`s in
    an `<aside>` or inside the story are not the story, nor is what follows the article's
    own `<footer>` (`after_footer`), nor teaser cards set as `<article>`s around one link (a
    sidebar's "top news": nothing of theirs stands outside their links)."""
    candidates = [element for element in root.iter("article")
                  if not any(tag_of(above) in ("aside", "article") for above in element.iterancestors())
                  and not _link_card(element)]
    if len(candidates) != 1:
        candidates = list(root.iter("main"))
    if len(candidates) != 1:
        return None
    after = after_footer.get(candidates[0], frozenset())
    left_out = after | _link_lists_below(candidates[0], after) | _link_lists_above(candidates[0]) \
        | _dated_lines_above(candidates[0])
    found = _before_footer([chunk for chunk in chunks(candidates[0], nested=nested, exclude=left_out)
                            if chunk.tag != "time"])
    headline = None
    heading = _leading_heading(found, title)
    if heading is not None:
        headline = found[heading].text
        del found[:heading + 1]
    while found and _dateline_chunk(found[0]):
        del found[0]  # "Uppdaterad idag 11:19", "Publicerad idag 06:56" below the headline
    # a dateline below the standfirst and a section label ("Kotimaa", "19.2.2020 klo 14.00")
    found = [chunk for index, chunk in enumerate(found) if index >= DATELINE_SEARCH or not _dateline_chunk(chunk)]
    authors, paragraphs, media = body_of(found)
    if not paragraphs:
        return None
    return RawEntry(stamp=None, headline=headline, authors=tuple(authors), paragraphs=paragraphs, media=media,
                    line=line_of(candidates[0]))


#: An `<article>` with less text than this outside its links is a teaser card, not a story.
MAX_CARD_TEXT = 25


def _link_card(element: etree._Element) -> bool:
    """Whether an `<article>` is a teaser card: its text all (but a label) inside links."""
    outside = _text_size(element) - sum(_text_size(link) for link in element.iter("a"))
    return outside < MAX_CARD_TEXT


def _text_size(element: etree._Element) -> int:
    """How many characters of text an element holds, its whitespace left out."""
    return sum(len("".join(str(text).split())) for text in element.itertext())


#: Elements that may stand between an article and its own `<footer>` (a footer inside a quote,
#: a figure, a list item or a section is theirs, not the article's).
FOOTER_WRAPPERS = frozenset({"div", "main"})


def _after_footers(root: etree._Element) -> dict[etree._Element, frozenset[etree._Element]]:
    """For each `<article>` with a footer of its own below a paragraph of its story, the
    elements that follow that footer inside it (a "how we work" box, comments): no part of
    the story. Read before the footers are stripped from the page."""
    found: dict[etree._Element, frozenset[etree._Element]] = {}
    for footer in root.iter("footer"):
        chain = [footer]
        article = None
        for ancestor in footer.iterancestors():
            if ancestor.tag == "article":
                article = ancestor
                break
            if ancestor.tag not in FOOTER_WRAPPERS:
                break
            chain.append(ancestor)
        if article is None or article in found:
            continue
        story_above = False
        for element in article.iter():
            if element is footer:
                break
            if element.tag == "p":
                story_above = True
                break
        if story_above:
            found[article] = frozenset(sibling for element in chain for sibling in element.itersiblings())
    return found


def _link_lists_below(story: etree._Element, after: frozenset[etree._Element]) -> frozenset[etree._Element]:
    """The lists below the story's last paragraph (above what follows its footer, `after`)
    whose every item is one link and nothing else (its topic tags, "read more" links): no
    part of the story."""
    found: list[etree._Element] = []
    for element in story.iter():
        if element in after:
            break  # the footer's followers come last: the story is over
        if element.tag == "p":
            found.clear()  # a paragraph below: the lists above it stand amid the story
        elif element.tag in ("ul", "ol") and _links_only(element):
            found.append(element)
    return frozenset(found)


def _link_lists_above(story: etree._Element) -> frozenset[etree._Element]:
    """The lists above the story's first paragraph whose every item is one link and nothing
    else (a box of links to other articles under the headline, a menu): no part of the story.
    Without a paragraph, none is left out."""
    found: list[etree._Element] = []
    for element in story.iter():
        if element.tag == "p" and plain(element).strip():
            return frozenset(found)
        if element.tag in ("ul", "ol") and _links_only(element):
            found.append(element)
    return frozenset()


#: A paragraph above a story that holds the page's `<time>` is its dateline only up to this long,
#: and ending no sentence.
MAX_DATED_LINE = 200
SENTENCE_ENDS = (".", "!", "?", "…", "»", "\"", "”")


def _dated_lines_above(story: etree._Element) -> frozenset[etree._Element]:
    """The short paragraphs above the story's first paragraph that hold a `<time datetime>`
    (the header's "Le Monde | <time>04.05.2015 à 13h36</time> • Mis à jour le <time>…</time> |
    Par …" line): the page's dateline and byline, read from the data and the page's fields, no
    part of the story."""
    found: list[etree._Element] = []
    for paragraph in story.iter("p"):
        text = plain(paragraph).strip()
        if not text:
            continue
        if len(text) > MAX_DATED_LINE or text.endswith(SENTENCE_ENDS) or next(paragraph.iter("time"), None) is None:
            break  # the story's first paragraph (a sentence, with a date of its own perhaps)
        if any(time.get("datetime") for time in paragraph.iter("time")):
            found.append(paragraph)
    return frozenset(found)


def _links_only(listed: etree._Element) -> bool:
    items = [child for child in listed if child.tag == "li"]
    if not items or len(items) != len(listed):
        return False
    for item in items:
        links = list(item.iter("a"))
        if len(links) != 1 or " ".join(plain(item).split()) != " ".join(plain(links[0]).split()):
            return False
    return True


def _before_footer(found: list[Chunk]) -> list[Chunk]:
    """A story's chunks up to the footer its element may hold ("Temas Relacionados", "Más
    Noticias" and their teasers): the first footer heading after which no paragraph of the
    story (a `<p>`) follows, or the last paragraph itself when the heading opens it on a line
    of its own, its links below it after line breaks ("Related stories<br><a>…</a><br><a>…</a>").
    A "Lire aussi" box amid the story, with paragraphs after it, stays (it is left to the
    body's own sieves)."""
    last_paragraph = max((index for index, chunk in enumerate(found) if chunk.tag == "p"), default=-1)
    for index, chunk in enumerate(found):
        if not index or index < last_paragraph:
            continue
        head, _, rest = chunk.text.partition("\n")
        if furniture.is_footer_marker(chunk.text) if index > last_paragraph else \
                rest.strip() and furniture.is_footer_marker(head):
            return found[:index]
    return found


#: A dateline is looked for among this many first chunks of a story, below its headline.
DATELINE_SEARCH = 4


def _dateline_chunk(chunk: Chunk) -> bool:
    """A chunk that is only a date line (a clock, with a date, a day word or a prefix; or a
    date with a word saying which of the page's times it is: "Latest update : 2015-05-12")."""
    if len(chunk.text) > MAX_DATELINE_CHUNK:
        return False
    found = read_stamp(chunk.text)
    return found is not None and found.rest_kind == "bare" \
        and (found.stamp.has_clock or (found.page_time != "" and found.stamp.has_date))


def _leading_heading(found: list[Chunk], title: str | None) -> int | None:
    """Where the story's headline stands: the heading that reads as the page's title among
    its first chunks (below a picture, its caption, a no-script notice...) or anywhere above
    its first paragraph (a `<main>` that holds the site's header and menus above the
    headline), else its first chunk if a heading, or one below a kicker or two above it (a
    section link such as "Tech", short lines of a few words)."""
    wanted = " ".join(title.split()).casefold() if title else None
    first_paragraph = next((index for index, chunk in enumerate(found) if chunk.tag == "p"), len(found))
    for index, chunk in enumerate(found[:max(MAX_ABOVE_TITLE + 1, first_paragraph)]):
        if wanted and chunk.role == "heading" and _reads_as_title(" ".join(chunk.text.split()).casefold(), wanted):
            return index
    for index, chunk in enumerate(found[:MAX_KICKERS + 1]):
        if chunk.role == "heading":
            return index
        if len(chunk.text.split()) > MAX_KICKER_WORDS:
            return None
    return None


def _reads_as_title(heading: str, title: str) -> bool:
    """Is a heading the page's title, or its title without the kicker the page prints inside
    the headline's element ("Preps | " in an `<h1>` over "Colorado high school football
    playoffs: …"), which the page's text runs into it?"""
    if heading == title:
        return True
    kicker = title[:len(title) - len(heading)] if heading and title.endswith(heading) else ""
    return bool(kicker) and kicker[-1:].isspace() and len(kicker.split()) <= MAX_KICKER_WORDS


def _article(root: etree._Element, visible: Draft, facts: list[PageFacts], notes: list[Explanation],
             story: RawEntry | None, offset: timedelta | None = None) -> Draft:
    """An ordinary article: one entry (the story from its `<article>` element, else the text
    path's), with the data's page fields."""
    page = _page_fields_for_article(visible, facts, offset)
    if page.publisher is None:
        page = replace(page, publisher=title_site(root))
    outlet = normal(page.publisher) if page.publisher else None
    entry = visible.entries[0] if visible.entries else RawEntry(stamp=None, headline=None)
    if story is not None:
        entry = replace(entry, paragraphs=story.paragraphs, media=story.media, line=story.line,
                        headline=story.headline or entry.headline,
                        authors=_people(story.authors, outlet) or _people(entry.authors, outlet)
                        or _people(_header_byline(entry, story), outlet))
        notes.append(Explanation(line=story.line, role="body", text=story.paragraphs[0][:80],
                                 reason="the story of the page's one <article> (no timestamped posts)"))
    else:
        entry = _without_publisher(entry, outlet)
    if page.published is not None and (entry.stamp is None or not entry.stamp.has_date or not entry.stamp.has_clock):
        entry = replace(entry, stamp=page.published)  # the data's instant beats "idag 11:19" and "12 May 2026"
    if entry.headline is None:
        entry = replace(entry, headline=page.title)
    elif page.title is not None and page.title != entry.headline \
            and _reads_as_title(" ".join(entry.headline.split()).casefold(), " ".join(page.title.split()).casefold()):
        page = replace(page, title=entry.headline)  # the text's title ran a kicker into the headline
    if not entry.authors and page.authors:
        entry = replace(entry, authors=page.authors)
    if not page.authors and entry.authors:
        page = replace(page, authors=entry.authors)  # the article's byline is the page's
    return replace(page, entries=(entry, *visible.entries[1:]),
                   explanations=(*notes, *page.explanations) if visible.explanations else ())


def _header_byline(entry: RawEntry, story: RawEntry) -> tuple[str, ...]:
    """The byline printed in the header above an article's story, outside its `<article>`
    ("Por Juan Gaona" between the headline and the story): a line of the page's text above
    the story's first paragraph that names its authors after "By", "Por", "Von"..."""
    first = story.paragraphs[0]
    for paragraph in entry.paragraphs:
        if paragraph == first:
            break
        if names := byline_names(paragraph):
            return tuple(names)
    return ()


def _page_fields_for_article(visible: Draft, facts: list[PageFacts], offset: timedelta | None) -> Draft:
    """The data's page fields over the text's; its dates in the offset the page writes its own
    times in (`offset`: the data gives UTC, the page prints local clocks)."""
    title = _first(facts, "title")
    url = _first(facts, "url")
    publisher = _first(facts, "publisher")
    authors = _first_authors(facts)
    published = _first(facts, "published")
    updated = _first(facts, "updated")
    named = _str(publisher[0]) if publisher else visible.publisher
    return replace(
        visible,
        title=_str(title[0]) if title else visible.title,
        url=_str(url[0]) if url else visible.url,
        publisher=named,
        authors=_people(authors[0] if authors else visible.authors, normal(named) if named else None),
        published=_stamp(_localise(published[0], offset)) if published else visible.published,
        updated=_stamp(_localise(updated[0], offset)) if updated else visible.updated,
    )
