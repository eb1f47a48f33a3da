"""Hard-wrapped text: lines a program broke at a fixed width, joined back.

Firefox's "Save Page As, Text Files" breaks lines at 80 columns, text browsers' dumps
(`lynx -dump`, `w3m -dump`) at their width, plain-text mail at 72 to 78. A paragraph, a
headline or a one-line post ("14:05 Police close the road after ...") then runs over
several lines, and the text path, which reads a line as a unit (a stamp line, a headline,
a paragraph), would read each piece apart.

A text is taken as wrapped only as a whole. Its lines with a space in them are at most
`MAX_WIDTH` long, but for a few (a long address, even numbered in a list of links, has no
space to break at). Its wrap width is the one most of its lines agree with: a line with a
line below could have been broken at any width from its own length to the room the next
word needed (the longest line does not tell it: lynx's link numbers, say, make some lines
longer). And where a line comes within `SLACK` of that width and has a line below, the
first word below would mostly not have fit on it: a program that fills lines breaks
exactly there, a writer's line ends seldom do. A page copied from a browser, whose
paragraphs are each one long line, is never taken.

In a wrapped text a line is joined to the one below where the first word below would not
have fit on it, the line below is indented as this line's text is (a list item's
continuation aligns with its text, after the bullet), and the line below is no line of its
own on the page: it opens with no bullet and no stamp (unless this line ends with a word no
sentence ends with, `DANGLING_WORDS`, or no other line of the text opens with a stamp of its
shape: a clock in a sentence), and is no post label ("L'essentiel") and no boilerplate
("Copy link"). `unwrap` gives the lines and, for each, the line of the
input it begins on, so entries keep the input's line numbers.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from . import furniture, patterns, stamps

#: Wrap widths looked for: text browsers and mail wrap at 60 to 100 columns.
MIN_WIDTH = 40
MAX_WIDTH = 100
#: A line this close to the wrap width may have been broken by the program.
SLACK = 20
#: Lines with a space in them longer than the width, allowed per this many lines (addresses, tables).
OUTLIERS_PER = 50
#: A line a wrapper left may run this far past its width (lynx's link numbers take room); longer
#: ones are no wrapper's, but for a few (`OUTLIERS_PER`).
OVERFLOW = 4
#: Lines looked at a time for lines too long for a wrapped text.
CHUNK = 512
#: A text is wrapped when at least this many of its near-full lines, and this share of them, break
#: where the next word would not fit.
MIN_WRAPS = 5
MIN_WRAP_SHARE = 0.6
#: ...or at least this many break mid-sentence (`_mid_sentence`: a short page's dump, "... Lee and
#: Okafor voted" / "no.", "... Wir berichten von der" / "Kundgebung in der Innenstadt."); one is
#: enough where every near-full line breaks where the next word would not fit and most of them
#: mid-sentence (a dump of a few short posts, one of them wrapped: "... after a nervy" / "last ten minutes.").
MIN_LOWER_WRAPS = 3

#: Lines a page prints on their own: labels it flags or pins posts with ("L'essentiel", "Pinned").
_LABELS = frozenset(stamps.LABELS) | stamps.PINNED_LABELS

#: Words no sentence, headline or line of its own ends with (articles, prepositions,
#: conjunctions): a wrapped line ending with one runs on into the next even where that one
#: opens as a stamp or a list item would ("ses portes à" / "8h00. Tout au long ...").
DANGLING_WORDS = frozenset({
    "a", "à", "al", "an", "and", "at", "au", "aux", "con", "da", "das", "de", "dei", "del", "della", "dem", "den",
    "der", "des", "di", "die", "du", "e", "ein", "eine", "einem", "einen", "einer", "el", "en", "et", "for", "from",
    "für", "il", "im", "in", "la", "las", "le", "les", "los", "mit", "nach", "of", "on", "or", "ou", "par", "per",
    "pour", "sur", "the", "to", "um", "und", "une", "un", "von", "with", "y", "zu", "zum", "zur",
})

#: The marks of a list's items: furniture's bullets but its en and em dashes (which open a
#: wrapped line of a sentence as often as a list item), and the + and # lynx nests lists with.
LIST_MARKS = "".join(mark for mark in furniture.BULLETS if mark not in "–—") + "+#"
#: A list item's mark at the start of a line, and what follows it.
_BULLET = patterns.compile(rf"(?:[{re.escape(LIST_MARKS)}]|\d{{1,3}}[.)])\s+")


def unwrap(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines of a hard-wrapped text joined back, with the index in `lines` each begins
    at; None when the text is not wrapped (most text: then nothing is changed)."""
    width = _width(lines)
    if width is None:
        return None
    found = [_joins(line, after, width) for line, after in pairwise(lines)]
    joins = _lone_clocks_joined(lines, found) if None in found else found
    # (a line above one that stands on its own whatever precedes it, a stamp or a list item, tells
    # nothing: a post's last line above the next one's minute, "... au fond des filets." / "88'")
    # (nor does a stamp alone on its line, which ends there whatever the width: "2026-03-21T15:47:12.000Z
    # Uhr 2026-03-21T15:47:12.000Z", a template's times its script did not format)
    near_full = [i for i, (line, after) in enumerate(pairwise(lines))
                 if len(line.rstrip()) >= width - SLACK and after.strip() and (joins[i] or not _own_line(after))
                 and not _bare_stamp(line)]
    wraps = sum(1 for i in near_full if joins[i])
    lower = sum(1 for i in near_full if joins[i] and _mid_sentence(lines[i], lines[i + 1])) if wraps < MIN_WRAPS else 0
    if wraps < MIN_WRAP_SHARE * len(near_full) or (wraps < MIN_WRAPS and lower < MIN_LOWER_WRAPS and (
            wraps < len(near_full) or 2 * lower <= wraps)):
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


def _mid_sentence(line: str, after: str) -> bool:
    """Does a sentence run on from `line` into `after`: the line below opens with a small letter
    ("... Lee and Okafor voted" / "no."), or this line ends with a word no sentence ends with
    (`DANGLING_WORDS`: "... Wir berichten von der" / "Kundgebung in der Innenstadt.", German
    nouns opening with a capital)?"""
    return after.lstrip()[:1].islower() or line.rsplit(None, 1)[-1].casefold() in DANGLING_WORDS


def _width(lines: list[str]) -> int | None:
    """The width the text's lines were wrapped at, or None when they cannot have been."""
    allowed = len(lines) // OUTLIERS_PER
    longer = 0
    for start in range(0, len(lines), CHUNK):  # most text stops in its first chunk or two
        chunk = lines[start:start + CHUNK]
        if sum(map(MAX_WIDTH.__lt__, map(len, chunk))):  # at C speed; then only lines a wrapper breaks count
            longer += sum(1 for line in chunk if len(line) > MAX_WIDTH and _breakable(line))
            if longer > allowed:
                return None
    # each line with a line below votes for the widths a wrapper could have broken it at: its
    # own length or more, short of the room the next word needed (lynx's link numbers, say,
    # make some lines longer than the width: the longest line does not tell it)
    votes: Counter[int] = Counter()
    for line, after in pairwise(lines):
        size = len(line.rstrip())
        if size >= MIN_WIDTH and (words := after.split(None, 1)):
            votes.update(range(size, min(size + len(words[0]), MAX_WIDTH) + 1))
    # nor is it less than its lines' length, but for a few (`OUTLIERS_PER`): a short dump's paragraph
    # ends and list items vote for widths as often as its wrapped lines do
    spaced = sorted(len(line.rstrip()) for line in lines if _breakable(line))
    floor = spaced[-1 - len(spaced) // OUTLIERS_PER] - OVERFLOW if spaced else 0
    if not (votes := Counter({width: count for width, count in votes.items() if width >= floor})):
        return None
    width = max(votes, key=lambda candidate: (votes[candidate], -candidate))
    return width if MIN_WIDTH <= width <= MAX_WIDTH else None


def _breakable(line: str) -> bool:
    """Has the line a space a wrapper could have broken it at (after its list mark, if any)?"""
    text = line.strip()
    mark = _BULLET.match(text)
    return " " in (text[mark.end():] if mark is not None else text)


def _joins(line: str, after: str, width: int) -> bool | None:
    """Would a program wrapping at `width` have broken `line` before `after`'s first word?
    None where it would but `after` opens with a stamp (see `_lone_clocks_joined`)."""
    words = after.split(None, 1)
    if not words or not line.strip():
        return False
    if len(line.rstrip()) + 1 + len(words[0]) <= width:
        return False  # the word would have fit: the line ended there on the page
    opening = after.strip()
    if opening.casefold() in _LABELS or furniture.is_boilerplate(opening) or furniture.COPYRIGHT_LABEL in opening:
        return False  # (a picture's credit glued to its label, "EPACopyright: EPA", stands on its own line)
    if line.rsplit(None, 1)[-1].casefold() in DANGLING_WORDS:
        return True  # "... ouvert ses portes à" / "8h00. Tout ...": a sentence runs on, whatever opens the next line
    if _BULLET.match(opening) is not None:
        return False
    return True if stamps.read_stamp(opening) is None else None


#: How far into a line a stamp's first digit may stand ("Updated 14:05", "ORE 20:30").
STAMP_DIGIT_REACH = 24


def _stamp_key(line: str) -> tuple[object, ...] | None:
    """The shape of the stamp a line opens with (clock or not, its style and prefix), or None."""
    text = line.strip()
    if not any(char.isdecimal() for char in text[:STAMP_DIGIT_REACH]):
        return None
    found = stamps.read_stamp(text)
    return None if found is None else (found.stamp.has_clock, found.clock_style, found.prefix)


def _lone_clocks_joined(lines: list[str], found: list[bool | None]) -> list[bool]:
    """`found` (see `_joins`) with each line below that would run on but opens with a stamp
    (None) decided: it is the line's continuation where no other line of the text opens with
    a stamp of its shape ("... the vote closes at" / "8:00 pm the count starts" on a page whose
    posts open "20:04"), and a line of its own (a post) where one does."""
    keys = [_stamp_key(line) for line in lines]
    counts: Counter[tuple[object, ...] | None] = Counter(key for key in keys if key is not None)
    return [joined if joined is not None else counts[keys[index + 1]] == 1 for index, joined in enumerate(found)]


def _bare_stamp(line: str) -> bool:
    """Is the line a stamp and nothing else?"""
    text = line.strip()
    found = stamps.read_stamp(text) if any(char.isdecimal() for char in text[:STAMP_DIGIT_REACH]) else None
    return found is not None and found.rest_kind == "bare"


def _own_line(line: str) -> bool:
    """Does the line stand on its own whatever the line above it: a stamp or a list item?"""
    opening = line.strip()
    return _BULLET.match(opening) is not None or stamps.read_stamp(opening) is not None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())
