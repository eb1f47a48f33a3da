"""A browser's "select all, copy" of a saved page (JavaScript off), roughly its innerText.

    .venv/bin/python bench/copier.py page.html > page.txt

Used by bench/crosscheck.py to read every HTML page again from the text a user would paste.
Checked against the corpus pairs (saved HTML beside a real browser copy, /work/shared/corpus).

What it does, after the HTML standard's innerText algorithm, which the corpus copies follow (a
floated box on lines of its own, as Firefox copies it; WebKit's and Chromium's text iterators give
floats and positioned boxes no line of their own): visible text only (no `<head>`, scripts, styles,
media, form options, alt texts, closed `<dialog>`s, nor a closed `<details>` but its `<summary>`);
each block-level box on its own lines, `<p>` (and headings with `--heading-gap`) set apart by a
blank line, `<br>` a line break, table cells tab-separated. Whether a box is block-level, hidden or
written in capitals comes from the page's own `<style>` sheets and `style` attributes (linked sheets
are not read), as the window of a desktop browser (VIEWPORT px wide) applies them: `display` (none;
block, flex, grid, list-item, table...; inline, inline-block...; contents), `float` and `position:
absolute|fixed` (such a box is a block), the items of a flex or grid box (blocks too), `visibility`
and `text-transform` (inherited). Selectors are read as far as type, class, id and attribute tests
joined by descendant or child combinators go; a rule with anything else (pseudo-classes, sibling
combinators) is left out, as are rules of `@media` conditions the window does not meet. The page is
decoded as a browser does: a BOM, else its `<meta>` charset (ISO-8859-1 read as windows-1252), else
UTF-8. libxml2 drops what is nested deeper than 255 levels: a page that gives no text is then read
from its tags alone.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
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
#: `display` values whose box is block-level (its text on lines of its own).
BLOCK_DISPLAY = frozenset({
    "block", "flex", "flow-root", "grid", "list-item", "table", "table-caption", "-webkit-box", "-ms-flexbox",
    "table-row", "table-row-group", "table-header-group", "table-footer-group",
})  # fmt: skip
#: `display` values whose children are blockified (flex and grid items).
CONTAINERS = frozenset({"flex", "grid", "inline-flex", "inline-grid", "-webkit-box", "-webkit-inline-box",
                        "-ms-flexbox", "-ms-inline-flexbox"})
#: The width of the browser window the copies are made in, for `@media` conditions.
VIEWPORT = 1280
#: What `@media (min-width: 40em)` counts an em as.
EM = 16
#: Properties the copy depends on; the first two are inherited.
PROPS = ("visibility", "text-transform", "display", "float", "position")
INHERITED = 2
DECLARATION = re.compile(r"(?:^|[;{\s])(visibility|text-transform|display|float|position)\s*:\s*([^;}]*)", re.I)
FEATURE = re.compile(r"\(\s*(min|max)-width\s*:\s*([\d.]+)(px|em|rem)\s*\)")
COMBINATOR = re.compile(r"\s*([>+~])\s*|\s+")
COMPOUND = re.compile(r"(\*|[A-Za-z][\w-]*)?((?:[.#][\w-]+|\[[^\]]*\])*)")
SIMPLE = re.compile(r"([.#])([\w-]+)|\[\s*([\w-]+)\s*(?:([~^$*|]?=)\s*(\"[^\"]*\"|'[^']*'|[^\]\s]*)\s*)?\]")
WS = re.compile(r"[ \t\n\r\f]+")
CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)
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


# A compound selector: its tag ("" for any) and tests (kind ".", "#" or an attribute operator, name, value).
Compound = tuple[str, tuple[tuple[str, str, str], ...]]


@dataclass(frozen=True)
class Rule:
    """One selector of a style rule: compounds right to left with the combinator before each, its rank."""

    compounds: tuple[tuple[Compound, str], ...]
    rank: tuple[int, int, int, int, int]  # important, ids, classes, tags, order
    values: tuple[tuple[str, str], ...]


def width_meets(feature: re.Match[str]) -> bool:
    width = float(feature.group(2)) * (EM if feature.group(3) != "px" else 1)
    return width <= VIEWPORT if feature.group(1) == "min" else width >= VIEWPORT


def media_applies(query: str) -> bool:
    """Whether a desktop browser window of VIEWPORT px meets an `@media` condition list."""
    for one in query.lower().split(","):
        words = one.replace("(", " (").split()
        if not words or "print" in words or "speech" in words or ("not" in words and "screen" in words):
            continue
        rest = FEATURE.sub("", " ".join(w for w in words if w not in ("only", "screen", "all", "and")))
        if rest.strip():
            continue  # a feature this reader does not know (orientation, hover...): not met
        if all(width_meets(m) for m in FEATURE.finditer(one.lower())):
            return True
    return False


def compound(text: str) -> Compound | None:
    """A compound selector's tag and tests, or None if it holds what this reader does not match."""
    found = COMPOUND.fullmatch(text)
    if not found:
        return None
    tests = []
    for test in SIMPLE.finditer(found.group(2)):
        if test.group(1):
            tests.append((test.group(1), test.group(2), ""))
        else:
            tests.append((test.group(4) or "", test.group(3).lower(), (test.group(5) or "").strip("\"'")))
    tag = (found.group(1) or "").lower()
    return (tag if tag != "*" else "", tuple(tests))


def selector(text: str) -> tuple[tuple[Compound, str], ...] | None:
    """A selector's compounds right to left, each with the combinator that joins it to the next one left."""
    parts = COMBINATOR.split(text.strip())
    out: list[tuple[Compound, str]] = []
    for at in range(len(parts) - 1, -1, -2):
        one = compound(parts[at])
        combinator = (parts[at - 1] or " ") if at else ""
        if one is None or combinator in ("+", "~"):
            return None
        out.append((one, combinator))
    return tuple(out)


def declarations(block: str) -> tuple[tuple[str, str], ...]:
    return tuple((m.group(1).lower(), m.group(2).strip().lower()) for m in DECLARATION.finditer(block))


def style_rules(css: str, rules: list[Rule]) -> None:
    """The rules of a style sheet that set a property in PROPS (recursing into `@media` it meets)."""
    depth = start = 0
    prelude = ""
    for at, char in enumerate(css):
        if char == ";" and depth == 0:
            start = at + 1  # an @import or @charset statement
        elif char == "{":
            if depth == 0:
                prelude, start = css[start:at].strip(), at + 1
            depth += 1
        elif char == "}" and depth:
            depth -= 1
            if depth:
                continue
            block, start = css[start:at], at + 1
            if prelude.startswith("@"):
                name = prelude.split(None, 1)
                if name[0].lower() == "@supports" or (name[0].lower() == "@media" and media_applies(prelude[6:])):
                    style_rules(block, rules)
                continue
            values = declarations(block)
            if not values:
                continue
            for part in prelude.split(","):
                chain = selector(part) if part.strip() else None
                if chain is None:
                    continue
                ids = sum(t[0] == "#" for (_, tests), _ in chain for t in tests)
                classes = sum(t[0] != "#" for (_, tests), _ in chain for t in tests)
                tags = sum(bool(tag) for (tag, _), _ in chain)
                for important in (False, True):
                    chosen = tuple((name, value.replace("!important", "").strip()) for name, value in values
                                   if ("!important" in value) == important)
                    if chosen:
                        rules.append(Rule(chain, (important, ids, classes, tags, len(rules)), chosen))


#: An attribute selector's operator: whether the attribute's value meets the selector's.
ATTRIBUTE_TESTS: dict[str, Callable[[str, str], bool]] = {
    "": lambda have, value: True,
    "=": lambda have, value: have == value,
    "~=": lambda have, value: value in have.split(),
    "^=": lambda have, value: have.startswith(value),
    "$=": lambda have, value: have.endswith(value),
    "*=": lambda have, value: value in have,
    "|=": lambda have, value: have == value or have.startswith(value + "-"),
}


def matches(el: lhtml.HtmlElement, one: Compound) -> bool:
    tag, tests = one
    if tag and (el.tag if isinstance(el.tag, str) else "").lower() != tag:
        return False
    for kind, name, value in tests:
        if kind == ".":
            if name not in (el.get("class") or "").split():
                return False
        elif kind == "#":
            if el.get("id") != name:
                return False
        else:
            have = el.get(name)
            if have is None or not ATTRIBUTE_TESTS[kind](have, value):
                return False
    return True


def chain_matches(el: lhtml.HtmlElement, chain: tuple[tuple[Compound, str], ...]) -> bool:
    if not matches(el, chain[0][0]):
        return False
    if len(chain) == 1:
        return True
    parent = el.getparent()
    if chain[0][1] == ">":
        return parent is not None and chain_matches(parent, chain[1:])
    while parent is not None:
        if chain_matches(parent, chain[1:]):
            return True
        parent = parent.getparent()
    return False


class Sheet:
    """The page's own style rules, indexed by what their rightmost compound must hold."""

    def __init__(self, doc: lhtml.HtmlElement) -> None:
        rules: list[Rule] = []
        for style in doc.iter("style"):
            if media_applies(style.get("media") or "all"):
                style_rules(CSS_COMMENT.sub("", style.text_content() or ""), rules)
        self.index: dict[str, list[Rule]] = defaultdict(list)
        for rule in rules:
            tag, tests = rule.compounds[0][0]
            first = next((kind + name for kind, name, _ in tests if kind in ".#"), tag)
            self.index[first].append(rule)

    def style(self, el: lhtml.HtmlElement, inherited: tuple[str, str]) -> dict[str, str]:
        """The element's computed PROPS (those it has any value for)."""
        keys = ["", el.tag.lower(), *("." + name for name in (el.get("class") or "").split())]
        if el.get("id"):
            keys.append("#" + el.get("id"))
        found = sorted((rule for key in keys for rule in self.index.get(key, ()) if chain_matches(el, rule.compounds)),
                       key=lambda rule: rule.rank)
        out = dict(zip(PROPS[:INHERITED], inherited, strict=True))
        inline = declarations(";" + (el.get("style") or ""))
        for name, value in [pair for rule in found if not rule.rank[0] for pair in rule.values] + [
                (name, value.replace("!important", "").strip()) for name, value in inline] + [
                pair for rule in found if rule.rank[0] for pair in rule.values]:
            out[name] = value
        return out


def transformed(text: str, transform: str) -> str:
    if transform == "uppercase":
        return text.upper()
    if transform == "lowercase":
        return text.lower()
    if transform == "capitalize":
        return re.sub(r"(^|\s)(\w)", lambda m: m.group(1) + m.group(2).upper(), text)
    return text


class Copy:
    """The copy being written: text, and the line breaks blocks ask for between texts."""

    def __init__(self, sheet: Sheet, heading_gap: bool) -> None:
        self.parts: list[str | int] = []
        self.sheet = sheet
        self.two = frozenset({"p"} | (HEADINGS if heading_gap else set()))

    def text(self, text: str | None, pre: bool, style: tuple[str, str]) -> None:
        if text and style[0] not in ("hidden", "collapse"):
            text = transformed(text, style[1])
            self.parts.append(text.replace("\n", PRE + "\n") if pre else WS.sub(" ", text))

    def walk(self, el: lhtml.HtmlElement, pre: bool, outer: tuple[str, str], container: str) -> None:
        """Write an element and its tail (`outer` the parent's inherited style, `container` its display)."""
        if not isinstance(el.tag, str):  # a comment or processing instruction: only its tail shows
            self.text(el.tail, pre, outer)
            return
        tag = el.tag.lower()
        style = self.sheet.style(el, outer)
        own = (style["visibility"], style["text-transform"])
        display = style.get("display", "")
        shown = own[0] not in ("hidden", "collapse")
        if tag in SKIP or display == "none" or el.get("hidden") is not None or (
                tag == "dialog" and el.get("open") is None):
            pass
        elif tag == "br":
            if shown:
                self.parts.append("\n")
        elif tag in ("input", "textarea"):
            kind = (el.get("type") or "text").lower()
            value = el.get("value") if tag == "input" and kind in ("button", "submit", "reset") else None
            if value and shown and kind != "hidden":
                self.parts.append(f" {transformed(value, own[1])} ")
        elif tag != "img":
            default = "table-cell" if tag in ("td", "th") else "block" if tag in BLOCK else "inline"
            display = display or default
            block = (display in BLOCK_DISPLAY or style.get("float", "none") in ("left", "right")
                     or style.get("position") in ("absolute", "fixed") or container in CONTAINERS)
            breaks = 0 if display == "contents" or not shown else (
                2 if tag in self.two else 1 if block and display != "table-cell" else 0)
            if breaks:
                self.parts.append(breaks)
            inner = pre or tag in ("pre", "textarea", "listing")
            closed = tag == "details" and el.get("open") is None  # only its summary shows
            if not closed:
                self.text(el.text, inner, own)
            for child in el:
                if closed and (child.tag if isinstance(child.tag, str) else "").lower() != "summary":
                    continue
                self.walk(child, inner, own, container if display == "contents" else display)
            if display == "table-cell" and shown and el.getnext() is not None:
                self.parts.append(CELL)
            if breaks:
                self.parts.append(breaks)
        self.text(el.tail, pre, outer)

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
        lines = [line.replace(PRE, "") if PRE in line
                 else WS.sub(" ", line).replace(" " + CELL, CELL).replace(CELL + " ", CELL).strip(" ")
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
    out = Copy(Sheet(doc), heading_gap)
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20_000))  # the walk recurses once per level
    out.walk(body if body is not None else doc, False, ("visible", "none"), "block")
    text = out.render()
    return text if text.strip() else flat(page)


if __name__ == "__main__":
    with open(sys.argv[1], "rb") as source:
        sys.stdout.write(copy(source.read(), heading_gap="--heading-gap" in sys.argv))
