"""The page's own posts, learned from the page: repeated elements that each hold a time.

No selector per site. The steps:

1. **anchors**: elements that carry a time. *Machine* anchors hold it as data: a
   `datetime` attribute, a `data-*` attribute whose name speaks of a time and whose
   value is an epoch or ISO time (`data-post-time="1602015773212"`), a microdata
   `datePublished`. *Text* anchors print it: the smallest element whose visible text
   reads as a stamp (`stamps.read_stamp`), widened to the stamp's whole line while that
   line still reads as a stamp followed by nothing, an author or a label.
2. **the page's shape**: anchors are grouped by signature (tag, attribute, first class);
   each anchor's *region* is its highest ancestor that holds no other anchor of the
   group, so posts that are siblings in one stream, or spread over day sections, come
   out as one region each. The group whose regions most often hold text beyond the
   stamp wins (a related-links list with times holds none); machine anchors win ties.
3. **one post per region**: the stamp line (with an author or label glued on), badges,
   the first heading (or a title-like first line), author boxes, captions and credits,
   body paragraphs with lists and quotes kept as text.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta, timezone
from functools import lru_cache

from lxml import etree

from .. import furniture, patterns
from ..layout import (
    SIGNOFF_DASHES,
    byline_names,
    copyright_credit,
    dash_credit,
    labelled_caption,
    merge_stamps,
    split_names,
    square_credit,
    stamp_names,
    title_like,
    trailing_credit,
)
from ..model import Kind, Media, RawEntry, Stamp
from ..stamps import LABELS, PINNED_LABELS, RELATIVE_WORDS, StampLine, name_like, read_stamp
from .sources import Post, read_instant, read_written
from .text import Chunk, chunks, squash
from .tree import CLASS_WORD, Scan, line_of, marks_of, tag_of

#: Words of a class or id that mark a post pinned above the stream.
PINNED_WORDS = frozenset({"pinned", "sticky"})
#: Fewer regions than this and the page has no post containers.
MIN_POSTS = 2
#: A stamp line is short; an element with more visible text than this is not a stamp.
MAX_STAMP_TEXT = 120
#: A label line ("Key event", "Breaking news") is looked for among a post's first chunks,
#: and is at most this long.
LABEL_SEARCH = 3
MAX_LABEL = 20
#: A region "holds a post" when it has this much text besides its stamp and headline...
MIN_BODY_CHARS = 25
#: ...and at least this share of a group's regions (and one at least) must hold one (a
#: list of linked headlines with times is navigation, not a live blog; a post may be only
#: a picture or an embedded tweet).
MIN_CONTENT_SHARE = 0.3
#: A known headline is looked for in this many first characters of a region.
MAX_KNOWN_TOP = 600
#: What parts a name from a role in an author box: "Sam Coates, deputy political editor".
_BOX_SEPARATOR = patterns.compile(r"[,|·•]|\s[-–—]\s")
#: A name with the place it reports from ("Delphine Strauss in London", "A and B in New York").
_LOCATED = patterns.compile(r"(?P<name>[^,]{3,80}?) in (?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*){0,2}")
#: Dashes printed before the names of an author box that signs a post off ("— A, B").
BOX_DASHES = "—–-― "
#: Words printed before a picture credit, dropped from it ("Photograph: Reuters" -> "Reuters").
CREDIT_LEADS = ("image source:", "image:", "photograph:", "photo:", "picture:", "credit:", "copyright:",
                "source:", "foto:", "bild:", "bildquelle:", "crédit photo:", "©")
#: A date without a clock in a `datetime` attribute.
_DATE_ONLY = patterns.compile(r"(\d{4})-(\d\d)-(\d\d)")
#: Regions judged for content per group, at most (spread over the page).
CONTENT_SAMPLE = 60
#: A headline guessed from a first line (no heading element) is at most this long.
MAX_GUESSED_HEADLINE = 160

#: Text that may hold a clock or a relative age: a digit pair after ':', '.' or 'h', or an
#: "ago"-like word. A cheap sieve before read_stamp, run over every short text of the body.
_CLOCKISH = patterns.compile(r"[0-9][.:h][0-9][0-9]| ago|hace |il y a|przed chwil| temu|vor ")
#: Texts at least this long are passed over by the sieve (no stamp's line is so long).
MAX_SIEVED_TEXT = 200
#: Elements whose text is no page text.
_NO_TEXT = frozenset({"script", "style"})
#: data-* attribute names that hold a later edit, not the post's own time.
_EDIT_NAME = patterns.compile(r"modif|updat|edit|expir|last|end", re.I)


@lru_cache(maxsize=1024)
def names_an_edit(name: str) -> bool:
    """Whether a time attribute's name speaks of a later edit (cached: a page uses a few
    names, read twice per post, and a case-blind search costs thousands of instructions)."""
    return _EDIT_NAME.search(name) is not None


#: A cheap sieve before the stamp grammar: a stamp holds a digit or a relative word (see `_gated`).
_DIGIT = patterns.compile(r"\d")
_RELATIVE_LOWER = tuple(word.lower() for word in RELATIVE_WORDS)
#: A bare clock ("14:32", "9.05"), which most pages print in every post's <time>: what
#: `read_stamp` makes of it is known (the grammar costs about 100 K instructions a text).
_BARE_CLOCK = patterns.compile(r"([01]?[0-9]|2[0-3])([:.])([0-5][0-9])")


def bare_clock_or_stamp(text: str) -> StampLine | None:
    """`read_stamp(text)`, built directly when the text is a bare clock."""
    clock = _BARE_CLOCK.fullmatch(text)
    if clock is None:
        return read_stamp(text)
    hour, separator, minute = clock.groups()
    return StampLine(stamp=Stamp(text=text, hour=int(hour), minute=int(minute)), rest="", rest_kind="bare",
                     lead=None, starts_entry=True, clock_style="24" + separator)


#: Stamps and names repeat (a clock per post, a few authors): each text is read once.
_read_stamp = lru_cache(maxsize=8192)(bare_clock_or_stamp)
_name_like = lru_cache(maxsize=4096)(name_like)


#: Lines up to this long are judged as boilerplate once per distinct text: short lines
#: ("Advertisement", "Share this post", a list item) are the ones the judgement is costly for,
#: and the ones that repeat; a longer line is judged by one anchored regex, not worth caching.
MAX_CACHED_LINE = 120
_short_boilerplate = lru_cache(maxsize=8192)(furniture.is_boilerplate)


def _boilerplate(line: str) -> bool:
    return _short_boilerplate(line) if len(line) <= MAX_CACHED_LINE else furniture.is_boilerplate(line)


#: A byline standing alone below a post's heading is at most this long.
MAX_BYLINE = 60
#: The printed stamp is looked for in this many first lines of a post.
STAMP_SEARCH = 8


@dataclass(slots=True)
class Anchor:
    """An element holding a time. (Made with positional arguments, two per post: a call with
    keywords builds a dict, and costs twice as much.)"""

    element: etree._Element
    signature: tuple[str, ...]
    machine: datetime | None = None
    stamp: StampLine | None = None


@dataclass(frozen=True, slots=True)
class Known:
    """What structured data says the posts are: their ids and headlines."""

    keys: frozenset[str]
    headlines: tuple[str, ...]

    def holds(self, region: etree._Element) -> bool:
        """Whether a region is one of the known posts: its id, or a known headline near its top."""
        ident = region.get("id") or next((child.get("id") for child in region.iterchildren() if child.get("id")), None)
        if ident is not None and ident in self.keys:
            return True
        if not self.headlines:
            return False
        top = " ".join(_text(region)[:MAX_KNOWN_TOP].split())
        return any(headline in top for headline in self.headlines)


@dataclass(slots=True)
class Region:
    element: etree._Element
    anchors: list[Anchor] = field(default_factory=list)
    kind: Kind | None = None  # from a badge ("Breaking") the scan cut out


def find_posts(root: etree._Element, found: Scan, known: Known | None = None) -> list[Post]:
    """The page's posts. `known`: the posts' ids and headlines in structured data, so that of
    two streams (the posts, a list of teasers with times) the one holding them wins."""
    machine = _machine_anchors(found.dated)
    printed = _time_anchors(found.times)
    best = _best(machine, printed, known)
    if best is None or (known is not None and not best[0][0]):
        # no <time> stamps, or none on the posts the data knows: the slower sieve over short texts
        printed = [*printed, *_text_anchors(root)]
        best = _best(machine, printed, known) or best
    if best is None:
        return []
    chosen = [Region(element) for element in _with_untimed(best[1])]
    chosen[:0] = [Region(element=element, kind="summary") for element in _pinned(root, chosen[0].element)]
    _assign(chosen, [*machine, *printed])
    _badges(chosen, found.badges)
    posts = _dated_by_headings(root, chosen, [_post(region, found.nested) for region in chosen])
    linked = _linked_kinds(root, {post.key for post in posts if post.key})
    if linked:
        posts = [replace(post, kind=linked[post.key]) if post.kind == "post" and post.key in linked else post
                 for post in posts]
    # a region with nothing but a time (a page-level date sharing the posts' markup) is no post
    return _signed_off([post for post in posts if post.headline or post.paragraphs or post.media])


#: A post whose last paragraph opens with a dash (`layout.SIGNOFF_DASHES`, the text path's) and holds
#: only names is signed off ("— Jane Doe", "- Marco Rossi", as US papers and wires sign each post),
#: when more than this share of the page's posts close so (a page signs all its posts or none).
SIGNED_SHARE = 0.5


def _signed_off(posts: list[Post]) -> list[Post]:
    """The posts with their closing sign-off read as their authors, not as text, when most of
    the page's posts close with one: a paragraph of names alone after a dash."""
    signed: dict[int, tuple[str, ...]] = {}
    for index, post in enumerate(posts):
        paragraphs = post.paragraphs
        if len(paragraphs) < 2 and not post.headline:
            continue  # a post whose only text is a name keeps it
        last = paragraphs[-1] if paragraphs else ""
        if last.startswith(SIGNOFF_DASHES) and len(last) <= MAX_BYLINE and "\n" not in last \
                and (names := _box_names(last)):
            signed[index] = names
    if len(signed) < MIN_POSTS or len(signed) <= SIGNED_SHARE * len(posts):
        return posts
    return [replace(post, authors=(*post.authors, *(name for name in signed[index] if name not in post.authors)),
                    paragraphs=post.paragraphs[:-1]) if index in signed else post
            for index, post in enumerate(posts)]


#: Elements that may be a day heading between the posts ("<h2>Dienstag, 16. 7.</h2>").
DAY_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: A day heading's text is at most this long ("Wednesday 14 January 2025" and a little more).
MAX_DAY_HEADING = 40


def _dated_by_headings(root: etree._Element, regions: list[Region], posts: list[Post]) -> list[Post]:
    """A heading holding only a date between the posts ("<h2>Dienstag, 16. 7.</h2>") dates
    the first post below it, as the text path's day headings do (normalise dates the rest:
    every post below it until the next printed date)."""
    index = {region.element: position for position, region in enumerate(regions)}
    headings = {element: stamp for element in root.iter(*DAY_HEADING_TAGS)
                if (stamp := _day_heading(element, index)) is not None}
    if not headings:
        return posts  # most pages: no walk over the whole tree
    dated = list(posts)
    pending: Stamp | None = None
    for element in root.iter():
        position = index.get(element)
        if position is not None:
            stamp = dated[position].stamp
            if pending is not None and stamp is not None and stamp.has_clock and not stamp.has_date:
                dated[position] = replace(dated[position], stamp=replace(stamp, year=pending.year, month=pending.month,
                                                                         day=pending.day))
            pending = None
        elif element in headings:
            pending = headings[element]
    return dated


def _day_heading(element: etree._Element, regions: Collection[etree._Element]) -> Stamp | None:
    """The date a heading outside the posts holds and nothing else."""
    text = _text(element)
    if not text or len(text) > MAX_DAY_HEADING or not any(character.isdigit() for character in text):
        return None  # a date heading prints a day's number
    found = read_stamp(text)
    if found is None or found.rest_kind != "bare" or found.stamp.has_clock or not found.stamp.has_date \
            or found.stamp.days_ago is not None or found.stamp.ago_minutes is not None:
        return None
    if any(parent in regions for parent in element.iterancestors()):
        return None  # a date inside a post (an embedded card's) is none of the posts'
    return found.stamp


def _linked_kinds(root: etree._Element, keys: set[str]) -> dict[str, Kind]:
    """Kinds given to posts by the links pointing at them: a key-events list links each key
    post by its id (`<a data-link-name="key event card | 1" href="#block-5f2c">`)."""
    found: dict[str, Kind] = {}
    if not keys:
        return found
    for link in root.iter("a"):
        fragment = (link.get("href") or "").partition("#")[2]
        if fragment in keys and fragment not in found:
            kind = _region_kind(link) or _list_kind(link)
            if kind is not None and kind != "summary":  # a link to a pinned copy says nothing of the post
                found[fragment] = kind
    return found


#: A list item's link is looked for this many levels below its list, and the list's heading
#: among this many elements before it.
LIST_DEPTH = 3
LIST_HEADING_SEARCH = 2
#: Kinds a list's heading gives the posts its items link to ("Key events" above a list of
#: links to posts: a plain list, no class or data-* value names the kind).
LIST_KINDS = frozenset({"key-event"})


def _list_kind(link: etree._Element) -> Kind | None:
    """The kind the heading of the list holding `link` names, when the heading is a label
    (`<h2>Key events</h2><ul><li><a href="#block-5f2c">10.48 GMT Power cuts</a></li></ul>`)."""
    element: etree._Element | None = link.getparent()
    for _ in range(LIST_DEPTH):
        if element is None or element.tag in ("ul", "ol"):
            break
        element = element.getparent()
    if element is None or element.tag not in ("ul", "ol"):
        return None
    for before in list(element.itersiblings(preceding=True))[:LIST_HEADING_SEARCH]:
        if before.tag in DAY_HEADING_TAGS:
            kind = LABELS.get(_text(before).lower().rstrip(":"))
            return kind if kind in LIST_KINDS else None  # type: ignore[return-value]
    return None


Score = tuple[int, int, int, int]


def _best(machine: list[Anchor], printed: list[Anchor],
          known: Known | None) -> tuple[Score, list[etree._Element]] | None:
    """The regions of the anchor group that most looks like a stream of posts: the most
    posts known from structured data, then the most holding text, machine times on a tie."""
    best: tuple[Score, list[etree._Element]] | None = None
    # a <time datetime> is both a machine and a printed anchor: its group's regions are found once
    judged: dict[tuple[etree._Element, ...], tuple[list[etree._Element], int]] = {}
    for is_machine, anchors in ((1, machine), (0, printed)):
        for group in _groups(anchors):
            elements = tuple(anchor.element for anchor in group)
            if elements not in judged:
                judged[elements] = _judge(elements)
            regions, content = judged[elements]
            if len(regions) < MIN_POSTS or content < max(1, MIN_CONTENT_SHARE * len(regions)):
                continue
            step = max(1, len(regions) // CONTENT_SAMPLE)
            sample = regions[::step]
            matched = sum(1 for region in sample if known is not None and known.holds(region))
            score = (matched, content, is_machine, len(regions))
            if best is None or score > best[0]:
                best = (score, regions)
    return best


def _judge(elements: tuple[etree._Element, ...]) -> tuple[list[etree._Element], int]:
    """The regions of one group's stream, and how many of them hold text besides their stamp
    (estimated from a sample)."""
    anchored = _regions(list(elements))
    regions = _coherent(list(anchored))
    if len(regions) < MIN_POSTS or _aside(regions[0]):
        return regions, 0
    # judged on a sample spread over the page: a stream of thousands is as clear from 60
    step = max(1, len(regions) // CONTENT_SAMPLE)
    sample = regions[::step]
    held = sum(1 for region in sample if _has_content(region, anchored[region]))
    return regions, held * len(regions) // len(sample)


#: ARIA roles of a region beside the page's main content (a sidebar), as `<aside>` is.
ASIDE_ROLES = frozenset({"complementary"})


def _aside(region: etree._Element) -> bool:
    """Does the stream stand in a box beside the page's story: an `<aside>` (or an element of
    role "complementary") holding no `<h1>`, as a sidebar's "Live news" wires, "Latest" or
    "Most read" list with their clocks is (a live blog's posts are the page's main content;
    a page set whole inside one such element, its headline with it, is read as it is)?"""
    for ancestor in region.iterancestors():
        if ancestor.tag == "aside" or ancestor.get("role") in ASIDE_ROLES:
            return next(ancestor.iter("h1"), None) is None
    return False


def side_boxes(root: etree._Element, entries: Iterable[RawEntry]) -> list[etree._Element]:
    """The sidebars (`_aside` boxes: an `<aside>` or a "complementary" region, holding no
    `<h1>`) that hold every one of `entries` (posts the page's text was read into, each by its
    source line), outermost first; none when an entry stands outside them or has no line."""
    found = root.xpath("//aside | //*[@role='complementary']")
    boxes = [box for box in (found if isinstance(found, list) else [])
             if isinstance(box, etree._Element) and next(box.iter("h1"), None) is None
             and not any(tag_of(above) == "aside" or above.get("role") in ASIDE_ROLES for above in box.iterancestors())]
    spans = []
    for box in boxes:
        lines = [line for element in box.iter() if (line := line_of(element)) is not None]
        if lines:
            spans.append((min(lines), max(lines), box))
    held: list[etree._Element] = []
    for entry in entries:
        holder = next((box for first, last, box in spans if entry.line is not None and first <= entry.line <= last),
                      None)
        if holder is None:
            return []
        if holder not in held:
            held.append(holder)
    return held


# ---------------------------------------------------------------------------
# Anchors.


def _machine_anchors(dated: list[etree._Element]) -> list[Anchor]:
    found: list[Anchor] = []
    for element in dated:
        best: tuple[bool, str, datetime] | None = None
        tag = element.tag
        if tag == "meta" and element.get("itemprop") != "datePublished":
            continue
        # names and values in one call (lxml's stubs allow bytes: an HTML tree gives text);
        # datetime, content and data-* are read, not the others (class, style...)
        pairs: list[tuple[str, str]] = element.items()  # type: ignore[assignment]
        classes = itemprop = ""
        for name, value in pairs:
            if name not in ("datetime", "content") and not name.startswith("data-"):
                if name == "class":
                    classes = value
                elif name == "itemprop":
                    itemprop = value
                continue
            if name in ("datetime", "content") or len(value) <= 40:
                moment = read_instant(value)
                if moment is None:
                    continue
                edit = names_an_edit(name)
                if best is None or (best[0] and not edit):
                    best = (edit, name, moment)
        if best is not None:
            signature = ("machine", str(tag), best[1], classes.split(" ")[0], itemprop)
            found.append(Anchor(element, signature, best[2]))
    return found


def _text(element: etree._Element) -> str:
    """All the text of a small element, read by libxml2 (hidden text included: the stamp
    grammar reads "Posted at 15:0515:05" as one stamp). An element with no child is its own text."""
    if not len(element):
        return squash(element.text or "")
    return squash(etree.tostring(element, method="text", encoding=str, with_tail=False))


def _time_anchors(times: list[etree._Element]) -> list[Anchor]:
    """`<time>` elements whose text reads as a stamp."""
    found = []
    for element in times:
        text = _text(element)
        if len(text) > MAX_STAMP_TEXT:
            continue
        stamp_line = _read_stamp(text)
        if _usable(stamp_line):
            assert stamp_line is not None
            stamp_line = _dated(stamp_line, element.get("datetime"))
            signature = ("text", "time", (element.get("class") or "").split(" ")[0], stamp_line.clock_style)
            found.append(Anchor(element, signature, None, stamp_line))
    return found


def _dated(stamp_line: StampLine, value: str | None) -> StampLine:
    """A clock printed in `<time datetime="2026-01-06">`: the attribute gives the date."""
    found = _DATE_ONLY.fullmatch((value or "").strip())
    if found is None or stamp_line.stamp.has_date:
        return stamp_line
    year, month, day = (int(part) for part in found.groups())
    return replace(stamp_line, stamp=replace(stamp_line.stamp, year=year, month=month, day=day))


def _text_anchors(root: etree._Element) -> list[Anchor]:
    """The smallest elements whose text reads as a stamp, widened to the stamp's line."""
    found: dict[etree._Element, Anchor] = {}
    seen: set[etree._Element] = set()
    # each ancestor's one line of stamp, read once however many stamps it holds (None: it holds
    # more than a stamp's line): a page of many stamp-like numbers in one block (a source
    # listing's line numbers) would otherwise read that block once per number
    lines_of: dict[etree._Element, StampLine | None] = {}
    for holder in _clockish_holders(root):
        if holder in seen:
            continue
        element = holder
        seen.add(element)
        text = _text(element)
        if len(text) > MAX_STAMP_TEXT:
            continue
        stamp_line = read_stamp(text)
        if not _usable(stamp_line):
            continue
        assert stamp_line is not None
        # widen to the stamp's whole line: "Posted at" + "15:05", a date beside the clock
        while (up := element.getparent()) is not None and up.tag not in ("body", "html"):
            if up not in lines_of:
                lines_of[up] = _stamp_line_of(up)
            if (wider := lines_of[up]) is None:
                break
            if (wider.stamp.hour, wider.stamp.minute) != (stamp_line.stamp.hour, stamp_line.stamp.minute):
                break
            element, stamp_line = up, wider
            seen.add(up)
        if element not in found:
            signature = ("text", str(element.tag), (element.get("class") or "").split(" ")[0],
                         stamp_line.clock_style)
            found[element] = Anchor(element=element, signature=signature, stamp=stamp_line)
    return list(found.values())


def _clockish_holders(root: etree._Element) -> Iterator[etree._Element]:
    """The elements of the page's body holding a short text (their own or an inline child's
    tail) that `_CLOCKISH` finds, in the order of those texts, once per text. One walk in
    page order: libxml2's XPath string functions over every text of a large page cost
    several times as much (4 s on a 136,000-element source listing against 0.6 s)."""
    search = _CLOCKISH.search
    for body in root.iter("body"):
        for event, element in etree.iterwalk(body, events=("start", "end")):
            if event == "start":
                text = element.text
                if text and len(text) < MAX_SIEVED_TEXT and element.tag not in _NO_TEXT and search(text):
                    yield element
            elif element is not body:
                tail = element.tail
                if tail and len(tail) < MAX_SIEVED_TEXT and search(tail):
                    holder = element.getparent()
                    if holder is not None and holder.tag not in _NO_TEXT:
                        yield holder


def _stamp_line_of(element: etree._Element) -> StampLine | None:
    """The stamp `element`'s text reads as, when that text is one line of a stamp with no
    headline or text after it (None once a second line, a headline or the body begins)."""
    lines = chunks(element)
    text = " ".join(chunk.text for chunk in lines)
    if len(lines) != 1 or len(text) > MAX_STAMP_TEXT:
        return None
    found = read_stamp(text)
    if found is None and text and not text[0].isalnum() and (unbadged := _unbadged(text)) != text:
        found = read_stamp(unbadged)  # "★ 16:12 Uhr": the stamp's line holds the icon before it
    if found is None and (spaced := unglued(text)) is not None:
        found = read_stamp(spaced)  # "12 minutes agoMarch 12, 2026": two spans with no space between
    if found is None or not _usable(found) or found.rest_kind in ("headline", "text"):
        return None
    return found


def _usable(stamp_line: StampLine | None) -> bool:
    return (stamp_line is not None and stamp_line.starts_entry
            and (stamp_line.stamp.has_clock or stamp_line.stamp.ago_minutes is not None))


def _groups(anchors: list[Anchor]) -> list[list[Anchor]]:
    groups: dict[tuple[str, ...], list[Anchor]] = {}
    for anchor in anchors:
        groups.setdefault(anchor.signature, []).append(anchor)
    return [group for group in groups.values() if len(group) >= MIN_POSTS]


# ---------------------------------------------------------------------------
# Regions.


def _regions(elements: list[etree._Element]) -> dict[etree._Element, etree._Element]:
    """Each element's highest ancestor holding no other element of the list (region -> element),
    in page order."""
    # how many of the elements each ancestor holds, counted up to 2 (all the test below needs):
    # above an ancestor already holding 2, every ancestor holds 2 as well, so a climb stops there
    counts: dict[etree._Element, int] = {}
    for element in elements:
        for ancestor in element.iterancestors():
            held = counts.get(ancestor, 0)
            if held > 1:
                break
            counts[ancestor] = held + 1
    regions: dict[etree._Element, etree._Element] = {}
    for element in elements:
        if element in counts:
            continue  # an anchor holding another anchor is no post of its own
        region = element
        for ancestor in element.iterancestors():
            if counts.get(ancestor, 0) > 1 or ancestor.tag in ("body", "html"):
                break
            region = ancestor
        regions[region] = element
    return regions


def _shape(region: etree._Element) -> tuple[str, str, str]:
    parent = region.getparent()
    if parent is None:
        return (str(region.tag), "", "")
    return (str(region.tag), str(parent.tag), (parent.get("class") or "").split(" ")[0])


#: Elements that hold one paragraph of a story, never a post of a stream.
PARAGRAPH_REGIONS = frozenset({"p"})


def _coherent(regions: list[etree._Element]) -> list[etree._Element]:
    """The regions that form the page's stream: siblings under one parent (or under
    several parents, such as day sections, of one shape). Times scattered over a page
    (a dateline, a teaser, a footer) share no parent and form no stream."""
    if len(regions) < MIN_POSTS:
        return []
    parents = Counter(region.getparent() for region in regions)
    stream, count = parents.most_common(1)[0]
    if count < MIN_POSTS:
        return []
    # one shape: a key-events list above the stream, its items holding the same <time>s, is
    # a second run of siblings of another shape, and no part of the stream
    shape = next(_shape(region) for region in regions if region.getparent() is stream)
    if shape[0] in PARAGRAPH_REGIONS:
        # stamped paragraphs among plain ones ("<p><strong>Update vom 12. März, 14.32 Uhr:</strong>
        # ...</p><p>...</p>"): a ticker written as one story, whose posts run on over the
        # paragraphs below their stamp. The page's text reads it; paragraphs as posts lose those.
        return []
    return [region for region in regions if _shape(region) == shape]


def _with_untimed(regions: list[etree._Element]) -> list[etree._Element]:
    """The stream's posts that print no time: siblings of the timed posts, under their
    parent, with the posts' own tag and class (a sports relation's heat results and "Start"
    notes between its clock-stamped posts, the pre-match posts below them). A teaser, an ad
    slot or a "load more" button has a class of its own. Without them, their text would be
    lost, or read into a neighbouring post."""
    parents = Counter(region.getparent() for region in regions)
    stream, count = parents.most_common(1)[0]
    if stream is None or count < MIN_POSTS:
        return regions
    kinds = Counter(_kind_of(region) for region in regions if region.getparent() is stream)
    kind, alike = kinds.most_common(1)[0]
    if alike < MIN_POSTS or not kind[1]:
        return regions  # posts without a class of their own: plain <p>s or <div>s are no sign
    chosen = set(regions)
    untimed = [child for child in stream.iterchildren() if child not in chosen and _kind_of(child) == kind]
    if not untimed:
        return regions
    return [element for element in stream.iterchildren() if element in chosen or element in untimed] + [
        region for region in regions if region.getparent() is not stream]


def _pinned(root: etree._Element, first: etree._Element) -> list[etree._Element]:
    """Posts pinned above the stream, outside it (a class or id with a word of PINNED_WORDS:
    NPR's "pinned-post", Sourcefabric's "lb-sticky-top-post", the Guardian's "pinned-post"
    copy): often printed with no time, they would be lost or read into the summary."""
    above = set(first.iterancestors())
    found: list[etree._Element] = []
    for element in root.iter():
        if element is first:
            break
        if not isinstance(element.tag, str) or element in above:
            continue
        tokens = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
        if not PINNED_WORDS.intersection(CLASS_WORD.findall(tokens)):
            continue
        if any(ancestor in found for ancestor in element.iterancestors()):
            continue  # inside a pinned post already taken ("pinned-post-checkbox")
        if len(_text(element)) >= MIN_BODY_CHARS:
            found.append(element)
    # a pinned box holding a copy of a post in the stream's own markup: the copy is the post
    # (the box's "From 5h ago" row and its buttons are not); else the pinned element must share
    # a class with the posts ("pinned-post post" beside "liveblog-item post"): "sticky" is also a
    # layout word ("lx-c-sticky", a summary box that stays on screen), and such a box is no post
    shape = _kind_of(first)
    classes = set((first.get("class") or "").split())
    posts: list[etree._Element] = []
    for element in found:
        copy = next((inner for inner in element.iterdescendants(str(first.tag)) if _kind_of(inner) == shape), None)
        if copy is not None:
            posts.append(copy)
        elif classes.intersection((element.get("class") or "").split()):
            posts.append(element)
    return posts


def _kind_of(element: etree._Element) -> tuple[str, str]:
    """An element's tag and first class (whitespace of any kind parts the classes)."""
    classes = (element.get("class") or "").split()
    return (str(element.tag), classes[0] if classes else "")


def _has_content(region: etree._Element, anchor: etree._Element) -> bool:
    """Text besides the stamp, the headline and links: MIN_BODY_CHARS in a paragraph, or
    directly in a block. A list of linked headlines with times has none; nor has a stamp
    line ("12.35 Uhr: headline") whose story follows in sibling paragraphs. Nor has a teaser
    whose headline and lead paragraph are one link to another page: text inside a link is none."""
    around = {anchor, *anchor.iterancestors()}
    stamp = set(anchor.iter())  # the stamp's own text ("November 8, 2023 | 6:03 pm" in a span) is none
    linked = {inner for link in region.iter("a") for inner in link.iter()}
    for element in region.iter("p", "li", "blockquote", "div", "span"):
        if element in linked:
            continue
        if element.tag in ("p", "li", "blockquote"):
            size = len(_text(element)) - sum(len(_text(link)) for link in element.iter("a"))
            if element in around:
                size -= len(_text(anchor))
            if size >= MIN_BODY_CHARS:
                return True
            continue
        if element in stamp:
            continue
        text = element.text
        if text and len(text.strip()) >= MIN_BODY_CHARS:
            return True
        tail = element.tail
        if tail and len(tail.strip()) >= MIN_BODY_CHARS and element is not region:
            return True
    return False


def _badges(regions: list[Region], badges: list[tuple[etree._Element, Kind]]) -> None:
    """Give each region the kind of the first badge inside it (the scan cut badges out)."""
    by_element = {region.element: region for region in regions}
    for parent, kind in badges:
        element: etree._Element | None = parent
        while element is not None:
            region = by_element.get(element)
            if region is not None:
                region.kind = region.kind or kind
                break
            element = element.getparent()


def _assign(regions: list[Region], anchors: list[Anchor]) -> None:
    """Give each region the anchors inside it (machine times and printed stamps)."""
    by_element = {region.element: region for region in regions}
    for anchor in anchors:
        element: etree._Element | None = anchor.element
        while element is not None:
            region = by_element.get(element)
            if region is not None:
                region.anchors.append(anchor)
                break
            element = element.getparent()


# ---------------------------------------------------------------------------
# One post.


def _post(region: Region, nested: Collection[etree._Element]) -> Post:
    element = region.element
    machine = _published(region.anchors)
    printed: Anchor | None = None
    for anchor in region.anchors:  # (a loop, not next() over a generator: two calls fewer a post)
        if anchor.stamp is not None:
            printed = anchor
            break
    if printed is not None and printed.element.tag != "time" and printed.element is not element:
        # a stamp printed in a plain element ("<span>14:32</span><strong>Title</strong>"): read
        # apart from the words glued to it
        found = chunks(element, nested=nested, exclude=(printed.element,), lines=False)
        assert printed.stamp is not None
        stamp_line, found, byline = _stamp([_stamp_chunk(printed), *found])
    else:
        every = chunks(element, nested=nested, lines=False)
        stamp_line, found, byline = _stamp(every)
        if stamp_line is not None and printed is not None and printed.stamp is not None \
                and printed.stamp.stamp.has_date and not stamp_line.stamp.has_date:
            stamp_line = replace(stamp_line, stamp=replace(stamp_line.stamp, year=printed.stamp.stamp.year,
                                                           month=printed.stamp.stamp.month,
                                                           day=printed.stamp.stamp.day))
        elif stamp_line is None and machine is not None:
            stamp_line, found = _printed_day(found, machine[0])
            if stamp_line is None:
                stamp_line, found = _raw_print(found, machine[0])
            if stamp_line is None:
                stamp_line, found, byline = _time_text(every, found)
    authors: list[str] = []
    kind: Kind | None = None
    if stamp_line is not None:
        if stamp_line.lead:
            authors.append(stamp_line.lead)
        if byline is not None:
            authors.extend(stamp_names(byline))
        elif stamp_line.rest_kind == "author":
            authors.extend(stamp_names(stamp_line.rest))
        elif stamp_line.rest_kind == "label":
            kind = LABELS.get(stamp_line.rest.lower().rstrip(":"))  # type: ignore[assignment]
    # (the first tests of `_update_note` here: most chunks are long or no body text, and a call costs more)
    found = [chunk for chunk in found
             if chunk.role != "body" or len(chunk.text) > MAX_STAMP_TEXT or not _update_note(chunk)]
    label, found = _leading_label(found)
    kind = kind or label
    headline, rest, guessed = _headline(found)
    if headline is not None and not guessed and not authors:
        name, rest = _name_below(rest)
        authors.extend(name)
    box_authors, paragraphs, media = body_of(rest)
    authors.extend(name for name in box_authors if name not in authors)
    kind = kind or region.kind or _region_kind(element) or "post"
    return Post(
        source="page",
        key=_key(element),
        published=machine[0] if machine else None,
        modified=machine[1] if machine else None,
        stamp=stamp_line.stamp if stamp_line is not None else None,
        headline=headline,
        headline_guessed=guessed,
        authors=tuple(authors),
        paragraphs=paragraphs,
        media=media,
        kind=kind,
        line=(line_of(printed.element) if printed is not None else None) or line_of(element),
        anchor=element,
    )


#: Unicode categories of the icons a post's header prints before its stamp (a highlight's
#: "★", a live dot's "●", an emoji): symbols, not words or the stamp's own brackets.
BADGE_CATEGORIES = frozenset({"So", "Sk", "Co"})


@lru_cache(maxsize=1024)
def _unbadged(text: str) -> str:
    """`text` without the icons and spaces before its first word or digit ("★ 16:12 Uhr" ->
    "16:12 Uhr"); the text unchanged when it opens with anything else."""
    index = 0
    while index < len(text) and (text[index].isspace() or unicodedata.category(text[index]) in BADGE_CATEGORIES):
        index += 1
    return text[index:] if index and index < len(text) and not text[:index].isspace() else text


def _printed_day(found: list[Chunk], moment: datetime) -> tuple[StampLine | None, list[Chunk]]:
    """A post whose time is data and that prints no clock may print its day on a line of its
    own near its top (`<p class="date">12/7/2025</p>` beside `data-sort-time`): that line is
    the post's stamp (what it printed), not its story, when it names the data's day (either
    order of day and month, a day either side for the zone). Else (None, found) unchanged."""
    for index, chunk in enumerate(found[:STAMP_SEARCH]):
        if chunk.role not in ("body", "author") or len(chunk.text) > MAX_STAMP_TEXT or not _gated(chunk.text):
            continue
        candidate = _read_stamp(chunk.text)
        if candidate is None or candidate.rest_kind != "bare" or not candidate.starts_entry:
            continue
        stamp = candidate.stamp
        if stamp.has_clock or stamp.ago_minutes is not None or stamp.month is None or stamp.day is None:
            continue
        if _names_day(stamp, moment):
            return candidate, found[:index] + found[index + 1:]
    return None, found


#: A post's stamp printed unformatted (the page saved before its script wrote the times) is
#: its data time as written, with at most this many short words beside it ("Uhr")...
MAX_RAW_WORDS = 2
MAX_RAW_WORD = 4


def _raw_print(found: list[Chunk], moment: datetime) -> tuple[StampLine | None, list[Chunk]]:
    """A post whose script formats its times on load, saved before it ran, prints the data's
    own value where the time goes (`<span data-js-timestamp="2026-03-21T14:30:05.000Z">` holding
    "2026-03-21T14:30:05.000Z", then "Uhr"): that line is the post's stamp as printed, neither its
    headline nor its text, when every time on it is the data's (within a day). Else (None, found)."""
    for index, chunk in enumerate(found[:STAMP_SEARCH]):
        if chunk.role not in ("body", "author") or len(chunk.text) > MAX_STAMP_TEXT or "T" not in chunk.text:
            continue
        words = chunk.text.split()
        times = [read_written(word) for word in words]
        others = [word for word, time in zip(words, times, strict=True) if time is None]
        written = [time for time in times if time is not None]
        if not written or len(others) > MAX_RAW_WORDS or any(len(word) > MAX_RAW_WORD for word in others):
            continue
        if all(time.tzinfo is not None and abs(time - moment) <= timedelta(days=1) for time in written):
            stamp = Stamp(text=_unbadged(chunk.text))
            return (StampLine(stamp=stamp, rest="", rest_kind="bare", lead=None, starts_entry=True, clock_style=""),
                    found[:index] + found[index + 1:])
    return None, found


def _names_day(stamp: Stamp, moment: datetime) -> bool:
    """Whether a printed date (day and month, year optional) is the day of `moment`, or one
    either side of it (the page's zone is not known here); day and month in either order."""
    assert stamp.month is not None and stamp.day is not None
    readings = {(stamp.month, stamp.day), (stamp.day, stamp.month)}
    for shift in (-1, 0, 1):
        day = (moment + timedelta(days=shift)).date()
        if (day.month, day.day) in readings and stamp.year in (None, day.year):
            return True
    return False


def _stamp_chunk(anchor: Anchor) -> Chunk:
    """The stamp's element as one chunk, read as the page shows it: pieces in elements of
    their own stay apart ("<span>March 11, 2026</span><span>2:43 am</span>")."""
    element = anchor.element
    text = " ".join(chunk.text for chunk in chunks(element, lines=False)) if len(element) else _text(element)
    return Chunk(text=squash(text), role="body", line=line_of(element), tag="time", paragraph_end=False)


def _stamp(found: list[Chunk]) -> tuple[StampLine | None, list[Chunk], str | None]:
    """The post's printed stamp (a `<time>` line, or a short line reading as a stamp near
    the top), the chunks left, and the byline of a bare stamp: dates and clocks in `<time>`
    are never body text; a name standing alone right after a bare stamp is the author
    ("21:22" / "Frances Watkins"; given apart, not as a new stamp line with the name as its
    rest: one record fewer to make per post)."""
    stamp_line: StampLine | None = None
    position: int | None = None
    for index, chunk in enumerate(found):
        if index >= STAMP_SEARCH and chunk.tag != "time":
            continue  # far down a post, only a <time> is its stamp (printed below the story)
        if len(chunk.text) > MAX_STAMP_TEXT or not _gated(chunk.text) or (
                chunk.role not in ("body", "author") and chunk.tag != "time"):
            continue
        candidate = _read_stamp(chunk.text)
        if candidate is None and not chunk.text[0].isalnum() and (unbadged := _unbadged(chunk.text)) != chunk.text:
            candidate = _read_stamp(unbadged)  # "★ 16:12 Uhr": a highlight's star icon before the stamp
        if candidate is None and index < STAMP_SEARCH and (spaced := unglued(chunk.text)) is not None:
            candidate = _read_stamp(spaced)  # "22 mins agoMarch 12, 2026": two spans with no space between
        if _usable(candidate) and candidate is not None and candidate.rest_kind in ("bare", "author", "label"):
            stamp_line, position = candidate, index
            break
    rest = [chunk for chunk in found if chunk.tag != "time"]
    if position is not None and found[position].tag != "time":
        del rest[sum(1 for chunk in found[:position] if chunk.tag != "time")]  # the stamp's line, by its place
    byline: str | None = None
    if stamp_line is not None and position is not None and stamp_line.rest_kind == "bare":
        after = _untimed(found, position + 1)
        joined = _joined(stamp_line, found[after]) if after < len(found) else None
        if joined is not None:  # "<time>14m ago</time><span>14.41 GMT</span>"
            stamp_line = joined
            rest = [item for item in rest if item is not found[after]]
            after = _untimed(found, after + 1)
        if after < len(found) and found[after].role in ("body", "author") and len(found[after].text) <= MAX_BYLINE:
            chunk = found[after]
            name = _byline_names(chunk.text)
            if _name_like(name):
                byline = name
                rest = [item for item in rest if item is not chunk]
    if byline is None and stamp_line is not None and position is not None and stamp_line.rest_kind == "bare":
        byline, rest = _footer_byline(found, position, rest)
    return stamp_line, rest, byline


#: Where the texts of two inline elements written with no space between them meet in a stamp's
#: line (`<span>22 mins ago</span><span>March 12, 2026</span>` reads "22 mins agoMarch 12, 2026",
#: "8:05 AMMarch 12, 2026", "vor 2 Stunden12.03.2026"): a small letter or a digit before a capital,
#: a capital before a capitalised word, or a small letter before a digit.
_GLUE = patterns.compile(r"[a-z\d](?=[A-Z])|[A-Z](?=[A-Z][a-z])|[a-z](?=\d)")


@lru_cache(maxsize=1024)
def unglued(text: str) -> str | None:
    """`text` with a space where two elements' words were glued, or None when nothing is glued."""
    spaced = _GLUE.sub(r"\g<0> ", text)
    return spaced if spaced != text else None


def _footer_byline(found: list[Chunk], position: int, rest: list[Chunk]) -> tuple[str | None, list[Chunk]]:
    """A `<time>` (at `position` in `found`) printed below the story with a name alone right
    before it is the post's footer ("Ana Ruiz" beside "44 minutes ago"): the name is its byline,
    and `rest` loses it; never the post's only line. Else (None, rest)."""
    if position < 2 or found[position].tag != "time":
        return None, rest
    chunk = found[position - 1]
    if chunk.tag == "time" or chunk.role not in ("body", "author") or len(chunk.text) > MAX_BYLINE:
        return None, rest
    name = _byline_names(chunk.text)
    if not _name_like(name):
        return None, rest
    return name, [item for item in rest if item is not chunk]


def _time_text(every: list[Chunk], found: list[Chunk]) -> tuple[StampLine | None, list[Chunk], str | None]:
    """A post whose time is data prints it in a `<time>` in a form the stamp grammar does not
    read ("about 1 hour ago"): that text is the post's stamp as printed (a `<time>` is never
    body text), with the footer's name beside it. `every`: the post's chunks, `<time>`s too;
    `found`: those left. Else (None, found, None)."""
    for position, chunk in enumerate(every):
        if chunk.tag == "time" and chunk.text and len(chunk.text) <= MAX_STAMP_TEXT:
            stamp_line = StampLine(stamp=Stamp(text=chunk.text), rest="", rest_kind="bare", lead=None,
                                   starts_entry=True, clock_style="")
            byline, found = _footer_byline(every, position, found)
            return stamp_line, found, byline
    return None, found, None


@lru_cache(maxsize=4096)
def _byline_names(text: str) -> str:
    """The names of a short line ("By A", "Door A": the names after the word; else the line),
    once per distinct line (a page's posts repeat a few bylines; the case-blind pattern costs
    thousands of instructions a line)."""
    named = furniture.BYLINE.match(text)
    return named.group("names") if named else text


def _leading_label(found: list[Chunk]) -> tuple[Kind | None, list[Chunk]]:
    """A label the page prints in a line of its own above the post's headline or text ("Key
    event", "Breaking", "Pinned"): its kind, and the chunks without it."""
    for index, chunk in enumerate(found[:LABEL_SEARCH]):
        if chunk.role == "heading" or len(chunk.text) > MAX_LABEL:
            break
        label = chunk.text.strip().lower().rstrip(":")
        kind = LABELS.get(label) or ("summary" if label in PINNED_LABELS else None)  # "Pinned": kept on top
        if kind is not None:
            return kind, found[:index] + found[index + 1:]  # type: ignore[return-value]
    return None, found


def _gated(text: str) -> bool:
    """Could `text` hold a stamp: a digit, or a relative word in any case? (One case-blind
    pattern of every word cost about 45 microseconds on a short line without a digit; the
    lowered text's `in` tests cost a tenth of that.)"""
    if _DIGIT.search(text) is not None:
        return True
    lowered = text.lower()
    return any(word in lowered for word in _RELATIVE_LOWER)


def _update_note(chunk: Chunk) -> bool:
    """A line that is only a later edit's stamp ("Updated at 11.58 GMT", "Aktualisiert vor 34
    Minuten"): the post's furniture, never its story. Its prefix is one that starts no post."""
    if chunk.role != "body" or len(chunk.text) > MAX_STAMP_TEXT or not _gated(chunk.text):
        return False
    note = _read_stamp(chunk.text)
    return note is not None and note.prefix >= 0 and not note.starts_entry and note.rest_kind == "bare"


def _name_below(found: list[Chunk]) -> tuple[list[str], list[Chunk]]:
    """A name standing alone on the line below a post's heading, with the story after it,
    is the post's byline (an avatar's picture beside it has no text): its names, and the
    chunks without it."""
    if len(found) < 2 or found[0].role not in ("body", "author") or len(found[0].text) > MAX_BYLINE:
        return [], found
    byline = furniture.BYLINE.match(found[0].text)
    name = byline.group("names") if byline else found[0].text
    if "\n" in name or not _name_like(name):
        return [], found
    return split_names(name), found[1:]


def _untimed(found: list[Chunk], index: int) -> int:
    """The first chunk from `index` on that is not a `<time>` element's."""
    while index < len(found) and found[index].tag == "time":
        index += 1
    return index


def _joined(stamp_line: StampLine, chunk: Chunk) -> StampLine | None:
    """The post's stamp and the chunk right after it read as one stamp, when the chunk is
    a bare stamp too and one of the two gives the clock ("14m ago" then "14.41 GMT", or
    "14:32" then "6 Nov 2023"): else None."""
    if chunk.role != "body" or len(chunk.text) > MAX_STAMP_TEXT or not _gated(chunk.text):
        return None
    piece = _read_stamp(chunk.text)
    if piece is None or piece.rest_kind != "bare" or piece.stamp.has_clock == stamp_line.stamp.has_clock:
        return None
    base, other = (stamp_line, piece) if stamp_line.stamp.has_clock else (piece, stamp_line)
    stamp = replace(merge_stamps(base.stamp, other.stamp), text=f"{stamp_line.stamp.text} {piece.stamp.text}")
    return replace(base, stamp=stamp)


def _published(anchors: list[Anchor]) -> tuple[datetime, datetime | None] | None:
    """The post's own time (the first machine time not named as an edit, else the first of
    all) and its first edit time, in one pass (one name test per anchor). An exact UTC time
    (an epoch, a "Z") beside a zone-less local time of the post (`<time datetime="2026-01-24
    12:05">`) is written in the offset the two differ by: the page's own."""
    first: datetime | None = None
    own: datetime | None = None
    edit: datetime | None = None
    utc: datetime | None = None
    wall: datetime | None = None
    for anchor in anchors:
        moment = anchor.machine
        if moment is None:
            continue
        if first is None:
            first = moment
        if names_an_edit(anchor.signature[2]):
            if edit is None:
                edit = moment
            continue
        if own is None:
            own = moment
        offset = moment.utcoffset()
        if offset is None:
            wall = wall or moment
        elif not offset:
            utc = utc or moment
    if first is None:
        return None
    if utc is not None and wall is not None and (local := wall_offset(utc, wall)) is not None:
        return utc.astimezone(local), edit
    return (own if own is not None else first), edit


#: A zone-less local time and an exact time of one post differ by the page's UTC offset: a
#: whole number of quarter hours (every zone's offset is), up to 14 hours either way.
OFFSET_STEP_MINUTES = 15
MAX_OFFSET_MINUTES = 14 * 60


def wall_offset(moment: datetime, wall: datetime) -> timezone | None:
    """The fixed zone in which the exact time `moment` reads as the local time `wall` (compared
    to the minute when `wall` gives none finer); None when they differ by no UTC offset
    (or by none at all: the page's local time is UTC, or unknown)."""
    utc = moment.astimezone(UTC).replace(tzinfo=None)
    if not wall.second and not wall.microsecond:
        utc = utc.replace(second=0, microsecond=0)
    minutes, rest = divmod((wall - utc).total_seconds(), 60)
    if rest or not minutes or minutes % OFFSET_STEP_MINUTES or abs(minutes) > MAX_OFFSET_MINUTES:
        return None
    return _fixed_zone(int(minutes))


@lru_cache(maxsize=64)
def _fixed_zone(minutes: int) -> timezone:
    """A page's posts share one or two offsets: each fixed zone is made once."""
    return timezone(timedelta(minutes=minutes))


def _key(element: etree._Element) -> str | None:
    """The post's own id: the region's id, else the first id in its top two levels."""
    ident = element.get("id")
    if ident:
        return ident
    for child in element.iterchildren():
        if child.get("id"):
            return child.get("id")
    return None


def _region_kind(element: etree._Element) -> Kind | None:
    """A kind from the classes or data-* values of the region and its first child
    ("lx-stream-post--breaking", `data-type="key-event"`)."""
    first = element[0] if len(element) else None  # (an index costs less than an iterator)
    for candidate in (element, first) if first is not None else (element,):
        if not isinstance(candidate.tag, str):
            continue
        # names and values in one call (lxml's stubs allow bytes: an HTML tree gives text)
        pairs: list[tuple[str, str]] = candidate.items()  # type: ignore[assignment]
        if not pairs:
            continue
        classes = candidate.get("class")
        found = marks_of(classes).kind if classes else None
        if found:
            return found
        for name, value in pairs:
            # only data-* values name a kind; the others are not read at all
            if name.startswith("data-") and len(value) <= 40 and not value.isdecimal():
                kind = marks_of(value).kind
                if kind:
                    return kind
    return None


def _headline(found: list[Chunk]) -> tuple[str | None, list[Chunk], bool]:
    """The first heading above the body; else (guessed) a short title-like first line followed by text."""
    for index, chunk in enumerate(found):
        if chunk.role == "heading":
            # (a chunk's text is squashed already, but for its line breaks)
            text = squash(chunk.text) if "\n" in chunk.text else chunk.text
            return text, found[:index] + found[index + 1:], False
        if chunk.role in ("body", "item", "ordered", "quote") and not _boilerplate(chunk.text):
            break
    body = [index for index, chunk in enumerate(found) if chunk.role == "body" and chunk.text]
    if len(body) >= 2:
        first = found[body[0]]
        text = squash(first.text)
        if len(text) <= MAX_GUESSED_HEADLINE and "\n" not in first.text and title_like(text) and not name_like(text):
            return text, found[:body[0]] + found[body[0] + 1:], True
    return None, found, False


#: A piece of an author box that opens with this names an outlet ("The Denver Post"), not a person.
OUTLET_ARTICLE = "the "


def box_names(text: str) -> list[str]:
    """The names in an author box: "By A and B", "Sam Coates, deputy political editor", a name
    above a role line ("BBC Economics Editor"); roles are left out."""
    names: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip().lstrip(BOX_DASHES)  # "— Domenico Montanaro", a sign-off under the story
        reporter = furniture.REPORTER_AFTER.fullmatch(line) if line.endswith(furniture.REPORTER_WORDS) else None
        # ("김민지 기자": names with no capitals)
        if reporter is not None:
            names.extend(furniture.REPORTER_NAME_SPLIT.split(reporter.group("names")))
            continue
        byline = furniture.BYLINE.match(line)
        people = byline.group("names") if byline else line
        for piece in _BOX_SEPARATOR.split(furniture.SHIFT_NOTE.sub("", people)):
            part = piece.strip()
            located = _LOCATED.match(part)  # "Delphine Strauss in London": the name, not the place
            if located is not None and _name_like(located.group("name")):
                part = located.group("name")
            if part[:len(OUTLET_ARTICLE)].lower() == OUTLET_ARTICLE:
                continue  # "By Matt Schubert | mschubert@denverpost.com | The Denver Post": the outlet
            if _name_like(part) and not furniture.ROLE_WORDS.search(part):
                names.extend(split_names(part))
    return names


@lru_cache(maxsize=4096)
def _box_names(text: str) -> tuple[str, ...]:
    """`box_names`, once per distinct text (every post of a page repeats a few author boxes)."""
    return tuple(box_names(text))


def body_of(found: list[Chunk]) -> tuple[list[str], tuple[str, ...], tuple[Media, ...]]:
    """Authors (author boxes, a "By" line on top), paragraphs (lists kept as lines) and media."""
    authors: list[str] = []
    paragraphs: list[str] = []
    media: list[Media] = []
    items: list[str] = []
    started = False

    def close_list() -> None:
        if items:
            paragraphs.append("\n".join(items))
            items.clear()

    for chunk in found:
        text = chunk.text
        if chunk.role == "author":
            authors.extend(name for name in _box_names(text) if name not in authors)
            continue
        if chunk.role in ("caption", "credit"):
            if items:  # (tested here: a call per chunk for an empty list costs more)
                close_list()
            if chunk.role == "credit" and media and media[-1].credit is None:
                media[-1] = Media(caption=media[-1].caption, credit=text or chunk.credit)
            elif chunk.role == "credit":
                media.append(Media(caption=None, credit=_credit(text)))
            elif chunk.credit is None and (split := dash_credit(text, min_words=1) or trailing_credit(text)
                                           or copyright_credit(text, min_words=1) or _bracketed(text)
                                           or labelled_caption(text, glued=False)) is not None:
                media.append(split)  # "Smoke rises over Gaza. Photograph: Mohammed Abed/AFP"
            else:
                media.append(Media(caption=text or None, credit=_credit(chunk.credit) if chunk.credit else None))
            continue
        if "\n" in text:
            lines = [line for line in text.split("\n") if not _boilerplate(line)]
        else:  # (`_boilerplate`, written out: this runs for every paragraph of every post)
            lines = [] if (_short_boilerplate(text) if len(text) <= MAX_CACHED_LINE
                           else furniture.is_boilerplate(text)) else [text]
        if not lines:
            continue
        if not started and len(lines) == 1 and (names := byline_names(lines[0])):
            authors.extend(names)
            continue
        started = True
        if chunk.role in ("item", "ordered"):
            marker = f"{len(items) + 1}." if chunk.role == "ordered" else "-"
            items.append(f"{marker} {lines[0]}")
            items.extend(lines[1:])
            continue
        if items:
            close_list()
        caption = furniture.CAPTION.match(lines[0]) if lines[0].endswith(")") and len(lines) == 1 \
            and len(lines[0]) <= 300 else None
        if caption is not None and caption.group("caption"):
            media.append(Media(caption=caption.group("caption").strip(), credit=caption.group("credit").strip()))
            continue
        paragraphs.append("\n".join(lines))
    close_list()
    return authors, tuple(paragraphs), tuple(media)


def _bracketed(text: str) -> Media | None:
    """A caption that ends in its credit in brackets ("Plows clear a road on Monday. (Steven
    Senne/AP)"), or in square ones (`layout.square_credit`, the text path's reading): the text of
    a caption element, so the full stop before it is no sentence's end."""
    if text.endswith("]"):
        square = square_credit(text)
        return None if square is None else replace(square, credit=_credit(square.credit) or square.credit)
    at = text.rfind("(")
    if at <= 0 or not text.endswith(")") or not text[at - 1].isspace():
        return None
    found = furniture.BRACKET_CREDIT.fullmatch(text, at)
    if found is None:
        return None
    return Media(caption=text[:at].strip() or None, credit=_credit(found.group("credit")) or found.group("credit"))


def _credit(text: str | None) -> str | None:
    if not text:
        return None
    lowered = text.lower()
    if lowered.startswith(CREDIT_LEADS):  # one call for the usual credit with no lead
        for lead in CREDIT_LEADS:
            if lowered.startswith(lead):
                text = text[len(lead):]
                break
    return text.strip(" ()") or None



