"""The page's own times, from its markup, when neither structured data nor meta tags give them.

The first `<time datetime>` with a clock and a zone in a `<header>` (the page's or its
article's introduction, as WordPress themes print "3 hours ago" there), outside every post
and above the first one, and not in a teaser (an `<aside>`, a `<nav>`, a `<footer>`, a list
item, an `<article>` inside another), is the page's published time, or its updated time when
its classes speak of an edit.

Only the `<time>` elements the page scan already found (`tree.Scan.times`) are read.
"""

from __future__ import annotations

from datetime import datetime

from lxml import etree

from .sources import PageFacts, read_instant

#: Pieces of a class or itemprop that mark a header's time as the last edit, not the publication.
EDIT_WORDS = ("edited", "modif", "updat")
#: Elements a header's time may not stand in: it would be a teaser's or the site's menu's.
TEASER_TAGS = frozenset({"aside", "footer", "li", "nav"})
#: At most this many `<time>` elements are tried for the header's.
MAX_HEADER_TRIES = 20


def read_page_times(root: etree._Element, times: list[etree._Element], posts: list[etree._Element]) -> PageFacts | None:
    """The page's published (or updated) time from its markup; None when it gives neither.
    `posts`: the elements of the page's posts, in page order (their times are theirs)."""
    header = _header_time(root, _above(root, posts[0]) if posts else times, frozenset(posts))
    if header is None:
        return None
    field, moment = header
    return PageFacts(source="the page's time elements", published=moment if field == "published" else None,
                     updated=moment if field == "updated" else None)


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
