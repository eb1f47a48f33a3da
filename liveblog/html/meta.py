"""The page's own `<head>`: Open Graph and article meta tags, the canonical link, `<title>`.

A fallback for the page fields structured data does not give. Only `<head>` and the
first `<h1>` are read, so this costs nothing on large pages. The site's name after the
headline in the `<title>` ("Marathon day live | The Riverside Courier") is the last
fallback for the publisher (`title_site`).
"""

from __future__ import annotations

from lxml import etree

from ..layout import split_names
from .sources import PageFacts, read_instant
from .text import plain

#: Meta names (or properties) -> the page field they give, best first.
META_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("og:title", "twitter:title", "dc.title", "dcterms.title", "parsely-title", "sailthru.title"),
    "url": ("og:url",),
    "publisher": ("og:site_name", "application-name", "publisher", "dc.publisher", "dcterms.publisher"),
    "authors": ("author", "article:author", "dc.creator", "dcterms.creator", "byl", "sailthru.author",
                "parsely-author"),
    # Dublin Core's refinements too ("DC.date.created", as Plone writes it; "dcterms.issued")
    "published": ("article:published_time", "datepublished", "pubdate", "dc.date", "dc.date.issued",
                  "dc.date.created", "dcterms.issued", "dcterms.created", "dcterms.date",
                  # Parse.ly's, generic CMSs', WebTrends' (DCSext) and cXense's names for the same date
                  "parsely-pub-date", "publish-date", "publishdate", "publication_date", "article.published",
                  "dcsext.articlefirstpublished", "cxenseparse:recs:publishtime",
                  "date", "sailthru.date", "og:article:published_time"),
    "updated": ("article:modified_time", "datemodified", "og:updated_time", "last-modified", "dc.date.modified",
                "dcterms.modified"),
    "description": ("og:description", "description", "twitter:description"),
}


def read_meta(root: etree._Element) -> PageFacts:
    values: dict[str, str] = {}
    head = root.find("head")
    if head is not None:
        for element in head.iter("meta"):
            name = (element.get("property") or element.get("name") or element.get("itemprop") or "").lower()
            # `value` where a page (or the tool that saved it) writes the content there
            content = element.get("content") or element.get("value")
            if name and content and content.strip() and name not in values:
                values[name] = " ".join(content.split())
    canonical = None
    title = None
    if head is not None:
        for link in head.iter("link"):
            if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
                canonical = link.get("href")
        found = head.find("title")
        if found is not None and found.text:
            title = " ".join(found.text.split()) or None
    heading = next(root.iter("h1"), None)
    first_heading = plain(heading) if heading is not None else None

    def pick(field: str) -> str | None:
        return next((values[name] for name in META_FIELDS[field] if name in values), None)

    authors = pick("authors")
    # the headline shown, where the <title> repeats it ("What's the Hold-Up at SpaceX? - NBC News"),
    # over a social title written for sharing ("It's been a rough few months for ...")
    confirmed = first_heading if first_heading and title and title.casefold().startswith(
        " ".join(first_heading.split()).casefold()) else None
    return PageFacts(
        source="meta",
        title=confirmed or pick("title") or first_heading or title,
        url=canonical or pick("url"),
        publisher=pick("publisher"),
        authors=tuple(name for name in split_names(authors) if not name.startswith("http")) if authors else (),
        published=read_instant(pick("published")),
        updated=read_instant(pick("updated")),
        description=pick("description"),
    )


#: What parts a page's headline from the site's name in its `<title>`, with a space on
#: each side ("Marathon day live – The Riverside Courier", "Headline | Section | Site").
TITLE_SEPARATORS = ("-", "::", "|", "·", "»", "–", "—", "•")
#: A site's name is short: at most this many characters and words.
MAX_SITE_CHARS = 60
MAX_SITE_WORDS = 6


def title_site(root: etree._Element) -> str | None:
    """The site's name the `<title>` prints after the page's headline (its `<h1>` or
    `og:title`) and a separator: the last of the parts after it ("Section | Site"). None
    when the title does not begin with the headline, or what follows is no short name."""
    head = root.find("head")
    found = head.find("title") if head is not None else None
    title = " ".join((found.text or "").split()) if found is not None else ""
    if not title:
        return None
    heading = next(root.iter("h1"), None)
    headlines = [plain(heading) if heading is not None else ""]
    for element in head.iter("meta") if head is not None else ():
        if (element.get("property") or element.get("name") or "").lower() == "og:title":
            headlines.append(element.get("content") or element.get("value") or "")
    for shown in headlines:
        headline = " ".join(shown.split())
        if not headline or title[:len(headline)].casefold() != headline.casefold():
            continue
        rest = title[len(headline):].strip()
        if not any(rest.startswith(separator + " ") for separator in TITLE_SEPARATORS):
            continue
        rest = " " + rest
        for separator in TITLE_SEPARATORS:
            rest = rest.replace(f" {separator} ", "\x00")
        site = rest.rsplit("\x00", 1)[-1].strip(" " + "".join(TITLE_SEPARATORS))
        if site and len(site) <= MAX_SITE_CHARS and len(site.split()) <= MAX_SITE_WORDS:
            return site
    return None
