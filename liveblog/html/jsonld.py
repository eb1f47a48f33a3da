"""schema.org JSON-LD: the page's LiveBlogPosting (or article) and its `liveBlogUpdate`s.

Reads every `<script type="application/ld+json">` block, also inside `@graph`, in arrays
and nested under other nodes. Real pages break JSON in small ways, repaired here in
order, each step only when the previous parse failed: HTML comment or CDATA wrappers,
HTML-escaped quotes (`&quot;`), raw control characters in strings, trailing commas,
several objects in one block. Blocks over `MAX_BLOCK_CHARS`, nesting deeper than
`MAX_DEPTH` and more than `MAX_NODES` nodes are not read (a bounded walk, never a crash).
"""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Iterator
from html import unescape
from html.entities import html5
from typing import Any

from lxml import etree

from .. import patterns
from ..layout import split_names
from ..model import Media
from ..read import clean
from .sources import PageFacts, Post, Structured, read_instant
from .tree import line_of

#: A JSON-LD block larger than this is not read.
MAX_BLOCK_CHARS = 64 * 1024 * 1024
#: Nodes nested deeper than this are not visited.
MAX_DEPTH = 40
#: At most this many nodes are visited per page.
MAX_NODES = 500_000

#: schema.org types of a live blog, and of pages whose fields describe the page.
LIVE_TYPES = frozenset({"LiveBlogPosting"})
PAGE_TYPES = frozenset({
    "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "WebPage",
    "Report", "LiveBlogPosting", "SocialMediaPosting",
})  # fmt: skip
#: Types that are organisations, not people: never a post's author. Any type whose name
#: ends in "Organization" is one too (schema.org's `NewsMediaOrganization`,
#: `GovernmentOrganization`, `SportsOrganization`...; "Organisation" as some pages spell it).
ORGANISATION_TYPES = frozenset({"Brand", "Corporation", "NGO", "Organization", "WebSite"})
ORGANISATION_ENDINGS = ("Organisation", "Organization")

_WRAPPER = patterns.compile(r"^\s*(?://\s*)?(?:<!--|<!\[CDATA\[)|(?://\s*)?(?:-->|\]\]>)\s*;?\s*$")
_TRAILING_COMMA = patterns.compile(r",\s*([}\]])")
_TAG = patterns.compile(r"<[^<>]{0,2000}>")
#: Half a named entity before the ellipsis of a text the page cut short ("... dissanguata&rdq…":
#: what remains of "&rdquo;" is no text), when it begins an entity's name ("AT&T…", "&roll..." stay).
_CUT_ENTITY = patterns.compile(r"&[a-z]{2,9}(?=(?:…|\.\.\.)$)")
#: An editor's initials in brackets after the name, as Swiss and German outlets give them
#: ("Elena Oberholzer (eob)"): no part of the name.
_INITIALS = patterns.compile(r"\s\([a-z]{2,5}\)$")
#: A tag, as escaped markup shows one once unescaped ("&lt;p&gt;" is "<p>"; "a &lt; b" is no tag).
_ESCAPED_TAG = patterns.compile(r"</?[a-z][a-z0-9]{0,10}(?:[\s/][^<>]{0,2000})?>", re.I)
_BLOCK_BREAK = patterns.compile(r"<(?:/p|br|/li|/h[1-6]|/blockquote|/div)\b[^>]{0,200}>", re.I)
#: Where an articleBody given as an object (not text) holds its text.
BODY_KEYS = ("@value", "articleBody", "text", "value")
_PARAGRAPH_SPLIT = patterns.compile(r"\n\s*\n|\r\n\s*\r\n")


def read_jsonld(root: etree._Element) -> Structured:
    values: list[Any] = []
    problems: list[str] = []
    for script in root.iter("script"):
        kind = (script.get("type") or "").lower()
        if "ld+json" not in kind:
            continue
        text = script.text or ""
        if len(text) > MAX_BLOCK_CHARS:
            problems.append(f"line {line_of(script)}: a JSON-LD block of {len(text):,} characters was not read")
            continue
        found = load(text)
        if found is None:
            problems.append(f"line {line_of(script)}: a JSON-LD block is not valid JSON, even repaired")
            continue
        values.extend((value, line_of(script)) for value in found)
    return _structured(values, problems)


def load(text: str) -> list[Any] | None:
    """The JSON values of one block, repairing what real pages break; None when unreadable."""
    attempts = (
        lambda t: t,
        lambda t: _WRAPPER.sub("", t.strip()),
        lambda t: unescape(_WRAPPER.sub("", t.strip())),
        lambda t: _TRAILING_COMMA.sub(r"\1", unescape(_WRAPPER.sub("", t.strip()))),
    )
    for repair in attempts:
        candidate = repair(text).strip()
        if not candidate:
            return None
        found = _decode_all(candidate)
        if found is not None:
            return found
    return None


def _decode_all(text: str) -> list[Any] | None:
    decoder = json.JSONDecoder(strict=False)
    values: list[Any] = []
    position = 0
    try:
        while position < len(text):
            value, position = decoder.raw_decode(text, position)
            values.append(value)
            while position < len(text) and text[position] in " \t\r\n;,":
                position += 1
    except (ValueError, RecursionError):
        return values or None
    return values


def _nodes(values: list[Any]) -> Iterator[tuple[dict[str, Any], int | None]]:
    """Every dict node, breadth first, bounded in depth and count."""
    queue: deque[tuple[Any, int, int | None]] = deque((value, 0, line) for value, line in values)
    seen = 0
    while queue and seen < MAX_NODES:
        value, depth, line = queue.popleft()
        seen += 1
        if depth > MAX_DEPTH:
            continue
        if isinstance(value, list):
            queue.extend((item, depth + 1, line) for item in value if isinstance(item, dict | list))
        elif isinstance(value, dict):
            yield value, line
            queue.extend((item, depth + 1, line) for item in value.values() if isinstance(item, dict | list))


def types(node: dict[str, Any]) -> set[str]:
    value = node.get("@type")
    names = value if isinstance(value, list) else [value]
    return {name.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for name in names if isinstance(name, str)}


def _structured(values: list[Any], problems: list[str]) -> Structured:
    ids: dict[str, dict[str, Any]] = {}
    lives: list[tuple[dict[str, Any], int | None]] = []
    pages: list[tuple[dict[str, Any], int | None]] = []
    for node, line in _nodes(values):
        ident = node.get("@id")
        if isinstance(ident, str) and len(node) > 2:
            ids.setdefault(ident, node)
        found = types(node)
        if found & LIVE_TYPES:
            lives.append((node, line))
        elif found & PAGE_TYPES and "liveBlogUpdate" not in node:
            pages.append((node, line))
    posts: list[Post] = []
    seen: set[tuple[object, ...]] = set()
    for node, line in lives:
        updates = node.get("liveBlogUpdate")
        for update in updates if isinstance(updates, list) else [updates]:
            if not isinstance(update, dict):
                continue
            post = _post(update, ids, line)
            identity = (post.key, post.published, post.headline) if post.key else (post.published, post.headline,
                                                                                  post.paragraphs[:1])
            if identity not in seen:
                seen.add(identity)
                posts.append(post)
    page_node = max(lives, key=lambda pair: _count(pair[0]))[0] if lives else _main_page(pages)
    page = _page(page_node, ids, live=bool(lives)) if page_node is not None else None
    return Structured(page=page, posts=tuple(posts), notices=tuple(problems))


def _count(node: dict[str, Any]) -> int:
    updates = node.get("liveBlogUpdate")
    return len(updates) if isinstance(updates, list) else int(isinstance(updates, dict))


def _main_page(pages: list[tuple[dict[str, Any], int | None]]) -> dict[str, Any] | None:
    """The article node that describes the page: an article type with a headline before a WebPage."""
    ranked = sorted(pages, key=lambda pair: ("WebPage" in types(pair[0]), "headline" not in pair[0]))
    return ranked[0][0] if ranked else None


def text_of(value: object) -> str | None:
    if isinstance(value, list):
        value = next((item for item in value if isinstance(item, str)), None)
    if not isinstance(value, str):
        return None
    # JSON escapes can spell lone surrogates and control characters: page text never keeps them
    cleaned = " ".join(clean(unescape(_TAG.sub(" ", value))).split())
    if cleaned.endswith(("…", "...")) and "&" in cleaned:
        cleaned = _CUT_ENTITY.sub(_half_entity, cleaned)
    return cleaned or None


def _half_entity(found: re.Match[str]) -> str:
    part = found.group(0)[1:]
    return "" if any(name.startswith(part) for name in html5) else found.group(0)


def _resolve(value: object, ids: dict[str, dict[str, Any]]) -> object:
    if isinstance(value, dict) and set(value) <= {"@id", "@context", "@type"}:
        ident = value.get("@id")
        if isinstance(ident, str) and ident in ids:
            return ids[ident]
    return value


def people(value: object, ids: dict[str, dict[str, Any]]) -> tuple[str, ...]:
    """Authors' names; organisations (the publisher given as the author) are not people."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for raw in items[:20]:
        item = _resolve(raw, ids)
        if isinstance(item, str):
            names.extend(split_names(item))
        elif isinstance(item, dict) and not is_organisation(types(item)):
            name = text_of(item.get("name"))
            if name:
                names.extend(split_names(name))
    return tuple(dict.fromkeys(_INITIALS.sub("", name) for name in names if name))


def is_organisation(found: set[str]) -> bool:
    """Whether a node of these types is an organisation (the outlet, a desk), not a person."""
    return bool(found & ORGANISATION_TYPES) or any(name.endswith(ORGANISATION_ENDINGS) for name in found)


def _name(value: object, ids: dict[str, dict[str, Any]]) -> str | None:
    value = _resolve(value[0] if isinstance(value, list) and value else value, ids)
    if isinstance(value, dict):
        return text_of(value.get("name"))
    return text_of(value)


def key_of(url: object) -> str | None:
    """A post's own id from its URL or @id: the fragment, or the whole value."""
    if not isinstance(url, str) or not url.strip():
        return None
    url = url.strip()
    return url.rsplit("#", 1)[1] or None if "#" in url else url


def body(value: object) -> tuple[tuple[str, ...], bool]:
    """Paragraphs of an articleBody, and whether it was plain text (not markup, not an object).
    Markup is read as its text, also escaped markup ("&lt;p&gt;..."); an object as the text
    it holds under one of `BODY_KEYS`; a list as its strings, one paragraph each."""
    if isinstance(value, dict):
        inner = next((value[key] for key in BODY_KEYS if isinstance(value.get(key), str | list)), None)
        return body(inner)[0], False
    if isinstance(value, list):
        value = "\n\n".join(item for item in value if isinstance(item, str))
    if not isinstance(value, str):
        return (), value is None
    markup = bool(_TAG.search(value))
    if markup:
        value = _TAG.sub("", _BLOCK_BREAK.sub("\n\n", value))
    value = unescape(value)
    if not markup and "<" in value and _ESCAPED_TAG.search(value):  # escaped markup: its tags show once unescaped
        markup = True
        value = unescape(_TAG.sub("", _BLOCK_BREAK.sub("\n\n", value)))
    value = clean(value)
    paragraphs = tuple(" ".join(part.split()) for part in _PARAGRAPH_SPLIT.split(value))
    return tuple(part for part in paragraphs if part), not markup


def _post(node: dict[str, Any], ids: dict[str, dict[str, Any]], line: int | None) -> Post:
    paragraphs, is_text = body(node.get("articleBody", node.get("text")))
    image = _resolve(node.get("image"), ids)
    media: tuple[Media, ...] = ()
    if isinstance(image, dict) and (caption := text_of(image.get("caption"))):
        media = (Media(caption=caption, credit=_name(image.get("copyrightHolder"), ids)),)
    return Post(
        source="json-ld",
        key=key_of(node.get("url")) or key_of(node.get("@id")),
        published=read_instant(node.get("datePublished")) or read_instant(node.get("dateCreated")),
        modified=read_instant(node.get("dateModified")),
        headline=text_of(node.get("headline")) or text_of(node.get("name")),
        authors=_not_publisher(people(node.get("author"), ids), _name(node.get("publisher"), ids)),
        paragraphs=paragraphs,
        body_is_text=is_text,
        media=media,
        line=line,
    )


def _not_publisher(names: tuple[str, ...], publisher: str | None) -> tuple[str, ...]:
    """Authors' names without the publisher's own (the site named as its author)."""
    if not publisher:
        return names
    outlet = publisher.lower()
    return tuple(name for name in names if name.lower() != outlet)


def _page(node: dict[str, Any], ids: dict[str, dict[str, Any]], *, live: bool) -> PageFacts:
    url = node.get("url")
    if not isinstance(url, str):
        entity = node.get("mainEntityOfPage")
        url = entity.get("@id") if isinstance(entity, dict) else entity
    return PageFacts(
        source="json-ld",
        live=live,
        title=text_of(node.get("headline")) or text_of(node.get("name")),
        url=url if isinstance(url, str) else None,
        publisher=_name(node.get("publisher"), ids),
        authors=_not_publisher(people(node.get("author"), ids), _name(node.get("publisher"), ids)),
        published=read_instant(node.get("datePublished")) or read_instant(node.get("coverageStartTime")),
        updated=read_instant(node.get("dateModified")),
        description=text_of(node.get("description")),
    )

