"""Visible text: an element's text as a reader copies it from a browser, in chunks.

Block elements start a new chunk (a paragraph, a list item, a heading); `<br>` starts a
new line inside one. Furniture (scripts, styles, forms, share tools, ads, hidden and
screen-reader-only text) is left out. Each chunk keeps the role its element gives it
(heading, caption, credit, author box, list item, quote) and the source line where its
text starts, so posts can be split into fields and `--explain` can point at the source.

The walk is iterative (lxml's `iterwalk`), so nesting depth costs no recursion.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Literal

from lxml import etree

from ..model import Kind
from .tree import BLOCK_TAGS, DROP_TAGS, HEADING_TAGS, PARAGRAPH_TAGS, hidden, line_of, marks

Role = Literal["body", "heading", "caption", "credit", "author", "item", "ordered", "quote"]

#: ARIA roles of regions that are never part of the story.
FURNITURE_ROLES = frozenset({"navigation", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar"})

_SPACES = re.compile(r"[ \t\n\r\f\v]+")


@dataclass(frozen=True, slots=True, kw_only=True)
class Chunk:
    """The text of one block, whitespace collapsed; `<br>` kept as newlines."""

    text: str
    role: Role
    line: int | None
    tag: str  # the block element the text stands in
    paragraph_end: bool  # a browser leaves an empty line after it
    credit: str | None = None  # a credit printed inside a caption


@dataclass(slots=True)
class _Builder:
    chunks: list[Chunk]
    parts: list[str]
    credit: list[str]
    role: Role | None = None
    line: int | None = None
    tag: str = ""

    def add(self, text: str, role: Role, line: int | None, tag: str) -> None:
        if self.role is None:
            if not text.strip():
                return
            self.role, self.line, self.tag = role, line, tag
        if role == "credit" and self.role == "caption":
            self.credit.append(text)
        else:
            self.parts.append(text)

    def flush(self, paragraph_end: bool) -> None:
        if self.role is not None:
            lines = (_SPACES.sub(" ", piece).strip() for piece in "".join(self.parts).split("\n"))
            text = "\n".join(line for line in lines if line)
            credit = _SPACES.sub(" ", "".join(self.credit)).strip() or None
            if text or credit:
                self.chunks.append(Chunk(text=text, role=self.role, line=self.line, tag=self.tag,
                                         paragraph_end=paragraph_end, credit=credit))
        elif paragraph_end and self.chunks and not self.chunks[-1].paragraph_end:
            last = self.chunks[-1]
            self.chunks[-1] = Chunk(text=last.text, role=last.role, line=last.line, tag=last.tag, paragraph_end=True,
                                    credit=last.credit)
        self.parts.clear()
        self.credit.clear()
        self.role = None
        self.line = None


def _role_of(element: etree._Element, tag: str, parent: Role) -> Role:
    if tag in HEADING_TAGS:
        return "heading"
    found = marks(element)
    if tag == "figcaption" or found.caption:
        return "credit" if found.credit and parent in ("caption", "credit") else (
            "credit" if found.credit and not found.caption else "caption")
    if found.credit and parent == "caption":
        return "credit"
    if found.author or tag == "address" or element.get("rel") == "author" \
            or "author" in (element.get("itemprop") or ""):
        return "author"
    if tag == "li":
        return "ordered" if parent == "ordered" else "item"
    if tag == "ol":
        return "ordered"
    if tag == "blockquote":
        return "quote"
    return parent


def excluded(element: etree._Element, tag: str) -> bool:
    """Never read as text: furniture tags, hidden elements, share tools and the like."""
    if tag in DROP_TAGS or hidden(element) or marks(element).furniture:
        return True
    role = element.get("role")
    return role is not None and role in FURNITURE_ROLES


def chunks(root: etree._Element, *, exclude: Collection[etree._Element] = (),
           labels: Mapping[str, Kind] | None = None, found_labels: list[Kind] | None = None) -> list[Chunk]:
    """The visible text of `root` in chunks; elements in `exclude` are left out (their tails are kept).

    With `labels`, an inline element whose whole text is a label ("Breaking", "Key event")
    is a badge: left out of the text, its kind added to `found_labels`.
    """
    builder = _Builder(chunks=[], parts=[], credit=[])
    # one frame per open element: (skipped, role, block tag or "")
    stack: list[tuple[bool, Role, str]] = []
    role: Role = "body"
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag
        if event == "start":
            if not isinstance(tag, str) or excluded(element, tag) or (exclude and element in exclude):
                if isinstance(tag, str):
                    walker.skip_subtree()
                stack.append((True, role, ""))
                continue
            block = tag if tag in BLOCK_TAGS else ""
            if labels is not None and not block and len(element) == 0 and _badge(element, labels, found_labels):
                walker.skip_subtree()
                stack.append((True, role, ""))
                continue
            if block:
                builder.flush(False)
            elif tag == "br":
                builder.parts.append("\n")
            inner = _role_of(element, tag, role) if stack else role  # the root is the frame, not a list item
            stack.append((False, role, block))
            role = inner
            text = element.text
            if text:
                builder.add(text, role, line_of(element), block or builder.tag or tag)
            continue
        skipped, outer, block = stack.pop()
        if not skipped and block:
            builder.flush(block in PARAGRAPH_TAGS)
        role = outer
        tail = element.tail
        if tail and stack:
            builder.add(tail, role, line_of(element), builder.tag or "")
    builder.flush(True)
    return builder.chunks


def _badge(element: etree._Element, labels: Mapping[str, Kind], found: list[Kind] | None) -> bool:
    text = element.text
    if not text or len(text) > 30:
        return False
    kind = labels.get(" ".join(text.split()).lower().rstrip(":"))
    if kind is None:
        return False
    if found is not None:
        found.append(kind)
    return True


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
