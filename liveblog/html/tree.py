"""The page as a tree: parsing with lxml, safely, and what an element is for a reader.

Parsing never touches the network and never resolves entities (`no_network`; lxml's HTML
parser has no external entities to resolve). libxml2 stops nesting at 255 levels and
drops what lies deeper: `parse` says so (`Parsed.truncated`) and such a page is read from
its tags instead (`raw_text`). Every walk in this package is iterative anyway.

One pass over the page (`scan`) finds what the readers need and what to cut out before
posts are read: small furniture, hidden text, badges, `<br>`s made line breaks.

The tables below say which elements are furniture (never text of a post), which are
hidden, and which mark an author, a caption or a kind. They are matched against tag
names, class and id tokens and a few attributes, never against one site's class names:
a token matches when a table word stands in it as a whole word ("post-share-tools"
holds "share"), so a new outlet is covered by its semantics, not by a new selector.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import lru_cache
from html import unescape
from itertools import islice

from lxml import etree

from .. import patterns
from ..errors import InputError
from ..model import Kind
from ..stamps import LABELS

#: Elements whose content is never text a reader sees as part of the story.
DROP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
    "button", "select", "option", "textarea", "input", "nav", "audio", "video", "source",
    "head", "title", "meta", "link", "dialog", "menu", "footer",
})  # fmt: skip

#: Removed from the tree before the posts are read (after JSON-LD and microdata).
STRIP_TAGS = tuple(sorted(DROP_TAGS - {"head", "title", "nav", "menu", "dialog", "meta"}))

#: Elements that start a new line in a browser's copy of the page.
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "center", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup", "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead",
    "tfoot", "tr", "td", "th", "ul", "body", "html", "caption",
})  # fmt: skip

#: Blocks after which a browser's copy leaves an empty line (a paragraph break).
PARAGRAPH_TAGS = frozenset({
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure", "ul", "ol", "table", "dl",
    "header", "footer", "section", "article", "aside",
})  # fmt: skip

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

#: Words in class or id tokens that mark furniture: share tools, ads, related links,
#: sign-up prompts, comments, cookie banners. Why whole words: "shared-content" is
#: not a share button, "header" is not "head".
FURNITURE_WORDS = frozenset({
    "share", "sharing", "social", "sharetools", "ad", "ads", "advert", "adverts", "advertisement", "adslot",
    "dfp", "gpt", "sponsor", "sponsored", "promo", "promotion", "newsletter", "signup", "subscribe",
    "related", "recommended", "recommendations", "outbrain", "taboola", "teaser", "teasers", "comments",
    "cookie", "cookies", "consent", "banner", "breadcrumb", "breadcrumbs", "pagination", "pager", "toolbar",
    "skip", "menu", "navigation", "nav", "modal", "popup", "tooltip", "tip", "icon", "rating", "reactions",
    "tags",  # a story's topic links ("article-tags"); not "tag", the first word of many a badge
    "taglist",  # the same in one word ("taglist__element")
    "error",  # a page's "not updating" notice ("error-message"), shown only when it fails
    # visually hidden text for screen readers ("gs-u-vh", "sr-only", "visually-hidden"): labels
    # such as "Share this post" or a second copy of the time; not "hidden-xs" (hidden on phones)
    "sr", "vh", "srt", "visually", "visuallyhidden", "screenreader", "offscreen",
})  # fmt: skip

#: Furniture names of two words joined by a hyphen or an underscore, read as the one word of
#: FURNITURE_WORDS they make ("screen-reader-text", WordPress's class for the text only screen
#: readers get: "Published On 12 Mar 2026" beside a post's printed age): neither word alone is
#: furniture ("screen", "reader").
SPLIT_FURNITURE = ("screen-reader", "screen_reader")

#: Words that name the live content itself: they win over furniture words in the same
#: tokens ("live-match-comments" is a match commentary, not readers' comments).
LIVE_WORDS = frozenset({"live", "liveblog", "liveticker", "ticker", "commentary", "minutebyminute"})

#: Words in class or id tokens (or itemprop/rel values) that mark a post's author box.
AUTHOR_WORDS = frozenset({"author", "authors", "byline", "bylines", "contributor", "contributors", "writer"})

#: Words that mark a caption, and a picture credit ("lx-media-asset__copyright").
CAPTION_WORDS = frozenset({"caption", "figcaption", "captions"})
CREDIT_WORDS = frozenset({"credit", "credits", "copyright", "attribution"})

#: Words in class tokens or data-* values of a post that give its kind. "breaking" and
#: "key event" badges are how live blogs flag posts; "pinned"/"sticky" posts are summaries
#: kept on top.
KIND_WORDS: dict[str, Kind] = {
    "breaking": "breaking",
    "keyevent": "key-event",
    "key": "key-event",  # "key-event", "key_event", "is-key" split into words
    "highlight": "key-event",
    "highlighted": "key-event",
    "important": "key-event",
    "pinned": "summary",
    "sticky": "summary",
    "summary": "summary",
    "analysis": "analysis",
    "opinion": "comment",
    "video": "video",
    "gallery": "gallery",
}

#: Inline styles that hide an element.
_HIDDEN_STYLE = patterns.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
#: A word of a lowered class or id ("lx-stream-post" -> lx, stream, post).
CLASS_WORD = patterns.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class Marks:
    """What an element's class and id tokens say about it."""

    furniture: bool
    author: bool
    caption: bool
    credit: bool
    kind: Kind | None


NO_MARKS = Marks(furniture=False, author=False, caption=False, credit=False, kind=None)


@dataclass(frozen=True, slots=True)
class Parsed:
    root: etree._Element
    truncated: bool  # libxml2 dropped what was nested deeper than it allows


def parse(text: str) -> Parsed:
    """The page's tree. Raises InputError when lxml finds no document at all.

    lxml's plain element classes, not lxml.html's: creating an HtmlElement proxy per
    element costs more than the rest of a walk over the page. libxml2 drops what is
    nested deeper than 255 elements (a page of unclosed `<div>`s): `truncated` says so,
    and the caller reads such a page's text another way.
    """
    parser = _parser(None)
    try:
        try:
            root = etree.fromstring(text, parser)
        except ValueError:  # an XML declaration naming an encoding: parse the UTF-8 bytes
            parser = _parser("utf-8")
            root = etree.fromstring(text.encode("utf-8"), parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as error:
        raise InputError(f"the page cannot be parsed as HTML: {error}") from error
    if root is None:
        raise InputError("the page cannot be parsed as HTML: no document")
    truncated = any("Excessive depth" in entry.message for entry in parser.error_log)
    return Parsed(root=root, truncated=truncated)


#: Tag-level reading for pages the tree cannot hold: dropped blocks, line breaks, tags.
_RAW_DROP = patterns.compile(r"<(script|style|noscript|template|svg|head)\b[^>]{0,2000}>.*?</\1\s*>", re.I | re.S)
_RAW_BREAK = patterns.compile(
    r"<(?:br|/?p|/div|/li|/h[1-6]|/tr|/section|/article|/header|/time|/figcaption|/blockquote)\b[^>]{0,2000}>", re.I)
_RAW_TAG = patterns.compile(r"<[^>]{0,2000}>")
_RAW_BLANKS = patterns.compile(r"\n\s*\n\s*")


def raw_text(text: str) -> str:
    """The text of a page without its tree: blocks broken into lines, tags dropped (linear regexes)."""
    visible = _RAW_TAG.sub("", _RAW_BREAK.sub("\n", _RAW_DROP.sub("", text)))
    return _RAW_BLANKS.sub("\n\n", unescape(visible))


def _parser(encoding: str | None) -> etree.HTMLParser:
    """No network, no comments or processing instructions, recover from broken markup."""
    return etree.HTMLParser(encoding=encoding, no_network=True, remove_comments=True, remove_pis=True,
                            recover=True)


def strip_furniture(root: etree._Element) -> None:
    """Remove the elements that are never text (scripts, styles, forms' controls...), in
    libxml2, keeping their tails; done once the structured data has been read."""
    etree.strip_elements(root, *STRIP_TAGS, with_tail=False)


def _compounds(lowered: str) -> str:
    """A lowered class or id with its compound words made single ("keyevent" apart from the word
    before it, "screen-reader" one word: `SPLIT_FURNITURE`)."""
    lowered = lowered.replace("keyevent", " keyevent ")
    for split in SPLIT_FURNITURE:
        if split in lowered:
            lowered = lowered.replace(split, split.replace("-", "").replace("_", ""))
    return lowered


@lru_cache(maxsize=4096)
def marks_of(tokens: str) -> Marks:
    """Marks for the class and id of one element, joined by a space (cached: pages repeat them)."""
    if not tokens:
        return NO_MARKS
    words = set(CLASS_WORD.findall(_compounds(tokens.lower())))
    kind = next((KIND_WORDS[word] for word in sorted(words) if word in KIND_WORDS), None)
    if kind == "key-event" and "key" in words and not words & {"event", "events", "update", "moment"}:
        kind = None  # "key" alone ("js-key", "keyboard") is no marker
    author = bool(words & AUTHOR_WORDS)
    caption = bool(words & CAPTION_WORDS)
    credit = bool(words & CREDIT_WORDS)
    return Marks(
        furniture=bool(words & FURNITURE_WORDS) and not author and not caption and not credit
        and not words & LIVE_WORDS,
        author=author,
        caption=caption,
        credit=credit,
        kind=kind,
    )


def tag_of(element: etree._Element) -> str:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


def line_of(element: etree._Element) -> int | None:
    """The element's line in the source (lxml's stubs leave it untyped)."""
    line = element.sourceline
    return line if isinstance(line, int) else None


#: Attribute names that may hold a post's time as data: `datetime`, and data-* names
#: speaking of a time ("data-post-time", "data-timestamp", "data-published-at").
_TIME_NAME = patterns.compile(r"data-[\w-]*(?:time|date|stamp|publish|posted|created)", re.I)
#: A `<br>`, in text read from the tree: a newline in the source is only whitespace.
BREAK = "\u2028"

#: Blocks read in one call when they hold only inline elements (see `text.chunks`).
LEAF_TAGS = frozenset({"p", "li", "dd", "dt", "td", "th", "pre", "div", "section", "center"})
#: Elements that make the block around them more than a run of inline text.
NESTING_TAGS = frozenset((BLOCK_TAGS | DROP_TAGS | {"time"}) - {"body", "html"})
#: Inline elements that are a badge when their whole text is a label ("Breaking", "KEY EVENT").
BADGE_TAGS = frozenset({"span", "mark", "strong", "b", "em", "i", "small", "abbr", "label"})
BADGES: dict[str, Kind] = {label: kind for label, kind in LABELS.items() if kind != "post"}  # type: ignore[misc]
#: Furniture is cut out of the tree only when it is small (a share bar, a hidden label):
#: a misread class on a large element must not take the posts with it.
SMALL_FURNITURE = 60
#: ARIA roles of regions that are never part of the story.
FURNITURE_ROLES = frozenset({"navigation", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar"})


@lru_cache(maxsize=8192)
def info_of(tag: str, classes: str | None) -> tuple[bool, str, Marks]:
    """(never text, block tag or "", marks) for a tag with its classes (cached: pages repeat them;
    ids are unique, so they are read apart, by the scan)."""
    found = marks_of(classes) if classes else NO_MARKS
    return tag in DROP_TAGS or found.furniture, tag if tag in BLOCK_TAGS else "", found


def hidden_by(element: etree._Element, names: Collection[object]) -> bool:
    """Hidden from every reader: the `hidden` attribute, an inline display:none, a navigation role."""
    if "hidden" in names or ("style" in names and _HIDDEN_STYLE.search(element.get("style") or "")):
        return True
    return "role" in names and element.get("role") in FURNITURE_ROLES


@lru_cache(maxsize=4096)
def badge(text: str) -> Kind | None:
    """The kind a short inline text names as a badge (cached: a byline or a credit repeats on every post)."""
    return BADGES.get(" ".join(text.split()).lower().rstrip(":"))


@dataclass(slots=True)
class Scan:
    """What one pass over the page finds for the readers that follow: elements holding a
    time as data, `<time>` elements, microdata items, and what to cut out before posts are
    read (small furniture, hidden elements, badges). One Python loop over the page costs
    less than the several XPath queries it replaces (each XPath over a large page costs
    about a quarter of its parse)."""

    dated: list[etree._Element] = field(default_factory=list)
    times: list[etree._Element] = field(default_factory=list)
    items: list[etree._Element] = field(default_factory=list)
    cut: list[etree._Element] = field(default_factory=list)
    badges: list[tuple[etree._Element, Kind]] = field(default_factory=list)  # (the badge's parent, kind)
    # blocks of LEAF_TAGS holding more than inline text (another block, a <time>): the
    # others are read by libxml2 in one call (`text.chunks`)
    nested: set[etree._Element] = field(default_factory=set)


#: Whole words of FURNITURE_WORDS in a lowered class or id: a sieve before `marks_of`
#: (ids are unique, so they are not cached, and most hold no such word).
_FURNITURE_HINT = patterns.compile(  # longest first; sorted fully, so the text is the same in every run
    r"(?<![a-z])(?:" + "|".join(sorted(FURNITURE_WORDS, key=lambda word: (-len(word), word))) + r")(?![a-z])")

# What an element's attribute names say, as bits (pages repeat a few sets of names).
_ITEM, _DATED, _MAYBE_HIDDEN, _CLASS, _ID, _ITEMPROP = 1, 2, 4, 8, 16, 32


def _name_bits(names: tuple[str, ...]) -> int:
    bits = _ITEM if "itemscope" in names else 0
    if "datetime" in names or _TIME_NAME.search(" ".join(names)):
        bits |= _DATED
    if "hidden" in names or "style" in names or "role" in names:
        bits |= _MAYBE_HIDDEN
    if "class" in names:
        bits |= _CLASS
    if "id" in names:
        bits |= _ID
    if "itemprop" in names:
        bits |= _ITEMPROP
    return bits


def _is_furniture(value: str) -> bool:
    """Whether a class or id marks furniture (`marks_of`), with a cheap sieve first."""
    lowered = value.lower()
    return _FURNITURE_HINT.search(_compounds(lowered)) is not None \
        and marks_of.__wrapped__(value).furniture


def scan(root: etree._Element) -> Scan:
    """What the readers need from the page, in a few passes that lxml filters by tag in C
    (an element's `tag` read in Python costs more than the element's whole visit in C):
    `<time>`s, `<br>`s, badges, the blocks holding more than inline text, then one pass
    over the elements with attributes. Each list is in page order."""
    found = Scan()
    # the blocks read whole when they hold only inline text (LEAF_TAGS) holding more: a
    # NESTING_TAGS element below them, most often their first child, else found in a walk
    # that stops at the first (so no element is walked twice: a walk ends at a nested block)
    nested = found.nested
    for element in root.iter(*LEAF_TAGS):
        if len(element):
            if element[0].tag in NESTING_TAGS:
                nested.add(element)
                continue
            for inner in element.iterdescendants():
                if inner.tag in NESTING_TAGS:
                    nested.add(element)
                    break
    found.times.extend(root.iter("time"))
    for element in root.iter("br"):
        element.tail = BREAK + (element.tail or "")  # a line break survives libxml2's text output
    badges: set[etree._Element] = set()
    badge_cuts: list[etree._Element] = []
    for element in root.iter(*BADGE_TAGS):
        if len(element) == 0:
            text = element.text
            if text and len(text) <= 30 and (kind := badge(text)) is not None:
                badges.add(element)  # a badge: its attributes are not read
                parent = element.getparent()
                if parent is not None:
                    found.badges.append((parent, kind))
                    badge_cuts.append(element)
    items, dated, cuts = found.items, found.dated, found.cut
    furniture_class: dict[str, bool] = {}  # classes repeat: each is judged once
    furniture_id: dict[str, bool] = {}  # ids, without the digits they end in ("post-5871")
    bits_of: dict[tuple[str, ...], int] = {}
    # every element with attributes, read in one call (names and values: libxml2 keeps one
    # value per name); most hold a class and nothing else
    pairs: list[tuple[str, str]]  # (lxml's stubs allow bytes: an HTML tree gives text)
    furniture: bool | None
    for element in root.iter():
        pairs = element.items()  # type: ignore[assignment]
        if not pairs or (badges and element in badges):
            continue
        if len(pairs) == 1:
            name, classes = pairs[0]
            if name == "class":
                furniture = furniture_class.get(classes)
                if furniture is None:
                    furniture = furniture_class[classes] = bool(classes) and marks_of(classes).furniture
                if furniture and _small(element):
                    cuts.append(element)
                continue
        attributes = dict(pairs)
        names = tuple(attributes)
        bits = bits_of.get(names)
        if bits is None:
            bits = bits_of[names] = _name_bits(names)
        if not bits:
            continue
        if bits & _ITEM:
            items.append(element)
        if bits & _DATED or (bits & _ITEMPROP and ("content" in attributes or element.tag == "meta")):
            # (a `content` value on any element: `<div itemprop="datePublished" content="...">`)
            dated.append(element)
        furniture = False
        if bits & _CLASS:
            classes = attributes["class"]
            furniture = furniture_class.get(classes)
            if furniture is None:
                furniture = furniture_class[classes] = bool(classes) and marks_of(classes).furniture
        if not furniture and bits & _ID:
            ident = attributes["id"].rstrip("0123456789")  # (digits make no word of `marks_of`)
            furniture = furniture_id.get(ident)
            if furniture is None:
                furniture = furniture_id[ident] = _is_furniture(ident)
        if (furniture or (bits & _MAYBE_HIDDEN and hidden_by(element, names))) and _small(element):
            cuts.append(element)
    # (the badges after the furniture: where two cut elements meet, their tails join in page
    # order whichever is cut first)
    cuts.extend(badge_cuts)
    return found


def _small(element: etree._Element) -> bool:
    """Fewer than SMALL_FURNITURE elements, itself included (counted by lxml, up to the limit)."""
    return next(islice(element.iter(), SMALL_FURNITURE - 1, None), None) is None


def cut(elements: list[etree._Element]) -> None:
    """Remove elements from the tree, keeping their tails in the text flow."""
    for element in elements:
        parent = element.getparent()
        if parent is None:
            continue
        tail = element.tail
        if tail:
            previous = element.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
        parent.remove(element)
