"""Hard-wrapped text: lines a program broke at a fixed width, joined back.

Firefox's "Save Page As, Text Files" breaks lines at 80 columns, text browsers' dumps
(`lynx -dump`, `w3m -dump`) at their width, plain-text mail at 72 to 78. A paragraph, a
headline or a one-line post ("14:05 Police close the road after ...") then runs over
several lines, and the text path, which reads a line as a unit (a stamp line, a headline,
a paragraph), would read each piece apart.

A text is taken as wrapped only as a whole: its lines with a space in them are at most
`MAX_WIDTH` long (but for a few, as a long address), and where a line comes within `SLACK`
of that width (the wrap width) and has a line below, that line's first word would mostly
not have fit on it: a program that fills lines breaks exactly there, a writer's line ends
seldom do. A page copied from a browser, whose paragraphs are each one long line, is never
taken.

In a wrapped text a line is joined to the one below where the first word below would not
have fit on it, the line below is indented as this line's text is (a list item's
continuation aligns with its text, after the bullet), and the line below is no line of its
own on the page: it opens with no bullet and no stamp, and is no post label ("L'essentiel")
and no boilerplate ("Copy link"). `unwrap` gives the lines and,
for each, the line of the input it begins on, so entries keep the input's line numbers.
"""

from __future__ import annotations

from itertools import pairwise

from . import furniture, patterns, stamps

#: Wrap widths looked for: text browsers and mail wrap at 60 to 100 columns.
MIN_WIDTH = 40
MAX_WIDTH = 100
#: A line this close to the wrap width may have been broken by the program.
SLACK = 20
#: Lines with a space in them longer than the width, allowed per this many lines (addresses, tables).
OUTLIERS_PER = 50
#: Lines looked at a time for lines too long for a wrapped text.
CHUNK = 512
#: A text is wrapped when at least this many of its near-full lines, and this share of them, break
#: where the next word would not fit.
MIN_WRAPS = 5
MIN_WRAP_SHARE = 0.6

#: Lines a page prints on their own: labels it flags or pins posts with ("L'essentiel", "Pinned").
_LABELS = frozenset(stamps.LABELS) | stamps.PINNED_LABELS

#: A list item's mark at the start of a line, and what follows it.
_BULLET = patterns.compile(r"(?:[*+#\-\u2022\u25aa\u25cf\u25e6]|\d{1,3}[.)])\s+")


def unwrap(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines of a hard-wrapped text joined back, with the index in `lines` each begins
    at; None when the text is not wrapped (most text: then nothing is changed)."""
    width = _width(lines)
    if width is None:
        return None
    joins = [_joins(line, after, width) for line, after in pairwise(lines)]
    near_full = [i for i, (line, after) in enumerate(pairwise(lines))
                 if len(line.rstrip()) >= width - SLACK and after.strip()]
    wraps = sum(1 for i in near_full if joins[i])
    if wraps < MIN_WRAPS or wraps < MIN_WRAP_SHARE * len(near_full):
        return None
    out: list[str] = []
    origin: list[int] = []
    text_at = 0  # where the text of the line being built starts (after its indent and bullet)
    for index, line in enumerate(lines):
        if index and joins[index - 1] and _indent(line) == text_at:
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
            continue
        out.append(line)
        origin.append(index)
        bullet = _BULLET.match(line, _indent(line))
        text_at = bullet.end() if bullet is not None else _indent(line)
    return out, origin


def _width(lines: list[str]) -> int | None:
    """The width the text's lines were wrapped at, or None when they cannot have been."""
    allowed = len(lines) // OUTLIERS_PER
    longer = 0
    for start in range(0, len(lines), CHUNK):  # most text stops in its first chunk or two, at C speed
        longer += sum(map(MAX_WIDTH.__lt__, map(len, lines[start:start + CHUNK])))
        if longer > allowed:
            return None
    spaced = sorted(len(line.rstrip()) for line in lines if " " in line.strip())
    if not spaced:
        return None
    width = spaced[-1 - len(spaced) // OUTLIERS_PER]
    return width if MIN_WIDTH <= width <= MAX_WIDTH else None


def _joins(line: str, after: str, width: int) -> bool:
    """Would a program wrapping at `width` have broken `line` before `after`'s first word?"""
    words = after.split(None, 1)
    if not words or not line.strip():
        return False
    if len(line.rstrip()) + 1 + len(words[0]) <= width:
        return False  # the word would have fit: the line ended there on the page
    opening = after.strip()
    return _BULLET.match(opening) is None and opening.casefold() not in _LABELS \
        and stamps.read_stamp(opening) is None and not furniture.is_boilerplate(opening)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())
