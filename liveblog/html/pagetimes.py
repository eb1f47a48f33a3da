"""The page's own times, from its markup, when neither structured data nor meta tags give them.

Two kinds of element say when the page was published, best first:

1. a time marked `itemprop="datePublished"` (or `dateModified`) outside any microdata
   item: a page's "First Published" time in its footer says so in its markup, where the
   header's time may be the last update;
2. the first `<time datetime>` with a clock and a zone in a `<header>` (the page's or its
   article's introduction, as WordPress themes print "3 hours ago" there), outside every
   post and above the first one, and not in a teaser (an `<aside>`, a `<nav>`, a `<footer>`,
   a list item, an `<article>` inside another): published, or updated when its classes
   speak of an edit.

Only elements the page scan already found (`tree.Scan.dated`, `tree.Scan.times`) are read;
the first kind before furniture is cut out of the page.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from lxml import etree

from .sources import PageFacts, read_instant

#: Microdata names of the page's own times (outside any item), and the field each gives.
PAGE_TIME_PROPS = {"datemodified": "updated", "datepublished": "published"}
#: Pieces of a class or itemprop that mark a header's time as the last edit, not the publication.
EDIT_WORDS = ("edited", "modif", "updat")
#: Elements a header's time may not stand in: it would be a teaser's or the site's menu's.
TEASER_TAGS = frozenset({"aside", "footer", "li", "nav"})
#: At most this many `<time>` elements are tried for the header's.
MAX_HEADER_TRIES = 20


class Marked(NamedTuple):
    """A page time marked by its itemprop, outside any microdata item, with the elements
    above it when the page was scanned (before furniture was cut out)."""

    field: str
    moment: datetime
    ancestors: tuple[etree._Element, ...]


def marked_times(dated: list[etree._Element]) -> list[Marked]:
    """The times marked `datePublished`, `dateModified`... outside any microdata item (an
    embedded video's `datePublished` is the video's). Read before furniture is cut: a
    "First Published" line often stands in a box that is cut as furniture."""
    found: list[Marked] = []
    for element in dated:
        field = PAGE_TIME_PROPS.get((element.get("itemprop") or "").lower())
        if field is None:
            continue
        moment = read_instant(element.get("datetime") or element.get("content"))
        if moment is None:
            continue
        ancestors = tuple(element.iterancestors())
        if not any(ancestor.get("itemscope") is not None for ancestor in ancestors):
            found.append(Marked(field, moment, ancestors))
    return found


def read_page_times(root: etree._Element, marked: list[Marked], times: list[etree._Element],
                    posts: list[etree._Element]) -> PageFacts | None:
    """The page's published and updated times from its markup (None when it gives neither).
    `marked`: `marked_times` of the page; `posts`: the elements of the page's posts, in page
    order (their times are theirs). A field marked twice with two times (teasers marked
    like the page) is not taken."""
    inside = frozenset(posts)
    values: dict[str, set[datetime]] = {}
    for item in marked:
        if not inside.intersection(item.ancestors):
            values.setdefault(item.field, set()).add(item.moment)
    found = {field: next(iter(moments)) for field, moments in values.items() if len(moments) == 1}
    if "published" not in found:
        header = _header_time(root, _above(root, posts[0]) if posts else times, inside)
        if header is not None:
            found.setdefault(header[0], header[1])
    if not found:
        return None
    return PageFacts(source="the page's time elements", published=found.get("published"),
                     updated=found.get("updated"))


def _above(root: etree._Element, first: etree._Element) -> list[etree._Element]:
    """The `<time>` elements above the first post, in page order."""
    found: list[etree._Element] = []
    for element in root.iter():
        if element is first:
            break
        if element.tag == "time":
            found.append(element)
    return found


def _header_time(root: etree._Element, times: list[etree._Element],
                 posts: frozenset[etree._Element]) -> tuple[str, datetime] | None:
    """The first `<time datetime>` with a clock and a zone in a `<header>`, outside every post
    and every teaser, and the field it gives."""
    for element in times[:MAX_HEADER_TRIES]:
        moment = read_instant(element.get("datetime"))
        if moment is None or moment.tzinfo is None:
            continue
        in_header = False
        articles = 0
        top = element
        for ancestor in element.iterancestors():
            tag = ancestor.tag
            if tag in TEASER_TAGS or ancestor in posts:
                break
            in_header = in_header or tag == "header"
            articles += tag == "article"
            top = ancestor
        else:
            if top is not root or not in_header or articles > 1:
                continue
            parent = element.getparent()
            marks = " ".join(filter(None, (element.get("class"), element.get("itemprop"),
                                           parent.get("class") if parent is not None else None))).lower()
            return ("updated" if any(word in marks for word in EDIT_WORDS) else "published"), moment
    return None
