"""The page as a tree: parsing with lxml, safely, and what an element is for a reader.

Parsing never touches the network and never resolves entities (`no_network`; lxml's HTML
parser has no external entities to resolve). libxml2 flattens nesting deeper than 255
levels instead of recursing, so deeply nested or malformed pages parse in linear time,
and every walk in this package is iterative anyway.

The tables below say which elements are furniture (never text of a post), which are
hidden, and which mark an author, a caption or a kind. They are matched against tag
names, class and id tokens and a few attributes, never against one site's class names:
a token matches when a table word stands in it as a whole word ("post-share-tools"
holds "share"), so a new outlet is covered by its semantics, not by a new selector.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import lxml.html
from lxml import etree

from ..errors import InputError
from ..model import Kind

#: Elements whose content is never text a reader sees as part of the story.
DROP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
    "button", "select", "option", "textarea", "input", "form", "nav", "audio", "video", "source",
    "head", "title", "meta", "link", "dialog", "menu",
})  # fmt: skip

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
    # visually hidden text for screen readers ("gs-u-vh", "sr-only", "visually-hidden"): labels
    # such as "Share this post" or a second copy of the time; not "hidden-xs" (hidden on phones)
    "sr", "vh", "srt", "visually", "visuallyhidden", "screenreader", "offscreen",
})  # fmt: skip

#: Words in class or id tokens (or itemprop/rel values) that mark a post's author box.
AUTHOR_WORDS = frozenset({"author", "authors", "byline", "bylines", "contributor", "contributors", "writer"})

#: Words that mark a caption or a picture credit.
CAPTION_WORDS = frozenset({"caption", "figcaption", "credit", "credits", "copyright", "copyr", "attribution"})
CREDIT_WORDS = frozenset({"credit", "credits", "copyright", "copyr", "attribution", "source"})

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
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class Marks:
    """What an element's class and id tokens say about it."""

    furniture: bool
    author: bool
    caption: bool
    credit: bool
    kind: Kind | None


NO_MARKS = Marks(furniture=False, author=False, caption=False, credit=False, kind=None)


def parse(text: str) -> etree._Element:
    """The page's tree. Raises InputError when lxml finds no document at all."""
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, recover=True)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as error:
        raise InputError(f"the page cannot be parsed as HTML: {error}") from error
    if root is None:
        raise InputError("the page cannot be parsed as HTML: no document")
    return root


@lru_cache(maxsize=4096)
def marks_of(tokens: str) -> Marks:
    """Marks for the class and id of one element, joined by a space (cached: pages repeat them)."""
    if not tokens:
        return NO_MARKS
    words = set(_WORD.findall(tokens.lower().replace("keyevent", " keyevent ")))
    kind = next((KIND_WORDS[word] for word in sorted(words) if word in KIND_WORDS), None)
    if kind == "key-event" and "key" in words and not words & {"event", "events", "update", "moment"}:
        kind = None  # "key" alone ("js-key", "keyboard") is no marker
    author = bool(words & AUTHOR_WORDS)
    caption = bool(words & CAPTION_WORDS)
    return Marks(
        furniture=bool(words & FURNITURE_WORDS) and not author and not caption,
        author=author,
        caption=caption,
        credit=bool(words & CREDIT_WORDS),
        kind=kind,
    )


def marks(element: etree._Element) -> Marks:
    classes = element.get("class")
    ident = element.get("id")
    if classes is None and ident is None:
        return NO_MARKS
    return marks_of(f"{classes or ''} {ident or ''}".strip())


def hidden(element: etree._Element) -> bool:
    """Hidden from every reader: the `hidden` attribute, display:none, aria-hidden on a
    block that is not the visible twin of hidden text."""
    if element.get("hidden") is not None:
        return True
    style = element.get("style")
    return style is not None and bool(_HIDDEN_STYLE.search(style))


def tag_of(element: etree._Element) -> str:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


def line_of(element: etree._Element) -> int | None:
    """The element's line in the source (lxml's stubs leave it untyped)."""
    line = element.sourceline
    return line if isinstance(line, int) else None


def attributes(element: etree._Element) -> list[tuple[str, str]]:
    return [(str(name), str(value)) for name, value in element.items()]


def elements(found: object) -> list[etree._Element]:
    """The elements of an XPath result (lxml's stubs type it as any XPath value)."""
    return [item for item in found if isinstance(item, etree._Element)] if isinstance(found, list) else []


def texts(found: object) -> list[etree._ElementUnicodeResult]:
    """The text nodes of an XPath result, each knowing its element."""
    if not isinstance(found, list):
        return []
    return [item for item in found if isinstance(item, etree._ElementUnicodeResult)]
