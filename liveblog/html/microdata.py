"""schema.org microdata: `itemprop="liveBlogUpdate"` items and the LiveBlogPosting around them.

A property's value is read as the microdata spec says: `content` of `<meta>`, `datetime`
of `<time>`, `href`/`src` of links and media, else the element's visible text. Nested
items (an author, a publisher) are read one level down for their `name`. The walk over
one item is iterative and skips the subtrees of nested items.
"""

from __future__ import annotations

from lxml import etree

from .. import patterns
from ..layout import split_names
from .jsonld import body, key_of
from .sources import PageFacts, Post, Structured, read_instant
from .text import plain
from .tree import line_of, tag_of

#: Elements whose property value is an attribute, not their text.
#: Item types of an ordinary story, whose item gives an article page its fields.
_ARTICLE_TYPE = patterns.compile(r"schema\.org/(?:NewsArticle|ReportageNewsArticle|Article|BlogPosting)$")

VALUE_ATTRIBUTES = {
    "meta": "content", "time": "datetime", "a": "href", "link": "href", "area": "href", "img": "src",
    "audio": "src", "video": "src", "source": "src", "iframe": "src", "object": "data", "data": "value",
    "meter": "value",
}  # fmt: skip

Props = dict[str, list["str | etree._Element"]]


def read_microdata(items: list[etree._Element]) -> Structured:
    """The items of the page (`Scan.items`: elements with `itemscope`)."""
    updates = [element for element in items if "liveBlogUpdate" in (element.get("itemprop") or "").split()]
    posts = tuple(_post(element) for element in updates if element.get("itemscope") is not None)
    page: PageFacts | None = None
    for element in items:
        if "LiveBlogPosting" in (element.get("itemtype") or ""):
            page = _page(element)
            break
    else:
        # no live blog: an article's own item (not a part of another item) gives the page's
        # fields, when it is the only one (several are a list of teasers)
        stories = [element for element in items if _ARTICLE_TYPE.search(element.get("itemtype") or "")
                   and not element.get("itemprop")]
        if len(stories) == 1:
            page = _page(stories[0], live=False)
    return Structured(page=page, posts=posts)


def props(item: etree._Element) -> Props:
    """The properties of one item: values, or the elements of nested items."""
    found: Props = {}
    walker = etree.iterwalk(item, events=("start",))
    for _, element in walker:
        if element is item:
            continue
        names = element.get("itemprop")
        if names:
            value: str | etree._Element = element if element.get("itemscope") is not None else _value(element)
            for name in names.split():
                found.setdefault(name, []).append(value)
        if element.get("itemscope") is not None:
            walker.skip_subtree()
    return found


def _value(element: etree._Element) -> str:
    attribute = VALUE_ATTRIBUTES.get(tag_of(element))
    if attribute is not None and element.get(attribute) is not None:
        return element.get(attribute) or ""
    if element.get("content") is not None:
        return element.get("content") or ""
    return plain(element)


def first(found: Props, name: str) -> str | None:
    for value in found.get(name, ()):
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return None


#: An author's text of more words than this is an author box's (the name, a role, "Follow"
#: links run together), not a name: its names are read from the byline's own element.
MAX_NAME_WORDS = 6


def names(found: Props, name: str) -> tuple[str, ...]:
    out: list[str] = []
    for value in found.get(name, ()):
        if isinstance(value, str):
            out.extend(part for part in split_names(value) if len(part.split()) <= MAX_NAME_WORDS)
        elif "Organization" not in (value.get("itemtype") or ""):
            inner = first(props(value), "name")
            if inner:
                out.extend(split_names(inner))
    return tuple(dict.fromkeys(out))


def _people(found: Props) -> tuple[str, ...]:
    """The item's authors, without the outlet named as one (NDTV's "NDTV Sports" as a Person)."""
    outlet = {name.lower() for name in names(found, "publisher")}
    for value in found.get("publisher", ()):
        if not isinstance(value, str) and (name := first(props(value), "name")):
            outlet.add(name.lower())
    return tuple(name for name in names(found, "author") if name.lower() not in outlet)


def _post(element: etree._Element) -> Post:
    found = props(element)
    text = first(found, "articleBody") or first(found, "text")
    paragraphs, is_text = body(text)
    return Post(
        source="microdata",
        key=key_of(first(found, "url")) or key_of(element.get("itemid")),
        published=read_instant(first(found, "datePublished")),
        modified=read_instant(first(found, "dateModified")),
        headline=first(found, "headline") or first(found, "name"),
        authors=_people(found),
        paragraphs=paragraphs,
        body_is_text=is_text,
        line=line_of(element),
        anchor=element,
    )


def _page(element: etree._Element, *, live: bool = True) -> PageFacts:
    found = props(element)
    publisher = None
    for value in found.get("publisher", ()):
        publisher = first(props(value), "name") if not isinstance(value, str) else value
    return PageFacts(
        source="microdata",
        live=live,
        title=first(found, "headline") or first(found, "name"),
        url=first(found, "url"),
        publisher=publisher,
        authors=_people(found),
        published=read_instant(first(found, "datePublished")) or read_instant(first(found, "coverageStartTime")),
        updated=read_instant(first(found, "dateModified")),
        description=first(found, "description"),
    )
