"""A browser's "select all, copy" of a saved page (JavaScript off), roughly its innerText.

    .venv/bin/python bench/copier.py page.html > page.txt

Used by bench/crosscheck.py to read every HTML page again from the text a user would paste.
Checked against the corpus pairs (saved HTML beside a real browser copy, /work/shared/corpus):
the posts come out as the browser gives them; menus may differ in their line breaks (inline
CSS layout is not applied) and in capitals (no `text-transform`).

What it does: visible text only (no `<head>`, scripts, styles, media, form options; no
element marked `hidden`, `display:none` or `visibility:hidden` inline, nor by a top-level
rule of the page's own `<style>` sheets whose selector is one class, as
`.lx-media-asset__image{display:none}`); block elements on their own lines, `<p>` (and
headings with `--heading-gap`) set apart by a blank line, `<br>` a line break, table cells
tab-separated, no alt texts. The page is decoded as a browser does: a BOM, else its `<meta>`
charset (ISO-8859-1 read as windows-1252), else UTF-8. libxml2 drops what is nested deeper than
255 levels: a page that gives no text is then read from its tags alone.
"""

from __future__ import annotations

import re
import sys
from html import unescape

from lxml import html as lhtml

SKIP = frozenset({
    "head", "script", "style", "template", "title", "meta", "link", "iframe", "object", "embed", "svg",
    "math", "audio", "video", "canvas", "select", "datalist", "option",
})  # fmt: skip
BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "p", "pre",
    "section", "summary", "ul", "table", "caption", "thead", "tbody", "tfoot", "tr",
})  # fmt: skip
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
WS = re.compile(r"[ \t\n\r\f]+")
CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)
ONE_CLASS = re.compile(r"\.([A-Za-z0-9_-]+)")
CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
#: Labels browsers read as windows-1252 (the WHATWG encoding standard).
AS_WINDOWS_1252 = frozenset({"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"})
PRE = "\x00"  # marks a line of preformatted text (kept as is)
CELL = "\x01"  # a table cell's end (a tab once spaces are collapsed)


def decode(data: bytes) -> str:
    """As a browser: a BOM, else the page's <meta> charset, else UTF-8 (never a crash)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    found = CHARSET.search(data[:4096])
    name = found.group(1).decode("ascii").lower() if found else "utf-8"
    if name in AS_WINDOWS_1252:
        name = "cp1252"
    try:
        return data.decode(name, "replace")
    except LookupError:
        return data.decode("utf-8", "replace")


def hidden_classes(doc: lhtml.HtmlElement) -> frozenset[str]:
    """Classes hidden by a top-level rule of the page's <style> sheets whose selector is one class."""
    found: set[str] = set()
    for style in doc.iter("style"):
        css = CSS_COMMENT.sub("", style.text_content() or "")
        depth = start = 0
        selector = ""
        for at, char in enumerate(css):
            if char == "{":
                if depth == 0:
                    selector, start = css[start:at].strip(), at + 1
                depth += 1
            elif char == "}" and depth:
                depth -= 1
                if depth == 0:
                    if not selector.startswith("@") and HIDDEN_STYLE.search(css[start:at]):
                        found.update(m.group(1) for part in selector.split(",")
                                     if (m := ONE_CLASS.fullmatch(part.strip())))
                    start = at + 1
    return frozenset(found)


class Copy:
    """The copy being written: text, and the line breaks blocks ask for between texts."""

    def __init__(self, hidden: frozenset[str], heading_gap: bool) -> None:
        self.parts: list[str | int] = []
        self.hidden = hidden
        self.two = frozenset({"p"} | (HEADINGS if heading_gap else set()))

    def is_hidden(self, el: lhtml.HtmlElement) -> bool:
        if el.get("hidden") is not None:
            return True
        style = el.get("style")
        if style and HIDDEN_STYLE.search(style):
            return True
        if self.hidden and self.hidden.intersection((el.get("class") or "").split()):
            return True
        return el.tag == "input" and (el.get("type") or "").lower() == "hidden"

    def text(self, text: str | None, pre: bool) -> None:
        if text:
            self.parts.append(text.replace("\n", PRE + "\n") if pre else WS.sub(" ", text))

    def walk(self, el: lhtml.HtmlElement, pre: bool = False) -> None:
        if not isinstance(el.tag, str):  # a comment or processing instruction: only its tail shows
            self.text(el.tail, pre)
            return
        tag = el.tag.lower()
        if tag in SKIP or self.is_hidden(el):
            pass
        elif tag == "br":
            self.parts.append("\n")
        elif tag in ("input", "textarea"):
            kind = el.get("type") or "text"
            value = el.get("value") if tag == "input" and kind in ("button", "submit", "reset") else None
            if value:
                self.parts.append(f" {value} ")
        elif tag != "img":
            breaks = 2 if tag in self.two else (1 if tag in BLOCK else 0)
            if breaks:
                self.parts.append(breaks)
            inner = pre or tag in ("pre", "textarea", "listing")
            self.text(el.text, inner)
            for child in el:
                self.walk(child, inner)
            if tag in ("td", "th") and el.getnext() is not None:
                self.parts.append(CELL)
            if breaks:
                self.parts.append(breaks)
        self.text(el.tail, pre)

    def render(self) -> str:
        out: list[str] = []
        pending = 0
        for part in self.parts:
            if isinstance(part, int):
                pending = max(pending, part)
                continue
            if not part or (not part.strip(" ") and (pending or not out or out[-1].endswith("\n"))):
                continue
            if pending and out:
                out.append("\n" * pending)
            pending = 0
            out.append(part)
        lines = [line.replace(PRE, "") if PRE in line else WS.sub(" ", line).strip(" ")
                 for line in "".join(out).split("\n")]
        return "\n".join(lines).replace(CELL, "\t") + "\n"


def flat(page: str) -> str:
    """The page's text from its tags alone: blocks on their own lines, scripts and styles dropped."""
    page = re.sub(r"(?is)<(script|style|head|template)\b.*?</\1\s*>", " ", page)
    page = re.sub(r"(?i)<br\s*/?>", "\n", page)
    blocks = "|".join(sorted(BLOCK))
    page = re.sub(rf"(?i)</?(?:{blocks})\b[^>]*>", "\n", page)
    page = unescape(re.sub(r"<[^>]*>", "", page))
    lines = (WS.sub(" ", line).strip() for line in page.split("\n"))
    return "\n".join(line for line in lines if line) + "\n"


def copy(data: bytes, heading_gap: bool = False) -> str:
    """The text a browser's "select all, copy" gives of this saved page."""
    page = decode(data)
    doc = lhtml.document_fromstring(page, parser=lhtml.HTMLParser(huge_tree=True))
    body = doc.find("body")
    out = Copy(hidden_classes(doc), heading_gap)
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20_000))  # the walk recurses once per level
    out.walk(body if body is not None else doc)
    text = out.render()
    return text if text.strip() else flat(page)


if __name__ == "__main__":
    with open(sys.argv[1], "rb") as source:
        sys.stdout.write(copy(source.read(), heading_gap="--heading-gap" in sys.argv))
