"""Visible text: an element's text as a reader copies it from a browser, in chunks.

Block elements start a new chunk (a paragraph, a list item, a heading); `<br>` starts a
new line inside one. Furniture (scripts, styles, forms, share tools, ads, hidden and
screen-reader-only text) is left out. Each chunk keeps the role its element gives it
(heading, caption, credit, author box, list item, quote) and the source line where its
text starts, so posts can be split into fields and `--explain` can point at the source.

The walk is iterative (a list of open elements, each with its children still to come), so
nesting depth costs no recursion.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from lxml import etree

from .. import patterns
from .tree import BREAK, HEADING_TAGS, LEAF_TAGS, NO_MARKS, PARAGRAPH_TAGS, Marks, hidden_by, info_of, marks_of

Role = Literal["body", "heading", "caption", "credit", "author", "item", "ordered", "quote"]

#: The attribute a page's components name themselves in for its tests (React and CSS-in-JS sites,
#: whose classes are hashes): read as a class where the classes say nothing.
TEST_ID = "data-testid"
#: Tags that give their text a role of its own (others only through their classes).
_ROLE_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "address", "li", "ol", "blockquote"})

#: The roles a block read in one call (`tree.LEAF_TAGS`, holding only inline elements) may have:
#: headings, captions and author boxes are walked, for the badges and credits inside them.
_PLAIN_ROLES = frozenset({"body", "item", "ordered", "quote"})

_SPACES = patterns.compile(r"[ \t\n\r\f\v]+")


@dataclass(slots=True)
class Chunk:
    """The text of one block, whitespace collapsed; `<br>` kept as newlines. (Not frozen:
    the walk marks a paragraph break on the last chunk when a block closes after it. Not
    keyword-only: `chunks` makes one per block of every post, and a call with keywords
    costs twice what a positional one does, about 2,400 instructions more.)"""

    text: str
    role: Role
    line: int | None
    tag: str  # the block element the text stands in
    paragraph_end: bool  # a browser leaves an empty line after it
    credit: str | None = None  # a credit printed inside a caption


def _role_of(element: etree._Element | None, tag: str, parent: Role, found: Marks, names: Collection[str]) -> Role:
    if parent == "caption":
        # inside a caption, an author box is the picture's credit ("image-description__author"),
        # and a heading is the caption's own text (NZZ sets it in an <h2>)
        if found.author or (found.credit and not found.caption):
            return "credit"
        if tag in HEADING_TAGS:
            return "caption"
    if tag in HEADING_TAGS:
        return "heading"
    if found.credit and not found.caption:
        return "credit"
    if tag == "figcaption" or found.caption:
        return "caption"
    if found.author or tag == "address" or (element is not None and (
            ("rel" in names and element.get("rel") == "author")
            or ("itemprop" in names and "author" in (element.get("itemprop") or "")))):
        return "author"
    if tag == "li":
        return "ordered" if parent == "ordered" else "item"
    if tag == "ol":
        return "ordered"
    if tag == "blockquote":
        return "quote"
    return parent


@lru_cache(maxsize=8192)
def _judged(tag: str, classes: str | None, parent: Role) -> tuple[bool, str, Role, bool, bool]:
    """(never text, block tag or "", role of its text, a block read in one call when it holds
    only inline text, a paragraph break after it) for a tag with its classes inside a block of
    role `parent` (cached: pages repeat a few such triples; `rel` and `itemprop`, which may
    make an author box, are read apart)."""
    skip, block, found = info_of(tag, classes)
    role = _role_of(None, tag, parent, found, ()) if classes is not None or tag in _ROLE_TAGS else parent
    return skip, block, role, block in LEAF_TAGS and role in _PLAIN_ROLES, block in PARAGRAPH_TAGS


def _apart(last: str, first: str) -> bool:
    """Whether the texts of two inline elements that meet with no space between are two
    pieces, not one word: a digit against a letter or a digit ("2026" | "2:43", "ago" |
    "14:32"), or capitals on both sides ("EST" | "Feb. 25"). A word set in two elements
    ("Wor" | "ld", "Mc" | "Donald") stays whole."""
    if last.isdigit() or first.isdigit():
        return last.isalnum() and first.isalnum()
    return last.isupper() and first.isupper()


def _lines_apart(last: str, first: str) -> bool:
    """Whether two inline elements of an author box that meet with no space between are two
    lines, a name and a role ("Daniel Hart" | "Live reporter", each a block by the page's style
    sheet): a small letter or a full stop before a capital."""
    return (last.islower() or last == ".") and first.isupper()


def squash(text: str) -> str:
    """`" ".join(text.split())`, without splitting text that is already so (most paragraphs
    of a page read by libxml2). ASCII text is checked for the ASCII whitespace `str.split`
    knows, each a fast scan; other text with `isprintable` (false for every other space)."""
    if text.isascii():
        if "  " in text or "\n" in text or "\t" in text or "\r" in text or "\x0b" in text or "\x0c" in text \
                or "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text:
            return " ".join(text.split())
    elif not text.isprintable() or "  " in text:
        return " ".join(text.split())
    # (`strip` gives the very text back when it has no space to take off either end: one call,
    # cheaper than comparing both ends' slices)
    return text if text.strip(" ") is text else " ".join(text.split())


def chunks(root: etree._Element, *, exclude: Collection[etree._Element] = (),
           nested: Collection[etree._Element] | None = None, lines: bool = True) -> list[Chunk]:
    """The visible text of `root` in chunks; elements in `exclude` are left out (their tails are kept).
    With `lines=False`, chunks carry no source line (reading each element's line costs time).

    A `<time>` that starts a line stands on a line of its own (a stamp beside a byline);
    inside a sentence it is text. (Badges such as "Breaking" were cut out by the page scan.)
    This loop runs over every element of every post, so it is written for speed: the
    chunk being built lives in local variables (no method call per text), what a tag and
    its classes say is cached, attributes are read only when an element has some, and
    with `nested` (the page scan's blocks holding more than inline text) every other
    block is read by libxml2 in one call.
    """
    found: list[Chunk] = []
    parts: list[str] = []
    credit: list[str] = []
    # the chunk being built: its role (None until it holds visible text), line and tag
    current: Role | None = None
    first_line: int | None = None
    where_from = ""

    def flush(paragraph_end: bool) -> None:
        nonlocal current
        joined = "".join(parts)
        if BREAK in joined:
            text = "\n".join(line for line in (" ".join(piece.split()) for piece in joined.split(BREAK)) if line)
        else:
            text = squash(joined)
        shown = " ".join("".join(credit).split()) or None if credit else None
        if current == "credit" and text and found and found[-1].role == "caption" and not found[-1].credit:
            found[-1].credit = text  # a credit in a block of its own after the caption's block
        elif text or shown:
            assert current is not None
            found.append(Chunk(text, current, first_line, where_from, paragraph_end, shown))
        parts.clear()
        credit.clear()
        current = None

    role: Role = "body"
    where = ""  # the innermost open block: the tag a chunk's text stands in
    tostring = etree.tostring
    # The walk: elements read whole (skipped, read in one call, childless) are done where they
    # stand, text after them included; an element walked into gets a frame (its siblings still
    # to come, itself, the role and block outside it, its block tag or "") until its children
    # run out. Only elements are visited (comments and processing instructions, which the
    # parser drops anyway, are passed over with their tails, as lxml's iterwalk does).
    # (elements typed Any, as iterwalk gave them: lxml's stubs type their lines and names loosely)
    frames: list[tuple[Iterator[Any], Any, Role, str, str, bool]] = []
    children: Iterator[Any] = iter((root,))
    while True:
        for element in children:
            tag = element.tag
            if not isinstance(tag, str):
                continue
            names = element.keys()
            if names:
                skip, block, inner, leaf, paragraph = _judged(tag, element.get("class") if "class" in names else None,
                                                              role)
                if not skip and ("hidden" in names or "style" in names or "role" in names):
                    skip = hidden_by(element, names)
            else:
                skip, block, inner, leaf, paragraph = _judged(tag, None, role)
            if not skip and exclude:
                skip = element in exclude  # an excluded element need not have attributes
            if not skip:
                if tag == "time" and current is None:
                    block, leaf, paragraph = "time", False, False  # a stamp on its own line, not a word
                if block:
                    if current is not None:
                        flush(False)
                elif tag == "br" and not (element.tail or "").startswith(BREAK):
                    parts.append(BREAK)
                if not frames:
                    inner = role  # the root's own classes give its text no role
                    leaf = block in LEAF_TAGS and inner in _PLAIN_ROLES
                elif names and ("rel" in names or "itemprop" in names or TEST_ID in names):
                    marks = info_of(tag, element.get("class"))[2]
                    if marks == NO_MARKS and TEST_ID in names:
                        # classes that say nothing (CSS-in-JS hashes, "css-zwjl0q"): the test id may
                        # name the element's part (`data-testid="live-blog-byline"`)
                        marks = marks_of(element.get(TEST_ID) or "")
                    inner = _role_of(element, tag, role, marks, names)
                    leaf = block in LEAF_TAGS and inner in _PLAIN_ROLES
                if leaf and nested is not None and element not in nested:
                    # a block holding only inline text (most paragraphs): libxml2 reads it in one call,
                    # or, with no child at all, it is the element's own text
                    content = tostring(element, method="text", encoding=str, with_tail=False) if len(element) \
                        else element.text or ""
                    if BREAK in content and not content.isspace():
                        parts.append(content)
                        current, first_line, where_from = inner, element.sourceline if lines else None, block
                        flush(paragraph)
                    elif BREAK in content:  # only line breaks: no chunk, but the paragraph still ends
                        if paragraph and found:
                            found[-1].paragraph_end = True
                        parts.clear()
                    elif content and not content.isspace():
                        parts.clear()
                        if inner == "credit" and found and found[-1].role == "caption" and not found[-1].credit:
                            found[-1].credit = squash(content)  # the caption's credit, in a block after it
                        else:
                            found.append(Chunk(squash(content), inner, element.sourceline if lines else None, block,
                                               paragraph))
                elif len(element):
                    # walked into: its own text now, its children next
                    frames.append((children, element, role, block, where, paragraph))
                    role = inner
                    if block:
                        where = block
                    own = element.text
                    if own and (current is not None or not own.isspace()):
                        if current is None:
                            current, first_line, where_from = role, element.sourceline if lines else None, where or tag
                        if role == "credit" and current == "caption":
                            credit.append(own)
                        else:
                            parts.append(own)
                    children = iter(element[:])
                    break
                elif not block:
                    # an inline element with no child (a byline's <span>, a link, a picture): its
                    # text in the chunk being built, in its own role, as walking into it would
                    own = element.text
                    if own and (current is not None or not own.isspace()):
                        if current is None:
                            current, first_line, where_from = inner, element.sourceline if lines else None, where or tag
                        if inner == "credit" and current == "caption":
                            credit.append(own)
                        else:
                            if parts and _apart(parts[-1][-1:], own[:1]):
                                parts.append(" ")  # "<span>06.11.2023</span><span>11:54</span>": two pieces
                            elif current == "author" and parts and _lines_apart(parts[-1][-1:], own[:1]):
                                parts.append(BREAK)  # "<span>Daniel Hart</span><span>Live reporter</span>"
                            parts.append(own)
                elif BREAK not in (text := element.text or ""):
                    # a block with no child (a heading, a <time> on a line of its own): its text
                    # is its chunk, as walking into it would make it
                    if text and not text.isspace():
                        parts.clear()
                        if inner == "credit" and found and found[-1].role == "caption" and not found[-1].credit:
                            found[-1].credit = squash(text)  # the caption's credit, in a block after it
                        else:
                            found.append(Chunk(squash(text), inner, element.sourceline if lines else None, block,
                                               paragraph))
                    elif paragraph and found:
                        found[-1].paragraph_end = True
                else:
                    # a childless block holding line breaks only: walked into (its text, then its close)
                    frames.append((children, element, role, block, where, paragraph))
                    role = inner
                    where = block
                    own = element.text
                    if own and (current is not None or not own.isspace()):
                        if current is None:
                            current, first_line, where_from = role, element.sourceline if lines else None, where
                        if role == "credit" and current == "caption":
                            credit.append(own)
                        else:
                            parts.append(own)
                    children = iter(())
                    break
            # the element is done: the text after it, in the block around it
            tail = element.tail
            if tail and frames:
                if current is None:
                    if tail.isspace():
                        continue
                    current, first_line, where_from = role, element.sourceline if lines else None, where
                if role == "credit" and current == "caption":
                    credit.append(tail)
                else:
                    parts.append(tail)
        else:
            # the children of the innermost walked element ran out: it closes
            if not frames:
                break
            children, element, outer, block, where, paragraph = frames.pop()
            if block:
                if current is not None:
                    flush(paragraph)
                elif paragraph and found:
                    found[-1].paragraph_end = True
            role = outer
            tail = element.tail
            if tail and frames:
                if current is None:
                    if tail.isspace():
                        continue
                    current, first_line, where_from = role, element.sourceline if lines else None, where
                if role == "credit" and current == "caption":
                    credit.append(tail)
                else:
                    parts.append(tail)
    if current is not None:
        flush(True)
    elif found:
        found[-1].paragraph_end = True
    return found


def page_text(found: list[Chunk]) -> tuple[str, list[int | None]]:
    """The chunks as a browser copy: one line per chunk line, an empty line after paragraphs.
    Also the source line of every text line, to map the text path's lines back to the page."""
    lines: list[str] = []
    sources: list[int | None] = []
    for chunk in found:
        for piece in chunk.text.split("\n") if chunk.text else ():
            lines.append(piece)
            sources.append(chunk.line)
        if chunk.credit:
            lines.append(f"({chunk.credit})")
            sources.append(chunk.line)
        if chunk.paragraph_end:
            lines.append("")
            sources.append(None)
    return "\n".join(lines), sources


def plain(element: etree._Element) -> str:
    """All the visible text of an element on one line (for short things: stamps, names, headlines)."""
    return " ".join(" ".join(chunk.text.split()) for chunk in chunks(element) if chunk.text)
